#pragma once

#include "domain/Result.h"
#include "services/OutputDocument.h"

#include <QByteArray>
#include <QFont>
#include <QString>

class QPagedPaintDevice;

namespace planner {

/// Typesets an OutputDocument the way a person would: paragraphs in their
/// styles, tables whose column headings are repeated on every page, rows
/// that are never split across pages (only a row taller than a whole page
/// is continued), headings and group rows kept with what follows, text that
/// wraps within its column, a running header on every page but the first,
/// and a footer with the document's footer text and "Page X of Y".
///
/// Fonts: DejaVu Sans for Latin, Cyrillic and Azerbaijani Latin, Noto Sans
/// CJK KR for Hangul; Qt embeds both in PDF as subsets with Unicode maps, so
/// the text can be searched and copied.
class DocumentPainter {
public:
    /// The fonts used on paper: DejaVu Sans, then Noto Sans CJK KR.
    static QFont font(qreal pointSize);
    /// The same list as CSS font-family (for HTML exports).
    static QString cssFontFamily();

    /// Paints every page onto the device with the page layout it has
    /// (QPdfWriter, a QPrinter from a print preview, ...). Returns the
    /// number of pages painted.
    static Result<int> paint(const OutputDocument& document, QPagedPaintDevice& device);

    /// A PDF with the document's page layout and title.
    static Result<QByteArray> toPdf(const OutputDocument& document);
};

}  // namespace planner
