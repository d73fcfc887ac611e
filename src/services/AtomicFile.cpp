#include "services/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace planner {

namespace {

struct AtomicFileText {
    Q_DECLARE_TR_FUNCTIONS(planner::AtomicFile)
};

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
        return makeError(AtomicFileText::tr("No output file was given."));
    }
    if (QFileInfo(path).isDir()) {
        return makeError(AtomicFileText::tr("%1 is a folder; give a file name.").arg(shown));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, file.errorString()));
    }
    Status written = writer(file);
    if (!written.ok()) {
        file.cancelWriting();
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, written.error().text()));
    }
    if (!file.commit()) {
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, file.errorString()));
    }
    return {};
}

}  // namespace planner
