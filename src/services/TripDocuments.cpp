#include "services/TripDocuments.h"

#include "services/OutputTerms.h"
#include "services/TripSchedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace planner {

namespace {

struct TripDocumentsText {
    Q_DECLARE_TR_FUNCTIONS(planner::TripDocuments)
};

using Doc = OutputDocument;
using Style = Doc::Style;
using Span = Doc::SpanStyle;

QString hhmm(const PlannedTime& t)
{
    return t.isNull() ? QString() : t.localTime().toString(QStringLiteral("HH:mm"));
}

/// "Seoul" from "Asia/Seoul".
QString zoneCity(const QString& zone)
{
    QString city = zone.section(QLatin1Char('/'), -1);
    city.replace(QLatin1Char('_'), QLatin1Char(' '));
    return city;
}

QString joined(const QStringList& parts)
{
    return parts.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(", "));
}

Doc::Paragraph& add(Doc::Cell& cell, Style style)
{
    cell.paragraphs.push_back({});
    cell.paragraphs.back().style = style;
    return cell.paragraphs.back();
}

class Builder {
public:
    Builder(const TripBundle& bundle, const TripDocumentOptions& options)
        : m_bundle(bundle), m_schedule(bundle), m_options(options), m_home(bundle.trip.homeZone)
    {
    }

    Doc start(const QString& subject) const
    {
        Doc doc;
        doc.locale = m_options.locale;
        doc.title = m_bundle.trip.title;
        doc.subject = subject;
        doc.pageSize = m_options.pageSize;
        if (m_options.pageSize == QPageSize::A5) {
            doc.marginsMm = QMarginsF(12, 12, 12, 12);
        }
        doc.headerLeft = m_bundle.trip.title;
        doc.headerRight = subject;
        const QDate printed = m_options.printedOn.isValid() ? m_options.printedOn : QDate::currentDate();
        doc.footerLeft = TripDocumentsText::tr("Printed on %1").arg(fullDate(m_options.locale, printed));
        doc.pageNumberPattern = TripDocumentsText::tr("Page %1 of %2");
        return doc;
    }

    [[nodiscard]] qreal tableFont() const { return m_options.pageSize == QPageSize::A5 ? 8.5 : 9.5; }

    QString dates() const
    {
        const QDate first = m_bundle.trip.startDate;
        const QDate last = m_bundle.trip.endDate;
        if (!first.isValid()) {
            return {};
        }
        if (!last.isValid() || last == first) {
            return fullDate(m_options.locale, first);
        }
        return TripDocumentsText::tr("%1 to %2")
            .arg(fullDate(m_options.locale, first), fullDate(m_options.locale, last));
    }

    QString timeNotice() const
    {
        if (m_home.isEmpty()) {
            return TripDocumentsText::tr("All times are the local time of each place.");
        }
        return TripDocumentsText::tr("All times are the local time of each place, with the time in %1 (%2) beside it.")
            .arg(zoneCity(m_home), m_home);
    }

    QString personName(const Person& p) const
    {
        const QString name = p.displayName();
        return p.localName.isEmpty() || p.localName == name ? name : QStringLiteral("%1 (%2)").arg(name, p.localName);
    }

    QString personName(const Uuid& id) const
    {
        const Person* p = m_schedule.index().person(id);
        return p ? personName(*p) : QString();
    }

    QString organisationName(const Uuid& id) const
    {
        const Organisation* o = m_schedule.index().organisation(id);
        return o ? o->name : QString();
    }

    /// "Minister of the Interior, Ministry of the Interior"
    QString work(const Person& p) const
    {
        const QString org = organisationName(p.organisationId);
        return joined({ p.position, p.position.contains(org, Qt::CaseInsensitive) ? QString() : org });
    }

    QString placeName(const Uuid& stopId, const QString& place) const
    {
        const Stop* stop = m_schedule.index().stop(stopId);
        return stop ? stop->city : place;
    }

    // --- the day-by-day table ---

