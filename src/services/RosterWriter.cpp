#include "services/RosterWriter.h"

#include "services/AtomicFile.h"
#include "services/DocumentFiles.h"
#include "services/DocumentPainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace planner {

namespace {

struct RosterWriterText {
    Q_DECLARE_TR_FUNCTIONS(planner::RosterWriter)
};

QString csvField(const QString& raw)
{
    const QString cell = RosterWriter::neutralised(raw);
    const bool quote = cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(','))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!quote) {
        return cell;
    }
    QString out = cell;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

/// Display width in character cells: Hangul and other East Asian wide
/// characters take two.
int displayWidth(const QString& text)
{
    int width = 0;
    int lineWidth = 0;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n')) {
            width = std::max(width, lineWidth);
            lineWidth = 0;
            continue;
        }
        const char16_t u = ch.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60);
        lineWidth += wide ? 2 : 1;
    }
    return std::max(width, lineWidth);
}

int columnWidth(const Roster& roster, std::size_t column)
{
    int width = displayWidth(Roster::heading(roster.columns()[column]));
    for (const auto& row : roster.rows()) {
        const auto& value = row[column];
        if (std::holds_alternative<QDate>(value)) {
            width = std::max(width, 10);
        } else if (std::holds_alternative<PlannedTime>(value)) {
            width = std::max(width, 16);
        } else {
            width = std::max(width, displayWidth(Roster::text(value)));
        }
    }
    return width;
}

/// Column widths for paper, in characters: names, dates and numbers never
/// wrap; the space left goes to the columns of longer text (position,
/// organisation), in proportion to what they hold.
std::vector<qreal> pdfColumnWidths(const Roster& roster)
{
    constexpr int kLine = 135;  // characters across an A4 landscape page at 9 pt
    const auto& columns = roster.columns();
    std::vector<qreal> widths(columns.size());
    std::vector<std::size_t> wrapping;
    int fixed = 0;
    int wanted = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const RosterColumn column = columns[c];
        const bool wraps = column == RosterColumn::Position || column == RosterColumn::Organisation
            || column == RosterColumn::Lodging || column == RosterColumn::Email;
        const int natural = columnWidth(roster, c) + 2;
        if (wraps) {
            wrapping.push_back(c);
            wanted += natural;
            widths[c] = natural;
        } else {
            // A heading may wrap at its spaces; the values may not.
            int longestWord = 0;
            for (const QString& word : Roster::heading(column).split(QLatin1Char(' '))) {
                longestWord = std::max(longestWord, displayWidth(word));
            }
            int values = 0;
            for (const auto& row : roster.rows()) {
                values = std::max(values, displayWidth(Roster::text(row[c])));
            }
            const int heading = (displayWidth(Roster::heading(column)) + 1) / 2;  // two lines at most
            widths[c] = std::max({ values, longestWord, heading }) + 2;
            fixed += static_cast<int>(widths[c]);
        }
    }
    const int room = std::max(kLine - fixed, 20 * static_cast<int>(wrapping.size()));
    if (wanted > room) {
        for (std::size_t c : wrapping) {
            widths[c] = std::max<qreal>(10, widths[c] * room / wanted);
        }
    }
    return widths;
}

QJsonValue jsonValue(const Roster::Value& value)
{
    if (const auto* s = std::get_if<QString>(&value)) {
        return *s;
    }
    if (const auto* n = std::get_if<int>(&value)) {
        return *n;
    }
    if (const auto* d = std::get_if<QDate>(&value)) {
        return d->isValid() ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
    }
    const auto& t = std::get<PlannedTime>(value);
    if (t.isNull()) {
        return QJsonValue();
    }
    return QJsonObject { { QStringLiteral("local"), t.localIso() }, { QStringLiteral("zone"), t.zone() },
        { QStringLiteral("utcOffset"), t.utcOffsetText() },
        { QStringLiteral("utc"), t.toUtc().toString(Qt::ISODate) } };
}

QString subtitle(const Roster& roster)
{
    QStringList parts;
    if (!roster.delegationName().isEmpty()) {
        parts << roster.delegationName();
    }
    if (!roster.trip().title.isEmpty()) {
        parts << roster.trip().title;
    }
    return parts.join(QStringLiteral(" · "));
}

