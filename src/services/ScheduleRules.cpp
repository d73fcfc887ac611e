// Planning checks on the programme: people and rooms booked twice, sessions
// outside their forum, forums and meetings outside the stay, sessions
// without a speaker.

#include "services/CheckRules.h"
#include "services/CheckSupport.h"
#include "services/FindingBuilder.h"

#include <tuple>

namespace planner::checks {

namespace {

/// Something on the programme a person can be booked for.
struct Event {
    RecordRef ref;
    const Forum* forum = nullptr;  ///< for sessions
    const AgendaSession* session = nullptr;
    const Meeting* meeting = nullptr;
    const TravelLeg* leg = nullptr;
    PlannedTime start;
    PlannedTime end;
    qint64 startMs = 0;
    qint64 endMs = 0;

    /// Worded only for findings, not for every event.
    [[nodiscard]] QString describe(const TripIndex& trip) const
    {
        if (session) {
            return describeSession(*session, *forum);
        }
        if (meeting) {
            return describeMeeting(*meeting);
        }
        return describeLeg(*leg, trip.stop(leg->fromStopId), trip.stop(leg->toStopId));
    }
};

struct Booking {
    Uuid person;
    std::size_t event = 0;
    QString role;
};

QString roleText(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Speaker: return PlanningChecksText::tr("speaker");
    case SpeakerRole::Moderator: return PlanningChecksText::tr("moderator");
    case SpeakerRole::Panellist: return PlanningChecksText::tr("panellist");
    }
    return {};
}

bool spanOf(const TripIndex& trip, const PlannedTime& start, const PlannedTime& end, qint64& startMs, qint64& endMs)
{
    const auto s = trip.instant(start);
    const auto e = trip.instant(end);
    if (!s || !e) {
        return false;
    }
    startMs = *s;
    endMs = *e;
    return true;
}

void involveEvent(FindingBuilder& b, const Event& e, const QString& extra = {})
{
    b.involve(e.ref.kind, e.ref.id, spanKey(e.start, e.end) + (extra.isEmpty() ? QString() : QLatin1Char('|') + extra));
    if (e.forum) {
        b.involve(RecordKind::Forum, e.forum->id);
    }
}

/// A forum or meeting outside the stay at its stop.
Finding outsideStay(const char* ruleId, RecordKind kind, const Uuid& id, const QString& what, const PlannedTime& start,
    const PlannedTime& end, const Stop& stop, bool early)
{
    FindingBuilder b(Severity::Error, QString::fromLatin1(ruleId));
    b.involve(kind, id, spanKey(start, end))
        .involve(RecordKind::Stop, stop.id, spanKey(stop.arrival, stop.departure))
        .at(start);
    const QString message = early
        ? PlanningChecksText::tr(
            "%1 (%2) begins before the delegation arrives in %3 (%4): move it or change the stop's arrival.")
              .arg(what, formatSpan(start, end), stop.city, formatMoment(stop.arrival))
        : PlanningChecksText::tr(
            "%1 (%2) ends after the delegation leaves %3 (%4): move it or change the stop's departure.")
              .arg(what, formatSpan(start, end), stop.city, formatMoment(stop.departure));
    return b.build(message);
}

}  // namespace