    Doc::Cell localCell(const ScheduleEntry& e) const
    {
        Doc::Cell cell;
        auto& p = add(cell, Style::TableText);
        if (e.kind == ScheduleEntry::Kind::Flight) {
            p.add(QStringLiteral("%1 → %2").arg(hhmm(e.start), hhmm(e.end)), Span::Strong);
            p.add(QStringLiteral("\nUTC%1 → UTC%2").arg(e.start.utcOffsetText(), e.end.utcOffsetText()), Span::Quiet);
            if (e.end.localDate() != e.start.localDate()) {
                p.add(QLatin1Char('\n')
                        + QCoreApplication::translate("planner::TripDocuments", "arrives %1")
                              .arg(dayAndMonth(m_options.locale, e.end.localDate())),
                    Span::Quiet);
            }
            return cell;
        }
        const bool instant = e.kind == ScheduleEntry::Kind::Signing || e.end == e.start;
        p.add(instant ? hhmm(e.start) : QStringLiteral("%1–%2").arg(hhmm(e.start), hhmm(e.end)),
            e.kind == ScheduleEntry::Kind::Session ? Span::Plain : Span::Strong);
        p.add(QStringLiteral("\nUTC") + e.start.utcOffsetText(), Span::Quiet);
        return cell;
    }

    /// The same moment in the home zone; with the weekday where the home
    /// date is another.
    QString homeTime(const PlannedTime& t, const QDate& listedOn) const
    {
        const PlannedTime home = t.inZone(m_home);
        const QString time = hhmm(home);
        if (home.localDate() == listedOn) {
            return time;
        }
        return QStringLiteral("%1 %2").arg(m_options.locale.toString(home.localDate(), QStringLiteral("ddd")), time);
    }

    Doc::Cell homeCell(const ScheduleEntry& e) const
    {
        Doc::Cell cell;
        auto& p = add(cell, Style::TableText);
        if (m_home.isEmpty() || e.start.isNull()) {
            return cell;
        }
        const QDate listed = e.start.localDate();
        const bool instant = e.kind == ScheduleEntry::Kind::Signing || e.end == e.start || e.end.isNull();
        const QString separator = e.kind == ScheduleEntry::Kind::Flight ? QStringLiteral(" → ") : QStringLiteral("–");
        p.add(instant ? homeTime(e.start, listed) : homeTime(e.start, listed) + separator + homeTime(e.end, listed));
        return cell;
    }

    void flightContent(Doc::Cell& cell, const TravelLeg& leg, bool listPassengers) const
    {
        add(cell, Style::TableText).add(TripDocumentsText::tr("Flight"), Span::Label);
        const QString flight = QStringList { leg.carrier, leg.flightNumber }.join(QLatin1Char(' ')).trimmed();
        auto& title = add(cell, Style::TableText);
        title.add(TripDocumentsText::tr("%1 → %2").arg(
                      placeName(leg.fromStopId, leg.fromPlace), placeName(leg.toStopId, leg.toPlace)),
            Span::Strong);
        if (!flight.isEmpty()) {
            title.add(QStringLiteral(" · ") + flight);
        }
        if (!listPassengers) {
            return;
        }
        if (leg.passengerIds.empty()) {
            add(cell, Style::TableDetail).add(TripDocumentsText::tr("Passengers: the whole delegation"), Span::Quiet);
        } else {
            QStringList names;
            for (const Uuid& id : leg.passengerIds) {
                names << personName(id);
            }
            add(cell, Style::TableDetail).add(TripDocumentsText::tr("Passengers: %1").arg(joined(names)), Span::Quiet);
        }
    }

    void forumContent(Doc::Cell& cell, const Forum& forum) const
    {
        add(cell, Style::TableText).add(TripDocumentsText::tr("Forum"), Span::Label);
        add(cell, Style::TableText).add(forum.title, Span::Strong);
        if (const Venue* v = m_schedule.index().venue(forum.venueId)) {
            add(cell, Style::TableDetail).add(joined({ v->name, v->address, v->city }));
        }
        for (const ForumHost& host : forum.hosts) {
            add(cell, Style::TableDetail)
                .add(TripDocumentsText::tr("%1:").arg(OutputTerms::of(host.role)) + QLatin1Char(' '), Span::Quiet)
                .add(organisationName(host.organisationId));
        }
    }

