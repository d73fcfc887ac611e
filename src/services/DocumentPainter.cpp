#include "services/DocumentPainter.h"

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

struct DocumentPainterText {
    Q_DECLARE_TR_FUNCTIONS(planner::DocumentPainter)
};

using Doc = OutputDocument;

const QColor kRuleColour(0xb0, 0xb0, 0xb0);
const QColor kShadeColour(0xee, 0xee, 0xee);
const QColor kHeadingShade(0xdd, 0xdd, 0xdd);
const QColor kQuietText(0x55, 0x55, 0x55);

QString spanHtml(const Doc::Span& span, const QLocale& locale)
{
    QString text = span.text.toHtmlEscaped();
    text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    switch (span.style) {
    case Doc::SpanStyle::Plain: return text;
    case Doc::SpanStyle::Strong: return QStringLiteral("<b>%1</b>").arg(text);
    case Doc::SpanStyle::Emphasis: return QStringLiteral("<i>%1</i>").arg(text);
    case Doc::SpanStyle::Quiet: return QStringLiteral("<span style=\"color:#555555;\">%1</span>").arg(text);
    case Doc::SpanStyle::Label:
        return QStringLiteral("<span style=\"font-size:7.5pt; color:#555555;\">%1</span>").arg(locale.toUpper(text));
    }
    return text;
}

/// The look of each paragraph style on paper (the DOCX and ODT writers
/// give their named styles the same sizes).
QString paragraphHtml(const Doc::Paragraph& p, qreal base, const QLocale& locale)
{
    QString css;
    QString open;
    QString close;
    switch (p.style) {
    case Doc::Style::Title: css = QStringLiteral("font-size:15pt; font-weight:bold;"); break;
    case Doc::Style::Subtitle: css = QStringLiteral("font-size:11pt;"); break;
    case Doc::Style::Heading: css = QStringLiteral("font-size:12pt; font-weight:bold;"); break;
    case Doc::Style::Notice: css = QStringLiteral("font-size:9pt; font-style:italic;"); break;
    case Doc::Style::TableHeading:
    case Doc::Style::GroupHeading: css = QStringLiteral("font-weight:bold;"); break;
    case Doc::Style::TableDetail:
        css = QStringLiteral("font-size:%1pt; margin-top:3px; margin-left:10px;").arg(base * 0.9);
        break;
    case Doc::Style::Body:
    case Doc::Style::TableText: break;
    }
    QString inner;
    for (const Doc::Span& s : p.spans) {
        inner += spanHtml(s, locale);
    }
    return QStringLiteral("<p%1 style=\"margin-top:0px; margin-bottom:0px; %2\">%3</p>")
        .arg(p.centred ? QStringLiteral(" align=\"center\"") : QString(), css,
            inner.isEmpty() ? QStringLiteral("&nbsp;") : inner);
}

/// Space below a free paragraph, in millimetres.
qreal spaceAfter(Doc::Style style)
{
    switch (style) {
    case Doc::Style::Title: return 1.5;
    case Doc::Style::Subtitle: return 1;
    case Doc::Style::Heading: return 2;
    case Doc::Style::Notice: return 4;
    default: return 1.5;
    }
}

struct Cell {
    std::unique_ptr<QTextDocument> doc;
    qreal x = 0;  ///< left edge of the column
    qreal width = 0;  ///< width of the column
};

/// A free paragraph or a table row, laid out to its width.
struct Item {
    std::vector<Cell> cells;
    qreal height = 0;  ///< without the space after
    qreal space = 0;  ///< below the item
    qreal padding = 0;
    int table = -1;  ///< index into the tables; -1 for a free paragraph
    bool header = false;
    bool ruled = false;
    QColor shade;
    bool keepWithNext = false;
    bool pageBreakBefore = false;
};

/// One piece of an item on a page: usually the whole item; an item taller
/// than a page is painted in slices.
struct Placement {
    const Item* item = nullptr;
    int page = 0;
    qreal y = 0;
    qreal offset = 0;  ///< into the item
    qreal height = 0;
};

class Typesetter {
public:
    Typesetter(const Doc& document, QPagedPaintDevice& device) : m_doc(document), m_device(device)
    {
        m_unit = device.logicalDpiY() / 25.4;  // device pixels per millimetre
        m_width = device.width();
        m_height = device.height();
        m_smallFont = DocumentPainter::font(8);
    }

