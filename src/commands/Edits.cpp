#include "commands/Edits.h"

#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace planner::edits {

namespace {

struct EditsText {
    Q_DECLARE_TR_FUNCTIONS(planner::Edits)
};

template <typename T> bool removeValue(std::vector<T>& list, const T& value)
{
    const auto before = list.size();
    std::erase(list, value);
    return list.size() != before;
}

/// Takes the person off every session, meeting, leg and MOU they are on.
Status detachPerson(Database& db, const Uuid& id, Changes& out)
{
    auto sessions = ForumRepository(db).sessionsReferencing(id);
    if (!sessions.ok()) {
        return sessions.error();
    }
    for (const AgendaSession& s : *sessions) {
        AgendaSession after = s;
        std::erase_if(after.speakers, [&](const SessionSpeaker& sp) { return sp.personId == id; });
        out.push_back(updated(s, after));
    }
    auto meetings = MeetingRepository(db).referencing(id);
    if (!meetings.ok()) {
        return meetings.error();
    }
    for (const Meeting& m : *meetings) {
        Meeting after = m;
        removeValue(after.counterpartIds, id);
        removeValue(after.participantIds, id);
        out.push_back(updated(m, after));
    }
    auto legs = ItineraryRepository(db).legsReferencing(id);
    if (!legs.ok()) {
        return legs.error();
    }
    for (const TravelLeg& l : *legs) {
        TravelLeg after = l;
        if (removeValue(after.passengerIds, id)) {
            out.push_back(updated(l, after));
        }
    }
    auto mous = MouRepository(db).referencing(id);
    if (!mous.ok()) {
        return mous.error();
    }
    for (const Mou& m : *mous) {
        Mou after = m;
        for (MouParty& p : after.parties) {
            if (p.signatoryId == id) {
                p.signatoryId.clear();
            }
        }
        out.push_back(updated(m, after));
    }
    return {};
}

/// Removes a member and closes the gap in the order of precedence.
Status removeMember(Database& db, const Uuid& tripId, const DelegationMember& member, Changes& out)
{
    auto members = TripRepository(db).members(tripId);
    if (!members.ok()) {
        return members.error();
    }
    out.push_back(deleted(MemberRecord { tripId, member }));
    for (const DelegationMember& m : *members) {
        if (m.precedence > member.precedence) {
            DelegationMember after = m;
            after.precedence = m.precedence - 1;
            out.push_back(updated(MemberRecord { tripId, m }, MemberRecord { tripId, after }));
        }
    }
    return {};
}

/// Clears "signed at" of MOUs pointing at a forum or meeting.
Status detachSigning(Database& db, const Uuid& placeId, Changes& out)
{
    auto mous = MouRepository(db).referencing(placeId);
    if (!mous.ok()) {
        return mous.error();
    }
    for (const Mou& m : *mous) {
        Mou after = m;
        if (after.signedAtForumId == placeId) {
            after.signedAtForumId.clear();
        }
        if (after.signedAtMeetingId == placeId) {
            after.signedAtMeetingId.clear();
        }
        if (!(after == m)) {
            out.push_back(updated(m, after));
        }
    }
    return {};
}

}  // namespace

Result<Changes> deletePerson(Database& db, const Uuid& id)
{
    auto person = PersonRepository(db).get(id);
    if (!person.ok()) {
        return person.error();
    }
    Changes out;
    if (Status s = detachPerson(db, id, out); !s) {
        return s.error();
    }
    auto memberships = TripRepository(db).membershipsOf(id);
    if (!memberships.ok()) {
        return memberships.error();
    }
    for (const auto& m : *memberships) {
        if (Status s = removeMember(db, m.tripId, m.member, out); !s) {
            return s.error();
        }
    }
    out.push_back(deleted(*person));
    return out;
}

