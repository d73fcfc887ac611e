#pragma once

#include <QDate>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace planner {

/// The one document model behind every printed and editable output (agenda,
/// rosters, trip programme, itineraries): paragraphs in named styles, tables
/// with a header row and rows that do not split, page breaks, the page and
/// its running header and footer. Builders fill it with every fixed text
/// already translated and every date formatted with the output's locale;
/// the writers (PDF, DOCX, ODT) only lay it out, so the three formats say
/// the same thing. Texts are plain: the writers escape them.
struct OutputDocument {
    /// Named paragraph styles: a word processor shows these names, and a
    /// user changes the look of all paragraphs of a kind in one place.
    enum class Style {
        Title,
        Subtitle,
        Heading,  ///< a section: "Delegation", "Programme", a traveller's name
        Body,
        Notice,  ///< small italic: "All times are local time in ..."
        TableText,
        TableHeading,  ///< the header row
        TableDetail,  ///< a smaller, indented line in a cell (a speaker)
        GroupHeading,  ///< a row across the table: a day, a city
    };
    /// Named character styles.
    enum class SpanStyle { Plain, Strong, Emphasis, Quiet, Label };

    struct Span {
        QString text;
        SpanStyle style = SpanStyle::Plain;
    };
    struct Paragraph {
        Style style = Style::Body;
        std::vector<Span> spans;
        bool centred = false;
        bool keepWithNext = false;
        bool pageBreakBefore = false;

        [[nodiscard]] QString text() const;
        Paragraph& add(const QString& text, SpanStyle style = SpanStyle::Plain);
    };
    struct Cell {
        std::vector<Paragraph> paragraphs;
        [[nodiscard]] QString text() const;
    };
    struct Row {
        enum class Kind {
            Normal,
            Shaded,  ///< set apart: a break, a meal
            Group,  ///< one cell across all columns: a day or a city
        };
        std::vector<Cell> cells;
        Kind kind = Kind::Normal;
    };
    struct Table {
        std::vector<qreal> columnWidths;  ///< relative
        QStringList headers;  ///< repeated on every page; empty: no header row
        std::vector<Row> rows;
        qreal fontPointSize = 10;
    };
    struct PageBreak { };
    using Block = std::variant<Paragraph, Table, PageBreak>;

    QString title;  ///< document properties
    QString subject;
    QLocale locale { QLocale::English, QLocale::UnitedKingdom };
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm { 15, 15, 15, 15 };
    QString headerLeft;  ///< running header, every page but the first
    QString headerRight;
    QString footerLeft;  ///< every page, e.g. "Printed on 10 August 2016"
    /// "Page %1 of %2", translated: the writers put the page number for %1
    /// and the page count for %2 (fields in DOCX and ODT).
    QString pageNumberPattern;
    std::vector<Block> blocks;

    Paragraph& paragraph(Style style, const QString& text = {}, SpanStyle span = SpanStyle::Plain);
    Table& table(std::vector<qreal> widths, QStringList headers = {});
    void pageBreak();

    [[nodiscard]] QPageLayout pageLayout() const;
    /// The BCP 47 tag of the locale ("en-GB", "ko-KR").
    [[nodiscard]] QString languageTag() const;
    /// Every text of the document in order, one paragraph a line (for tests).
    [[nodiscard]] QString plainText() const;

    /// The fonts named in the files: what a Korean office has, per script.
    /// Latin, Cyrillic and Azerbaijani Latin; Word and LibreOffice fall back
    /// per character where a font lacks one.
    static QString latinFont();
    /// Hangul and Han: the East Asian font (w:eastAsia, style:font-name-asian).
    static QString eastAsianFont();
    /// Text split at %1 and %2 of a pattern such as "Page %1 of %2", so a
    /// writer can put a field for each: {"Page ", "1", " of ", "2", ""}
    /// (odd indexes name the placeholder).
    static QStringList splitPattern(const QString& pattern);
};

/// A row of plain cells (one paragraph of TableText each).
OutputDocument::Row plainRow(const QStringList& cells);
/// A group row across the table.
OutputDocument::Row groupRow(const QString& text);

}  // namespace planner

namespace planner {

/// "Wednesday, 17 August 2016" in English; the locale's own long date
/// (Korean: "2016년 8월 17일 수요일").
QString longDate(const QLocale& locale, const QDate& date);
/// The long date without the weekday: "17 August 2016".
QString fullDate(const QLocale& locale, const QDate& date);
/// "17 August" (the long date without weekday and year).
QString dayAndMonth(const QLocale& locale, const QDate& date);

}  // namespace planner