    Result<int> run()
    {
        if (m_width <= 10 * m_unit || m_height <= 30 * m_unit) {
            return makeError(DocumentPainterText::tr("The page is too small to print on."));
        }
        layOut();
        paginate();
        return paintPages();
    }

private:
    std::unique_ptr<QTextDocument> makeDoc(const QString& html, qreal width, qreal pointSize) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&m_device);
        doc->setDefaultFont(DocumentPainter::font(pointSize));
        doc->setDocumentMargin(0);
        doc->setUndoRedoEnabled(false);
        doc->setHtml(html);
        doc->setTextWidth(std::max<qreal>(width, m_unit));
        return doc;
    }

    Item layRow(const Doc::Table& table, int index, const Doc::Row& row, bool header) const
    {
        Item item;
        item.table = index;
        item.header = header;
        item.ruled = true;
        item.padding = 1.4 * m_unit;
        if (header) {
            item.shade = kHeadingShade;
        } else if (row.kind != Doc::Row::Kind::Normal) {
            item.shade = kShadeColour;
        }
        const std::vector<qreal>& widths = table.columnWidths;
        const qreal total = std::accumulate(widths.begin(), widths.end(), 0.0);
        const bool across = row.kind == Doc::Row::Kind::Group || widths.empty();
        const std::size_t columns = across ? 1 : widths.size();
        qreal x = 0;
        for (std::size_t c = 0; c < columns; ++c) {
            const qreal w = across ? m_width : m_width * widths[c] / total;
            QString html;
            if (c < row.cells.size()) {
                for (const Doc::Paragraph& p : row.cells[c].paragraphs) {
                    html += paragraphHtml(p, table.fontPointSize, m_doc.locale);
                    item.keepWithNext = item.keepWithNext || p.keepWithNext;
                }
            }
            Cell cell;
            cell.x = x;
            cell.width = w;
            cell.doc = makeDoc(html, w - 2 * item.padding, table.fontPointSize);
            item.height = std::max(item.height, cell.doc->size().height() + 2 * item.padding);
            item.cells.push_back(std::move(cell));
            x += w;
        }
        return item;
    }

    void layOut()
    {
        const QFontMetricsF small(m_smallFont, &m_device);
        m_footerHeight = small.height() + 3 * m_unit;
        m_runningHeaderHeight
            = (m_doc.headerLeft.isEmpty() && m_doc.headerRight.isEmpty()) ? 0 : small.height() + 3 * m_unit;
        bool pageBreak = false;
        for (const Doc::Block& block : m_doc.blocks) {
            if (std::holds_alternative<Doc::PageBreak>(block)) {
                pageBreak = true;
                continue;
            }
            if (const auto* p = std::get_if<Doc::Paragraph>(&block)) {
                Item item;
                Cell cell;
                cell.width = m_width;
                cell.doc = makeDoc(paragraphHtml(*p, 10, m_doc.locale), m_width, 10);
                item.height = cell.doc->size().height();
                item.cells.push_back(std::move(cell));
                item.space = spaceAfter(p->style) * m_unit;
                item.keepWithNext = p->keepWithNext || p->style == Doc::Style::Heading;
                item.pageBreakBefore = pageBreak || p->pageBreakBefore;
                m_items.push_back(std::move(item));
            } else {
                const auto& table = std::get<Doc::Table>(block);
                const int index = static_cast<int>(m_headers.size());
                m_headers.push_back(table.headers.isEmpty()
                        ? nullptr
                        : std::make_unique<Item>(layRow(table, index, plainHeader(table), true)));
                const std::size_t first = m_items.size();
                for (const Doc::Row& row : table.rows) {
                    m_items.push_back(layRow(table, index, row, false));
                }
                if (m_items.size() > first) {
                    m_items[first].pageBreakBefore = pageBreak;
                    m_items.back().space = 4 * m_unit;
                }
            }
            pageBreak = false;
        }
    }

    static Doc::Row plainHeader(const Doc::Table& table)
    {
        Doc::Row row = plainRow(table.headers);
        for (Doc::Cell& c : row.cells) {
            c.paragraphs.front().style = Doc::Style::TableHeading;
        }
        return row;
    }

    qreal pageTop(int page) const { return page == 0 ? 0 : m_runningHeaderHeight; }
    qreal bodyBottom() const { return m_height - m_footerHeight; }

    void paginate()
    {
        int page = 0;
        qreal y = pageTop(0);
        bool pageEmpty = true;
        int headerShown = -1;  // the table whose header is on this page
        auto newPage = [&] {
            ++page;
            y = pageTop(page);
            pageEmpty = true;
            headerShown = -1;
        };
        auto placeHeader = [&](int table) {
            const Item* header = table >= 0 ? m_headers[static_cast<std::size_t>(table)].get() : nullptr;
            if (header != nullptr && headerShown != table) {
                m_placements.push_back({ header, page, y, 0, header->height });
                y += header->height;
                headerShown = table;
            }
        };
        const qreal pageBody = bodyBottom() - pageTop(1);
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const Item& item = m_items[i];
            if (item.pageBreakBefore && !pageEmpty) {
                newPage();
            }
            qreal needed = item.height;
            if (item.table >= 0 && headerShown != item.table && m_headers[static_cast<std::size_t>(item.table)]) {
                needed += m_headers[static_cast<std::size_t>(item.table)]->height;
            }
            if (item.keepWithNext && i + 1 < m_items.size() && !m_items[i + 1].pageBreakBefore) {
                needed += m_items[i + 1].height;
            }
            if (!pageEmpty && y + std::min(needed, pageBody) > bodyBottom()) {
                newPage();
            }
            placeHeader(item.table);
            qreal offset = 0;
            while (offset < item.height) {
                const qreal slice = std::min(item.height - offset, bodyBottom() - y);
                m_placements.push_back({ &item, page, y, offset, slice });
                offset += slice;
                y += slice;
                pageEmpty = false;
                if (offset < item.height) {
                    newPage();
                    placeHeader(item.table);
                }
            }
            y += item.space;
        }
        m_pageCount = page + 1;
    }

    void paintItem(QPainter& painter, const Placement& p) const
    {
        const Item& item = *p.item;
        const QRectF band(0, p.y, m_width, p.height);
        if (item.shade.isValid()) {
            painter.fillRect(band, item.shade);
        }
        painter.save();
        painter.setClipRect(band);
        for (const auto& cell : item.cells) {
            painter.save();
            painter.translate(cell.x + item.padding, p.y - p.offset + item.padding);
            cell.doc->drawContents(&painter, QRectF(0, p.offset - item.padding, cell.width, p.height + item.padding));
            painter.restore();
        }
        painter.restore();
        if (item.ruled && p.offset + p.height >= item.height - 0.01) {
            QPen rule(kRuleColour);
            rule.setWidthF(0.2 * m_unit);
            painter.setPen(rule);
            painter.drawLine(QPointF(0, p.y + p.height), QPointF(m_width, p.y + p.height));
        }
    }

    QString pageText(int page) const
    {
        QString text = m_doc.pageNumberPattern;
        return text.replace(QStringLiteral("%1"), m_doc.locale.toString(page + 1))
            .replace(QStringLiteral("%2"), m_doc.locale.toString(m_pageCount));
    }

    void paintFrame(QPainter& painter, int page) const
    {
        painter.setFont(m_smallFont);
        painter.setPen(kQuietText);
        const QFontMetricsF small(m_smallFont, painter.device());
        if (page > 0 && m_runningHeaderHeight > 0) {
            const QRectF line(0, 0, m_width, small.height());
            const QString right = m_doc.headerRight;
            const qreal rightWidth = small.horizontalAdvance(right);
            const QString left = small.elidedText(m_doc.headerLeft, Qt::ElideRight, m_width - rightWidth - 6 * m_unit);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
            QPen rule(kRuleColour);
            rule.setWidthF(0.2 * m_unit);
            painter.setPen(rule);
            painter.drawLine(QPointF(0, small.height() + m_unit), QPointF(m_width, small.height() + m_unit));
            painter.setPen(kQuietText);
        }
        const QRectF footer(0, m_height - small.height(), m_width, small.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_doc.footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText(page));
        painter.setPen(Qt::black);
    }

    Result<int> paintPages()
    {
        QPainter painter;
        if (!painter.begin(&m_device)) {
            return makeError(DocumentPainterText::tr("Cannot start printing on this device."));
        }
        std::size_t next = 0;
        for (int page = 0; page < m_pageCount; ++page) {
            if (page > 0 && !m_device.newPage()) {
                painter.end();
                return makeError(DocumentPainterText::tr("Cannot start a new page."));
            }
            paintFrame(painter, page);
            while (next < m_placements.size() && m_placements[next].page == page) {
                paintItem(painter, m_placements[next]);
                ++next;
            }
        }
        if (!painter.end()) {
            return makeError(DocumentPainterText::tr("Printing did not finish."));
        }
        return m_pageCount;
    }

    const Doc& m_doc;
    QPagedPaintDevice& m_device;
    qreal m_unit = 1;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_footerHeight = 0;
    qreal m_runningHeaderHeight = 0;
    QFont m_smallFont;
    std::vector<std::unique_ptr<Item>> m_headers;  ///< per table; null without a header row
    std::vector<Item> m_items;
    std::vector<Placement> m_placements;
    int m_pageCount = 1;
};

}  // namespace

QFont DocumentPainter::font(qreal pointSize)
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

QString DocumentPainter::cssFontFamily()
{
    return QStringLiteral("'DejaVu Sans', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif");
}

Result<int> DocumentPainter::paint(const OutputDocument& document, QPagedPaintDevice& device)
{
    Typesetter typesetter(document, device);
    return typesetter.run();
}

Result<QByteArray> DocumentPainter::toPdf(const OutputDocument& document)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Delegation Planner"));
        if (!writer.setPageLayout(document.pageLayout())) {
            return makeError(DocumentPainterText::tr("The page layout cannot be used."));
        }
        auto painted = paint(document, writer);
        if (!painted.ok()) {
            return painted.error();
        }
    }
    return bytes;
}

}  // namespace planner
