#pragma once

#include "domain/Result.h"
#include "services/OutputDocument.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace planner {

/// The file formats of a document: PDF to print, DOCX and ODT to edit.
enum class DocumentFormat { Pdf, Docx, Odt };

/// Writes an OutputDocument in any of its formats, each from the same model,
/// through a temporary file renamed into place.
class DocumentFiles {
public:
    static std::vector<DocumentFormat> formats();
    /// "pdf", "docx", "odt": the command line's --format and the suffix.
    static QString token(DocumentFormat format);
    static std::optional<DocumentFormat> formatFromToken(const QString& token);

    static Result<QByteArray> bytes(const OutputDocument& document, DocumentFormat format);
    static Status write(const OutputDocument& document, DocumentFormat format, const QString& path);
};

}  // namespace planner
