#include "services/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace planner {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("planner::AtomicFile", text);
}

}  // namespace

Status AtomicFile::write(const QString& path, const QByteArray& bytes)
{
    return write(path, [&bytes](QIODevice& device) -> Status {
        if (device.write(bytes) != bytes.size()) {
            return makeError(device.errorString());
        }
        return {};
    });
}

Status AtomicFile::write(const QString& path, const std::function<Status(QIODevice&)>& writer)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        return makeError(tr("No output file was given."));
    }
    if (QFileInfo(path).isDir()) {
        return makeError(tr("%1 is a folder; give a file name.").arg(shown));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    }
    Status written = writer(file);
    if (!written.ok()) {
        file.cancelWriting();
        return makeError(tr("Cannot write %1: %2").arg(shown, written.error().text()));
    }
    if (!file.commit()) {
        return makeError(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    }
    return {};
}

}  // namespace planner
