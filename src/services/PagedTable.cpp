#include "services/PagedTable.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <numeric>

namespace planner {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("planner::PagedTablePainter", text);
}

const QColor kRuleColour(0xb0, 0xb0, 0xb0);
const QColor kShadeColour(0xee, 0xee, 0xee);
const QColor kHeadingShade(0xdd, 0xdd, 0xdd);
const QColor kQuietText(0x55, 0x55, 0x55);

struct Cell {
    std::unique_ptr<QTextDocument> doc;
    qreal x = 0;  ///< left edge of the column
    qreal width = 0;  ///< width of the column
};

struct LaidRow {
    std::vector<Cell> cells;
    qreal height = 0;
    bool shaded = false;
    bool header = false;
};

/// One piece of a row on a page: usually the whole row; a row taller than a
/// page is painted in slices.
struct Placement {
    int row = 0;
    int page = 0;
    qreal y = 0;
    qreal offset = 0;  ///< into the row
    qreal height = 0;
};

class Typesetter {
public:
    Typesetter(const PagedTable& table, QPagedPaintDevice& device) : m_table(table), m_device(device)
    {
        m_unit = device.logicalDpiY() / 25.4;  // device pixels per millimetre
        m_width = device.width();
        m_height = device.height();
        m_padding = 1.4 * m_unit;
        m_font = PagedTablePainter::font(table.fontPointSize);
        m_smallFont = PagedTablePainter::font(table.fontPointSize * 0.8);
    }