    void sessionContent(Doc::Cell& cell, const AgendaSession& s) const
    {
        if (s.kind != SessionKind::Presentation) {
            add(cell, Style::TableDetail).add(OutputTerms::of(s.kind), Span::Label);
        }
        const bool pause = s.kind == SessionKind::Break || s.kind == SessionKind::Meal;
        add(cell, Style::TableDetail)
            .add(s.title.isEmpty() ? OutputTerms::of(s.kind) : s.title, pause ? Span::Emphasis : Span::Strong);
        for (const SessionSpeaker& sp : s.speakers) {
            auto& line = add(cell, Style::TableDetail);
            if (sp.role != SpeakerRole::Speaker) {
                line.add(TripDocumentsText::tr("%1:").arg(OutputTerms::of(sp.role)) + QLatin1Char(' '), Span::Quiet);
            }
            line.add(personName(sp.personId));
        }
        if (!s.room.isEmpty()) {
            add(cell, Style::TableDetail).add(s.room, Span::Quiet);
        }
    }

    void meetingContent(Doc::Cell& cell, const Meeting& m) const
    {
        add(cell, Style::TableText).add(TripDocumentsText::tr("Meeting"), Span::Label);
        add(cell, Style::TableText).add(m.title, Span::Strong);
        if (!m.place.isEmpty()) {
            add(cell, Style::TableDetail).add(m.place);
        }
        if (!m.purpose.isEmpty()) {
            add(cell, Style::TableDetail).add(m.purpose, Span::Quiet);
        }
        QStringList counterparts;
        for (const Uuid& id : m.counterpartIds) {
            const Person* p = m_schedule.index().person(id);
            if (p != nullptr) {
                counterparts << joined({ personName(*p), work(*p) });
            }
        }
        if (!counterparts.isEmpty()) {
            add(cell, Style::TableDetail)
                .add(TripDocumentsText::tr("Counterparts: %1").arg(counterparts.join(QStringLiteral("; "))));
        }
        QStringList participants;
        for (const Uuid& id : m.participantIds) {
            participants << personName(id);
        }
        if (!participants.isEmpty()) {
            add(cell, Style::TableDetail).add(TripDocumentsText::tr("Delegation: %1").arg(joined(participants)));
        }
    }

    void signingContent(Doc::Cell& cell, const ScheduleEntry& e) const
    {
        add(cell, Style::TableText).add(TripDocumentsText::tr("MOU signing"), Span::Label);
        add(cell, Style::TableText).add(e.mou->title, Span::Strong);
        const QString at = e.meeting ? e.meeting->title : e.forum ? e.forum->title : QString();
        if (!at.isEmpty()) {
            add(cell, Style::TableDetail).add(TripDocumentsText::tr("At: %1").arg(at), Span::Quiet);
        }
        for (const MouParty& party : e.mou->parties) {
            const QString signatory = personName(party.signatoryId);
            add(cell, Style::TableDetail)
                .add(signatory.isEmpty() ? organisationName(party.organisationId)
                                         : TripDocumentsText::tr("%1, signed by %2")
                                               .arg(organisationName(party.organisationId), signatory));
        }
    }

    Doc::Row entryRow(const ScheduleEntry& e, bool wholeTrip) const
    {
        Doc::Row row;
        Doc::Cell content;
        switch (e.kind) {
        case ScheduleEntry::Kind::Flight: flightContent(content, *e.leg, wholeTrip); break;
        case ScheduleEntry::Kind::Forum: forumContent(content, *e.forum); break;
        case ScheduleEntry::Kind::Session: sessionContent(content, *e.session); break;
        case ScheduleEntry::Kind::Meeting: meetingContent(content, *e.meeting); break;
        case ScheduleEntry::Kind::Signing: signingContent(content, e); break;
        }
        row.cells = { localCell(e), homeCell(e), content };
        if (e.session && (e.session->kind == SessionKind::Break || e.session->kind == SessionKind::Meal)) {
            row.kind = Doc::Row::Kind::Shaded;
        }
        return row;
    }

