#include "services/CalendarExport.h"

#include "services/AtomicFile.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <libical/ical.h>
#include <map>
#include <memory>
#include <set>

namespace planner {

namespace {

struct CalendarExportText {
    Q_DECLARE_TR_FUNCTIONS(planner::CalendarExport)
};

template <typename T> const T* findById(const std::vector<T>& list, const Uuid& id)
{
    if (id.isEmpty()) {
        return nullptr;
    }
    const auto it = std::find_if(list.begin(), list.end(), [&id](const T& item) { return item.id == id; });
    return it == list.end() ? nullptr : &*it;
}

bool contains(const std::vector<Uuid>& ids, const Uuid& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

struct ComponentDeleter {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype localTime(const QDateTime& local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    return t;
}

icalproperty* zoned(icalproperty* property, const PlannedTime& time)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(time.zone().toUtf8().constData()));
    return property;
}

/// A VTIMEZONE for the zone as the system's tzdata has it between the two
/// instants: the offset in force at the start, then every transition.
Component makeTimezone(const QString& zoneId, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    const QTimeZone zone(zoneId.toUtf8());
    Component vtz(icalcomponent_new_vtimezone());
    icalcomponent_add_property(vtz.get(), icalproperty_new_tzid(zoneId.toUtf8().constData()));
    icalproperty* location = icalproperty_new_x(zoneId.toUtf8().constData());
    icalproperty_set_x_name(location, "X-LIC-LOCATION");
    icalcomponent_add_property(vtz.get(), location);

    auto observance = [&vtz](bool daylight, const QDateTime& localStart, int from, int to, const QString& name) {
        icalcomponent* o = daylight ? icalcomponent_new_xdaylight() : icalcomponent_new_xstandard();
        icalcomponent_add_property(o, icalproperty_new_dtstart(localTime(localStart)));
        icalcomponent_add_property(o, icalproperty_new_tzoffsetfrom(from));
        icalcomponent_add_property(o, icalproperty_new_tzoffsetto(to));
        if (!name.isEmpty()) {
            icalcomponent_add_property(o, icalproperty_new_tzname(name.toUtf8().constData()));
        }
        icalcomponent_add_component(vtz.get(), o);
    };

    const QTimeZone::OffsetData initial = zone.offsetData(fromUtc);
    int offset = initial.offsetFromUtc;
    observance(initial.daylightTimeOffset > 0, fromUtc.addSecs(offset), offset, offset, initial.abbreviation);
    for (const QTimeZone::OffsetData& t : zone.transitions(fromUtc, toUtc)) {
        if (t.atUtc <= fromUtc) {
            continue;
        }
        // The onset is given in the local time in force before it.
        observance(t.daylightTimeOffset > 0, t.atUtc.toUTC().addSecs(offset), offset, t.offsetFromUtc, t.abbreviation);
        offset = t.offsetFromUtc;
    }
    return vtz;
}

class Builder {
public:
    Builder(const TripBundle& bundle, const CalendarOptions& options) : m_bundle(bundle), m_options(options)
    {
        const QDateTime stamp = options.stamp.isValid() ? options.stamp.toUTC() : QDateTime::currentDateTimeUtc();
        m_stamp = icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    }