/// Sheet names: at most 31 characters, none of []:*?/\.
QByteArray sheetName(const QString& title)
{
    QString name = title;
    for (const QChar bad : QStringLiteral("[]:*?/\\")) {
        name.remove(bad);
    }
    name = name.left(31).trimmed();
    return (name.isEmpty() ? QStringLiteral("Roster") : name).toUtf8();
}

}  // namespace

QString RosterWriter::token(RosterFormat format)
{
    switch (format) {
    case RosterFormat::Xlsx: return QStringLiteral("xlsx");
    case RosterFormat::Csv: return QStringLiteral("csv");
    case RosterFormat::Pdf: return QStringLiteral("pdf");
    case RosterFormat::Json: return QStringLiteral("json");
    case RosterFormat::Docx: return QStringLiteral("docx");
    case RosterFormat::Odt: return QStringLiteral("odt");
    }
    return {};
}

std::vector<RosterFormat> RosterWriter::formats()
{
    return { RosterFormat::Xlsx, RosterFormat::Csv, RosterFormat::Pdf, RosterFormat::Json, RosterFormat::Docx,
        RosterFormat::Odt };
}

std::optional<RosterFormat> RosterWriter::formatFromToken(const QString& token)
{
    for (RosterFormat f : formats()) {
        if (token.compare(RosterWriter::token(f), Qt::CaseInsensitive) == 0) {
            return f;
        }
    }
    return std::nullopt;
}

std::optional<RosterFormat> RosterWriter::formatFromFileName(const QString& fileName)
{
    return formatFromToken(QFileInfo(fileName).suffix());
}

QString RosterWriter::neutralised(const QString& cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
        return QLatin1Char('\'') + cell;
    }
    return cell;
}

QByteArray RosterWriter::toCsv(const Roster& roster, bool byteOrderMark)
{
    QString out;
    QStringList fields;
    for (RosterColumn c : roster.columns()) {
        fields << csvField(Roster::heading(c));
    }
    out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const auto& row : roster.rows()) {
        fields.clear();
        for (const auto& value : row) {
            fields << csvField(Roster::text(value));
        }
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes = byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    bytes += out.toUtf8();
    return bytes;
}

