#pragma once

#include "domain/Result.h"
#include "services/OutputDocument.h"
#include "services/Roster.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QPageSize>

#include <optional>

class QPagedPaintDevice;

namespace planner {

enum class RosterFormat { Xlsx, Csv, Pdf, Json, Docx, Odt };

struct RosterWriteOptions {
    bool byteOrderMark = false;  ///< CSV: a UTF-8 BOM so that Excel reads UTF-8
    QPageSize::PageSizeId pageSize = QPageSize::A4;  ///< PDF, DOCX, ODT; landscape when wide
    QDate printedOn;  ///< footer of PDF, DOCX, ODT; null: today
    QLocale locale { QLocale::English, QLocale::UnitedKingdom };  ///< dates on paper
};

/// Writes a roster as XLSX (bold frozen header row, fitted widths, real
/// date cells), CSV (RFC 4180, UTF-8, CRLF, cells that a spreadsheet would
/// run as a formula neutralised with a leading apostrophe), JSON, or as a
/// document (PDF, DOCX, ODT: one table typeset like the agenda, landscape
/// when it has more than four columns, from one OutputDocument).
class RosterWriter {
public:
    static QString token(RosterFormat format);
    static std::optional<RosterFormat> formatFromToken(const QString& token);
    static std::vector<RosterFormat> formats();
    /// The format named by a file's suffix (".xlsx", ".csv", ".pdf", ".json", ".docx", ".odt").
    static std::optional<RosterFormat> formatFromFileName(const QString& fileName);

    static QByteArray toCsv(const Roster& roster, bool byteOrderMark = false);
    static QByteArray toJson(const Roster& roster);
    static Result<QByteArray> toXlsx(const Roster& roster);
    static OutputDocument document(const Roster& roster, const RosterWriteOptions& options = {});
    static Result<QByteArray> toPdf(const Roster& roster, const RosterWriteOptions& options = {});
    /// For a print preview: paints onto the device with its page layout.
    static Result<int> paint(const Roster& roster, QPagedPaintDevice& device, const RosterWriteOptions& options = {});

    /// Writes through a temporary file renamed into place.
    static Status write(
        const Roster& roster, RosterFormat format, const QString& path, const RosterWriteOptions& options = {});

    /// A CSV cell as written: "=1+1" becomes "'=1+1" (also + - @ tab CR).
    static QString neutralised(const QString& cell);
};

}  // namespace planner
