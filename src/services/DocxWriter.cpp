#include "services/DocxWriter.h"

#include "services/ZipPackage.h"

#include <QRectF>
#include <QXmlStreamWriter>

#include <functional>
#include <numeric>

namespace planner {

namespace {

using Doc = OutputDocument;

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kRelationships = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kOfficeRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

int twips(qreal mm)
{
    return qRound(mm * 1440.0 / 25.4);
}

QString styleId(Doc::Style style)
{
    switch (style) {
    case Doc::Style::Title: return QStringLiteral("Title");
    case Doc::Style::Subtitle: return QStringLiteral("Subtitle");
    case Doc::Style::Heading: return QStringLiteral("Heading1");
    case Doc::Style::Body: return QStringLiteral("BodyText");
    case Doc::Style::Notice: return QStringLiteral("Notice");
    case Doc::Style::TableText: return QStringLiteral("TableText");
    case Doc::Style::TableHeading: return QStringLiteral("TableHeading");
    case Doc::Style::TableDetail: return QStringLiteral("TableDetail");
    case Doc::Style::GroupHeading: return QStringLiteral("GroupHeading");
    }
    return QStringLiteral("Normal");
}

QString spanStyleId(Doc::SpanStyle style)
{
    switch (style) {
    case Doc::SpanStyle::Strong: return QStringLiteral("Strong");
    case Doc::SpanStyle::Emphasis: return QStringLiteral("Emphasis");
    case Doc::SpanStyle::Quiet: return QStringLiteral("Quiet");
    case Doc::SpanStyle::Label: return QStringLiteral("Label");
    case Doc::SpanStyle::Plain: break;
    }
    return {};
}

/// An XML part of the package: a QXmlStreamWriter on a byte array.
class Part {
public:
    Part() : m_xml(&m_bytes) { m_xml.writeStartDocument(QStringLiteral("1.0"), true); }
    QXmlStreamWriter& xml() { return m_xml; }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return m_bytes;
    }
    /// <w:NAME w:val="value"/>
    void val(const QString& name, const QString& value)
    {
        m_xml.writeEmptyElement(kW, name);
        m_xml.writeAttribute(kW, QStringLiteral("val"), value);
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

class Writer {
public:
    explicit Writer(const Doc& doc) : m_doc(doc)
    {
        const QSizeF page = doc.pageLayout().fullRect(QPageLayout::Millimeter).size();
        m_pageWidth = page.width();
        m_pageHeight = page.height();
        m_textWidth = twips(m_pageWidth - doc.marginsMm.left() - doc.marginsMm.right());
    }

    Result<QByteArray> write()
    {
        ZipPackage zip;
        zip.add(QStringLiteral("[Content_Types].xml"), contentTypes());
        zip.add(QStringLiteral("_rels/.rels"),
            relationships({ { QStringLiteral("officeDocument"), QStringLiteral("word/document.xml") },
                { QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                 "core-properties"),
                    QStringLiteral("docProps/core.xml") },
                { QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml") } }));
        zip.add(QStringLiteral("word/_rels/document.xml.rels"),
            relationships({ { QStringLiteral("styles"), QStringLiteral("styles.xml") },
                { QStringLiteral("settings"), QStringLiteral("settings.xml") },
                { QStringLiteral("fontTable"), QStringLiteral("fontTable.xml") },
                { QStringLiteral("header"), QStringLiteral("header1.xml") },
                { QStringLiteral("header"), QStringLiteral("header2.xml") },
                { QStringLiteral("footer"), QStringLiteral("footer1.xml") } }));
        zip.add(QStringLiteral("word/document.xml"), document());
        zip.add(QStringLiteral("word/styles.xml"), styles());
        zip.add(QStringLiteral("word/settings.xml"), settings());
        zip.add(QStringLiteral("word/fontTable.xml"), fontTable());
        zip.add(QStringLiteral("word/header1.xml"), headerFooter(true, false));
        zip.add(QStringLiteral("word/header2.xml"), headerFooter(true, true));
        zip.add(QStringLiteral("word/footer1.xml"), headerFooter(false, false));
        zip.add(QStringLiteral("docProps/core.xml"), coreProperties());
        zip.add(QStringLiteral("docProps/app.xml"), appProperties());
        return zip.bytes();
    }

private:
    static QByteArray contentTypes()
    {
        Part part;
        auto& x = part.xml();
        const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
        x.writeDefaultNamespace(ns);
        x.writeStartElement(ns, QStringLiteral("Types"));
        auto def = [&](const QString& ext, const QString& type) {
            x.writeEmptyElement(ns, QStringLiteral("Default"));
            x.writeAttribute(QStringLiteral("Extension"), ext);
            x.writeAttribute(QStringLiteral("ContentType"), type);
        };
        def(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        def(QStringLiteral("xml"), QStringLiteral("application/xml"));
        const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
        const std::vector<std::pair<QString, QString>> parts {
            { QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml") },
            { QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml") },
            { QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml") },
            { QStringLiteral("/word/fontTable.xml"), wml + QStringLiteral("fontTable+xml") },
            { QStringLiteral("/word/header1.xml"), wml + QStringLiteral("header+xml") },
            { QStringLiteral("/word/header2.xml"), wml + QStringLiteral("header+xml") },
            { QStringLiteral("/word/footer1.xml"), wml + QStringLiteral("footer+xml") },
            { QStringLiteral("/docProps/core.xml"),
                QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml") },
            { QStringLiteral("/docProps/app.xml"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml") },
        };
        for (const auto& [name, type] : parts) {
            x.writeEmptyElement(ns, QStringLiteral("Override"));
            x.writeAttribute(QStringLiteral("PartName"), name);
            x.writeAttribute(QStringLiteral("ContentType"), type);
        }
        x.writeEndElement();
        return part.finish();
    }

    /// rId1, rId2, ... in the order given; a short type is one of Office's.
    static QByteArray relationships(const std::vector<std::pair<QString, QString>>& targets)
    {
        Part part;
        auto& x = part.xml();
        x.writeDefaultNamespace(kRelationships);
        x.writeStartElement(kRelationships, QStringLiteral("Relationships"));
        int id = 0;
        for (const auto& [type, target] : targets) {
            x.writeEmptyElement(kRelationships, QStringLiteral("Relationship"));
            x.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(++id));
            x.writeAttribute(
                QStringLiteral("Type"), type.startsWith(QStringLiteral("http")) ? type : kOfficeRel + type);
            x.writeAttribute(QStringLiteral("Target"), target);
        }
        x.writeEndElement();
        return part.finish();
    }

    static void startRoot(Part& part, const QString& name)
    {
        part.xml().writeNamespace(kW, QStringLiteral("w"));
        part.xml().writeNamespace(kR, QStringLiteral("r"));
        part.xml().writeStartElement(kW, name);
    }

    static void text(QXmlStreamWriter& x, const QString& text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                x.writeEmptyElement(kW, QStringLiteral("br"));
            }
            x.writeStartElement(kW, QStringLiteral("t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(lines.at(i));
            x.writeEndElement();
        }
    }

    static void run(Part& part, const QString& content, const QString& characterStyle = {})
    {
        auto& x = part.xml();
        x.writeStartElement(kW, QStringLiteral("r"));
        if (!characterStyle.isEmpty()) {
            x.writeStartElement(kW, QStringLiteral("rPr"));
            part.val(QStringLiteral("rStyle"), characterStyle);
            x.writeEndElement();
        }
        text(x, content);
        x.writeEndElement();
    }

    void paragraph(Part& part, const Doc::Paragraph& p)
    {
        auto& x = part.xml();
        x.writeStartElement(kW, QStringLiteral("p"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        part.val(QStringLiteral("pStyle"), styleId(p.style));
        if (p.keepWithNext) {
            x.writeEmptyElement(kW, QStringLiteral("keepNext"));
        }
        if (p.pageBreakBefore || m_pageBreak) {
            x.writeEmptyElement(kW, QStringLiteral("pageBreakBefore"));
            m_pageBreak = false;
        }
        if (p.centred) {
            part.val(QStringLiteral("jc"), QStringLiteral("center"));
        }
        x.writeEndElement();
        for (const Doc::Span& s : p.spans) {
            run(part, s.text, spanStyleId(s.style));
        }
        x.writeEndElement();
    }

    void cell(Part& part, const Doc::Cell* content, int width, int span, const QString& shade, Doc::Style style)
    {
        auto& x = part.xml();
        x.writeStartElement(kW, QStringLiteral("tc"));
        x.writeStartElement(kW, QStringLiteral("tcPr"));
        x.writeEmptyElement(kW, QStringLiteral("tcW"));
        x.writeAttribute(kW, QStringLiteral("w"), QString::number(width));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
        if (span > 1) {
            part.val(QStringLiteral("gridSpan"), QString::number(span));
        }
        if (!shade.isEmpty()) {
            x.writeEmptyElement(kW, QStringLiteral("shd"));
            x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("clear"));
            x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("auto"));
            x.writeAttribute(kW, QStringLiteral("fill"), shade);
        }
        x.writeEndElement();
        if (content == nullptr || content->paragraphs.empty()) {
            Doc::Paragraph empty;
            empty.style = style;
            paragraph(part, empty);
        } else {
            for (const Doc::Paragraph& p : content->paragraphs) {
                paragraph(part, p);
            }
        }
        x.writeEndElement();
    }

    void table(Part& part, const Doc::Table& t)
    {
        if (m_pageBreak) {
            // A page break before a table: an empty paragraph carries it.
            paragraph(part, Doc::Paragraph { Doc::Style::Body, {}, false, false, true });
        }
        auto& x = part.xml();
        const qreal total = std::accumulate(t.columnWidths.begin(), t.columnWidths.end(), 0.0);
        std::vector<int> widths;
        for (qreal w : t.columnWidths) {
            widths.push_back(qRound(m_textWidth * w / (total > 0 ? total : 1)));
        }
        if (widths.empty()) {
            widths.push_back(m_textWidth);
        }
        x.writeStartElement(kW, QStringLiteral("tbl"));
        x.writeStartElement(kW, QStringLiteral("tblPr"));
        part.val(QStringLiteral("tblStyle"), QStringLiteral("PlannerTable"));
        x.writeEmptyElement(kW, QStringLiteral("tblW"));
        x.writeAttribute(kW, QStringLiteral("w"), QString::number(m_textWidth));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
        x.writeEmptyElement(kW, QStringLiteral("tblLayout"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("fixed"));
        x.writeEmptyElement(kW, QStringLiteral("tblLook"));
        x.writeAttribute(
            kW, QStringLiteral("firstRow"), t.headers.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
        x.writeAttribute(kW, QStringLiteral("lastRow"), QStringLiteral("0"));
        x.writeAttribute(kW, QStringLiteral("firstColumn"), QStringLiteral("0"));
        x.writeAttribute(kW, QStringLiteral("lastColumn"), QStringLiteral("0"));
        x.writeAttribute(kW, QStringLiteral("noHBand"), QStringLiteral("1"));
        x.writeAttribute(kW, QStringLiteral("noVBand"), QStringLiteral("1"));
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("tblGrid"));
        for (int w : widths) {
            x.writeEmptyElement(kW, QStringLiteral("gridCol"));
            x.writeAttribute(kW, QStringLiteral("w"), QString::number(w));
        }
        x.writeEndElement();
        auto rowStart = [&](bool header) {
            x.writeStartElement(kW, QStringLiteral("tr"));
            x.writeStartElement(kW, QStringLiteral("trPr"));
            x.writeEmptyElement(kW, QStringLiteral("cantSplit"));
            if (header) {
                x.writeEmptyElement(kW, QStringLiteral("tblHeader"));
            }
            x.writeEndElement();
        };
        if (!t.headers.isEmpty()) {
            rowStart(true);
            for (std::size_t c = 0; c < widths.size(); ++c) {
                Doc::Cell heading;
                Doc::Paragraph p;
                p.style = Doc::Style::TableHeading;
                p.add(c < static_cast<std::size_t>(t.headers.size()) ? t.headers.at(static_cast<qsizetype>(c))
                                                                     : QString());
                heading.paragraphs.push_back(p);
                cell(part, &heading, widths[c], 1, QStringLiteral("DDDDDD"), Doc::Style::TableHeading);
            }
            x.writeEndElement();
        }
        for (const Doc::Row& row : t.rows) {
            rowStart(false);
            const QString shade = row.kind == Doc::Row::Kind::Normal ? QString() : QStringLiteral("EEEEEE");
            if (row.kind == Doc::Row::Kind::Group) {
                cell(part, row.cells.empty() ? nullptr : &row.cells.front(), m_textWidth,
                    static_cast<int>(widths.size()), shade, Doc::Style::GroupHeading);
            } else {
                for (std::size_t c = 0; c < widths.size(); ++c) {
                    cell(part, c < row.cells.size() ? &row.cells[c] : nullptr, widths[c], 1, shade,
                        Doc::Style::TableText);
                }
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        // Word needs a paragraph between two tables, or it joins them.
        paragraph(part, Doc::Paragraph { Doc::Style::Body, {}, false, false, false });
    }

    void sectionProperties(Part& part)
    {
        auto& x = part.xml();
        x.writeStartElement(kW, QStringLiteral("sectPr"));
        auto reference = [&](const QString& kind, const QString& type, const QString& id) {
            x.writeEmptyElement(kW, kind);
            x.writeAttribute(kW, QStringLiteral("type"), type);
            x.writeAttribute(kR, QStringLiteral("id"), id);
        };
        reference(QStringLiteral("headerReference"), QStringLiteral("default"), QStringLiteral("rId4"));
        reference(QStringLiteral("headerReference"), QStringLiteral("first"), QStringLiteral("rId5"));
        reference(QStringLiteral("footerReference"), QStringLiteral("default"), QStringLiteral("rId6"));
        reference(QStringLiteral("footerReference"), QStringLiteral("first"), QStringLiteral("rId6"));
        x.writeEmptyElement(kW, QStringLiteral("pgSz"));
        x.writeAttribute(kW, QStringLiteral("w"), QString::number(twips(m_pageWidth)));
        x.writeAttribute(kW, QStringLiteral("h"), QString::number(twips(m_pageHeight)));
        if (m_doc.orientation == QPageLayout::Landscape) {
            x.writeAttribute(kW, QStringLiteral("orient"), QStringLiteral("landscape"));
        }
        x.writeEmptyElement(kW, QStringLiteral("pgMar"));
        const QMarginsF& m = m_doc.marginsMm;
        x.writeAttribute(kW, QStringLiteral("top"), QString::number(twips(m.top())));
        x.writeAttribute(kW, QStringLiteral("right"), QString::number(twips(m.right())));
        x.writeAttribute(kW, QStringLiteral("bottom"), QString::number(twips(m.bottom())));
        x.writeAttribute(kW, QStringLiteral("left"), QString::number(twips(m.left())));
        x.writeAttribute(kW, QStringLiteral("header"), QString::number(twips(m.top() / 2)));
        x.writeAttribute(kW, QStringLiteral("footer"), QString::number(twips(m.bottom() / 2)));
        x.writeAttribute(kW, QStringLiteral("gutter"), QStringLiteral("0"));
        x.writeEmptyElement(kW, QStringLiteral("titlePg"));
        x.writeEndElement();
    }

    QByteArray document()
    {
        Part part;
        startRoot(part, QStringLiteral("document"));
        part.xml().writeStartElement(kW, QStringLiteral("body"));
        for (const Doc::Block& block : m_doc.blocks) {
            if (std::holds_alternative<Doc::PageBreak>(block)) {
                m_pageBreak = true;
            } else if (const auto* p = std::get_if<Doc::Paragraph>(&block)) {
                paragraph(part, *p);
            } else {
                table(part, std::get<Doc::Table>(block));
            }
        }
        sectionProperties(part);
        part.xml().writeEndElement();
        part.xml().writeEndElement();
        return part.finish();
    }

    /// A header (left and right text) or a footer (left text and "Page X of
    /// Y" with fields), with a right tab stop at the edge of the text.
    QByteArray headerFooter(bool header, bool empty)
    {
        Part part;
        startRoot(part, header ? QStringLiteral("hdr") : QStringLiteral("ftr"));
        auto& x = part.xml();
        x.writeStartElement(kW, QStringLiteral("p"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        part.val(QStringLiteral("pStyle"), header ? QStringLiteral("Header") : QStringLiteral("Footer"));
        x.writeEndElement();
        if (!empty) {
            run(part, header ? m_doc.headerLeft : m_doc.footerLeft);
            x.writeStartElement(kW, QStringLiteral("r"));
            x.writeEmptyElement(kW, QStringLiteral("tab"));
            x.writeEndElement();
            if (header) {
                run(part, m_doc.headerRight);
            } else {
                const QStringList parts = Doc::splitPattern(m_doc.pageNumberPattern);
                for (qsizetype i = 0; i < parts.size(); ++i) {
                    if (i % 2 == 0) {
                        if (!parts.at(i).isEmpty()) {
                            run(part, parts.at(i));
                        }
                        continue;
                    }
                    x.writeStartElement(kW, QStringLiteral("fldSimple"));
                    x.writeAttribute(kW, QStringLiteral("instr"),
                        parts.at(i) == QStringLiteral("1") ? QStringLiteral(" PAGE ") : QStringLiteral(" NUMPAGES "));
                    run(part, QStringLiteral("1"));
                    x.writeEndElement();
                }
            }
        }
        x.writeEndElement();
        x.writeEndElement();
        return part.finish();
    }

    void fonts(Part& part, const QString& size)
    {
        auto& x = part.xml();
        x.writeEmptyElement(kW, QStringLiteral("rFonts"));
        x.writeAttribute(kW, QStringLiteral("ascii"), Doc::latinFont());
        x.writeAttribute(kW, QStringLiteral("hAnsi"), Doc::latinFont());
        x.writeAttribute(kW, QStringLiteral("eastAsia"), Doc::eastAsianFont());
        x.writeAttribute(kW, QStringLiteral("cs"), Doc::latinFont());
        part.val(QStringLiteral("sz"), size);
        part.val(QStringLiteral("szCs"), size);
        x.writeEmptyElement(kW, QStringLiteral("lang"));
        x.writeAttribute(kW, QStringLiteral("val"), m_doc.languageTag());
        x.writeAttribute(kW, QStringLiteral("eastAsia"), QStringLiteral("ko-KR"));
    }

    struct StyleSpec {
        QString id;
        QString name;
        int size = 0;  ///< half-points; 0: inherited
        bool bold = false;
        bool italic = false;
        int before = 0;  ///< twips
        int after = 0;
        int indent = 0;
        bool keepNext = false;
        int outline = -1;
    };

    void paragraphStyle(Part& part, const StyleSpec& s)
    {
        auto& x = part.xml();
        x.writeStartElement(kW, QStringLiteral("style"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("paragraph"));
        x.writeAttribute(kW, QStringLiteral("styleId"), s.id);
        if (s.id == QStringLiteral("Normal")) {
            x.writeAttribute(kW, QStringLiteral("default"), QStringLiteral("1"));
        }
        part.val(QStringLiteral("name"), s.name);
        if (s.id != QStringLiteral("Normal")) {
            part.val(QStringLiteral("basedOn"), QStringLiteral("Normal"));
            part.val(QStringLiteral("qFormat"), QStringLiteral("1"));
        }
        x.writeStartElement(kW, QStringLiteral("pPr"));
        if (s.keepNext) {
            x.writeEmptyElement(kW, QStringLiteral("keepNext"));
        }
        x.writeEmptyElement(kW, QStringLiteral("spacing"));
        x.writeAttribute(kW, QStringLiteral("before"), QString::number(s.before));
        x.writeAttribute(kW, QStringLiteral("after"), QString::number(s.after));
        if (s.id == QStringLiteral("Header") || s.id == QStringLiteral("Footer")) {
            x.writeStartElement(kW, QStringLiteral("tabs"));
            x.writeEmptyElement(kW, QStringLiteral("tab"));
            x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("right"));
            x.writeAttribute(kW, QStringLiteral("pos"), QString::number(m_textWidth));
            x.writeEndElement();
        }
        if (s.indent > 0) {
            x.writeEmptyElement(kW, QStringLiteral("ind"));
            x.writeAttribute(kW, QStringLiteral("left"), QString::number(s.indent));
        }
        if (s.outline >= 0) {
            part.val(QStringLiteral("outlineLvl"), QString::number(s.outline));
        }
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("rPr"));
        if (s.bold) {
            x.writeEmptyElement(kW, QStringLiteral("b"));
        }
        if (s.italic) {
            x.writeEmptyElement(kW, QStringLiteral("i"));
        }
        if (s.id == QStringLiteral("Header") || s.id == QStringLiteral("Footer")) {
            part.val(QStringLiteral("color"), QStringLiteral("555555"));
        }
        if (s.size > 0) {
            part.val(QStringLiteral("sz"), QString::number(s.size));
            part.val(QStringLiteral("szCs"), QString::number(s.size));
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    static void characterStyle(Part& part, const QString& id, const QString& name, const std::function<void()>& props)
    {
        auto& x = part.xml();
        x.writeStartElement(kW, QStringLiteral("style"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("character"));
        x.writeAttribute(kW, QStringLiteral("styleId"), id);
        part.val(QStringLiteral("name"), name);
        part.val(QStringLiteral("qFormat"), QStringLiteral("1"));
        x.writeStartElement(kW, QStringLiteral("rPr"));
        props();
        x.writeEndElement();
        x.writeEndElement();
    }

    void tableStyle(Part& part)
    {
        auto& x = part.xml();
        x.writeStartElement(kW, QStringLiteral("style"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("table"));
        x.writeAttribute(kW, QStringLiteral("styleId"), QStringLiteral("PlannerTable"));
        part.val(QStringLiteral("name"), QStringLiteral("Planner Table"));
        x.writeStartElement(kW, QStringLiteral("tblPr"));
        x.writeStartElement(kW, QStringLiteral("tblBorders"));
        for (const QString& edge : { QStringLiteral("top"), QStringLiteral("bottom"), QStringLiteral("insideH") }) {
            x.writeEmptyElement(kW, edge);
            x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("single"));
            x.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("4"));
            x.writeAttribute(kW, QStringLiteral("space"), QStringLiteral("0"));
            x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("B0B0B0"));
        }
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("tblCellMar"));
        for (const QString& edge :
            { QStringLiteral("top"), QStringLiteral("left"), QStringLiteral("bottom"), QStringLiteral("right") }) {
            x.writeEmptyElement(kW, edge);
            x.writeAttribute(kW, QStringLiteral("w"), QString::number(twips(1.4)));
            x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("tblStylePr"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("firstRow"));
        x.writeStartElement(kW, QStringLiteral("rPr"));
        x.writeEmptyElement(kW, QStringLiteral("b"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    QByteArray styles()
    {
        Part part;
        startRoot(part, QStringLiteral("styles"));
        auto& x = part.xml();
        x.writeStartElement(kW, QStringLiteral("docDefaults"));
        x.writeStartElement(kW, QStringLiteral("rPrDefault"));
        x.writeStartElement(kW, QStringLiteral("rPr"));
        fonts(part, QStringLiteral("20"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("pPrDefault"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        x.writeEmptyElement(kW, QStringLiteral("spacing"));
        x.writeAttribute(kW, QStringLiteral("after"), QStringLiteral("0"));
        x.writeAttribute(kW, QStringLiteral("line"), QStringLiteral("252"));
        x.writeAttribute(kW, QStringLiteral("lineRule"), QStringLiteral("auto"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        const std::vector<StyleSpec> paragraphs {
            { QStringLiteral("Normal"), QStringLiteral("Normal") },
            { QStringLiteral("Title"), QStringLiteral("Title"), 30, true, false, 0, 80 },
            { QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), 22, false, false, 0, 60 },
            { QStringLiteral("Heading1"), QStringLiteral("heading 1"), 24, true, false, 200, 100, 0, true, 0 },
            { QStringLiteral("BodyText"), QStringLiteral("Body Text"), 0, false, false, 0, 80 },
            { QStringLiteral("Notice"), QStringLiteral("Notice"), 18, false, true, 0, 200 },
            { QStringLiteral("TableText"), QStringLiteral("Table Text") },
            { QStringLiteral("TableHeading"), QStringLiteral("Table Heading"), 0, true, false, 0, 0, 0, true },
            { QStringLiteral("TableDetail"), QStringLiteral("Table Detail"), 18, false, false, 50, 0, 200 },
            { QStringLiteral("GroupHeading"), QStringLiteral("Group Heading"), 0, true, false, 0, 0, 0, true },
            { QStringLiteral("Header"), QStringLiteral("header"), 16 },
            { QStringLiteral("Footer"), QStringLiteral("footer"), 16 },
        };
        for (const StyleSpec& s : paragraphs) {
            paragraphStyle(part, s);
        }
        characterStyle(part, QStringLiteral("Strong"), QStringLiteral("Strong"),
            [&x] { x.writeEmptyElement(kW, QStringLiteral("b")); });
        characterStyle(part, QStringLiteral("Emphasis"), QStringLiteral("Emphasis"),
            [&x] { x.writeEmptyElement(kW, QStringLiteral("i")); });
        characterStyle(part, QStringLiteral("Quiet"), QStringLiteral("Quiet"),
            [&part] { part.val(QStringLiteral("color"), QStringLiteral("555555")); });
        characterStyle(part, QStringLiteral("Label"), QStringLiteral("Label"), [&x, &part] {
            x.writeEmptyElement(kW, QStringLiteral("caps"));
            part.val(QStringLiteral("color"), QStringLiteral("555555"));
            part.val(QStringLiteral("sz"), QStringLiteral("15"));
        });
        tableStyle(part);
        x.writeEndElement();
        return part.finish();
    }

    QByteArray settings() const
    {
        Part part;
        startRoot(part, QStringLiteral("settings"));
        auto& x = part.xml();
        part.val(QStringLiteral("defaultTabStop"), QStringLiteral("709"));
        x.writeEmptyElement(kW, QStringLiteral("themeFontLang"));
        x.writeAttribute(kW, QStringLiteral("val"), m_doc.languageTag());
        x.writeAttribute(kW, QStringLiteral("eastAsia"), QStringLiteral("ko-KR"));
        x.writeStartElement(kW, QStringLiteral("compat"));
        x.writeEmptyElement(kW, QStringLiteral("compatSetting"));
        x.writeAttribute(kW, QStringLiteral("name"), QStringLiteral("compatibilityMode"));
        x.writeAttribute(kW, QStringLiteral("uri"), QStringLiteral("http://schemas.microsoft.com/office/word"));
        x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("15"));
        x.writeEndElement();
        x.writeEndElement();
        return part.finish();
    }

    static QByteArray fontTable()
    {
        Part part;
        startRoot(part, QStringLiteral("fonts"));
        auto& x = part.xml();
        auto font = [&](const QString& name, const QString& altName, const QString& charset) {
            x.writeStartElement(kW, QStringLiteral("font"));
            x.writeAttribute(kW, QStringLiteral("name"), name);
            if (!altName.isEmpty()) {
                part.val(QStringLiteral("altName"), altName);
            }
            part.val(QStringLiteral("charset"), charset);
            part.val(QStringLiteral("family"), QStringLiteral("swiss"));
            part.val(QStringLiteral("pitch"), QStringLiteral("variable"));
            x.writeEndElement();
        };
        font(Doc::latinFont(), {}, QStringLiteral("00"));
        font(Doc::eastAsianFont(), QStringLiteral("맑은 고딕"), QStringLiteral("81"));
        x.writeEndElement();
        return part.finish();
    }

    QByteArray coreProperties() const
    {
        Part part;
        auto& x = part.xml();
        const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        x.writeNamespace(cp, QStringLiteral("cp"));
        x.writeNamespace(dc, QStringLiteral("dc"));
        x.writeStartElement(cp, QStringLiteral("coreProperties"));
        x.writeTextElement(dc, QStringLiteral("title"), m_doc.title);
        x.writeTextElement(dc, QStringLiteral("subject"), m_doc.subject);
        x.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Delegation Planner"));
        x.writeTextElement(dc, QStringLiteral("language"), m_doc.languageTag());
        x.writeEndElement();
        return part.finish();
    }

    static QByteArray appProperties()
    {
        Part part;
        auto& x = part.xml();
        const QString ns = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
        x.writeDefaultNamespace(ns);
        x.writeStartElement(ns, QStringLiteral("Properties"));
        x.writeTextElement(ns, QStringLiteral("Application"), QStringLiteral("Delegation Planner"));
        x.writeEndElement();
        return part.finish();
    }

    const Doc& m_doc;
    qreal m_pageWidth = 210;
    qreal m_pageHeight = 297;
    int m_textWidth = 0;
    bool m_pageBreak = false;
};

}  // namespace

Result<QByteArray> DocxWriter::write(const OutputDocument& document)
{
    return Writer(document).write();
}

}  // namespace planner