Result<Changes> deleteOrganisation(Database& db, const Uuid& id)
{
    auto org = OrganisationRepository(db).get(id);
    if (!org.ok()) {
        return org.error();
    }
    Changes out;
    auto people = PersonRepository(db).peopleOf(id);
    if (!people.ok()) {
        return people.error();
    }
    for (const Person& p : *people) {
        Person after = p;
        after.organisationId.clear();
        out.push_back(updated(p, after));
    }
    auto trips = TripRepository(db).tripsLedBy(id);
    if (!trips.ok()) {
        return trips.error();
    }
    for (const Trip& t : *trips) {
        Trip after = t;
        after.leadOrganisationId.clear();
        out.push_back(updated(t, after));
    }
    auto forums = ForumRepository(db).referencing(id);
    if (!forums.ok()) {
        return forums.error();
    }
    for (const Forum& f : *forums) {
        Forum after = f;
        std::erase_if(after.hosts, [&](const ForumHost& h) { return h.organisationId == id; });
        out.push_back(updated(f, after));
    }
    auto sessions = ForumRepository(db).sessionsReferencing(id);
    if (!sessions.ok()) {
        return sessions.error();
    }
    for (const AgendaSession& s : *sessions) {
        AgendaSession after = s;
        after.presentingOrganisationId.clear();
        out.push_back(updated(s, after));
    }
    auto mous = MouRepository(db).referencing(id);
    if (!mous.ok()) {
        return mous.error();
    }
    for (const Mou& m : *mous) {
        Mou after = m;
        std::erase_if(after.parties, [&](const MouParty& p) { return p.organisationId == id; });
        out.push_back(updated(m, after));
    }
    out.push_back(deleted(*org));
    return out;
}

Result<Changes> deleteVenue(Database& db, const Uuid& id)
{
    auto venue = VenueRepository(db).get(id);
    if (!venue.ok()) {
        return venue.error();
    }
    Changes out;
    auto forums = ForumRepository(db).referencing(id);
    if (!forums.ok()) {
        return forums.error();
    }
    for (const Forum& f : *forums) {
        Forum after = f;
        after.venueId.clear();
        out.push_back(updated(f, after));
    }
    out.push_back(deleted(*venue));
    return out;
}

Result<Changes> deleteForum(Database& db, const Uuid& id)
{
    auto forum = ForumRepository(db).get(id);
    if (!forum.ok()) {
        return forum.error();
    }
    Changes out;
    if (Status s = detachSigning(db, id, out); !s) {
        return s.error();
    }
    out.push_back(deleted(*forum));
    return out;
}

Result<Changes> deleteMeeting(Database& db, const Uuid& id)
{
    auto meeting = MeetingRepository(db).get(id);
    if (!meeting.ok()) {
        return meeting.error();
    }
    Changes out;
    if (Status s = detachSigning(db, id, out); !s) {
        return s.error();
    }
    out.push_back(deleted(*meeting));
    return out;
}

Result<Changes> deleteStop(Database& db, const Uuid& id)
{
    auto stop = ItineraryRepository(db).getStop(id);
    if (!stop.ok()) {
        return stop.error();
    }
    Changes out;
    auto forums = ForumRepository(db).referencing(id);
    if (!forums.ok()) {
        return forums.error();
    }
    for (const Forum& f : *forums) {
        if (f.stopId != id) {
            continue;
        }
        auto changes = deleteForum(db, f.id);
        if (!changes.ok()) {
            return changes.error();
        }
        out.insert(out.end(), changes->begin(), changes->end());
    }
    auto meetings = MeetingRepository(db).referencing(id);
    if (!meetings.ok()) {
        return meetings.error();
    }
    for (const Meeting& m : *meetings) {
        if (m.stopId != id) {
            continue;
        }
        auto changes = deleteMeeting(db, m.id);
        if (!changes.ok()) {
            return changes.error();
        }
        out.insert(out.end(), changes->begin(), changes->end());
    }
    auto legs = ItineraryRepository(db).legsReferencing(id);
    if (!legs.ok()) {
        return legs.error();
    }
    for (const TravelLeg& l : *legs) {
        TravelLeg after = l;
        if (after.fromStopId == id) {
            after.fromStopId.clear();
            if (after.fromPlace.isEmpty()) {
                after.fromPlace = stop->city;
            }
        }
        if (after.toStopId == id) {
            after.toStopId.clear();
            if (after.toPlace.isEmpty()) {
                after.toPlace = stop->city;
            }
        }
        if (!(after == l)) {
            out.push_back(updated(l, after));
        }
    }
    out.push_back(deleted(*stop));
    return out;
}

Result<Changes> deleteTrip(Database& db, const Uuid& id)
{
    auto bundle = TripBundleStore(db).load(id);
    if (!bundle.ok()) {
        return bundle.error();
    }
    Changes out;
    // MOUs of other trips that name this trip's forums or meetings as the
    // place of signing lose that link.
    for (const Forum& f : bundle->forums) {
        if (Status s = detachSigning(db, f.id, out); !s) {
            return s.error();
        }
    }
    for (const Meeting& m : bundle->meetings) {
        if (Status s = detachSigning(db, m.id, out); !s) {
            return s.error();
        }
    }
    std::erase_if(out, [&](const RecordChange& c) {
        const auto* mou = std::get_if<Change<Mou>>(&c);
        return mou != nullptr && mou->before && mou->before->tripId == id;
    });
    out.push_back(deleted(*bundle));
    return out;
}

