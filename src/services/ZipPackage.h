#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace planner {

/// The ZIP container of an office document (DOCX, ODT), written with libzip
/// into memory: the files in the order added, each deflated or, for
/// ODF's "mimetype" that must come first, stored as it is.
class ZipPackage {
public:
    enum class Compression { Deflate, Store };

    void add(const QString& name, QByteArray bytes, Compression compression = Compression::Deflate);
    /// The whole archive.
    [[nodiscard]] Result<QByteArray> bytes() const;

private:
    struct Entry {
        QString name;
        QByteArray bytes;
        Compression compression;
    };
    std::vector<Entry> m_entries;
};

}  // namespace planner
