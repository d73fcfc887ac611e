#include "services/TripSchedule.h"

#include <algorithm>

namespace planner {

namespace {

bool contains(const std::vector<Uuid>& ids, const Uuid& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool speaks(const AgendaSession& session, const Uuid& personId)
{
    return std::any_of(session.speakers.begin(), session.speakers.end(),
        [&personId](const SessionSpeaker& s) { return s.personId == personId; });
}

bool signs(const Mou& mou, const Uuid& personId)
{
    return std::any_of(
        mou.parties.begin(), mou.parties.end(), [&personId](const MouParty& p) { return p.signatoryId == personId; });
}

}  // namespace

TripSchedule::TripSchedule(const TripBundle& bundle) : m_bundle(bundle), m_index(bundle)
{
}

std::vector<ScheduleEntry> TripSchedule::entries() const
{
    return collect({});
}

std::vector<ScheduleEntry> TripSchedule::entriesFor(const Uuid& personId) const
{
    return collect(personId);
}

std::vector<ScheduleEntry> TripSchedule::collect(const Uuid& personId) const
{
    const bool everything = personId.isEmpty();
    const bool member = !everything && m_index.isDelegationMember(personId);
    std::vector<ScheduleEntry> out;
    using Kind = ScheduleEntry::Kind;
    for (const TravelLeg& leg : m_bundle.legs) {
        if (everything || contains(m_index.passengers(leg), personId)) {
            out.push_back({ Kind::Flight, leg.departure, leg.arrival, &leg });
        }
    }
    for (const Forum& forum : m_bundle.forums) {
        std::vector<const AgendaSession*> sessions;
        for (const AgendaSession& s : forum.sessions) {
            if (everything || speaks(s, personId)) {
                sessions.push_back(&s);
            }
        }
        if (everything || member || !sessions.empty()) {
            out.push_back({ Kind::Forum, forum.start, forum.end, nullptr, &forum });
        }
        for (const AgendaSession* s : sessions) {
            out.push_back({ Kind::Session, s->start, s->end, nullptr, &forum, s });
        }
    }
    for (const Meeting& meeting : m_bundle.meetings) {
        if (everything || contains(meeting.participantIds, personId)) {
            out.push_back({ Kind::Meeting, meeting.start, meeting.end, nullptr, nullptr, nullptr, &meeting });
        }
    }
    for (const Mou& mou : m_bundle.mous) {
        if (!everything && !signs(mou, personId)) {
            continue;
        }
        PlannedTime when = mou.signedAt;
        if (when.isNull()) {
            if (const Meeting* m = m_index.meeting(mou.signedAtMeetingId)) {
                when = m->start;
            } else if (const Forum* f = m_index.forum(mou.signedAtForumId)) {
                when = f->start;
            }
        }
        if (!when.isNull()) {
            out.push_back({ Kind::Signing, when, when, nullptr, m_index.forum(mou.signedAtForumId), nullptr,
                m_index.meeting(mou.signedAtMeetingId), &mou });
        }
    }
    // In time order; a forum before its first session, a signing after
    // what it happens at.
    auto rank = [](Kind k) {
        switch (k) {
        case Kind::Forum: return 0;
        case Kind::Signing: return 2;
        default: return 1;
        }
    };
    std::stable_sort(out.begin(), out.end(), [&rank](const ScheduleEntry& a, const ScheduleEntry& b) {
        const auto order = compareInstants(a.start, b.start);
        if (order != 0) {
            return order < 0;
        }
        return rank(a.kind) < rank(b.kind);
    });
    return out;
}

std::vector<ScheduleNight> TripSchedule::nights() const
{
    std::vector<ScheduleNight> out;
    for (const Stop& stop : m_bundle.stops) {
        if (stop.arrival.isNull() || stop.departure.isNull()) {
            continue;
        }
        for (QDate d = stop.arrival.localDate(); d < stop.departure.localDate(); d = d.addDays(1)) {
            out.push_back({ d, &stop });
        }
    }
    std::stable_sort(
        out.begin(), out.end(), [](const ScheduleNight& a, const ScheduleNight& b) { return a.date < b.date; });
    return out;
}

const Stop* TripSchedule::nightAt(const QDate& date) const
{
    for (const ScheduleNight& n : nights()) {
        if (n.date == date) {
            return n.stop;
        }
    }
    return nullptr;
}

const Venue* TripSchedule::lodgingVenue(const Stop& stop) const
{
    if (stop.lodging.trimmed().isEmpty()) {
        return nullptr;
    }
    const auto it = std::find_if(m_bundle.venues.begin(), m_bundle.venues.end(),
        [&stop](const Venue& v) { return v.name.compare(stop.lodging.trimmed(), Qt::CaseInsensitive) == 0; });
    return it == m_bundle.venues.end() ? nullptr : &*it;
}

const Stop* TripSchedule::stopOn(const QDate& date) const
{
    for (const Stop& stop : m_bundle.stops) {
        if (!stop.arrival.isNull() && !stop.departure.isNull() && stop.arrival.localDate() <= date
            && date <= stop.departure.localDate()) {
            return &stop;
        }
    }
    return nullptr;
}

}  // namespace planner
