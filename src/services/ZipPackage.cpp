#include "services/ZipPackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace planner {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("planner::ZipPackage", text);
}

}  // namespace

void ZipPackage::add(const QString& name, QByteArray bytes, Compression compression)
{
    m_entries.push_back({ name, std::move(bytes), compression });
}

Result<QByteArray> ZipPackage::bytes() const
{
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        return makeError(tr("Cannot start the document's archive (ZIP error %1).").arg(zip.getZipError()));
    }
    for (const Entry& entry : m_entries) {
        QuaZipFile file(&zip);
        const QuaZipNewInfo info(entry.name);
        const bool store = entry.compression == Compression::Store;
        if (!file.open(
                QIODevice::WriteOnly, info, nullptr, 0, store ? 0 : Z_DEFLATED, store ? 0 : Z_DEFAULT_COMPRESSION)
            || file.write(entry.bytes) != entry.bytes.size()) {
            return makeError(tr("Cannot write %1 into the document's archive (ZIP error %2).")
                                 .arg(entry.name)
                                 .arg(file.getZipError()));
        }
        file.close();
        if (file.getZipError() != 0) {
            return makeError(tr("Cannot finish %1 in the document's archive (ZIP error %2).")
                                 .arg(entry.name)
                                 .arg(file.getZipError()));
        }
    }
    zip.close();
    if (zip.getZipError() != 0) {
        return makeError(tr("Cannot finish the document's archive (ZIP error %1).").arg(zip.getZipError()));
    }
    return out;
}

}  // namespace planner
