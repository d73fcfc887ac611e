#include "commands/RecordChange.h"

#include "storage/Repositories.h"

#include <QCoreApplication>

namespace planner {

namespace {

struct RecordChangeText {
    Q_DECLARE_TR_FUNCTIONS(planner::RecordChange)
};

template <typename T> const std::optional<T>& target(const Change<T>& c, bool forward)
{
    return forward ? c.after : c.before;
}
template <typename T> const std::optional<T>& source(const Change<T>& c, bool forward)
{
    return forward ? c.before : c.after;
}

// ---- the state a change expects to find --------------------------------
//
// A change is computed from what a page showed. When another window or
// program has changed the record since, writing would silently undo their
// edit; so an update, a delete (and an undo or redo of either) first checks
// that the record is still as the change expects it, and refuses otherwise.

Result<Organisation> current(Database& db, const Organisation& v)
{
    return OrganisationRepository(db).get(v.id);
}
Result<Person> current(Database& db, const Person& v)
{
    return PersonRepository(db).get(v.id);
}
Result<Venue> current(Database& db, const Venue& v)
{
    return VenueRepository(db).get(v.id);
}
Result<Trip> current(Database& db, const Trip& v)
{
    return TripRepository(db).get(v.id);
}
Result<TripBundle> current(Database& db, const TripBundle& v)
{
    return TripBundleStore(db).load(v.trip.id);
}
Result<Stop> current(Database& db, const Stop& v)
{
    return ItineraryRepository(db).getStop(v.id);
}
Result<TravelLeg> current(Database& db, const TravelLeg& v)
{
    return ItineraryRepository(db).getLeg(v.id);
}
Result<AgendaSession> current(Database& db, const AgendaSession& v)
{
    return ForumRepository(db).getSession(v.id);
}
Result<Meeting> current(Database& db, const Meeting& v)
{
    return MeetingRepository(db).get(v.id);
}
Result<Mou> current(Database& db, const Mou& v)
{
    return MouRepository(db).get(v.id);
}

Result<Forum> current(Database& db, const Forum& v)
{
    // A forum's own fields and hosts: its sessions are changes of their own.
    auto forum = ForumRepository(db).get(v.id);
    if (forum.ok()) {
        forum->sessions.clear();
    }
    return forum;
}

Result<MemberRecord> current(Database& db, const MemberRecord& v)
{
    auto members = TripRepository(db).members(v.tripId);
    if (!members.ok()) {
        return members.error();
    }
    for (const DelegationMember& m : *members) {
        if (m.id == v.member.id) {
            return MemberRecord { v.tripId, m };
        }
    }
    return makeError(RecordChangeText::tr("the member is no longer in the delegation"));
}

Result<MemberOrder> current(Database& db, const MemberOrder& v)
{
    auto members = TripRepository(db).members(v.tripId);
    if (!members.ok()) {
        return members.error();
    }
    MemberOrder order { v.tripId, {} };
    for (const DelegationMember& m : *members) {
        order.memberIds.push_back(m.id);
    }
    return order;
}

template <typename T> T comparable(T v)
{
    return v;
}
Forum comparable(Forum v)
{
    v.sessions.clear();
    return v;
}

template <typename T> Status expectCurrent(Database& db, const std::optional<T>& expected)
{
    if (!expected) {
        return {};
    }
    auto found = current(db, *expected);
    if (!found.ok() || !(comparable(*found) == comparable(*expected))) {
        return makeError(
            RecordChangeText::tr("it was changed or deleted elsewhere (another window or program) since it "
                                 "was shown, so nothing was written; the view now shows the current version"));
    }
    return {};
}

/// Insert, update or remove depending on which sides are present.
template <typename T, typename Insert, typename Update, typename Remove>
Status write(const Change<T>& c, bool forward, Insert insert, Update update, Remove remove)
{
    const auto& from = source(c, forward);
    const auto& to = target(c, forward);
    if (from && to && *from == *to) {
        return {};
    }
    if (from && to) {
        return *from == *to ? Status() : update(*to);
    }
    if (to) {
        return insert(*to);
    }
    if (from) {
        return remove(*from);
    }
    return {};
}

Status apply(Database& db, const Change<Organisation>& c, bool fwd)
{
    OrganisationRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insert(v); }, [&](const auto& v) { return r.update(v); },
        [&](const auto& v) { return r.remove(v.id); });
}

Status apply(Database& db, const Change<Person>& c, bool fwd)
{
    PersonRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insert(v); }, [&](const auto& v) { return r.update(v); },
        [&](const auto& v) { return r.remove(v.id); });
}

Status apply(Database& db, const Change<Venue>& c, bool fwd)
{
    VenueRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insert(v); }, [&](const auto& v) { return r.update(v); },
        [&](const auto& v) { return r.remove(v.id); });
}

Status apply(Database& db, const Change<Trip>& c, bool fwd)
{
    TripRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insert(v); }, [&](const auto& v) { return r.update(v); },
        [&](const auto& v) { return r.remove(v.id); });
}

Status apply(Database& db, const Change<TripBundle>& c, bool fwd)
{
    TripBundleStore store(db);
    return write(
        c, fwd, [&](const auto& v) { return store.save(v, false); }, [&](const auto& v) { return store.save(v, true); },
        [&](const auto& v) { return TripRepository(db).remove(v.trip.id); });
}

Status apply(Database& db, const Change<MemberRecord>& c, bool fwd)
{
    TripRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insertMember(v.tripId, v.member); },
        [&](const auto& v) { return r.updateMember(v.member); },
        [&](const auto& v) { return r.removeMember(v.member.id); });
}