std::vector<Finding> personDoubleBooked(const TripIndex& trip, const CheckSettings&)
{
    const TripBundle& bundle = trip.bundle();
    std::vector<Event> events;
    std::vector<Booking> bookings;

    for (const Forum& f : bundle.forums) {
        for (const AgendaSession& s : f.sessions) {
            Event e { { RecordKind::Session, s.id }, &f, &s, nullptr, nullptr, s.start, s.end };
            if (s.speakers.empty() || !spanOf(trip, s.start, s.end, e.startMs, e.endMs)) {
                continue;
            }
            events.push_back(std::move(e));
            for (const SessionSpeaker& sp : s.speakers) {
                bookings.push_back({ sp.personId, events.size() - 1, roleText(sp.role) });
            }
        }
    }
    for (const Meeting& m : bundle.meetings) {
        Event e { { RecordKind::Meeting, m.id }, nullptr, nullptr, &m, nullptr, m.start, m.end };
        if (!spanOf(trip, m.start, m.end, e.startMs, e.endMs)) {
            continue;
        }
        events.push_back(std::move(e));
        for (const Uuid& p : m.participantIds) {
            bookings.push_back({ p, events.size() - 1, PlanningChecksText::tr("participant") });
        }
        for (const Uuid& p : m.counterpartIds) {
            bookings.push_back({ p, events.size() - 1, PlanningChecksText::tr("counterpart") });
        }
    }
    for (const TravelLeg& l : bundle.legs) {
        Event e { { RecordKind::Leg, l.id }, nullptr, nullptr, nullptr, &l, l.departure, l.arrival };
        if (!spanOf(trip, l.departure, l.arrival, e.startMs, e.endMs)) {
            continue;
        }
        events.push_back(std::move(e));
        for (const Uuid& p : trip.passengers(l)) {
            bookings.push_back({ p, events.size() - 1, PlanningChecksText::tr("passenger") });
        }
    }

    // Group by person; a person listed twice for one event is booked once.
    std::sort(bookings.begin(), bookings.end(),
        [](const Booking& a, const Booking& b) { return std::tie(a.person, a.event) < std::tie(b.person, b.event); });
    bookings.erase(std::unique(bookings.begin(), bookings.end(),
                       [](const Booking& a, const Booking& b) { return a.person == b.person && a.event == b.event; }),
        bookings.end());

    std::vector<Finding> out;
    std::vector<Span> spans;
    for (std::size_t first = 0; first < bookings.size();) {
        std::size_t last = first;
        while (last < bookings.size() && bookings[last].person == bookings[first].person) {
            ++last;
        }
        spans.clear();
        for (std::size_t i = first; i < last; ++i) {
            const Event& e = events[bookings[i].event];
            spans.push_back({ e.startMs, e.endMs, i });
        }
        forEachOverlap(
            spans,
            [&](const Span& earlier, const Span& later) {
                const Booking& a = bookings[earlier.item];
                const Booking& b = bookings[later.item];
                const Event& ea = events[a.event];
                const Event& eb = events[b.event];
                FindingBuilder builder(Severity::Error, QStringLiteral("person-double-booked"));
                builder.involve(RecordKind::Person, a.person);
                involveEvent(builder, ea, a.role);
                involveEvent(builder, eb, b.role);
                builder.at(eb.start);
                out.push_back(builder.build(
                    PlanningChecksText::tr("%1 is booked twice at once: as %2 in %3 (%4) and as %5 in %6 (%7).")
                        .arg(trip.personName(a.person), a.role, ea.describe(trip), formatSpan(ea.start, ea.end), b.role,
                            eb.describe(trip), formatSpan(eb.start, eb.end))));
            },
            [&](const std::vector<Span>& members) {
                const Booking& first = bookings[members.front().item];
                FindingBuilder builder(Severity::Error, QStringLiteral("person-double-booked"));
                builder.involve(RecordKind::Person, first.person);
                QStringList named;
                const Event* last = &events[first.event];
                for (const Span& m : members) {
                    const Booking& booking = bookings[m.item];
                    const Event& e = events[booking.event];
                    involveEvent(builder, e, booking.role);
                    if (e.endMs > last->endMs) {
                        last = &e;
                    }
                    if (static_cast<std::size_t>(named.size()) < kNamedClusterMembers) {
                        named << PlanningChecksText::tr("as %1 in %2 (%3)")
                                     .arg(booking.role, e.describe(trip), formatSpan(e.start, e.end));
                    }
                }
                const Event& earliest = events[first.event];
                builder.at(earliest.start);
                out.push_back(builder.build(
                    PlanningChecksText::tr("%1 has %n bookings that overlap one another from %2 to %3: %4%5. Keep "
                                           "one booking at a time.",
                        nullptr, static_cast<int>(members.size()))
                        .arg(trip.personName(first.person), formatMoment(earliest.start), formatMoment(last->end),
                            named.join(QStringLiteral("; ")), moreText(members.size()))));
            });
        first = last;
    }
    return out;
}