    Doc::Row nightRow(const Stop& stop) const
    {
        Doc::Row row;
        Doc::Cell content;
        auto& p = add(content, Style::TableText);
        p.add(QCoreApplication::translate("planner::TripDocuments", "Overnight: %1")
                  .arg(stop.lodging.isEmpty() ? stop.city : stop.lodging),
            Span::Emphasis);
        if (const Venue* v = m_schedule.lodgingVenue(stop)) {
            p.add(QLatin1Char('\n') + joined({ v->address, v->city }), Span::Quiet);
        }
        row.cells = { Doc::Cell {}, Doc::Cell {}, content };
        row.kind = Doc::Row::Kind::Shaded;
        return row;
    }

    /// Day by day: a heading row per local date, the entries in time order,
    /// and where the night is spent.
    void dayByDay(Doc& doc, const std::vector<ScheduleEntry>& entries, bool wholeTrip) const
    {
        std::set<QDate> days;
        for (const ScheduleEntry& e : entries) {
            days.insert(TripSchedule::day(e));
        }
        for (const ScheduleNight& n : m_schedule.nights()) {
            days.insert(n.date);
        }
        doc.paragraph(Style::Heading, TripDocumentsText::tr("Day by day"));
        const QString homeHeading
            = m_home.isEmpty() ? QString() : TripDocumentsText::tr("Time in %1").arg(zoneCity(m_home));
        // "UTC+05:00" must fit on one line, on an A5 booklet page too.
        const bool narrow = m_options.pageSize == QPageSize::A5;
        auto& t
            = doc.table(narrow ? std::vector<qreal> { 0.22, 0.18, 0.60 } : std::vector<qreal> { 0.16, 0.155, 0.685 },
                { TripDocumentsText::tr("Local time"), homeHeading, TripDocumentsText::tr("Programme") });
        t.fontPointSize = tableFont();
        for (const QDate& day : days) {
            const Stop* stop = m_schedule.stopOn(day);
            t.rows.push_back(
                groupRow(stop ? TripDocumentsText::tr("%1 · %2").arg(longDate(m_options.locale, day), stop->city)
                              : longDate(m_options.locale, day)));
            for (const ScheduleEntry& e : entries) {
                if (TripSchedule::day(e) == day) {
                    t.rows.push_back(entryRow(e, wholeTrip));
                }
            }
            if (const Stop* night = m_schedule.nightAt(day)) {
                t.rows.push_back(nightRow(*night));
            }
        }
        if (days.empty()) {
            t.rows.push_back(groupRow(TripDocumentsText::tr("Nothing is planned yet.")));
        }
    }

    // --- the programme ---

    void delegation(Doc& doc) const
    {
        doc.paragraph(Style::Heading, TripDocumentsText::tr("Delegation"));
        auto& t = doc.table({ 0.07, 0.33, 0.42, 0.18 },
            { TripDocumentsText::tr("No."), TripDocumentsText::tr("Name"), TripDocumentsText::tr("Position"),
                TripDocumentsText::tr("Role") });
        t.fontPointSize = tableFont();
        for (const DelegationMember& m : m_bundle.members) {
            const Person* p = m_schedule.index().person(m.personId);
            if (p == nullptr) {
                continue;
            }
            Doc::Row row = plainRow({ m_options.locale.toString(m.precedence), {}, work(*p), OutputTerms::of(m.role) });
            auto& name = row.cells[1].paragraphs.front();
            name.add(p->honorific.isEmpty() ? p->displayName() : p->honorific + QLatin1Char(' ') + p->displayName(),
                Span::Strong);
            if (!p->localName.isEmpty() && p->localName != p->displayName()) {
                name.add(QLatin1Char('\n') + p->localName);
            }
            t.rows.push_back(std::move(row));
        }
    }

    QString stopTime(const PlannedTime& t) const
    {
        return t.isNull() ? QString()
                          : QStringLiteral("%1 %2").arg(dayAndMonth(m_options.locale, t.localDate()), hhmm(t));
    }