Status apply(Database& db, const Change<MemberOrder>& c, bool fwd)
{
    const auto& to = target(c, fwd);
    if (!to) {
        return {};
    }
    return TripRepository(db).reorderMembers(to->tripId, to->memberIds);
}

Status apply(Database& db, const Change<Stop>& c, bool fwd)
{
    ItineraryRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insertStop(v); }, [&](const auto& v) { return r.updateStop(v); },
        [&](const auto& v) { return r.removeStop(v.id); });
}

Status apply(Database& db, const Change<TravelLeg>& c, bool fwd)
{
    ItineraryRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insertLeg(v); }, [&](const auto& v) { return r.updateLeg(v); },
        [&](const auto& v) { return r.removeLeg(v.id); });
}

Status apply(Database& db, const Change<Forum>& c, bool fwd)
{
    ForumRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insert(v); }, [&](const auto& v) { return r.update(v); },
        [&](const auto& v) { return r.remove(v.id); });
}

Status apply(Database& db, const Change<AgendaSession>& c, bool fwd)
{
    ForumRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insertSession(v); }, [&](const auto& v) { return r.updateSession(v); },
        [&](const auto& v) { return r.removeSession(v.id); });
}

Status apply(Database& db, const Change<Meeting>& c, bool fwd)
{
    MeetingRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insert(v); }, [&](const auto& v) { return r.update(v); },
        [&](const auto& v) { return r.remove(v.id); });
}

Status apply(Database& db, const Change<Mou>& c, bool fwd)
{
    MouRepository r(db);
    return write(
        c, fwd, [&](const auto& v) { return r.insert(v); }, [&](const auto& v) { return r.update(v); },
        [&](const auto& v) { return r.remove(v.id); });
}

template <typename T> void addSides(const Change<T>& c, ChangeSet& set, RecordKind kind)
{
    set.kinds.insert(kind);
    for (const auto* side : { &c.before, &c.after }) {
        if (!*side) {
            continue;
        }
        const T& v = **side;
        if constexpr (std::is_same_v<T, TripBundle>) {
            set.recordIds.insert(v.trip.id);
            set.tripIds.insert(v.trip.id);
        } else if constexpr (std::is_same_v<T, MemberRecord>) {
            set.recordIds.insert(v.member.id);
            set.tripIds.insert(v.tripId);
        } else if constexpr (std::is_same_v<T, MemberOrder>) {
            set.tripIds.insert(v.tripId);
        } else if constexpr (std::is_same_v<T, Trip>) {
            set.recordIds.insert(v.id);
            set.tripIds.insert(v.id);
        } else {
            set.recordIds.insert(v.id);
            if constexpr (requires { v.tripId; }) {
                set.tripIds.insert(v.tripId);
            }
        }
    }
}

}  // namespace

void ChangeSet::merge(const ChangeSet& other)
{
    kinds.unite(other.kinds);
    tripIds.unite(other.tripIds);
    recordIds.unite(other.recordIds);
}

bool isNoOp(const RecordChange& change)
{
    return std::visit([](const auto& c) { return c.before == c.after; }, change);
}

Status applyChange(Database& db, const RecordChange& change, bool forward)
{
    return std::visit(
        [&](const auto& c) -> Status {
            const auto& from = source(c, forward);
            const auto& to = target(c, forward);
            if (from && !(to && *from == *to)) {
                if (Status s = expectCurrent(db, from); !s) {
                    return s;
                }
            }
            return apply(db, c, forward);
        },
        change);
}

ChangeSet describeChange(const RecordChange& change)
{
    ChangeSet set;
    std::visit(
        [&](const auto& c) {
            using C = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<C, Change<Organisation>>) {
                addSides(c, set, RecordKind::Organisation);
            } else if constexpr (std::is_same_v<C, Change<Person>>) {
                addSides(c, set, RecordKind::Person);
            } else if constexpr (std::is_same_v<C, Change<Venue>>) {
                addSides(c, set, RecordKind::Venue);
            } else if constexpr (std::is_same_v<C, Change<Trip>>) {
                addSides(c, set, RecordKind::Trip);
            } else if constexpr (std::is_same_v<C, Change<TripBundle>>) {
                addSides(c, set, RecordKind::Trip);
                for (RecordKind k : { RecordKind::Member, RecordKind::Stop, RecordKind::Leg, RecordKind::Forum,
                         RecordKind::Session, RecordKind::Meeting, RecordKind::Mou, RecordKind::Organisation,
                         RecordKind::Person, RecordKind::Venue }) {
                    set.kinds.insert(k);
                }
            } else if constexpr (std::is_same_v<C, Change<MemberRecord>> || std::is_same_v<C, Change<MemberOrder>>) {
                addSides(c, set, RecordKind::Member);
            } else if constexpr (std::is_same_v<C, Change<Stop>>) {
                addSides(c, set, RecordKind::Stop);
            } else if constexpr (std::is_same_v<C, Change<TravelLeg>>) {
                addSides(c, set, RecordKind::Leg);
            } else if constexpr (std::is_same_v<C, Change<Forum>>) {
                addSides(c, set, RecordKind::Forum);
                set.kinds.insert(RecordKind::Session);
            } else if constexpr (std::is_same_v<C, Change<AgendaSession>>) {
                addSides(c, set, RecordKind::Session);
            } else if constexpr (std::is_same_v<C, Change<Meeting>>) {
                addSides(c, set, RecordKind::Meeting);
            } else if constexpr (std::is_same_v<C, Change<Mou>>) {
                addSides(c, set, RecordKind::Mou);
            }
        },
        change);
    return set;
}

}  // namespace planner
