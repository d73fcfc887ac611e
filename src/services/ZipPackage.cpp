#include "services/ZipPackage.h"

#include <QCoreApplication>

#include <memory>
#include <zip.h>

namespace planner {

namespace {

struct ZipPackageText {
    Q_DECLARE_TR_FUNCTIONS(planner::ZipPackage)
};

QString zipError(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

}  // namespace

void ZipPackage::add(const QString& name, QByteArray bytes, Compression compression)
{
    m_entries.push_back({ name, std::move(bytes), compression });
}

Result<QByteArray> ZipPackage::bytes() const
{
    // libzip writes the archive into a growing memory buffer, kept after
    // zip_close so that it can be read back.
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (buffer == nullptr) {
        const QString message = zipError(&error);
        zip_error_fini(&error);
        return makeError(ZipPackageText::tr("Cannot start the document's archive: %1").arg(message));
    }
    zip_source_keep(buffer);
    const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, &zip_source_free);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        const QString message = zipError(&error);
        zip_error_fini(&error);
        return makeError(ZipPackageText::tr("Cannot start the document's archive: %1").arg(message));
    }
    zip_error_fini(&error);
    for (const Entry& entry : m_entries) {
        zip_source_t* data
            = zip_source_buffer(archive, entry.bytes.constData(), static_cast<zip_uint64_t>(entry.bytes.size()), 0);
        const zip_int64_t index = data == nullptr
            ? -1
            : zip_file_add(archive, entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            if (data != nullptr) {
                zip_source_free(data);
            }
            const QString message = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return makeError(
                ZipPackageText::tr("Cannot write %1 into the document's archive: %2").arg(entry.name, message));
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
            entry.compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) != 0) {
        const QString message = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return makeError(ZipPackageText::tr("Cannot finish the document's archive: %1").arg(message));
    }
    QByteArray out;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) != 0 || zip_source_open(buffer) != 0) {
        return makeError(ZipPackageText::tr("Cannot read the document's archive back."));
    }
    out.resize(static_cast<qsizetype>(stat.size));
    const zip_int64_t read = zip_source_read(buffer, out.data(), stat.size);
    zip_source_close(buffer);
    if (read != static_cast<zip_int64_t>(stat.size)) {
        return makeError(ZipPackageText::tr("Cannot read the document's archive back."));
    }
    return out;
}

}  // namespace planner