    void stops(Doc& doc) const
    {
        doc.paragraph(Style::Heading, TripDocumentsText::tr("Stops and lodging"));
        auto& t = doc.table({ 0.16, 0.17, 0.17, 0.36, 0.14 },
            { TripDocumentsText::tr("City"), TripDocumentsText::tr("Arrival"), TripDocumentsText::tr("Departure"),
                TripDocumentsText::tr("Lodging"), TripDocumentsText::tr("Nights") });
        t.fontPointSize = tableFont();
        const std::vector<ScheduleNight> nights = m_schedule.nights();
        for (const Stop& stop : m_bundle.stops) {
            const auto count = std::count_if(
                nights.begin(), nights.end(), [&stop](const ScheduleNight& n) { return n.stop == &stop; });
            Doc::Row row = plainRow({ stop.city, stopTime(stop.arrival), stopTime(stop.departure), stop.lodging,
                m_options.locale.toString(static_cast<int>(count)) });
            if (const Venue* v = m_schedule.lodgingVenue(stop)) {
                row.cells[3].paragraphs.front().add(QLatin1Char('\n') + joined({ v->address, v->city }), Span::Quiet);
            }
            t.rows.push_back(std::move(row));
        }
    }

    Doc programme() const
    {
        Doc doc = start(TripDocumentsText::tr("Trip programme"));
        const Trip& trip = m_bundle.trip;
        doc.paragraph(Style::Title, trip.title);
        if (!trip.delegationName.isEmpty()) {
            doc.paragraph(Style::Subtitle, trip.delegationName);
        }
        doc.paragraph(Style::Subtitle, dates());
        if (!trip.purpose.isEmpty()) {
            doc.paragraph(Style::Body, trip.purpose);
        }
        doc.paragraph(Style::Notice, timeNotice());
        delegation(doc);
        stops(doc);
        dayByDay(doc, m_schedule.entries(), true);
        return doc;
    }

    // --- itineraries ---

    void hotels(Doc& doc) const
    {
        doc.paragraph(Style::Heading, TripDocumentsText::tr("Hotels"));
        auto& t = doc.table({ 0.3, 0.3, 0.4 },
            { TripDocumentsText::tr("Nights"), TripDocumentsText::tr("Hotel"), TripDocumentsText::tr("Address") });
        t.fontPointSize = tableFont();
        const std::vector<ScheduleNight> nights = m_schedule.nights();
        for (const Stop& stop : m_bundle.stops) {
            std::vector<QDate> dates;
            for (const ScheduleNight& n : nights) {
                if (n.stop == &stop) {
                    dates.push_back(n.date);
                }
            }
            if (dates.empty()) {
                continue;
            }
            const QString range = dates.size() == 1 ? dayAndMonth(m_options.locale, dates.front())
                                                    : TripDocumentsText::tr("%1 to %2")
                                                          .arg(dayAndMonth(m_options.locale, dates.front()),
                                                              dayAndMonth(m_options.locale, dates.back().addDays(1)));
            const Venue* v = m_schedule.lodgingVenue(stop);
            Doc::Row row = plainRow({ range, stop.lodging.isEmpty() ? stop.city : stop.lodging,
                v ? joined({ v->address, v->city }) : stop.city });
            row.cells[0].paragraphs.front().add(QLatin1Char('\n')
                    + TripDocumentsText::tr("Nights: %1")
                          .arg(m_options.locale.toString(static_cast<int>(dates.size()))),
                Span::Quiet);
            t.rows.push_back(std::move(row));
        }
    }

    void venues(Doc& doc, const std::vector<ScheduleEntry>& entries) const
    {
        std::vector<const Forum*> forums;
        for (const ScheduleEntry& e : entries) {
            if (e.kind == ScheduleEntry::Kind::Forum && m_schedule.index().venue(e.forum->venueId)) {
                forums.push_back(e.forum);
            }
        }
        if (forums.empty()) {
            return;
        }
        doc.paragraph(Style::Heading, TripDocumentsText::tr("Venues"));
        auto& t = doc.table({ 0.4, 0.25, 0.35 },
            { TripDocumentsText::tr("Forum"), TripDocumentsText::tr("Venue"), TripDocumentsText::tr("Address") });
        t.fontPointSize = tableFont();
        for (const Forum* f : forums) {
            const Venue* v = m_schedule.index().venue(f->venueId);
            t.rows.push_back(plainRow({ f->title, v->name, joined({ v->address, v->city }) }));
        }
    }

