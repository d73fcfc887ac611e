#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QFont>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace planner {

/// A printed document made of table rows, typeset the way a person would:
/// a title block on the first page, a running header on every following
/// page, column headings repeated on each page, rows that are never split
/// across pages (only a row taller than a whole page is continued), text
/// that wraps within its column, and a footer with the date of printing and
/// "Page X of Y" on every page. Cell text is rich text made by the caller,
/// in which every piece of database text has been escaped.
///
/// Fonts: DejaVu Sans for Latin, Cyrillic and Azerbaijani Latin, Noto Sans
/// CJK KR for Hangul; Qt embeds both in PDF as subsets with Unicode maps, so
/// the text can be searched and copied.
struct PagedTable {
    struct Row {
        std::vector<QString> cellsHtml;  ///< one per column (one only when spanAll)
        bool shaded = false;  ///< set apart, e.g. breaks
        bool spanAll = false;  ///< one cell across all columns, e.g. a day heading
        bool keepWithNext = false;  ///< never the last row of a page
    };

    QString titleHtml;  ///< first page, above the rows
    QString runningHeaderLeft;  ///< plain text, pages 2..N
    QString runningHeaderRight;  ///< plain text, pages 2..N
    QString footerLeft;  ///< plain text, every page (e.g. the date of printing)
    std::vector<qreal> columnWidths;  ///< relative widths
    QStringList columnHeaders;  ///< plain text; repeated on each page when not empty
    std::vector<Row> rows;
    qreal fontPointSize = 10;
};

class PagedTablePainter {
public:
    /// The fonts used on paper: DejaVu Sans, then Noto Sans CJK KR.
    static QFont font(qreal pointSize);
    /// The same list as CSS font-family (for HTML exports).
    static QString cssFontFamily();

    /// A portrait or landscape page of that size with 15 mm margins.
    static QPageLayout pageLayout(QPageSize::PageSizeId size, QPageLayout::Orientation orientation);

    /// Paints every page onto the device with the page layout it has
    /// (QPdfWriter, a QPrinter from a print preview, ...). Returns the
    /// number of pages painted.
    static Result<int> paint(const PagedTable& table, QPagedPaintDevice& device);

    /// A PDF with the given layout and document title.
    static Result<QByteArray> toPdf(const PagedTable& table, const QPageLayout& layout, const QString& title);
};

}  // namespace planner