    Result<int> run()
    {
        if (m_width <= 10 * m_unit || m_height <= 30 * m_unit) {
            return makeError(tr("The page is too small to print on."));
        }
        if (m_table.columnWidths.empty()) {
            return makeError(tr("The table has no columns."));
        }
        layOut();
        paginate();
        return paintPages();
    }

private:
    std::unique_ptr<QTextDocument> makeDoc(const QString& html, qreal width, const QFont& font) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&m_device);
        doc->setDefaultFont(font);
        doc->setDocumentMargin(0);
        doc->setUndoRedoEnabled(false);
        doc->setHtml(html);
        doc->setTextWidth(std::max<qreal>(width, m_unit));
        return doc;
    }

    LaidRow layRow(const std::vector<QString>& cells, bool spanAll, bool shaded, bool header) const
    {
        LaidRow laid;
        laid.shaded = shaded;
        laid.header = header;
        const qreal total = std::accumulate(m_table.columnWidths.begin(), m_table.columnWidths.end(), 0.0);
        qreal x = 0;
        const std::size_t columns = spanAll ? 1 : m_table.columnWidths.size();
        for (std::size_t c = 0; c < columns; ++c) {
            const qreal w = spanAll ? m_width : m_width * m_table.columnWidths[c] / total;
            Cell cell;
            cell.x = x;
            cell.width = w;
            QString html = c < cells.size() ? cells[c] : QString();
            if (header) {
                html = QStringLiteral("<b>%1</b>").arg(html.toHtmlEscaped());
            }
            cell.doc = makeDoc(html, w - 2 * m_padding, m_font);
            laid.height = std::max(laid.height, cell.doc->size().height() + 2 * m_padding);
            laid.cells.push_back(std::move(cell));
            x += w;
        }
        return laid;
    }

    void layOut()
    {
        if (!m_table.titleHtml.isEmpty()) {
            m_title = makeDoc(m_table.titleHtml, m_width, m_font);
        }
        const QFontMetricsF small(m_smallFont, &m_device);
        m_footerHeight = small.height() + 3 * m_unit;
        m_runningHeaderHeight = (m_table.runningHeaderLeft.isEmpty() && m_table.runningHeaderRight.isEmpty())
            ? 0
            : small.height() + 3 * m_unit;
        if (!m_table.columnHeaders.isEmpty()) {
            std::vector<QString> headers(m_table.columnHeaders.begin(), m_table.columnHeaders.end());
            m_header = std::make_unique<LaidRow>(layRow(headers, false, true, true));
        }
        for (const auto& row : m_table.rows) {
            m_rows.push_back(layRow(row.cellsHtml, row.spanAll, row.shaded, false));
        }
    }

    qreal bodyTop(int page) const
    {
        qreal top = page == 0 ? (m_title ? m_title->size().height() + 4 * m_unit : 0) : m_runningHeaderHeight;
        if (m_header) {
            top += m_header->height;
        }
        return top;
    }

    qreal bodyBottom() const { return m_height - m_footerHeight; }

    void paginate()
    {
        int page = 0;
        qreal y = bodyTop(0);
        bool pageEmpty = true;
        // The title block must leave room for at least some rows.
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const qreal h = m_rows[i].height;
            qreal needed = h;
            if (m_table.rows[i].keepWithNext && i + 1 < m_rows.size()) {
                needed += m_rows[i + 1].height;
            }
            if (!pageEmpty && y + std::min(needed, bodyBottom() - bodyTop(1)) > bodyBottom()) {
                ++page;
                y = bodyTop(page);
                pageEmpty = true;
            }
            qreal offset = 0;
            while (offset < h) {
                const qreal room = bodyBottom() - y;
                const qreal slice = std::min(h - offset, room);
                m_placements.push_back({ static_cast<int>(i), page, y, offset, slice });
                offset += slice;
                y += slice;
                pageEmpty = false;
                if (offset < h) {
                    ++page;
                    y = bodyTop(page);
                }
            }
        }
        m_pageCount = page + 1;
    }

    void paintRow(QPainter& painter, const LaidRow& row, qreal y, qreal offset, qreal height) const
    {
        const QRectF band(0, y, m_width, height);
        if (row.shaded) {
            painter.fillRect(band, row.header ? kHeadingShade : kShadeColour);
        }
        painter.save();
        painter.setClipRect(band);
        for (const auto& cell : row.cells) {
            painter.save();
            painter.translate(cell.x + m_padding, y - offset + m_padding);
            cell.doc->drawContents(&painter, QRectF(0, offset - m_padding, cell.width, height + m_padding));
            painter.restore();
        }
        painter.restore();
        QPen rule(kRuleColour);
        rule.setWidthF(0.2 * m_unit);
        painter.setPen(rule);
        if (offset + height >= row.height - 0.01) {
            painter.drawLine(QPointF(0, y + height), QPointF(m_width, y + height));
        }
    }

    void paintFrame(QPainter& painter, int page) const
    {
        painter.setFont(m_smallFont);
        painter.setPen(kQuietText);
        const QFontMetricsF small(m_smallFont, painter.device());
        if (page > 0 && m_runningHeaderHeight > 0) {
            const QRectF line(0, 0, m_width, small.height());
            const QString right = m_table.runningHeaderRight;
            const qreal rightWidth = small.horizontalAdvance(right);
            const QString left
                = small.elidedText(m_table.runningHeaderLeft, Qt::ElideRight, m_width - rightWidth - 6 * m_unit);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
            QPen rule(kRuleColour);
            rule.setWidthF(0.2 * m_unit);
            painter.setPen(rule);
            painter.drawLine(QPointF(0, small.height() + m_unit), QPointF(m_width, small.height() + m_unit));
            painter.setPen(kQuietText);
        }
        const QRectF footer(0, m_height - small.height(), m_width, small.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_table.footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
        painter.setPen(Qt::black);
    }

    Result<int> paintPages()
    {
        QPainter painter;
        if (!painter.begin(&m_device)) {
            return makeError(tr("Cannot start printing on this device."));
        }
        std::size_t next = 0;
        for (int page = 0; page < m_pageCount; ++page) {
            if (page > 0 && !m_device.newPage()) {
                painter.end();
                return makeError(tr("Cannot start a new page."));
            }
            paintFrame(painter, page);
            qreal top = page == 0 ? 0 : m_runningHeaderHeight;
            if (page == 0 && m_title) {
                m_title->drawContents(&painter, QRectF(0, 0, m_width, m_title->size().height()));
                top = m_title->size().height() + 4 * m_unit;
            }
            if (m_header) {
                paintRow(painter, *m_header, top, 0, m_header->height);
            }
            while (next < m_placements.size() && m_placements[next].page == page) {
                const auto& p = m_placements[next];
                paintRow(painter, m_rows[static_cast<std::size_t>(p.row)], p.y, p.offset, p.height);
                ++next;
            }
        }
        if (!painter.end()) {
            return makeError(tr("Printing did not finish."));
        }
        return m_pageCount;
    }

    const PagedTable& m_table;
    QPagedPaintDevice& m_device;
    qreal m_unit = 1;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_padding = 0;
    qreal m_footerHeight = 0;
    qreal m_runningHeaderHeight = 0;
    QFont m_font;
    QFont m_smallFont;
    std::unique_ptr<QTextDocument> m_title;
    std::unique_ptr<LaidRow> m_header;
    std::vector<LaidRow> m_rows;
    std::vector<Placement> m_placements;
    int m_pageCount = 1;
};

}  // namespace

QFont PagedTablePainter::font(qreal pointSize)
{
    QFont f;
    f.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR") });
    f.setPointSizeF(pointSize);
    f.setStyleHint(QFont::SansSerif);
    // No ligatures: "ﬀ" in "Coffee" would not be found when searching the
    // PDF or copying from it. Scripts that need shaping are still shaped.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString PagedTablePainter::cssFontFamily()
{
    return QStringLiteral("'DejaVu Sans', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif");
}

QPageLayout PagedTablePainter::pageLayout(QPageSize::PageSizeId size, QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(size), orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

Result<int> PagedTablePainter::paint(const PagedTable& table, QPagedPaintDevice& device)
{
    Typesetter typesetter(table, device);
    return typesetter.run();
}

Result<QByteArray> PagedTablePainter::toPdf(const PagedTable& table, const QPageLayout& layout, const QString& title)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Delegation Planner"));
        if (!writer.setPageLayout(layout)) {
            return makeError(tr("The page layout cannot be used."));
        }
        auto painted = paint(table, writer);
        if (!painted.ok()) {
            return painted.error();
        }
    }
    return bytes;
}

}  // namespace planner
