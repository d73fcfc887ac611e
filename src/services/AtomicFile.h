#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace planner {

/// Writes a whole file or nothing: the bytes go to a temporary file in the
/// same folder, which is renamed over the target only when everything was
/// written (QSaveFile). A failure leaves any old file untouched.
class AtomicFile {
public:
    static Status write(const QString& path, const QByteArray& bytes);

    /// Lets writer fill the temporary file; its failure cancels the write.
    static Status write(const QString& path, const std::function<Status(QIODevice&)>& writer);
};

}  // namespace planner