QByteArray RosterWriter::toJson(const Roster& roster)
{
    QJsonArray columns;
    for (RosterColumn c : roster.columns()) {
        columns.append(QJsonObject {
            { QStringLiteral("key"), Roster::token(c) }, { QStringLiteral("heading"), Roster::heading(c) } });
    }
    QJsonArray rows;
    for (const auto& row : roster.rows()) {
        QJsonObject object;
        for (std::size_t i = 0; i < row.size(); ++i) {
            object.insert(Roster::token(roster.columns()[i]), jsonValue(row[i]));
        }
        rows.append(object);
    }
    QJsonObject root {
        { QStringLiteral("format"), QStringLiteral("delegation-planner-roster") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("title"), roster.title() },
        { QStringLiteral("trip"),
            QJsonObject { { QStringLiteral("id"), roster.trip().id }, { QStringLiteral("title"), roster.trip().title },
                { QStringLiteral("delegation"), roster.delegationName() } } },
        { QStringLiteral("containsPassportData"), roster.containsPassportData() },
        { QStringLiteral("columns"), columns },
        { QStringLiteral("rows"), rows },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

/// workbook_close() with the library's "[ERROR][file:line]" lines kept off
/// standard error (it prints them itself when a write fails; the caller says
/// what happened in words). Standard error is pointed at /dev/null for the
/// moment of the call only.
lxw_error closeQuietly(lxw_workbook* workbook, int& savedErrno)
{
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    const bool quiet = saved >= 0 && null >= 0 && ::dup2(null, STDERR_FILENO) >= 0;
    errno = 0;
    const lxw_error closed = workbook_close(workbook);
    savedErrno = errno;
    if (quiet) {
        std::fflush(stderr);
        ::dup2(saved, STDERR_FILENO);
    }
    if (null >= 0) {
        ::close(null);
    }
    if (saved >= 0) {
        ::close(saved);
    }
    return closed;
}

}  // namespace

Result<QByteArray> RosterWriter::toXlsx(const Roster& roster)
{
    // libxlsxwriter writes to a file name only: build in a private
    // temporary folder, then hand the bytes on.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return makeError(RosterWriterText::tr("Cannot create a temporary folder: %1").arg(dir.errorString()));
    }
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("roster.xlsx")));
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options workbookOptions {};
    workbookOptions.constant_memory = LXW_FALSE;
    workbookOptions.tmpdir = const_cast<char*>(tmpdir.constData());
    lxw_workbook* workbook = workbook_new_opt(path.constData(), &workbookOptions);
    if (workbook == nullptr) {
        return makeError(RosterWriterText::tr("The spreadsheet library could not start a workbook."));
    }
    const QByteArray title = roster.title().toUtf8();
    const QByteArray subject = subtitle(roster).toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    workbook_set_properties(workbook, &properties);

    const QByteArray name = sheetName(roster.title());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xDDDDDD);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    format_set_align(dateFormat, LXW_ALIGN_LEFT);
    lxw_format* timeFormat = workbook_add_format(workbook);
    format_set_num_format(timeFormat, "yyyy-mm-dd hh:mm");
    format_set_align(timeFormat, LXW_ALIGN_LEFT);
    lxw_format* numberFormat = workbook_add_format(workbook);
    format_set_align(numberFormat, LXW_ALIGN_LEFT);

    const auto& columns = roster.columns();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(sheet, 0, col, Roster::heading(columns[c]).toUtf8().constData(), header);
        const double width = std::clamp(columnWidth(roster, c) + 2, 6, 60);
        worksheet_set_column(sheet, col, col, width, nullptr);
    }
    lxw_row_t r = 1;
    for (const auto& row : roster.rows()) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const auto& value = row[c];
            if (const auto* s = std::get_if<QString>(&value)) {
                if (!s->isEmpty()) {
                    worksheet_write_string(sheet, r, col, s->toUtf8().constData(), nullptr);
                }
            } else if (const auto* n = std::get_if<int>(&value)) {
                worksheet_write_number(sheet, r, col, *n, numberFormat);
            } else if (const auto* d = std::get_if<QDate>(&value)) {
                if (d->isValid()) {
                    lxw_datetime when { d->year(), d->month(), d->day(), 0, 0, 0 };
                    worksheet_write_datetime(sheet, r, col, &when, dateFormat);
                }
            } else if (const auto* t = std::get_if<PlannedTime>(&value)) {
                if (!t->isNull()) {
                    const QDateTime local = t->local();
                    lxw_datetime when { local.date().year(), local.date().month(), local.date().day(),
                        local.time().hour(), local.time().minute(), 0 };
                    worksheet_write_datetime(sheet, r, col, &when, timeFormat);
                }
            }
        }
        ++r;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!columns.empty()) {
        worksheet_autofilter(sheet, 0, 0, r - 1, static_cast<lxw_col_t>(columns.size() - 1));
    }
    worksheet_set_landscape(sheet);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_fit_to_pages(sheet, 1, 0);

    int closeErrno = 0;
    const lxw_error closed = closeQuietly(workbook, closeErrno);
    if (closed != LXW_NO_ERROR) {
        // The library's own codes name its step ("error creating output xlsx
        // file"); what the person can act on is why.
        const bool full = closeErrno == ENOSPC || QStorageInfo(dir.path()).bytesAvailable() < 64 * 1024;
        return makeError(full ? RosterWriterText::tr("The spreadsheet could not be written: the disk is full (it is "
                                                     "built in the temporary folder %1 first)")
                                    .arg(QDir::toNativeSeparators(QDir::tempPath()))
                              : RosterWriterText::tr("The spreadsheet could not be written: %1")
                                    .arg(QString::fromUtf8(lxw_strerror(closed))));
    }
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(RosterWriterText::tr("The spreadsheet could not be read back: %1").arg(file.errorString()));
    }
    return file.readAll();
}