int defaultMinutes(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Opening: return 15;
    case SessionKind::Keynote: return 30;
    case SessionKind::Presentation: return 20;
    case SessionKind::Panel: return 60;
    case SessionKind::SigningCeremony: return 15;
    case SessionKind::Break: return 20;
    case SessionKind::Meal: return 60;
    case SessionKind::Closing: return 15;
    }
    return 30;
}

Result<AgendaSession> sessionAfter(Database& db, const Uuid& sessionId, SessionKind kind)
{
    auto previous = ForumRepository(db).getSession(sessionId);
    if (!previous.ok()) {
        return previous.error();
    }
    AgendaSession s;
    s.id = newUuid();
    s.forumId = previous->forumId;
    s.kind = kind;
    s.title = label(kind);
    s.room = previous->room;
    s.start = previous->end;
    s.end = previous->end.addMinutes(defaultMinutes(kind));
    return s;
}

Result<Changes> shiftSessions(Database& db, const Uuid& sessionId, int minutes)
{
    auto session = ForumRepository(db).getSession(sessionId);
    if (!session.ok()) {
        return session.error();
    }
    auto forum = ForumRepository(db).get(session->forumId);
    if (!forum.ok()) {
        return forum.error();
    }
    Changes out;
    for (const AgendaSession& s : forum->sessions) {
        if (s.id != sessionId && s.start.local() < session->start.local()) {
            continue;
        }
        AgendaSession after = s;
        after.start = s.start.addMinutes(minutes);
        after.end = s.end.addMinutes(minutes);
        out.push_back(updated(s, after));
    }
    return out;
}

Result<Changes> moveSessionToDay(Database& db, const Uuid& sessionId, const QDate& day)
{
    auto session = ForumRepository(db).getSession(sessionId);
    if (!session.ok()) {
        return session.error();
    }
    if (!day.isValid()) {
        return makeError(EditsText::tr("choose a day to move the session to"));
    }
    const qint64 days = session->start.localDate().daysTo(day);
    AgendaSession after = *session;
    after.start = session->start.addMinutes(days * 24 * 60);
    after.end = session->end.addMinutes(days * 24 * 60);
    return Changes { updated(*session, after) };
}

Result<Changes> moveForum(Database& db, const Uuid& forumId, const PlannedTime& newStart, const PlannedTime& newEnd)
{
    auto forum = ForumRepository(db).get(forumId);
    if (!forum.ok()) {
        return forum.error();
    }
    const QString zone = forum->start.zone();
    const PlannedTime start = newStart.inZone(zone);
    const PlannedTime end = newEnd.inZone(zone);
    const qint64 delta = forum->start.local().secsTo(start.local()) / 60;
    Changes out;
    Forum after = *forum;
    after.start = start;
    after.end = end;
    for (AgendaSession& s : after.sessions) {
        s.start = s.start.addMinutes(delta);
        s.end = s.end.addMinutes(delta);
    }
    // Updating a forum writes its own fields only: the sessions are changes
    // of their own.
    out.push_back(updated(*forum, after));
    for (std::size_t i = 0; i < forum->sessions.size(); ++i) {
        if (delta != 0) {
            out.push_back(updated(forum->sessions[i], after.sessions[i]));
        }
    }
    return out;
}

Result<Changes> retime(
    Database& db, RecordKind kind, const Uuid& id, const PlannedTime& newStart, const PlannedTime& newEnd)
{
    switch (kind) {
    case RecordKind::Forum: return moveForum(db, id, newStart, newEnd);
    case RecordKind::Session: {
        auto s = ForumRepository(db).getSession(id);
        if (!s.ok()) {
            return s.error();
        }
        AgendaSession after = *s;
        after.start = newStart.inZone(s->start.zone());
        after.end = newEnd.inZone(s->start.zone());
        return Changes { updated(*s, after) };
    }
    case RecordKind::Meeting: {
        auto m = MeetingRepository(db).get(id);
        if (!m.ok()) {
            return m.error();
        }
        Meeting after = *m;
        after.start = newStart.inZone(m->start.zone());
        after.end = newEnd.inZone(m->start.zone());
        return Changes { updated(*m, after) };
    }
    case RecordKind::Stop: {
        auto s = ItineraryRepository(db).getStop(id);
        if (!s.ok()) {
            return s.error();
        }
        Stop after = *s;
        after.arrival = newStart.inZone(s->zone);
        after.departure = newEnd.inZone(s->zone);
        return Changes { updated(*s, after) };
    }
    case RecordKind::Leg: {
        auto l = ItineraryRepository(db).getLeg(id);
        if (!l.ok()) {
            return l.error();
        }
        TravelLeg after = *l;
        after.departure = newStart.inZone(l->departure.zone());
        after.arrival = newEnd.inZone(l->arrival.zone());
        return Changes { updated(*l, after) };
    }
    default: return makeError(EditsText::tr("this kind of record has no times to change"));
    }
}