std::vector<Finding> roomDoubleBooked(const TripIndex& trip, const CheckSettings&)
{
    struct RoomUse {
        QString room;  ///< venue (or forum) and folded room name
        const Forum* forum;
        const AgendaSession* session;
        qint64 startMs;
        qint64 endMs;
    };
    std::vector<RoomUse> uses;
    for (const Forum& f : trip.bundle().forums) {
        for (const AgendaSession& s : f.sessions) {
            const QString room = s.room.trimmed().toCaseFolded();
            qint64 start = 0;
            qint64 end = 0;
            if (room.isEmpty() || !spanOf(trip, s.start, s.end, start, end)) {
                continue;
            }
            // Rooms belong to venues: two forums at one venue share them.
            const QString place = f.venueId.isEmpty() ? QStringLiteral("forum:") + f.id : f.venueId;
            uses.push_back({ place + QLatin1Char('\n') + room, &f, &s, start, end });
        }
    }
    std::sort(uses.begin(), uses.end(), [](const RoomUse& a, const RoomUse& b) { return a.room < b.room; });

    std::vector<Finding> out;
    std::vector<Span> spans;
    for (std::size_t first = 0; first < uses.size();) {
        std::size_t last = first;
        while (last < uses.size() && uses[last].room == uses[first].room) {
            ++last;
        }
        spans.clear();
        for (std::size_t i = first; i < last; ++i) {
            spans.push_back({ uses[i].startMs, uses[i].endMs, i });
        }
        forEachOverlap(
            spans,
            [&](const Span& earlier, const Span& later) {
                const RoomUse& a = uses[earlier.item];
                const RoomUse& b = uses[later.item];
                const Venue* venue = trip.venue(a.forum->venueId);
                FindingBuilder builder(Severity::Error, QStringLiteral("room-double-booked"));
                builder.involve(RecordKind::Session, a.session->id, spanKey(a.session->start, a.session->end) + a.room)
                    .involve(RecordKind::Forum, a.forum->id, a.forum->venueId)
                    .involve(RecordKind::Session, b.session->id, spanKey(b.session->start, b.session->end) + b.room)
                    .involve(RecordKind::Forum, b.forum->id, b.forum->venueId)
                    .at(b.session->start);
                const QString where = venue
                    ? PlanningChecksText::tr("'%1' at %2").arg(a.session->room.trimmed(), venue->name)
                    : PlanningChecksText::tr("'%1'").arg(a.session->room.trimmed());
                out.push_back(builder.build(
                    PlanningChecksText::tr("Room %1 is used twice at once: %2 (%3) and %4 (%5).")
                        .arg(where, describeSession(*a.session, *a.forum), formatSpan(a.session->start, a.session->end),
                            describeSession(*b.session, *b.forum), formatSpan(b.session->start, b.session->end))));
            },
            [&](const std::vector<Span>& members) {
                const RoomUse& first = uses[members.front().item];
                const RoomUse* last = &first;
                FindingBuilder builder(Severity::Error, QStringLiteral("room-double-booked"));
                QStringList named;
                for (const Span& m : members) {
                    const RoomUse& use = uses[m.item];
                    builder
                        .involve(RecordKind::Session, use.session->id,
                            spanKey(use.session->start, use.session->end) + use.room)
                        .involve(RecordKind::Forum, use.forum->id, use.forum->venueId);
                    if (use.endMs > last->endMs) {
                        last = &use;
                    }
                    if (static_cast<std::size_t>(named.size()) < kNamedClusterMembers) {
                        named << QStringLiteral("%1 (%2)").arg(describeSession(*use.session, *use.forum),
                            formatSpan(use.session->start, use.session->end));
                    }
                }
                builder.at(first.session->start);
                const Venue* venue = trip.venue(first.forum->venueId);
                const QString where = venue
                    ? PlanningChecksText::tr("'%1' at %2").arg(first.session->room.trimmed(), venue->name)
                    : PlanningChecksText::tr("'%1'").arg(first.session->room.trimmed());
                out.push_back(builder.build(
                    PlanningChecksText::tr("Room %1 has %n sessions that overlap one another from %2 to %3: %4%5.",
                        nullptr, static_cast<int>(members.size()))
                        .arg(where, formatMoment(first.session->start), formatMoment(last->session->end),
                            named.join(QStringLiteral("; ")), moreText(members.size()))));
            });
        first = last;
    }
    return out;
}

