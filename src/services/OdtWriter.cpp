#include "services/OdtWriter.h"

#include "services/ZipPackage.h"

#include <QRectF>
#include <QXmlStreamWriter>

#include <map>
#include <numeric>
#include <tuple>

namespace planner {

namespace {

using Doc = OutputDocument;

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString kMime = QStringLiteral("application/vnd.oasis.opendocument.text");

QString mm(qreal value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

/// The style's name in the file (spaces as _20_) and the name shown.
struct Named {
    QString name;
    QString display;
};

Named paragraphStyle(Doc::Style style)
{
    switch (style) {
    case Doc::Style::Title: return { QStringLiteral("Title"), QStringLiteral("Title") };
    case Doc::Style::Subtitle: return { QStringLiteral("Subtitle"), QStringLiteral("Subtitle") };
    case Doc::Style::Heading: return { QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1") };
    case Doc::Style::Body: return { QStringLiteral("Text_20_body"), QStringLiteral("Text body") };
    case Doc::Style::Notice: return { QStringLiteral("Notice"), QStringLiteral("Notice") };
    case Doc::Style::TableText: return { QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents") };
    case Doc::Style::TableHeading: return { QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading") };
    case Doc::Style::TableDetail: return { QStringLiteral("Table_20_Detail"), QStringLiteral("Table Detail") };
    case Doc::Style::GroupHeading: return { QStringLiteral("Group_20_Heading"), QStringLiteral("Group Heading") };
    }
    return { QStringLiteral("Standard"), QStringLiteral("Standard") };
}

Named textStyle(Doc::SpanStyle style)
{
    switch (style) {
    case Doc::SpanStyle::Strong: return { QStringLiteral("Strong_20_Emphasis"), QStringLiteral("Strong Emphasis") };
    case Doc::SpanStyle::Emphasis: return { QStringLiteral("Emphasis"), QStringLiteral("Emphasis") };
    case Doc::SpanStyle::Quiet: return { QStringLiteral("Quiet"), QStringLiteral("Quiet") };
    case Doc::SpanStyle::Label: return { QStringLiteral("Label"), QStringLiteral("Label") };
    case Doc::SpanStyle::Plain: break;
    }
    return {};
}

class Part {
public:
    Part() : m_xml(&m_bytes) { m_xml.writeStartDocument(QStringLiteral("1.0"), true); }
    QXmlStreamWriter& xml() { return m_xml; }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return m_bytes;
    }
    void root(const QString& name)
    {
        for (const auto& [ns, prefix] : std::vector<std::pair<QString, QString>> {
                 { kOffice, QStringLiteral("office") }, { kStyle, QStringLiteral("style") },
                 { kText, QStringLiteral("text") }, { kTable, QStringLiteral("table") }, { kFo, QStringLiteral("fo") },
                 { kSvg, QStringLiteral("svg") }, { kDc, QStringLiteral("dc") }, { kMeta, QStringLiteral("meta") } }) {
            m_xml.writeNamespace(ns, prefix);
        }
        m_xml.writeStartElement(kOffice, name);
        m_xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

/// An automatic paragraph style: a named style with what a paragraph adds.
struct ParagraphVariant {
    Doc::Style style;
    bool centred;
    bool keepWithNext;
    bool pageBreak;
    bool firstPage;
    bool operator<(const ParagraphVariant& o) const
    {
        return std::tie(style, centred, keepWithNext, pageBreak, firstPage)
            < std::tie(o.style, o.centred, o.keepWithNext, o.pageBreak, o.firstPage);
    }
};

class Writer {
public:
    explicit Writer(const Doc& doc) : m_doc(doc)
    {
        const QSizeF page = doc.pageLayout().fullRect(QPageLayout::Millimeter).size();
        m_pageWidth = page.width();
        m_pageHeight = page.height();
        m_textWidth = m_pageWidth - doc.marginsMm.left() - doc.marginsMm.right();
    }

    Result<QByteArray> write()
    {
        ZipPackage zip;
        zip.add(QStringLiteral("mimetype"), kMime.toUtf8(), ZipPackage::Compression::Store);
        zip.add(QStringLiteral("content.xml"), content());
        zip.add(QStringLiteral("styles.xml"), styles());
        zip.add(QStringLiteral("meta.xml"), meta());
        zip.add(QStringLiteral("META-INF/manifest.xml"), manifest());
        return zip.bytes();
    }

private:
    QString variantName(const Doc::Paragraph& p, bool pageBreak, bool firstPage)
    {
        const ParagraphVariant key { p.style, p.centred, p.keepWithNext, pageBreak || p.pageBreakBefore, firstPage };
        if (!key.centred && !key.keepWithNext && !key.pageBreak && !key.firstPage) {
            return paragraphStyle(p.style).name;
        }
        auto it = m_variants.find(key);
        if (it == m_variants.end()) {
            it = m_variants.emplace(key, QStringLiteral("P%1").arg(m_variants.size() + 1)).first;
        }
        return it->second;
    }

    void characters(QXmlStreamWriter& x, const QString& text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                x.writeEmptyElement(kText, QStringLiteral("line-break"));
            }
            x.writeCharacters(lines.at(i));
        }
    }

    void paragraph(QXmlStreamWriter& x, const Doc::Paragraph& p, bool pageBreak = false, bool firstPage = false)
    {
        x.writeStartElement(kText, p.style == Doc::Style::Heading ? QStringLiteral("h") : QStringLiteral("p"));
        x.writeAttribute(kText, QStringLiteral("style-name"), variantName(p, pageBreak, firstPage));
        if (p.style == Doc::Style::Heading) {
            x.writeAttribute(kText, QStringLiteral("outline-level"), QStringLiteral("1"));
        }
        for (const Doc::Span& s : p.spans) {
            const QString name = textStyle(s.style).name;
            if (name.isEmpty()) {
                characters(x, s.text);
                continue;
            }
            x.writeStartElement(kText, QStringLiteral("span"));
            x.writeAttribute(kText, QStringLiteral("style-name"), name);
            characters(x, s.text);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    void cell(QXmlStreamWriter& x, const Doc::Cell* content, const QString& style, int span, Doc::Style empty)
    {
        x.writeStartElement(kTable, QStringLiteral("table-cell"));
        x.writeAttribute(kTable, QStringLiteral("style-name"), style);
        if (span > 1) {
            x.writeAttribute(kTable, QStringLiteral("number-columns-spanned"), QString::number(span));
        }
        x.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
        if (content == nullptr || content->paragraphs.empty()) {
            paragraph(x, Doc::Paragraph { empty, {}, false, false, false });
        } else {
            for (const Doc::Paragraph& p : content->paragraphs) {
                paragraph(x, p);
            }
        }
        x.writeEndElement();
        for (int i = 1; i < span; ++i) {
            x.writeEmptyElement(kTable, QStringLiteral("covered-table-cell"));
        }
    }

    void table(QXmlStreamWriter& x, const Doc::Table& t, int index)
    {
        const int columns = std::max<int>(1, static_cast<int>(t.columnWidths.size()));
        x.writeStartElement(kTable, QStringLiteral("table"));
        x.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("Table%1").arg(index));
        x.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table%1").arg(index));
        for (int c = 0; c < columns; ++c) {
            x.writeEmptyElement(kTable, QStringLiteral("table-column"));
            x.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table%1.C%2").arg(index).arg(c + 1));
        }
        auto rowStart = [&] {
            x.writeStartElement(kTable, QStringLiteral("table-row"));
            x.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Row"));
        };
        if (!t.headers.isEmpty()) {
            x.writeStartElement(kTable, QStringLiteral("table-header-rows"));
            rowStart();
            for (int c = 0; c < columns; ++c) {
                Doc::Cell heading;
                Doc::Paragraph p;
                p.style = Doc::Style::TableHeading;
                p.add(c < t.headers.size() ? t.headers.at(c) : QString());
                heading.paragraphs.push_back(p);
                cell(x, &heading, QStringLiteral("HeadingCell"), 1, Doc::Style::TableHeading);
            }
            x.writeEndElement();
            x.writeEndElement();
        }
        for (const Doc::Row& row : t.rows) {
            rowStart();
            const QString style
                = row.kind == Doc::Row::Kind::Normal ? QStringLiteral("Cell") : QStringLiteral("ShadedCell");
            if (row.kind == Doc::Row::Kind::Group) {
                cell(x, row.cells.empty() ? nullptr : &row.cells.front(), style, columns, Doc::Style::GroupHeading);
            } else {
                for (int c = 0; c < columns; ++c) {
                    const auto i = static_cast<std::size_t>(c);
                    cell(x, i < row.cells.size() ? &row.cells[i] : nullptr, style, 1, Doc::Style::TableText);
                }
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /// The body; run once on a scratch writer first, so that the automatic
    /// styles it needs are known before they are written.
    void body(QXmlStreamWriter& x)
    {
        m_tables.clear();
        bool pageBreak = false;
        bool first = true;
        int tables = 0;
        for (const Doc::Block& block : m_doc.blocks) {
            if (std::holds_alternative<Doc::PageBreak>(block)) {
                pageBreak = true;
                continue;
            }
            if (const auto* p = std::get_if<Doc::Paragraph>(&block)) {
                paragraph(x, *p, pageBreak, first);
            } else {
                const auto& t = std::get<Doc::Table>(block);
                m_tables.push_back({ &t, pageBreak, first });
                table(x, t, ++tables);
            }
            pageBreak = false;
            first = false;
        }
    }

    void automaticStyles(QXmlStreamWriter& x)
    {
        x.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
        for (const auto& [key, name] : m_variants) {
            x.writeStartElement(kStyle, QStringLiteral("style"));
            x.writeAttribute(kStyle, QStringLiteral("name"), name);
            x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
            x.writeAttribute(kStyle, QStringLiteral("parent-style-name"), paragraphStyle(key.style).name);
            if (key.firstPage) {
                x.writeAttribute(kStyle, QStringLiteral("master-page-name"), QStringLiteral("First_20_Page"));
            }
            x.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
            if (key.centred) {
                x.writeAttribute(kFo, QStringLiteral("text-align"), QStringLiteral("center"));
            }
            if (key.keepWithNext) {
                x.writeAttribute(kFo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
            }
            if (key.pageBreak) {
                x.writeAttribute(kFo, QStringLiteral("break-before"), QStringLiteral("page"));
            }
            x.writeEndElement();
        }
        int index = 0;
        for (const TableUse& use : m_tables) {
            ++index;
            x.writeStartElement(kStyle, QStringLiteral("style"));
            x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Table%1").arg(index));
            x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table"));
            if (use.firstPage) {
                x.writeAttribute(kStyle, QStringLiteral("master-page-name"), QStringLiteral("First_20_Page"));
            }
            x.writeEmptyElement(kStyle, QStringLiteral("table-properties"));
            x.writeAttribute(kStyle, QStringLiteral("width"), mm(m_textWidth));
            x.writeAttribute(kTable, QStringLiteral("align"), QStringLiteral("margins"));
            x.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("4mm"));
            if (use.pageBreak) {
                x.writeAttribute(kFo, QStringLiteral("break-before"), QStringLiteral("page"));
            }
            x.writeEndElement();
            const auto& widths = use.table->columnWidths;
            const qreal total = std::accumulate(widths.begin(), widths.end(), 0.0);
            for (std::size_t c = 0; c < std::max<std::size_t>(1, widths.size()); ++c) {
                const qreal w = widths.empty() || total <= 0 ? m_textWidth : m_textWidth * widths[c] / total;
                x.writeStartElement(kStyle, QStringLiteral("style"));
                x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Table%1.C%2").arg(index).arg(c + 1));
                x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-column"));
                x.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
                x.writeAttribute(kStyle, QStringLiteral("column-width"), mm(w));
                x.writeEndElement();
            }
        }
        x.writeStartElement(kStyle, QStringLiteral("style"));
        x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Row"));
        x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-row"));
        x.writeEmptyElement(kStyle, QStringLiteral("table-row-properties"));
        x.writeAttribute(kFo, QStringLiteral("keep-together"), QStringLiteral("always"));
        x.writeEndElement();
        for (const auto& [name, background] : std::vector<std::pair<QString, QString>> {
                 { QStringLiteral("Cell"), QString() }, { QStringLiteral("ShadedCell"), QStringLiteral("#eeeeee") },
                 { QStringLiteral("HeadingCell"), QStringLiteral("#dddddd") } }) {
            x.writeStartElement(kStyle, QStringLiteral("style"));
            x.writeAttribute(kStyle, QStringLiteral("name"), name);
            x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
            x.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
            x.writeAttribute(kFo, QStringLiteral("padding"), QStringLiteral("1.4mm"));
            x.writeAttribute(kFo, QStringLiteral("border-top"), QStringLiteral("none"));
            x.writeAttribute(kFo, QStringLiteral("border-left"), QStringLiteral("none"));
            x.writeAttribute(kFo, QStringLiteral("border-right"), QStringLiteral("none"));
            x.writeAttribute(kFo, QStringLiteral("border-bottom"), QStringLiteral("0.2mm solid #b0b0b0"));
            if (!background.isEmpty()) {
                x.writeAttribute(kFo, QStringLiteral("background-color"), background);
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    QByteArray content()
    {
        {
            QByteArray scratch;
            QXmlStreamWriter dry(&scratch);
            dry.writeStartElement(kOffice, QStringLiteral("text"));
            body(dry);
        }
        Part part;
        part.root(QStringLiteral("document-content"));
        auto& x = part.xml();
        fontFaces(x);
        automaticStyles(x);
        x.writeStartElement(kOffice, QStringLiteral("body"));
        x.writeStartElement(kOffice, QStringLiteral("text"));
        body(x);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        return part.finish();
    }

    void fontFaces(QXmlStreamWriter& x) const
    {
        x.writeStartElement(kOffice, QStringLiteral("font-face-decls"));
        for (const QString& font : { Doc::latinFont(), Doc::eastAsianFont() }) {
            x.writeEmptyElement(kStyle, QStringLiteral("font-face"));
            x.writeAttribute(kStyle, QStringLiteral("name"), font);
            x.writeAttribute(kSvg, QStringLiteral("font-family"), QStringLiteral("'%1'").arg(font));
            x.writeAttribute(kStyle, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
            x.writeAttribute(kStyle, QStringLiteral("font-pitch"), QStringLiteral("variable"));
        }
        x.writeEndElement();
    }

    /// Text properties for every script: size, weight, slant.
    static void textProperties(QXmlStreamWriter& x, qreal size, bool bold, bool italic)
    {
        if (size > 0) {
            for (const QString& a : { QStringLiteral("font-size") }) {
                x.writeAttribute(kFo, a, QStringLiteral("%1pt").arg(size));
                x.writeAttribute(kStyle, a + QStringLiteral("-asian"), QStringLiteral("%1pt").arg(size));
                x.writeAttribute(kStyle, a + QStringLiteral("-complex"), QStringLiteral("%1pt").arg(size));
            }
        }
        if (bold) {
            x.writeAttribute(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
            x.writeAttribute(kStyle, QStringLiteral("font-weight-asian"), QStringLiteral("bold"));
            x.writeAttribute(kStyle, QStringLiteral("font-weight-complex"), QStringLiteral("bold"));
        }
        if (italic) {
            x.writeAttribute(kFo, QStringLiteral("font-style"), QStringLiteral("italic"));
            x.writeAttribute(kStyle, QStringLiteral("font-style-asian"), QStringLiteral("italic"));
            x.writeAttribute(kStyle, QStringLiteral("font-style-complex"), QStringLiteral("italic"));
        }
    }

    struct StyleSpec {
        Named named;
        qreal size = 0;
        bool bold = false;
        bool italic = false;
        qreal before = 0;  ///< mm
        qreal after = 0;
        qreal indent = 0;
        bool keepNext = false;
        bool tabStop = false;  ///< a right tab at the edge of the text (header, footer)
    };

    void namedParagraphStyle(QXmlStreamWriter& x, const StyleSpec& s) const
    {
        x.writeStartElement(kStyle, QStringLiteral("style"));
        x.writeAttribute(kStyle, QStringLiteral("name"), s.named.name);
        x.writeAttribute(kStyle, QStringLiteral("display-name"), s.named.display);
        x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        x.writeAttribute(kStyle, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
        if (s.named.name == QStringLiteral("Heading_20_1")) {
            x.writeAttribute(kStyle, QStringLiteral("default-outline-level"), QStringLiteral("1"));
        }
        x.writeStartElement(kStyle, QStringLiteral("paragraph-properties"));
        x.writeAttribute(kFo, QStringLiteral("margin-top"), mm(s.before));
        x.writeAttribute(kFo, QStringLiteral("margin-bottom"), mm(s.after));
        if (s.indent > 0) {
            x.writeAttribute(kFo, QStringLiteral("margin-left"), mm(s.indent));
        }
        if (s.keepNext) {
            x.writeAttribute(kFo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
        }
        if (s.tabStop) {
            x.writeStartElement(kStyle, QStringLiteral("tab-stops"));
            x.writeEmptyElement(kStyle, QStringLiteral("tab-stop"));
            x.writeAttribute(kStyle, QStringLiteral("position"), mm(m_textWidth));
            x.writeAttribute(kStyle, QStringLiteral("type"), QStringLiteral("right"));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
        textProperties(x, s.size, s.bold, s.italic);
        if (s.tabStop) {
            x.writeAttribute(kFo, QStringLiteral("color"), QStringLiteral("#555555"));
        }
        x.writeEndElement();
    }

    void namedStyles(QXmlStreamWriter& x) const
    {
        x.writeStartElement(kOffice, QStringLiteral("styles"));
        x.writeStartElement(kStyle, QStringLiteral("default-style"));
        x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        x.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
        const QString language = m_doc.locale.name().section(QLatin1Char('_'), 0, 0);
        const QString country = m_doc.locale.name().section(QLatin1Char('_'), 1, 1);
        x.writeAttribute(kStyle, QStringLiteral("font-name"), Doc::latinFont());
        x.writeAttribute(kFo, QStringLiteral("language"), language);
        x.writeAttribute(kFo, QStringLiteral("country"), country.isEmpty() ? QStringLiteral("none") : country);
        x.writeAttribute(kStyle, QStringLiteral("font-name-asian"), Doc::eastAsianFont());
        x.writeAttribute(kStyle, QStringLiteral("language-asian"), QStringLiteral("ko"));
        x.writeAttribute(kStyle, QStringLiteral("country-asian"), QStringLiteral("KR"));
        x.writeAttribute(kStyle, QStringLiteral("font-name-complex"), Doc::latinFont());
        textProperties(x, 10, false, false);
        x.writeEndElement();
        x.writeStartElement(kStyle, QStringLiteral("style"));
        x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
        x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        x.writeAttribute(kStyle, QStringLiteral("class"), QStringLiteral("text"));
        x.writeEndElement();
        using S = Doc::Style;
        const std::vector<StyleSpec> paragraphs {
            { paragraphStyle(S::Title), 15, true, false, 0, 1.5 },
            { paragraphStyle(S::Subtitle), 11, false, false, 0, 1 },
            { paragraphStyle(S::Heading), 12, true, false, 3.5, 1.8, 0, true },
            { paragraphStyle(S::Body), 0, false, false, 0, 1.5 },
            { paragraphStyle(S::Notice), 9, false, true, 0, 3.5 },
            { paragraphStyle(S::TableText) },
            { paragraphStyle(S::TableHeading), 0, true, false, 0, 0, 0, true },
            { paragraphStyle(S::TableDetail), 9, false, false, 0.9, 0, 3.5 },
            { paragraphStyle(S::GroupHeading), 0, true, false, 0, 0, 0, true },
            { { QStringLiteral("Header"), QStringLiteral("Header") }, 8, false, false, 0, 0, 0, false, true },
            { { QStringLiteral("Footer"), QStringLiteral("Footer") }, 8, false, false, 0, 0, 0, false, true },
        };
        for (const StyleSpec& s : paragraphs) {
            namedParagraphStyle(x, s);
        }
        for (Doc::SpanStyle span :
            { Doc::SpanStyle::Strong, Doc::SpanStyle::Emphasis, Doc::SpanStyle::Quiet, Doc::SpanStyle::Label }) {
            const Named named = textStyle(span);
            x.writeStartElement(kStyle, QStringLiteral("style"));
            x.writeAttribute(kStyle, QStringLiteral("name"), named.name);
            x.writeAttribute(kStyle, QStringLiteral("display-name"), named.display);
            x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("text"));
            x.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
            textProperties(x, span == Doc::SpanStyle::Label ? 7.5 : 0, span == Doc::SpanStyle::Strong,
                span == Doc::SpanStyle::Emphasis);
            if (span == Doc::SpanStyle::Quiet || span == Doc::SpanStyle::Label) {
                x.writeAttribute(kFo, QStringLiteral("color"), QStringLiteral("#555555"));
            }
            if (span == Doc::SpanStyle::Label) {
                x.writeAttribute(kFo, QStringLiteral("text-transform"), QStringLiteral("uppercase"));
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    void pageLayout(QXmlStreamWriter& x) const
    {
        x.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
        x.writeStartElement(kStyle, QStringLiteral("page-layout"));
        x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Page"));
        x.writeStartElement(kStyle, QStringLiteral("page-layout-properties"));
        x.writeAttribute(kFo, QStringLiteral("page-width"), mm(m_pageWidth));
        x.writeAttribute(kFo, QStringLiteral("page-height"), mm(m_pageHeight));
        x.writeAttribute(kStyle, QStringLiteral("print-orientation"),
            m_doc.orientation == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
        const QMarginsF& m = m_doc.marginsMm;
        // The header and footer sit inside the margins, as on paper.
        x.writeAttribute(kFo, QStringLiteral("margin-top"), mm(m.top() / 2));
        x.writeAttribute(kFo, QStringLiteral("margin-bottom"), mm(m.bottom() / 2));
        x.writeAttribute(kFo, QStringLiteral("margin-left"), mm(m.left()));
        x.writeAttribute(kFo, QStringLiteral("margin-right"), mm(m.right()));
        x.writeEndElement();
        for (const QString& part : { QStringLiteral("header-style"), QStringLiteral("footer-style") }) {
            x.writeStartElement(kStyle, part);
            x.writeEmptyElement(kStyle, QStringLiteral("header-footer-properties"));
            x.writeAttribute(kFo, QStringLiteral("min-height"), mm(m.top() / 2 - 3));
            x.writeAttribute(kFo,
                part == QStringLiteral("header-style") ? QStringLiteral("margin-bottom") : QStringLiteral("margin-top"),
                QStringLiteral("3mm"));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    void footer(QXmlStreamWriter& x) const
    {
        x.writeStartElement(kStyle, QStringLiteral("footer"));
        x.writeStartElement(kText, QStringLiteral("p"));
        x.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Footer"));
        x.writeCharacters(m_doc.footerLeft);
        x.writeEmptyElement(kText, QStringLiteral("tab"));
        const QStringList parts = Doc::splitPattern(m_doc.pageNumberPattern);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i % 2 == 0) {
                x.writeCharacters(parts.at(i));
            } else if (parts.at(i) == QStringLiteral("1")) {
                x.writeStartElement(kText, QStringLiteral("page-number"));
                x.writeAttribute(kText, QStringLiteral("select-page"), QStringLiteral("current"));
                x.writeCharacters(QStringLiteral("1"));
                x.writeEndElement();
            } else {
                x.writeTextElement(kText, QStringLiteral("page-count"), QStringLiteral("1"));
            }
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    void masterPages(QXmlStreamWriter& x) const
    {
        x.writeStartElement(kOffice, QStringLiteral("master-styles"));
        x.writeStartElement(kStyle, QStringLiteral("master-page"));
        x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
        x.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("Page"));
        x.writeStartElement(kStyle, QStringLiteral("header"));
        x.writeStartElement(kText, QStringLiteral("p"));
        x.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Header"));
        x.writeCharacters(m_doc.headerLeft);
        x.writeEmptyElement(kText, QStringLiteral("tab"));
        x.writeCharacters(m_doc.headerRight);
        x.writeEndElement();
        x.writeEndElement();
        footer(x);
        x.writeEndElement();
        x.writeStartElement(kStyle, QStringLiteral("master-page"));
        x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("First_20_Page"));
        x.writeAttribute(kStyle, QStringLiteral("display-name"), QStringLiteral("First Page"));
        x.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("Page"));
        x.writeAttribute(kStyle, QStringLiteral("next-style-name"), QStringLiteral("Standard"));
        // An empty header keeps the body where it is on the other pages.
        x.writeStartElement(kStyle, QStringLiteral("header"));
        x.writeEmptyElement(kText, QStringLiteral("p"));
        x.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Header"));
        x.writeEndElement();
        footer(x);
        x.writeEndElement();
        x.writeEndElement();
    }

    QByteArray styles() const
    {
        Part part;
        part.root(QStringLiteral("document-styles"));
        auto& x = part.xml();
        fontFaces(x);
        namedStyles(x);
        pageLayout(x);
        masterPages(x);
        x.writeEndElement();
        return part.finish();
    }

    QByteArray meta() const
    {
        Part part;
        part.root(QStringLiteral("document-meta"));
        auto& x = part.xml();
        x.writeStartElement(kOffice, QStringLiteral("meta"));
        x.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("Delegation Planner"));
        x.writeTextElement(kDc, QStringLiteral("title"), m_doc.title);
        x.writeTextElement(kDc, QStringLiteral("subject"), m_doc.subject);
        x.writeTextElement(kDc, QStringLiteral("language"), m_doc.languageTag());
        x.writeEndElement();
        x.writeEndElement();
        return part.finish();
    }

    static QByteArray manifest()
    {
        Part part;
        auto& x = part.xml();
        x.writeNamespace(kManifest, QStringLiteral("manifest"));
        x.writeStartElement(kManifest, QStringLiteral("manifest"));
        x.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
        for (const auto& [path, type] : std::vector<std::pair<QString, QString>> { { QStringLiteral("/"), kMime },
                 { QStringLiteral("content.xml"), QStringLiteral("text/xml") },
                 { QStringLiteral("styles.xml"), QStringLiteral("text/xml") },
                 { QStringLiteral("meta.xml"), QStringLiteral("text/xml") } }) {
            x.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
            x.writeAttribute(kManifest, QStringLiteral("full-path"), path);
            x.writeAttribute(kManifest, QStringLiteral("media-type"), type);
            if (path == QStringLiteral("/")) {
                x.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
            }
        }
        x.writeEndElement();
        return part.finish();
    }

    struct TableUse {
        const Doc::Table* table;
        bool pageBreak;
        bool firstPage;
    };

    const Doc& m_doc;
    qreal m_pageWidth = 210;
    qreal m_pageHeight = 297;
    qreal m_textWidth = 180;
    std::map<ParagraphVariant, QString> m_variants;
    std::vector<TableUse> m_tables;
};

}  // namespace

Result<QByteArray> OdtWriter::write(const OutputDocument& document)
{
    return Writer(document).write();
}

}  // namespace planner