    Result<QByteArray> run()
    {
        const Person* person = nullptr;
        if (!m_options.personId.isEmpty()) {
            person = findById(m_bundle.people, m_options.personId);
            if (person == nullptr) {
                return makeError(CalendarExportText::tr("There is no person with the id %1 in the trip \"%2\".")
                                     .arg(m_options.personId, m_bundle.trip.title));
            }
            m_person = person->id;
            m_member = std::any_of(m_bundle.members.begin(), m_bundle.members.end(),
                [person](const DelegationMember& m) { return m.personId == person->id; });
        }
        for (const auto& forum : m_bundle.forums) {
            bool speaksHere = false;
            for (const auto& session : forum.sessions) {
                const bool speaks = std::any_of(session.speakers.begin(), session.speakers.end(),
                    [this](const SessionSpeaker& s) { return s.personId == m_person; });
                speaksHere = speaksHere || speaks;
                const bool aside = session.kind == SessionKind::Break || session.kind == SessionKind::Meal;
                if (m_person.isEmpty() ? !aside : speaks) {
                    addSession(forum, session);
                }
            }
            if (m_person.isEmpty() || m_member || speaksHere) {
                addForum(forum);
            }
        }
        for (const auto& meeting : m_bundle.meetings) {
            if (m_person.isEmpty() || contains(meeting.participantIds, m_person)
                || contains(meeting.counterpartIds, m_person)) {
                addMeeting(meeting);
            }
        }
        for (const auto& mou : m_bundle.mous) {
            const bool signs = std::any_of(mou.parties.begin(), mou.parties.end(),
                [this](const MouParty& p) { return !m_person.isEmpty() && p.signatoryId == m_person; });
            if (m_person.isEmpty() || m_member || signs) {
                addSigning(mou);
            }
        }
        for (const auto& leg : m_bundle.legs) {
            const bool aboard = leg.passengerIds.empty() ? m_member : contains(leg.passengerIds, m_person);
            if (m_person.isEmpty() || aboard) {
                addLeg(leg);
            }
        }
        std::stable_sort(m_events.begin(), m_events.end(),
            [](const Event& a, const Event& b) { return compareInstants(a.start, b.start) < 0; });

        Component calendar(icalcomponent_new_vcalendar());
        icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
        icalcomponent_add_property(calendar.get(),
            icalproperty_new_prodid("-//Delegation Planner//Delegation Planner " PLANNER_VERSION "//EN"));
        icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
        icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
        QString name = m_bundle.trip.title;
        if (person != nullptr) {
            name = CalendarExportText::tr("%1 — %2").arg(person->displayName(), name);
        }
        icalproperty* calName = icalproperty_new_x(name.toUtf8().constData());
        icalproperty_set_x_name(calName, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), calName);

        // One VTIMEZONE per zone used, covering the years of the events.
        std::set<QString> zones;
        QDateTime first;
        QDateTime last;
        for (const auto& e : m_events) {
            for (const PlannedTime* t : { &e.start, &e.end }) {
                zones.insert(t->zone());
                const QDateTime utc = t->toUtc();
                first = first.isValid() ? std::min(first, utc) : utc;
                last = last.isValid() ? std::max(last, utc) : utc;
            }
        }
        if (first.isValid()) {
            const QDateTime from(QDate(first.date().year(), 1, 1), QTime(0, 0), Qt::UTC);
            const QDateTime to(QDate(last.date().year() + 1, 1, 1), QTime(0, 0), Qt::UTC);
            for (const QString& zone : zones) {
                icalcomponent_add_component(calendar.get(), makeTimezone(zone, from, to).release());
            }
        }
        for (auto& e : m_events) {
            icalcomponent_add_component(calendar.get(), e.component.release());
        }
        char* text = icalcomponent_as_ical_string_r(calendar.get());
        if (text == nullptr) {
            return makeError(CalendarExportText::tr("The calendar could not be written: %1")
                                 .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
        }
        QByteArray bytes(text);
        icalmemory_free_buffer(text);
        return bytes;
    }

private:
    struct Event {
        PlannedTime start;
        PlannedTime end;
        Component component;
    };

    QString personLine(const Uuid& id) const
    {
        const Person* p = findById(m_bundle.people, id);
        if (p == nullptr) {
            return {};
        }
        QString line = p->honorific.isEmpty() ? p->displayName() : p->honorific + QLatin1Char(' ') + p->displayName();
        if (!p->localName.isEmpty()) {
            line += QStringLiteral(" (%1)").arg(p->localName);
        }
        QStringList detail;
        if (!p->position.isEmpty()) {
            detail << p->position;
        }
        if (const Organisation* o = findById(m_bundle.organisations, p->organisationId)) {
            detail << o->name;
        }
        if (!detail.isEmpty()) {
            line += QStringLiteral(", ") + detail.join(QStringLiteral(", "));
        }
        return line;
    }

    QString cityOfStop(const Uuid& stopId) const
    {
        const Stop* stop = findById(m_bundle.stops, stopId);
        return stop ? stop->city : QString();
    }