Result<AgendaSession> duplicateSession(Database& db, const Uuid& id)
{
    auto s = ForumRepository(db).getSession(id);
    if (!s.ok()) {
        return s.error();
    }
    AgendaSession copy = *s;
    copy.id = newUuid();
    copy.title = EditsText::tr("Copy of %1").arg(s->title);
    return copy;
}

Result<Forum> duplicateForum(Database& db, const Uuid& id)
{
    auto f = ForumRepository(db).get(id);
    if (!f.ok()) {
        return f.error();
    }
    Forum copy = *f;
    copy.id = newUuid();
    copy.title = EditsText::tr("Copy of %1").arg(f->title);
    for (AgendaSession& s : copy.sessions) {
        s.id = newUuid();
        s.forumId = copy.id;
    }
    return copy;
}

Result<TripBundle> duplicateTrip(Database& db, const Uuid& id)
{
    auto loaded = TripBundleStore(db).load(id);
    if (!loaded.ok()) {
        return loaded.error();
    }
    TripBundle b = std::move(*loaded);
    QHash<Uuid, Uuid> map;
    const auto renew = [&](Uuid& field) {
        const Uuid fresh = newUuid();
        map.insert(field, fresh);
        field = fresh;
    };
    const auto remap = [&](Uuid& field) {
        if (map.contains(field)) {
            field = map.value(field);
        }
    };
    renew(b.trip.id);
    b.trip.title = EditsText::tr("Copy of %1").arg(b.trip.title);
    for (auto& m : b.members) {
        renew(m.id);
    }
    for (auto& s : b.stops) {
        renew(s.id);
        s.tripId = b.trip.id;
    }
    for (auto& f : b.forums) {
        renew(f.id);
        f.tripId = b.trip.id;
        remap(f.stopId);
        for (auto& s : f.sessions) {
            renew(s.id);
            s.forumId = f.id;
        }
    }
    for (auto& m : b.meetings) {
        renew(m.id);
        m.tripId = b.trip.id;
        remap(m.stopId);
    }
    for (auto& l : b.legs) {
        renew(l.id);
        l.tripId = b.trip.id;
        remap(l.fromStopId);
        remap(l.toStopId);
    }
    for (auto& m : b.mous) {
        renew(m.id);
        m.tripId = b.trip.id;
        remap(m.signedAtForumId);
        remap(m.signedAtMeetingId);
    }
    return b;
}

Result<Changes> moveMember(Database& db, const Uuid& tripId, const Uuid& memberId, int newIndex)
{
    auto members = TripRepository(db).members(tripId);
    if (!members.ok()) {
        return members.error();
    }
    std::vector<Uuid> before;
    for (const DelegationMember& m : *members) {
        before.push_back(m.id);
    }
    auto it = std::find(before.begin(), before.end(), memberId);
    if (it == before.end()) {
        return makeError(EditsText::tr("the member is not in this delegation"));
    }
    std::vector<Uuid> after = before;
    after.erase(after.begin() + (it - before.begin()));
    newIndex = std::clamp(newIndex, 0, static_cast<int>(after.size()));
    after.insert(after.begin() + newIndex, memberId);
    return Changes { updated(MemberOrder { tripId, before }, MemberOrder { tripId, after }) };
}

Result<Changes> removeMember(Database& db, const Uuid& tripId, const Uuid& memberId)
{
    auto members = TripRepository(db).members(tripId);
    if (!members.ok()) {
        return members.error();
    }
    const auto it
        = std::find_if(members->begin(), members->end(), [&](const DelegationMember& m) { return m.id == memberId; });
    if (it == members->end()) {
        return makeError(EditsText::tr("the member is not in this delegation"));
    }
    Changes out;
    if (Status s = removeMember(db, tripId, *it, out); !s) {
        return s.error();
    }
    return out;
}

}  // namespace planner::edits
