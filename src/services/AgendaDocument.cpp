#include "services/AgendaDocument.h"

#include "services/AtomicFile.h"
#include "services/DocumentPainter.h"
#include "services/OutputTerms.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <set>

namespace planner {

namespace {

struct AgendaDocumentText {
    Q_DECLARE_TR_FUNCTIONS(planner::AgendaDocument)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

template <typename T> const T* findById(const std::vector<T>& list, const Uuid& id)
{
    if (id.isEmpty()) {
        return nullptr;
    }
    const auto it = std::find_if(list.begin(), list.end(), [&id](const T& item) { return item.id == id; });
    return it == list.end() ? nullptr : &*it;
}

QString hhmm(const PlannedTime& t)
{
    return t.localTime().toString(QStringLiteral("HH:mm"));
}

/// The city as people call it: "Tashkent" from "Asia/Tashkent".
QString zoneCity(const QString& zone)
{
    QString city = zone.section(QLatin1Char('/'), -1);
    city.replace(QLatin1Char('_'), QLatin1Char(' '));
    return city;
}

/// True when the position names the organisation, in full or by the start
/// of its name ("Chairman, State Agency for Public Service and Social
/// Innovations" for "State Agency ... under the President of ...").
bool positionNames(const QString& position, const QString& organisation)
{
    if (organisation.isEmpty()) {
        return true;
    }
    if (position.contains(organisation, Qt::CaseInsensitive)) {
        return true;
    }
    const QStringList segments = position.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    return std::any_of(segments.begin(), segments.end(), [&organisation](const QString& segment) {
        return segment.size() >= 12 && organisation.startsWith(segment.trimmed(), Qt::CaseInsensitive);
    });
}

}  // namespace

Result<AgendaDocument> AgendaDocument::build(const TripBundle& bundle, const Uuid& forumId, const QLocale& locale)
{
    const Forum* forum = findById(bundle.forums, forumId);
    if (forum == nullptr) {
        return makeError(AgendaDocumentText::tr("There is no forum with the id %1 in the trip \"%2\".")
                             .arg(forumId, bundle.trip.title));
    }
    AgendaDocument doc;
    doc.m_locale = locale;
    doc.m_title = forum->title;
    doc.m_description = forum->description;
    doc.m_start = forum->start;
    doc.m_end = forum->end;
    doc.m_zone = forum->start.zone();
    if (const Venue* venue = findById(bundle.venues, forum->venueId)) {
        doc.m_venue = venue->name;
        doc.m_venueAddress = venue->address;
        doc.m_city = venue->city;
    }
    if (const Stop* stop = findById(bundle.stops, forum->stopId)) {
        doc.m_city = stop->city;
        if (doc.m_zone.isEmpty()) {
            doc.m_zone = stop->zone;
        }
    }
    for (const auto& host : forum->hosts) {
        if (const Organisation* org = findById(bundle.organisations, host.organisationId)) {
            doc.m_hosts.push_back({ host.role, OutputTerms::of(host.role), org->name, org->localName });
        }
    }
    // Hosts first, then co-hosts, each in the order given.
    std::stable_sort(doc.m_hosts.begin(), doc.m_hosts.end(),
        [](const Host& a, const Host& b) { return a.kind == HostRole::Host && b.kind != HostRole::Host; });

    for (const auto& s : forum->sessions) {
        Session out;
        out.id = s.id;
        out.start = s.start;
        out.end = s.end;
        out.kind = s.kind;
        out.kindLabel = OutputTerms::of(s.kind);
        out.title = s.title;
        out.room = s.room;
        if (const Organisation* org = findById(bundle.organisations, s.presentingOrganisationId)) {
            out.presentingOrganisation = org->name;
        }
        for (const auto& sp : s.speakers) {
            const Person* p = findById(bundle.people, sp.personId);
            if (p == nullptr) {
                continue;
            }
            Speaker speaker;
            speaker.role = sp.role == SpeakerRole::Speaker ? QString() : OutputTerms::of(sp.role);
            speaker.honorific = p->honorific;
            speaker.name = p->displayName();
            const QString latin = (p->givenName + QLatin1Char(' ') + p->familyName).trimmed();
            if (p->localName.compare(latin, Qt::CaseInsensitive) != 0
                && p->localName.compare(speaker.name, Qt::CaseInsensitive) != 0) {
                speaker.localName = p->localName;
            }
            speaker.position = p->position;
            // The organisation is left out where the position already names
            // it ("Director, National Archives of Korea") or where it is the
            // presenting organisation printed just above.
            if (const Organisation* org = findById(bundle.organisations, p->organisationId)) {
                if (!positionNames(p->position, org->name) && org->name != out.presentingOrganisation) {
                    speaker.organisation = org->name;
                }
            }
            out.speakers.push_back(speaker);
        }
        doc.m_sessions.push_back(out);
    }
    // One room for the whole programme is said once, in the header.
    // Sessions without a room (lunch taken elsewhere) do not count.
    std::set<QString> rooms;
    for (const auto& s : doc.m_sessions) {
        if (!s.room.isEmpty()) {
            rooms.insert(s.room);
        }
    }
    const bool oneRoom = rooms.size() == 1;
    if (oneRoom) {
        doc.m_room = *rooms.begin();
        for (auto& s : doc.m_sessions) {
            s.room.clear();
        }
    }
    std::stable_sort(doc.m_sessions.begin(), doc.m_sessions.end(), [](const Session& a, const Session& b) {
        const auto byStart = compareInstants(a.start, b.start);
        if (byStart != 0) {
            return byStart < 0;
        }
        return compareInstants(a.end, b.end) < 0;
    });
    return doc;
}

bool AgendaDocument::spansSeveralDays() const
{
    return std::any_of(m_sessions.begin(), m_sessions.end(),
        [this](const Session& s) { return s.start.localDate() != m_start.localDate(); });
}

QString AgendaDocument::dateText() const
{
    if (m_start.isNull()) {
        return {};
    }
    const QDate first = m_start.localDate();
    const QDate last = m_end.isNull() ? first : m_end.localDate();
    if (last <= first) {
        return longDate(m_locale, first);
    }
    return AgendaDocumentText::tr("%1 to %2").arg(longDate(m_locale, first), longDate(m_locale, last));
}

QString AgendaDocument::timeNotice() const
{
    if (m_start.isNull()) {
        return {};
    }
    const QString city = m_city.isEmpty() ? zoneCity(m_zone) : m_city;
    return AgendaDocumentText::tr("All times are local time in %1 (%2, UTC%3).")
        .arg(city, m_zone, m_start.utcOffsetText());
}

QString AgendaDocument::timeCellHtml(const Session& s) const
{
    QString html = QStringLiteral("<b>%1–%2</b>").arg(hhmm(s.start), hhmm(s.end));
    if (s.start.utcOffsetSeconds() != m_start.utcOffsetSeconds()) {
        html += QStringLiteral("<br/><span style=\"font-size:8pt;\">UTC%1</span>").arg(esc(s.start.utcOffsetText()));
    }
    if (!s.room.isEmpty()) {
        html += QStringLiteral("<br/><span style=\"font-size:8pt; color:#555555;\">%1</span>").arg(esc(s.room));
    }
    return html;
}

QString AgendaDocument::contentCellHtml(const Session& s) const
{
    if (s.isBreak()) {
        return QStringLiteral("<i>%1</i>").arg(esc(s.title.isEmpty() ? s.kindLabel : s.title));
    }
    QString html;
    if (s.kind != SessionKind::Presentation) {
        html += QStringLiteral("<span style=\"font-size:7.5pt; color:#555555;\">%1</span><br/>")
                    .arg(esc(s.kindLabel.toUpper()));
    }
    html += QStringLiteral("<b>%1</b>").arg(esc(s.title));
    if (!s.presentingOrganisation.isEmpty()) {
        html += QStringLiteral("<br/><span style=\"font-size:9pt;\">%1</span>").arg(esc(s.presentingOrganisation));
    }
    for (const auto& sp : s.speakers) {
        QString line;
        if (!sp.role.isEmpty()) {
            line += QStringLiteral("<span style=\"color:#555555;\">%1:</span> ").arg(esc(sp.role));
        }
        if (!sp.honorific.isEmpty()) {
            line += esc(sp.honorific) + QLatin1Char(' ');
        }
        line += QStringLiteral("<b>%1</b>").arg(esc(sp.name));
        if (!sp.localName.isEmpty()) {
            line += QStringLiteral(" (%1)").arg(esc(sp.localName));
        }
        QStringList detail;
        if (!sp.position.isEmpty()) {
            detail << esc(sp.position);
        }
        if (!sp.organisation.isEmpty()) {
            detail << esc(sp.organisation);
        }
        if (!detail.isEmpty()) {
            line += QStringLiteral("<br/><span style=\"color:#444444;\">%1</span>")
                        .arg(detail.join(QStringLiteral(", ")));
        }
        html
            += QStringLiteral("<p style=\"margin-top:3px; margin-bottom:0px; margin-left:10px; font-size:9pt;\">%1</p>")
                   .arg(line);
    }
    return html;
}

QString AgendaDocument::footerText(const AgendaOptions& options) const
{
    const QDate printed = options.printedOn.isValid() ? options.printedOn : QDate::currentDate();
    return AgendaDocumentText::tr("Printed on %1").arg(fullDate(m_locale, printed));
}

QStringList AgendaDocument::placeParts() const
{
    QStringList place;
    for (const QString& part : { m_room, m_venue, m_city }) {
        if (!part.isEmpty() && !place.contains(part)) {
            place << part;
        }
    }
    return place;
}

void AgendaDocument::addHeader(OutputDocument& doc) const
{
    using Style = OutputDocument::Style;
    using Span = OutputDocument::SpanStyle;
    doc.paragraph(Style::Title, m_title).centred = true;
    doc.paragraph(Style::Subtitle, dateText()).centred = true;
    if (!placeParts().isEmpty()) {
        doc.paragraph(Style::Subtitle, placeParts().join(QStringLiteral(", "))).centred = true;
    }
    for (const auto& host : m_hosts) {
        auto& p = doc.paragraph(Style::Body);
        p.centred = true;
        p.add(AgendaDocumentText::tr("%1:").arg(host.role) + QLatin1Char(' '), Span::Quiet).add(host.name);
        if (!host.localName.isEmpty() && host.localName != host.name) {
            p.add(QLatin1Char('\n') + host.localName, Span::Quiet);
        }
    }
    doc.paragraph(Style::Notice, timeNotice()).centred = true;
}

OutputDocument::Cell AgendaDocument::timeCell(const Session& s) const
{
    OutputDocument::Paragraph p;
    p.style = OutputDocument::Style::TableText;
    p.add(QStringLiteral("%1–%2").arg(hhmm(s.start), hhmm(s.end)), OutputDocument::SpanStyle::Strong);
    if (s.start.utcOffsetSeconds() != m_start.utcOffsetSeconds()) {
        p.add(QStringLiteral("\nUTC") + s.start.utcOffsetText(), OutputDocument::SpanStyle::Quiet);
    }
    if (!s.room.isEmpty()) {
        p.add(QLatin1Char('\n') + s.room, OutputDocument::SpanStyle::Quiet);
    }
    return { { p } };
}

OutputDocument::Cell AgendaDocument::contentCell(const Session& s) const
{
    using Style = OutputDocument::Style;
    using Span = OutputDocument::SpanStyle;
    OutputDocument::Cell cell;
    auto paragraph = [&cell](Style style) -> OutputDocument::Paragraph& {
        cell.paragraphs.push_back({});
        cell.paragraphs.back().style = style;
        return cell.paragraphs.back();
    };
    if (s.isBreak()) {
        paragraph(Style::TableText).add(s.title.isEmpty() ? s.kindLabel : s.title, Span::Emphasis);
        return cell;
    }
    if (s.kind != SessionKind::Presentation) {
        paragraph(Style::TableText).add(s.kindLabel, Span::Label);
    }
    paragraph(Style::TableText).add(s.title, Span::Strong);
    if (!s.presentingOrganisation.isEmpty()) {
        paragraph(Style::TableDetail).add(s.presentingOrganisation);
    }
    for (const auto& sp : s.speakers) {
        auto& line = paragraph(Style::TableDetail);
        if (!sp.role.isEmpty()) {
            line.add(AgendaDocumentText::tr("%1:").arg(sp.role) + QLatin1Char(' '), Span::Quiet);
        }
        if (!sp.honorific.isEmpty()) {
            line.add(sp.honorific + QLatin1Char(' '));
        }
        line.add(sp.name, Span::Strong);
        if (!sp.localName.isEmpty()) {
            line.add(QStringLiteral(" (%1)").arg(sp.localName));
        }
        const QStringList detail
            = QStringList { sp.position, sp.organisation }.filter(QRegularExpression(QStringLiteral("\\S")));
        if (!detail.isEmpty()) {
            line.add(QLatin1Char('\n') + detail.join(QStringLiteral(", ")), Span::Quiet);
        }
    }
    return cell;
}

OutputDocument AgendaDocument::document(const AgendaOptions& options) const
{
    OutputDocument doc;
    doc.locale = m_locale;
    doc.title = m_title;
    doc.subject = AgendaDocumentText::tr("Agenda");
    doc.pageSize = options.pageSize;
    doc.orientation = QPageLayout::Portrait;
    doc.headerLeft = m_title;
    doc.headerRight = m_start.isNull() ? QString()
                                       : AgendaDocumentText::tr("%1, %2 · local time, UTC%3")
                                             .arg(fullDate(m_locale, m_start.localDate()),
                                                 m_city.isEmpty() ? zoneCity(m_zone) : m_city, m_start.utcOffsetText());
    doc.footerLeft = footerText(options);
    doc.pageNumberPattern = AgendaDocumentText::tr("Page %1 of %2");
    addHeader(doc);
    auto& t = doc.table({ 0.17, 0.83 });
    const bool days = spansSeveralDays();
    QDate day;
    for (const auto& s : m_sessions) {
        if (days && s.start.localDate() != day) {
            day = s.start.localDate();
            t.rows.push_back(groupRow(longDate(m_locale, day)));
        }
        OutputDocument::Row row;
        row.cells = { timeCell(s), contentCell(s) };
        row.kind = s.isBreak() ? OutputDocument::Row::Kind::Shaded : OutputDocument::Row::Kind::Normal;
        t.rows.push_back(std::move(row));
    }
    if (m_sessions.empty()) {
        t.rows.push_back(groupRow(AgendaDocumentText::tr("The programme has no sessions yet.")));
    }
    return doc;
}

QPageLayout AgendaDocument::pageLayout(QPageSize::PageSizeId size)
{
    OutputDocument doc;
    doc.pageSize = size;
    return doc.pageLayout();
}

Result<int> AgendaDocument::paint(QPagedPaintDevice& device, const AgendaOptions& options) const
{
    return DocumentPainter::paint(document(options), device);
}

Result<QByteArray> AgendaDocument::toPdf(const AgendaOptions& options) const
{
    return DocumentPainter::toPdf(document(options));
}

QByteArray AgendaDocument::toHtml(const AgendaOptions& options) const
{
    const bool letter = options.pageSize == QPageSize::Letter;
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n")
                .arg(esc(m_title));
    html += QStringLiteral("<style>\n"
                           "@page { size: %1 portrait; margin: 15mm; }\n"
                           "body { font-family: %2; font-size: 10pt; color: #000; max-width: 180mm; margin: 0 auto; }\n"
                           "header { text-align: center; margin-bottom: 6mm; }\n"
                           "h1 { font-size: 15pt; margin: 0 0 2mm; }\n"
                           ".place, .date { font-size: 11pt; margin: 0; }\n"
                           ".hosts { font-size: 9.5pt; margin: 3mm 0; }\n"
                           ".hosts .local, .quiet { color: #555; }\n"
                           ".notice { font-style: italic; font-size: 9pt; }\n"
                           "table { width: 100%; border-collapse: collapse; }\n"
                           "td { vertical-align: top; padding: 1.4mm; border-bottom: 0.2mm solid #b0b0b0; }\n"
                           "tr { page-break-inside: avoid; break-inside: avoid; }\n"
                           "td.time { width: 17%; white-space: nowrap; }\n"
                           "tr.break td { background: #eeeeee; }\n"
                           "tr.day td { background: #dddddd; font-weight: bold; }\n"
                           ".kind { font-size: 7.5pt; color: #555; text-transform: uppercase; }\n"
                           ".speaker { margin: 1mm 0 0 3mm; font-size: 9pt; }\n"
                           ".small { font-size: 8pt; }\n"
                           "footer { margin-top: 6mm; font-size: 8pt; color: #555; }\n"
                           "</style>\n</head>\n<body>\n")
                .arg(letter ? QStringLiteral("letter") : QStringLiteral("A4"), DocumentPainter::cssFontFamily());
    html += QStringLiteral("<header>\n<h1>%1</h1>\n<p class=\"date\">%2</p>\n").arg(esc(m_title), esc(dateText()));
    if (!placeParts().isEmpty()) {
        html += QStringLiteral("<p class=\"place\">%1</p>\n").arg(esc(placeParts().join(QStringLiteral(", "))));
    }
    if (!m_hosts.empty()) {
        html += QStringLiteral("<div class=\"hosts\">\n");
        for (const auto& host : m_hosts) {
            html += QStringLiteral("<div><span class=\"quiet\">%1:</span> %2").arg(esc(host.role), esc(host.name));
            if (!host.localName.isEmpty() && host.localName != host.name) {
                html += QStringLiteral("<br><span class=\"local small\">%1</span>").arg(esc(host.localName));
            }
            html += QStringLiteral("</div>\n");
        }
        html += QStringLiteral("</div>\n");
    }
    html += QStringLiteral("<p class=\"notice\">%1</p>\n</header>\n<table>\n").arg(esc(timeNotice()));
    const bool days = spansSeveralDays();
    QDate day;
    for (const auto& s : m_sessions) {
        if (days && s.start.localDate() != day) {
            day = s.start.localDate();
            html += QStringLiteral("<tr class=\"day\"><td colspan=\"2\">%1</td></tr>\n")
                        .arg(esc(longDate(m_locale, day)));
        }
        QString content = contentCellHtml(s);
        // The rich-text cell markup is simple; give it the page's classes.
        content.replace(QStringLiteral("<span style=\"font-size:7.5pt; color:#555555;\">"),
            QStringLiteral("<span class=\"kind\">"));
        content.replace(
            QStringLiteral("<p style=\"margin-top:3px; margin-bottom:0px; margin-left:10px; font-size:9pt;\">"),
            QStringLiteral("<p class=\"speaker\">"));
        html += QStringLiteral("<tr%1><td class=\"time\">%2</td><td>%3</td></tr>\n")
                    .arg(s.isBreak() ? QStringLiteral(" class=\"break\"") : QString(), timeCellHtml(s), content);
    }
    html += QStringLiteral("</table>\n<footer>%1</footer>\n</body>\n</html>\n").arg(esc(footerText(options)));
    return html.toUtf8();
}

Status AgendaDocument::writePdf(const QString& path, const AgendaOptions& options) const
{
    auto pdf = toPdf(options);
    if (!pdf.ok()) {
        return pdf.error();
    }
    return AtomicFile::write(path, *pdf);
}

Status AgendaDocument::write(DocumentFormat format, const QString& path, const AgendaOptions& options) const
{
    return DocumentFiles::write(document(options), format, path);
}

Status AgendaDocument::writeHtml(const QString& path, const AgendaOptions& options) const
{
    return AtomicFile::write(path, toHtml(options));
}

}  // namespace planner
