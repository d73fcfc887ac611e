#include "services/AtomicFile.h"

#include "storage/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace planner {

namespace {

struct AtomicFileText {
    Q_DECLARE_TR_FUNCTIONS(planner::AtomicFile)
};

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// The database a -wal, -shm or -journal file belongs to, if path is one.
QString databaseOfSidecar(const QString& path)
{
    for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal") }) {
        if (path.endsWith(suffix)) {
            const QString base = path.chopped(suffix.size());
            if (Database::looksLikeDatabase(base)) {
                return base;
            }
        }
    }
    return {};
}

QString reasonOf(const QFileDevice& file)
{
    // QSaveFile says "Unknown error" for some failures of the disk.
    const QString reason = file.errorString();
    if (file.error() == QFileDevice::ResourceError || reason.contains(QLatin1String("No space left"))) {
        return AtomicFileText::tr("the disk is full");
    }
    return reason;
}

Status writeStream(const QString& path, const std::function<Status(QIODevice&)>& writer)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Made in memory first: a failed writer leaves nothing half-written.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status written = writer(buffer); !written.ok()) {
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, written.error().text()));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, reasonOf(file)));
    }
    const QByteArray& bytes = buffer.data();
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, reasonOf(file)));
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, reasonOf(file)));
    }
    return {};
}

}  // namespace

bool AtomicFile::isStream(const QString& path)
{
    // /dev/stdout may lead to a regular file the shell opened: written as a
    // stream all the same, never replaced.
    if (path.startsWith(QLatin1String("/dev/")) || path.startsWith(QLatin1String("/proc/"))) {
        return true;
    }
    struct stat st { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode);
}

Status AtomicFile::checkTarget(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (Database::looksLikeDatabase(path)) {
        return makeError(AtomicFileText::tr("%1 is a database; writing an export there would destroy it. Choose "
                                            "another file name.")
                             .arg(shown));
    }
    if (const QString database = databaseOfSidecar(path); !database.isEmpty()) {
        return makeError(AtomicFileText::tr("%1 belongs to the database %2; writing an export there would damage it. "
                                            "Choose another file name.")
                             .arg(shown, QDir::toNativeSeparators(database)));
    }
    return {};
}

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
    if (Status allowed = checkTarget(path); !allowed.ok()) {
        return allowed;
    }
    if (isStream(path)) {
        return writeStream(path, writer);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, reasonOf(file)));
    }
    // QSaveFile gives the new file the old one's mode; an output is the
    // owner's alone.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, reasonOf(file)));
    }
    Status written = writer(file);
    if (!written.ok()) {
        file.cancelWriting();
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, written.error().text()));
    }
    // QSaveFile::commit() does not report a failed flush of its buffer (a
    // small file on a full disk was left empty, and "written"): flush first.
    if (!file.flush()) {
        const QString reason = reasonOf(file);
        file.cancelWriting();
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, reason));
    }
    if (!file.commit()) {
        return makeError(AtomicFileText::tr("Cannot write %1: %2").arg(shown, reasonOf(file)));
    }
    return {};
}

}  // namespace planner