    void contacts(Doc& doc, const std::vector<ScheduleEntry>& entries) const
    {
        doc.paragraph(Style::Heading, TripDocumentsText::tr("Contacts"));
        if (!m_bundle.trip.notes.isEmpty()) {
            doc.paragraph(Style::Body, m_bundle.trip.notes);
        }
        std::vector<const Meeting*> meetings;
        for (const ScheduleEntry& e : entries) {
            if (e.kind == ScheduleEntry::Kind::Meeting && !e.meeting->counterpartIds.empty()) {
                meetings.push_back(e.meeting);
            }
        }
        if (meetings.empty()) {
            if (m_bundle.trip.notes.isEmpty()) {
                doc.paragraph(Style::Body, TripDocumentsText::tr("No contacts are recorded for these days."));
            }
            return;
        }
        auto& t = doc.table({ 0.3, 0.4, 0.3 },
            { TripDocumentsText::tr("Meeting"), TripDocumentsText::tr("Counterpart"),
                TripDocumentsText::tr("Contact") });
        t.fontPointSize = tableFont();
        for (const Meeting* m : meetings) {
            for (const Uuid& id : m->counterpartIds) {
                const Person* p = m_schedule.index().person(id);
                if (p == nullptr) {
                    continue;
                }
                Doc::Row row = plainRow({ m->title, personName(*p), joined({ p->email, p->phone }) });
                if (!work(*p).isEmpty()) {
                    row.cells[1].paragraphs.front().add(QLatin1Char('\n') + work(*p), Span::Quiet);
                }
                t.rows.push_back(std::move(row));
            }
        }
    }

    void itinerary(Doc& doc, const Person& person, const DelegationMember& member) const
    {
        doc.paragraph(Style::Title,
            person.honorific.isEmpty() ? person.displayName()
                                       : person.honorific + QLatin1Char(' ') + person.displayName());
        if (!person.localName.isEmpty() && person.localName != person.displayName()) {
            doc.paragraph(Style::Subtitle, person.localName);
        }
        doc.paragraph(Style::Body, joined({ work(person), OutputTerms::of(member.role) }));
        doc.paragraph(Style::Subtitle, TripDocumentsText::tr("Itinerary · %1").arg(m_bundle.trip.title));
        doc.paragraph(Style::Body, dates());
        doc.paragraph(Style::Notice, timeNotice());
        const std::vector<ScheduleEntry> entries = m_schedule.entriesFor(person.id);
        dayByDay(doc, entries, false);
        hotels(doc);
        venues(doc, entries);
        contacts(doc, entries);
    }

    Result<Doc> itineraries(const std::vector<Uuid>& personIds) const
    {
        Doc doc = start(TripDocumentsText::tr("Itinerary"));
        bool first = true;
        for (const Uuid& id : personIds) {
            const Person* person = m_schedule.index().person(id);
            const auto member = std::find_if(m_bundle.members.begin(), m_bundle.members.end(),
                [&id](const DelegationMember& m) { return m.personId == id; });
            if (person == nullptr || member == m_bundle.members.end()) {
                return makeError(TripDocumentsText::tr("%1 is not a member of the delegation of \"%2\".")
                                     .arg(person ? person->displayName() : id, m_bundle.trip.title));
            }
            if (!first) {
                doc.pageBreak();
            }
            first = false;
            itinerary(doc, *person, *member);
        }
        if (first) {
            return makeError(TripDocumentsText::tr("Choose at least one member of the delegation."));
        }
        if (personIds.size() == 1) {
            doc.title = TripDocuments::itineraryTitle(*m_schedule.index().person(personIds.front()));
        }
        return doc;
    }

private:
    const TripBundle& m_bundle;
    TripSchedule m_schedule;
    TripDocumentOptions m_options;
    QString m_home;
};

}  // namespace

Result<OutputDocument> TripDocuments::programme(const TripBundle& bundle, const TripDocumentOptions& options)
{
    return Builder(bundle, options).programme();
}

Result<OutputDocument> TripDocuments::itineraries(
    const TripBundle& bundle, const std::vector<Uuid>& personIds, const TripDocumentOptions& options)
{
    return Builder(bundle, options).itineraries(personIds);
}

QString TripDocuments::itineraryTitle(const Person& person)
{
    return TripDocumentsText::tr("Itinerary of %1").arg(person.displayName());
}

QString TripDocuments::programmeTitle(const Trip& trip)
{
    return TripDocumentsText::tr("Programme of %1").arg(trip.title);
}

}  // namespace planner
