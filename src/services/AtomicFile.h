#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace planner {

/// Writes an output file whole or not at all. The bytes go to a temporary
/// file in the same folder, which is renamed over the target only when
/// everything was written (QSaveFile): a failure leaves any old file
/// untouched. What every output of the application shares:
/// - it is created readable and writable by its owner only (0600), whatever
///   the umask and whatever mode an old file had: exports hold names,
///   passport numbers and dates of birth;
/// - a database is never overwritten: not an SQLite file, nor its -wal,
///   -shm or -journal file (an export onto the open database would wipe it);
/// - a target that is not a regular file (a pipe, a terminal, /dev/stdout)
///   is written as a stream, and is never replaced by a regular file.
class AtomicFile {
public:
    static Status write(const QString& path, const QByteArray& bytes);

    /// Lets writer fill the temporary file; its failure cancels the write.
    static Status write(const QString& path, const std::function<Status(QIODevice&)>& writer);

    /// Why path must not be written to (it is a database, or belongs to
    /// one), or success.
    static Status checkTarget(const QString& path);

    /// True when path is written as a stream: it exists and is not a regular
    /// file (a pipe, a terminal, a device), or it names one (/dev/stdout).
    static bool isStream(const QString& path);
};

}  // namespace planner
