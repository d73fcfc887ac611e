#include "services/DocumentFiles.h"

#include "services/AtomicFile.h"
#include "services/DocumentPainter.h"
#include "services/DocxWriter.h"
#include "services/OdtWriter.h"

namespace planner {

std::vector<DocumentFormat> DocumentFiles::formats()
{
    return { DocumentFormat::Pdf, DocumentFormat::Docx, DocumentFormat::Odt };
}

QString DocumentFiles::token(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf: return QStringLiteral("pdf");
    case DocumentFormat::Docx: return QStringLiteral("docx");
    case DocumentFormat::Odt: return QStringLiteral("odt");
    }
    return {};
}

std::optional<DocumentFormat> DocumentFiles::formatFromToken(const QString& token)
{
    for (DocumentFormat f : formats()) {
        if (token.compare(DocumentFiles::token(f), Qt::CaseInsensitive) == 0) {
            return f;
        }
    }
    return std::nullopt;
}

Result<QByteArray> DocumentFiles::bytes(const OutputDocument& document, DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf: return DocumentPainter::toPdf(document);
    case DocumentFormat::Docx: return DocxWriter::write(document);
    case DocumentFormat::Odt: return OdtWriter::write(document);
    }
    return makeError(QStringLiteral("unknown document format"));
}

Status DocumentFiles::write(const OutputDocument& document, DocumentFormat format, const QString& path)
{
    auto made = bytes(document, format);
    if (!made.ok()) {
        return made.error();
    }
    return AtomicFile::write(path, *made);
}

}  // namespace planner
