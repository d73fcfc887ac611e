#include "services/OutputDocument.h"

#include <QRegularExpression>

namespace planner {

QString OutputDocument::Paragraph::text() const
{
    QString out;
    for (const Span& s : spans) {
        out += s.text;
    }
    return out;
}

OutputDocument::Paragraph& OutputDocument::Paragraph::add(const QString& text, SpanStyle style)
{
    if (!text.isEmpty()) {
        spans.push_back({ text, style });
    }
    return *this;
}

QString OutputDocument::Cell::text() const
{
    QStringList lines;
    for (const Paragraph& p : paragraphs) {
        lines << p.text();
    }
    return lines.join(QLatin1Char('\n'));
}

OutputDocument::Paragraph& OutputDocument::paragraph(Style style, const QString& text, SpanStyle span)
{
    Paragraph p;
    p.style = style;
    p.add(text, span);
    blocks.emplace_back(std::move(p));
    return std::get<Paragraph>(blocks.back());
}

OutputDocument::Table& OutputDocument::table(std::vector<qreal> widths, QStringList headers)
{
    Table t;
    t.columnWidths = std::move(widths);
    t.headers = std::move(headers);
    blocks.emplace_back(std::move(t));
    return std::get<Table>(blocks.back());
}

void OutputDocument::pageBreak()
{
    blocks.emplace_back(PageBreak {});
}

QPageLayout OutputDocument::pageLayout() const
{
    return QPageLayout(QPageSize(pageSize), orientation, marginsMm, QPageLayout::Millimeter);
}

QString OutputDocument::languageTag() const
{
    return locale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString OutputDocument::plainText() const
{
    QStringList lines;
    for (const Block& block : blocks) {
        if (const auto* p = std::get_if<Paragraph>(&block)) {
            lines << p->text();
        } else if (const auto* t = std::get_if<Table>(&block)) {
            lines << t->headers.join(QLatin1Char('\t'));
            for (const Row& row : t->rows) {
                QStringList cells;
                for (const Cell& c : row.cells) {
                    cells << c.text();
                }
                lines << cells.join(QLatin1Char('\t'));
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString OutputDocument::latinFont()
{
    return QStringLiteral("Arial");
}

QString OutputDocument::eastAsianFont()
{
    return QStringLiteral("Malgun Gothic");
}

QStringList OutputDocument::splitPattern(const QString& pattern)
{
    QStringList parts;
    static const QRegularExpression placeholder(QStringLiteral("%([12])"));
    qsizetype from = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        parts << pattern.mid(from, m.capturedStart() - from) << m.captured(1);
        from = m.capturedEnd();
    }
    parts << pattern.mid(from);
    return parts;
}

OutputDocument::Row plainRow(const QStringList& cells)
{
    OutputDocument::Row row;
    for (const QString& text : cells) {
        OutputDocument::Cell cell;
        OutputDocument::Paragraph p;
        p.style = OutputDocument::Style::TableText;
        p.add(text);
        cell.paragraphs.push_back(std::move(p));
        row.cells.push_back(std::move(cell));
    }
    return row;
}

OutputDocument::Row groupRow(const QString& text)
{
    OutputDocument::Row row = plainRow({ text });
    row.kind = OutputDocument::Row::Kind::Group;
    row.cells.front().paragraphs.front().style = OutputDocument::Style::GroupHeading;
    row.cells.front().paragraphs.front().keepWithNext = true;
    return row;
}

}  // namespace planner

namespace planner {

namespace {

/// A date format without some of its fields and the separators next to them.
QString formatWithout(const QLocale& locale, const QStringList& fields)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression separators(QStringLiteral("^[\\s,.]+|[\\s,]+$"));
    for (const QString& field : fields) {
        // The field with the unit after it ("yyyy년").
        format.remove(QRegularExpression(QRegularExpression::escape(field) + QStringLiteral("[^\\sdMy,.']*")));
        format.replace(QRegularExpression(QStringLiteral(",\\s*,")), QStringLiteral(","));
        format.remove(separators);
    }
    return format.simplified();
}

}  // namespace

QString longDate(const QLocale& locale, const QDate& date)
{
    return locale.toString(date, QLocale::LongFormat);
}

QString fullDate(const QLocale& locale, const QDate& date)
{
    return locale.toString(date, formatWithout(locale, { QStringLiteral("dddd") }));
}

QString dayAndMonth(const QLocale& locale, const QDate& date)
{
    return locale.toString(date, formatWithout(locale, { QStringLiteral("dddd"), QStringLiteral("yyyy") }));
}

}  // namespace planner