    /// The parts that say something new: "Cabinet of Ministers, Tashkent"
    /// and the city "Tashkent" give "Cabinet of Ministers, Tashkent"; so do
    /// "Four Seasons Hotel Baku" and "Baku".
    static QString joined(const QStringList& parts)
    {
        QStringList kept;
        QStringList said;  // every comma-separated piece of what is kept
        for (const QString& part : parts) {
            const QString p = part.trimmed();
            const bool endsAPiece = std::any_of(said.begin(), said.end(),
                [&p](const QString& piece) { return piece.endsWith(QLatin1Char(' ') + p, Qt::CaseInsensitive); });
            if (p.isEmpty() || endsAPiece || said.contains(p, Qt::CaseInsensitive)) {
                continue;
            }
            kept << p;
            for (const QString& piece : p.split(QLatin1Char(','))) {
                said << piece.trimmed();
            }
            said << p;
        }
        return kept.join(QStringLiteral(", "));
    }

    void add(const Uuid& uid, const QString& summary, const PlannedTime& start, const PlannedTime& end,
        const QString& location, const QString& description, const char* category)
    {
        if (start.isNull() || end.isNull()) {
            return;
        }
        Component event(icalcomponent_new_vevent());
        icalcomponent_add_property(event.get(), icalproperty_new_uid(uid.toUtf8().constData()));
        icalcomponent_add_property(event.get(), icalproperty_new_dtstamp(m_stamp));
        icalcomponent_add_property(event.get(), zoned(icalproperty_new_dtstart(localTime(start.local())), start));
        icalcomponent_add_property(event.get(), zoned(icalproperty_new_dtend(localTime(end.local())), end));
        icalcomponent_add_property(event.get(), icalproperty_new_summary(summary.toUtf8().constData()));
        if (!location.isEmpty()) {
            icalcomponent_add_property(event.get(), icalproperty_new_location(location.toUtf8().constData()));
        }
        if (!description.isEmpty()) {
            icalcomponent_add_property(event.get(), icalproperty_new_description(description.toUtf8().constData()));
        }
        icalcomponent_add_property(event.get(), icalproperty_new_categories(category));
        icalcomponent_add_property(event.get(), icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
        m_events.push_back({ start, end, std::move(event) });
        m_added.insert(uid);
    }

    void addForum(const Forum& forum)
    {
        const Venue* venue = findById(m_bundle.venues, forum.venueId);
        const QString city = cityOfStop(forum.stopId);
        QStringList lines;
        for (const auto& host : forum.hosts) {
            if (const Organisation* o = findById(m_bundle.organisations, host.organisationId)) {
                lines << QStringLiteral("%1: %2").arg(label(host.role), o->name);
            }
        }
        if (!forum.description.isEmpty()) {
            lines << QString() << forum.description;
        }
        add(forum.id, forum.title, forum.start, forum.end,
            joined({ venue ? venue->name : QString(), venue ? venue->address : QString(), city }),
            lines.join(QLatin1Char('\n')), "FORUM");
    }

    void addSession(const Forum& forum, const AgendaSession& session)
    {
        const Venue* venue = findById(m_bundle.venues, forum.venueId);
        QStringList lines;
        lines << QStringLiteral("%1 — %2").arg(label(session.kind), forum.title);
        if (const Organisation* o = findById(m_bundle.organisations, session.presentingOrganisationId)) {
            lines << CalendarExportText::tr("Presented by %1").arg(o->name);
        }
        for (const auto& speaker : session.speakers) {
            const QString line = personLine(speaker.personId);
            if (!line.isEmpty()) {
                lines << QStringLiteral("%1: %2").arg(label(speaker.role), line);
            }
        }
        add(session.id, session.title, session.start, session.end,
            joined({ session.room, venue ? venue->name : QString(), cityOfStop(forum.stopId) }),
            lines.join(QLatin1Char('\n')), "SESSION");
    }

    void addMeeting(const Meeting& meeting)
    {
        QStringList lines;
        if (!meeting.purpose.isEmpty()) {
            lines << meeting.purpose;
        }
        if (!meeting.counterpartIds.empty()) {
            lines << CalendarExportText::tr("Counterparts:");
            for (const Uuid& id : meeting.counterpartIds) {
                lines << QStringLiteral("- ") + personLine(id);
            }
        }
        if (!meeting.participantIds.empty()) {
            lines << CalendarExportText::tr("Delegation:");
            for (const Uuid& id : meeting.participantIds) {
                lines << QStringLiteral("- ") + personLine(id);
            }
        }
        add(meeting.id, meeting.title, meeting.start, meeting.end,
            joined({ meeting.place, cityOfStop(meeting.stopId) }), lines.join(QLatin1Char('\n')), "MEETING");
    }

    /// An MOU with a signing time: its own event, until the end of the
    /// signing ceremony under way then (30 minutes when there is none), where
    /// the forum or meeting is; none when that ceremony is in the calendar.
    void addSigning(const Mou& mou)
    {
        if (mou.signedAt.isNull()) {
            return;
        }
        PlannedTime end(mou.signedAt.local().addSecs(30 * 60), mou.signedAt.zone());
        QString location;
        if (const Forum* forum = findById(m_bundle.forums, mou.signedAtForumId)) {
            const Venue* venue = findById(m_bundle.venues, forum->venueId);
            for (const AgendaSession& s : forum->sessions) {
                const bool during
                    = compareInstants(s.start, mou.signedAt) <= 0 && compareInstants(mou.signedAt, s.end) < 0;
                if (s.kind == SessionKind::SigningCeremony && during) {
                    if (m_added.contains(s.id)) {
                        return;  // the signing ceremony is the signing's event
                    }
                    end = s.end;
                    location = joined({ s.room, venue ? venue->name : QString(), cityOfStop(forum->stopId) });
                }
            }
            if (location.isEmpty()) {
                location = joined({ venue ? venue->name : QString(), cityOfStop(forum->stopId) });
            }
        } else if (const Meeting* meeting = findById(m_bundle.meetings, mou.signedAtMeetingId)) {
            location = joined({ meeting->place, cityOfStop(meeting->stopId) });
        }
        QStringList lines;
        if (!mou.subject.isEmpty()) {
            lines << mou.subject;
        }
        lines << CalendarExportText::tr("Parties:");
        for (const MouParty& party : mou.parties) {
            const Organisation* o = findById(m_bundle.organisations, party.organisationId);
            const QString signatory = personLine(party.signatoryId);
            lines << QStringLiteral("- ")
                    + (signatory.isEmpty()
                            ? (o ? o->name : QString())
                            : CalendarExportText::tr("%1, signed by %2").arg(o ? o->name : QString(), signatory));
        }
        add(mou.id, CalendarExportText::tr("Signing: %1").arg(mou.title), mou.signedAt, end, location,
            lines.join(QLatin1Char('\n')), "SIGNING");
    }

    void addLeg(const TravelLeg& leg)
    {
        const QString from = leg.fromPlace.isEmpty() ? cityOfStop(leg.fromStopId) : leg.fromPlace;
        const QString to = leg.toPlace.isEmpty() ? cityOfStop(leg.toStopId) : leg.toPlace;
        const QString flight = (leg.carrier + QLatin1Char(' ') + leg.flightNumber).trimmed();
        QString summary = CalendarExportText::tr("%1 → %2").arg(from, to);
        if (!leg.flightNumber.isEmpty()) {
            summary = leg.flightNumber + QLatin1Char(' ') + summary;
        }
        QStringList lines;
        if (!flight.isEmpty()) {
            lines << flight;
        }
        lines << CalendarExportText::tr("Departs %1 %2")
                     .arg(leg.departure.local().toString(QStringLiteral("yyyy-MM-dd")), leg.departure.label());
        lines << CalendarExportText::tr("Arrives %1 %2")
                     .arg(leg.arrival.local().toString(QStringLiteral("yyyy-MM-dd")), leg.arrival.label());
        if (!leg.passengerIds.empty()) {
            lines << CalendarExportText::tr("Passengers:");
            for (const Uuid& id : leg.passengerIds) {
                lines << QStringLiteral("- ") + personLine(id);
            }
        }
        add(leg.id, summary, leg.departure, leg.arrival, from, lines.join(QLatin1Char('\n')), "TRAVEL");
    }

    const TripBundle& m_bundle;
    const CalendarOptions& m_options;
    icaltimetype m_stamp;
    Uuid m_person;
    bool m_member = false;
    std::vector<Event> m_events;
    QSet<Uuid> m_added;  ///< the records that have their event
};

}  // namespace

Result<QByteArray> CalendarExport::build(const TripBundle& bundle, const CalendarOptions& options)
{
    Builder builder(bundle, options);
    return builder.run();
}

Status CalendarExport::write(const TripBundle& bundle, const QString& path, const CalendarOptions& options)
{
    auto bytes = build(bundle, options);
    if (!bytes.ok()) {
        return bytes.error();
    }
    return AtomicFile::write(path, *bytes);
}

}  // namespace planner