std::vector<Finding> dateFarFromTrip(const TripIndex& trip, const CheckSettings&)
{
    constexpr qint64 kFarDays = 14;
    const TripBundle& bundle = trip.bundle();
    const QDate first = bundle.trip.startDate;
    const QDate last = bundle.trip.endDate;
    std::vector<Finding> out;
    if (!first.isValid() || !last.isValid() || last < first) {
        return out;
    }
    const auto check
        = [&](RecordKind kind, const Uuid& id, const QString& what, const PlannedTime& start, const PlannedTime& end) {
              // The farther end of the record decides.
              qint64 days = 0;
              const PlannedTime* at = nullptr;
              for (const PlannedTime* t : { &start, &end }) {
                  if (t->isNull()) {
                      continue;
                  }
                  const QDate d = t->localDate();
                  const qint64 away = d < first ? d.daysTo(first) : (d > last ? last.daysTo(d) : 0);
                  if (away > days) {
                      days = away;
                      at = t;
                  }
              }
              if (at == nullptr || days <= kFarDays) {
                  return;
              }
              FindingBuilder b(Severity::Error, QStringLiteral("date-far-from-trip"));
              b.involve(kind, id, spanKey(start, end))
                  .setting(QStringLiteral("dates"),
                      first.toString(Qt::ISODate) + QLatin1Char('/') + last.toString(Qt::ISODate))
                  .at(*at);
              out.push_back(
                  b.build(PlanningChecksText::tr("The %1 is dated %2, %n day(s) away from the trip's dates (%3 to "
                                                 "%4): a year or month typed wrong? Correct the date.",
                      nullptr, static_cast<int>(days))
                              .arg(what, formatMoment(*at), first.toString(Qt::ISODate), last.toString(Qt::ISODate))));
          };
    for (const Stop& s : bundle.stops) {
        check(RecordKind::Stop, s.id, describeStop(s), s.arrival, s.departure);
    }
    for (const TravelLeg& l : bundle.legs) {
        check(RecordKind::Leg, l.id, describeLeg(l, trip.stop(l.fromStopId), trip.stop(l.toStopId)), l.departure,
            l.arrival);
    }
    for (const Forum& f : bundle.forums) {
        check(RecordKind::Forum, f.id, PlanningChecksText::tr("forum '%1'").arg(f.title), f.start, f.end);
        for (const AgendaSession& s : f.sessions) {
            check(RecordKind::Session, s.id, describeSession(s, f), s.start, s.end);
        }
    }
    for (const Meeting& m : bundle.meetings) {
        check(RecordKind::Meeting, m.id, describeMeeting(m), m.start, m.end);
    }
    for (const Mou& m : bundle.mous) {
        check(RecordKind::Mou, m.id, PlanningChecksText::tr("signing of the MOU '%1'").arg(m.title), m.signedAt,
            m.signedAt);
    }
    return out;
}

std::vector<Finding> sessionOutsideForum(const TripIndex& trip, const CheckSettings&)
{
    std::vector<Finding> out;
    for (const Forum& f : trip.bundle().forums) {
        qint64 forumStart = 0;
        qint64 forumEnd = 0;
        if (!spanOf(trip, f.start, f.end, forumStart, forumEnd)) {
            continue;
        }
        for (const AgendaSession& s : f.sessions) {
            qint64 start = 0;
            qint64 end = 0;
            if (!spanOf(trip, s.start, s.end, start, end) || (start >= forumStart && end <= forumEnd)) {
                continue;
            }
            FindingBuilder b(Severity::Error, QStringLiteral("session-outside-forum"));
            b.involve(RecordKind::Session, s.id, spanKey(s.start, s.end))
                .involve(RecordKind::Forum, f.id, spanKey(f.start, f.end))
                .at(s.start);
            const QString problem = start < forumStart ? PlanningChecksText::tr("begins before its forum opens")
                                                       : PlanningChecksText::tr("ends after its forum closes");
            out.push_back(b.build(
                PlanningChecksText::tr("The %1 (%2) %3 (%4): move the session or change the forum's times.")
                    .arg(describeSession(s, f), formatSpan(s.start, s.end), problem, formatSpan(f.start, f.end))));
        }
    }
    return out;
}

std::vector<Finding> forumOutsideStay(const TripIndex& trip, const CheckSettings&)
{
    std::vector<Finding> out;
    for (const Forum& f : trip.bundle().forums) {
        const Stop* stop = trip.stop(f.stopId);
        qint64 start = 0;
        qint64 end = 0;
        qint64 arrival = 0;
        qint64 departure = 0;
        if (!stop || !spanOf(trip, f.start, f.end, start, end)
            || !spanOf(trip, stop->arrival, stop->departure, arrival, departure)) {
            continue;
        }
        if (start < arrival || end > departure) {
            out.push_back(outsideStay("forum-outside-stay", RecordKind::Forum, f.id,
                PlanningChecksText::tr("The forum '%1'").arg(f.title), f.start, f.end, *stop, start < arrival));
        }
    }
    return out;
}

