#include "services/AgendaDocument.h"

#include "services/AtomicFile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <set>

namespace planner {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("planner::AgendaDocument", text);
}

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

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("dddd, d MMMM yyyy"));
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
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

Result<AgendaDocument> AgendaDocument::build(const TripBundle& bundle, const Uuid& forumId)
{
    const Forum* forum = findById(bundle.forums, forumId);
    if (forum == nullptr) {
        return makeError(tr("There is no forum with the id %1 in the trip \"%2\".").arg(forumId, bundle.trip.title));
    }
    AgendaDocument doc;
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
            doc.m_hosts.push_back({ host.role, label(host.role), org->name, org->localName });
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
        out.kindLabel = label(s.kind);
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
            speaker.role = sp.role == SpeakerRole::Speaker ? QString() : label(sp.role);
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
        return longDate(first);
    }
    return tr("%1 to %2").arg(longDate(first), longDate(last));
}

QString AgendaDocument::timeNotice() const
{
    if (m_start.isNull()) {
        return {};
    }
    const QString city = m_city.isEmpty() ? zoneCity(m_zone) : m_city;
    return tr("All times are local time in %1 (%2, UTC%3).").arg(city, m_zone, m_start.utcOffsetText());
}

QString AgendaDocument::headerHtml() const
{
    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"margin-bottom:4px; font-size:15pt; font-weight:bold;\">%1</p>")
                .arg(esc(m_title));
    QStringList place;
    for (const QString& part : { m_room, m_venue, m_city }) {
        if (!part.isEmpty() && !place.contains(esc(part))) {
            place << esc(part);
        }
    }
    html += QStringLiteral("<p align=\"center\" style=\"margin-top:0px; margin-bottom:2px; font-size:11pt;\">%1</p>")
                .arg(esc(dateText()));
    if (!place.isEmpty()) {
        html
            += QStringLiteral("<p align=\"center\" style=\"margin-top:0px; margin-bottom:8px; font-size:11pt;\">%1</p>")
                   .arg(place.join(QStringLiteral(", ")));
    }
    QStringList hostLines;
    for (const auto& host : m_hosts) {
        QString line
            = QStringLiteral("<span style=\"color:#555555;\">%1:</span> %2").arg(esc(host.role), esc(host.name));
        if (!host.localName.isEmpty() && host.localName != host.name) {
            line += QStringLiteral("<br/><span style=\"color:#555555; font-size:8.5pt;\">%1</span>")
                        .arg(esc(host.localName));
        }
        hostLines << line;
    }
    if (!hostLines.isEmpty()) {
        html += QStringLiteral(
            "<p align=\"center\" style=\"margin-top:0px; margin-bottom:8px; font-size:9.5pt;\">%1</p>")
                    .arg(hostLines.join(QStringLiteral("<br/>")));
    }
    html += QStringLiteral("<p align=\"center\" style=\"margin-top:0px; font-size:9pt; font-style:italic;\">%1</p>")
                .arg(esc(timeNotice()));
    return html;
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
    return tr("Printed on %1").arg(shortDate(printed));
}

PagedTable AgendaDocument::table(const AgendaOptions& options) const
{
    PagedTable t;
    t.titleHtml = headerHtml();
    t.runningHeaderLeft = m_title;
    t.runningHeaderRight = m_start.isNull()
        ? QString()
        : tr("%1, %2 · local time, UTC%3")
              .arg(shortDate(m_start.localDate()), m_city.isEmpty() ? zoneCity(m_zone) : m_city,
                  m_start.utcOffsetText());
    t.footerLeft = footerText(options);
    t.columnWidths = { 0.17, 0.83 };
    const bool days = spansSeveralDays();
    QDate day;
    for (const auto& s : m_sessions) {
        if (days && s.start.localDate() != day) {
            day = s.start.localDate();
            PagedTable::Row heading;
            heading.cellsHtml = { QStringLiteral("<b>%1</b>").arg(esc(longDate(day))) };
            heading.spanAll = true;
            heading.shaded = true;
            heading.keepWithNext = true;
            t.rows.push_back(heading);
        }
        PagedTable::Row row;
        row.cellsHtml = { timeCellHtml(s), contentCellHtml(s) };
        row.shaded = s.isBreak();
        t.rows.push_back(row);
    }
    if (m_sessions.empty()) {
        PagedTable::Row row;
        row.cellsHtml = { QStringLiteral("<i>%1</i>").arg(esc(tr("The programme has no sessions yet."))) };
        row.spanAll = true;
        t.rows.push_back(row);
    }
    return t;
}

QPageLayout AgendaDocument::pageLayout(QPageSize::PageSizeId size)
{
    return PagedTablePainter::pageLayout(size, QPageLayout::Portrait);
}

Result<int> AgendaDocument::paint(QPagedPaintDevice& device, const AgendaOptions& options) const
{
    return PagedTablePainter::paint(table(options), device);
}

Result<QByteArray> AgendaDocument::toPdf(const AgendaOptions& options) const
{
    return PagedTablePainter::toPdf(table(options), pageLayout(options.pageSize), m_title);
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
                .arg(letter ? QStringLiteral("letter") : QStringLiteral("A4"), PagedTablePainter::cssFontFamily());
    html += QStringLiteral("<header>\n<h1>%1</h1>\n<p class=\"date\">%2</p>\n").arg(esc(m_title), esc(dateText()));
    QStringList place;
    for (const QString& part : { m_room, m_venue, m_city }) {
        if (!part.isEmpty() && !place.contains(esc(part))) {
            place << esc(part);
        }
    }
    if (!place.isEmpty()) {
        html += QStringLiteral("<p class=\"place\">%1</p>\n").arg(place.join(QStringLiteral(", ")));
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
            html += QStringLiteral("<tr class=\"day\"><td colspan=\"2\">%1</td></tr>\n").arg(esc(longDate(day)));
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

Status AgendaDocument::writeHtml(const QString& path, const AgendaOptions& options) const
{
    return AtomicFile::write(path, toHtml(options));
}

}  // namespace planner