OutputDocument RosterWriter::document(const Roster& roster, const RosterWriteOptions& options)
{
    using Style = OutputDocument::Style;
    OutputDocument doc;
    doc.locale = options.locale;
    doc.title = roster.title();
    doc.subject = subtitle(roster);
    doc.pageSize = options.pageSize;
    const auto& columns = roster.columns();
    doc.orientation = columns.size() > 4 ? QPageLayout::Landscape : QPageLayout::Portrait;
    doc.paragraph(Style::Title, roster.title());
    if (!subtitle(roster).isEmpty()) {
        doc.paragraph(Style::Subtitle, subtitle(roster));
    }
    const bool times = std::any_of(columns.begin(), columns.end(), [](RosterColumn c) {
        return c == RosterColumn::Arrival || c == RosterColumn::Departure || c == RosterColumn::CheckIn
            || c == RosterColumn::CheckOut;
    });
    QStringList notes;
    notes << RosterWriterText::tr("In order of precedence.");
    if (times) {
        notes << RosterWriterText::tr("Times in the local time of each city.");
    }
    if (roster.containsPassportData()) {
        notes << RosterWriterText::tr("Contains passport data: personal data, to be handled accordingly.");
    }
    doc.paragraph(Style::Notice, notes.join(QLatin1Char(' ')));
    doc.headerLeft
        = roster.title() + (subtitle(roster).isEmpty() ? QString() : QStringLiteral(" · ") + subtitle(roster));
    doc.headerRight = roster.containsPassportData() ? RosterWriterText::tr("Contains passport data") : QString();
    const QDate printed = options.printedOn.isValid() ? options.printedOn : QDate::currentDate();
    doc.footerLeft = RosterWriterText::tr("Printed on %1").arg(fullDate(options.locale, printed));
    doc.pageNumberPattern = RosterWriterText::tr("Page %1 of %2");
    QStringList headings;
    for (RosterColumn c : columns) {
        headings << Roster::heading(c);
    }
    auto& t = doc.table(pdfColumnWidths(roster), headings);
    t.fontPointSize = 9;
    QString group;
    for (std::size_t i = 0; i < roster.rows().size(); ++i) {
        if (i < static_cast<std::size_t>(roster.rowGroups().size())
            && roster.rowGroups().at(static_cast<qsizetype>(i)) != group) {
            group = roster.rowGroups().at(static_cast<qsizetype>(i));
            t.rows.push_back(groupRow(group));
        }
        QStringList cells;
        for (const auto& value : roster.rows()[i]) {
            cells << Roster::text(value);
        }
        t.rows.push_back(plainRow(cells));
    }
    return doc;
}

Result<QByteArray> RosterWriter::toPdf(const Roster& roster, const RosterWriteOptions& options)
{
    return DocumentPainter::toPdf(document(roster, options));
}

Result<int> RosterWriter::paint(const Roster& roster, QPagedPaintDevice& device, const RosterWriteOptions& options)
{
    return DocumentPainter::paint(document(roster, options), device);
}

Status RosterWriter::write(
    const Roster& roster, RosterFormat format, const QString& path, const RosterWriteOptions& options)
{
    QByteArray bytes;
    switch (format) {
    case RosterFormat::Csv: bytes = toCsv(roster, options.byteOrderMark); break;
    case RosterFormat::Json: bytes = toJson(roster); break;
    case RosterFormat::Xlsx:
    case RosterFormat::Pdf:
    case RosterFormat::Docx:
    case RosterFormat::Odt: {
        const DocumentFormat document = format == RosterFormat::Docx ? DocumentFormat::Docx
            : format == RosterFormat::Odt                            ? DocumentFormat::Odt
                                                                     : DocumentFormat::Pdf;
        auto made = format == RosterFormat::Xlsx
            ? toXlsx(roster)
            : DocumentFiles::bytes(RosterWriter::document(roster, options), document);
        if (!made.ok()) {
            return made.error();
        }
        bytes = std::move(made).value();
        break;
    }
    }
    return AtomicFile::write(path, bytes);
}

}  // namespace planner