std::vector<Finding> meetingOutsideStay(const TripIndex& trip, const CheckSettings&)
{
    std::vector<Finding> out;
    for (const Meeting& m : trip.bundle().meetings) {
        const Stop* stop = trip.stop(m.stopId);
        qint64 start = 0;
        qint64 end = 0;
        qint64 arrival = 0;
        qint64 departure = 0;
        if (!stop || !spanOf(trip, m.start, m.end, start, end)
            || !spanOf(trip, stop->arrival, stop->departure, arrival, departure)) {
            continue;
        }
        if (start < arrival || end > departure) {
            out.push_back(outsideStay("meeting-outside-stay", RecordKind::Meeting, m.id,
                PlanningChecksText::tr("The meeting '%1'").arg(m.title), m.start, m.end, *stop, start < arrival));
        }
    }
    return out;
}

std::vector<Finding> timedInOtherZone(const TripIndex& trip, const CheckSettings&)
{
    std::vector<Finding> out;
    const auto check = [&](RecordKind kind, const Uuid& id, const QString& what, const Uuid& stopId,
                           const PlannedTime& start, const PlannedTime& end) {
        const Stop* stop = trip.stop(stopId);
        if (!stop || start.isNull() || stop->zone.isEmpty()) {
            return;
        }
        const QString other = start.zone() != stop->zone ? start.zone()
            : end.zone() != stop->zone                   ? end.zone()
                                                         : QString();
        if (other.isEmpty()) {
            return;
        }
        FindingBuilder b(Severity::Error, QStringLiteral("timed-in-other-zone"));
        b.involve(kind, id, start.zone() + QLatin1Char('|') + end.zone())
            .involve(RecordKind::Stop, stop->id, stop->zone)
            .at(start);
        out.push_back(b.build(
            PlanningChecksText::tr("%1 is timed in %2, but %3 is in %4: give its times in %4, the local time there.")
                .arg(what, other, stop->city, stop->zone)));
    };
    for (const Forum& f : trip.bundle().forums) {
        check(RecordKind::Forum, f.id, PlanningChecksText::tr("The forum '%1'").arg(f.title), f.stopId, f.start, f.end);
    }
    for (const Meeting& m : trip.bundle().meetings) {
        check(RecordKind::Meeting, m.id, PlanningChecksText::tr("The meeting '%1'").arg(m.title), m.stopId, m.start,
            m.end);
    }
    return out;
}

std::vector<Finding> sessionWithoutSpeaker(const TripIndex& trip, const CheckSettings&)
{
    std::vector<Finding> out;
    for (const Forum& f : trip.bundle().forums) {
        for (const AgendaSession& s : f.sessions) {
            if (s.kind != SessionKind::Keynote && s.kind != SessionKind::Presentation) {
                continue;
            }
            const bool hasSpeaker = std::any_of(s.speakers.begin(), s.speakers.end(),
                [](const SessionSpeaker& sp) { return sp.role == SpeakerRole::Speaker; });
            if (hasSpeaker) {
                continue;
            }
            QStringList roles;
            for (const SessionSpeaker& sp : s.speakers) {
                roles.append(sp.personId + QLatin1Char(':') + token(sp.role));
            }
            FindingBuilder b(Severity::Warning, QStringLiteral("session-without-speaker"));
            b.involve(RecordKind::Session, s.id, token(s.kind) + QLatin1Char('|') + roles.join(QLatin1Char(',')))
                .involve(RecordKind::Forum, f.id)
                .at(s.start);
            const QString kind = s.kind == SessionKind::Keynote ? PlanningChecksText::tr("keynote")
                                                                : PlanningChecksText::tr("presentation");
            out.push_back(b.build(PlanningChecksText::tr("The %1 %2 (%3) has no speaker: name who gives it.")
                                      .arg(kind, describeSession(s, f), formatSpan(s.start, s.end))));
        }
    }
    return out;
}

}  // namespace planner::checks
