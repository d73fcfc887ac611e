#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "storage/RepositorySupport.h"

namespace planner {

using namespace storage;

namespace {

const QString kColumns = QStringLiteral("m.id, m.trip_id, m.stop_id, m.title, m.time_zone, m.start_local, m.end_local, "
                                        "m.place, m.purpose, m.notes, m.seating_layout");
const QString kCounterpart = QStringLiteral("counterpart");
const QString kParticipant = QStringLiteral("participant");

Meeting readMeeting(const SqlQuery& q)
{
    Meeting m;
    m.id = q.text(0);
    m.tripId = q.text(1);
    m.stopId = q.text(2);
    m.title = q.text(3);
    m.start = q.planned(5, 4);
    m.end = q.planned(6, 4);
    m.place = q.text(7);
    m.purpose = q.text(8);
    m.notes = q.text(9);
    m.seating = seatingPlan(q.text(10), {});
    return m;
}

void bindMeeting(SqlQuery& q, const Meeting& m)
{
    q.bind(QStringLiteral(":id"), m.id)
        .bind(QStringLiteral(":trip_id"), m.tripId)
        .bind(QStringLiteral(":stop_id"), m.stopId)
        .bindText(QStringLiteral(":title"), m.title)
        .bindText(QStringLiteral(":time_zone"), m.start.zone())
        .bindLocal(QStringLiteral(":start_local"), m.start)
        .bindLocal(QStringLiteral(":end_local"), m.end)
        .bindText(QStringLiteral(":place"), m.place)
        .bindText(QStringLiteral(":purpose"), m.purpose)
        .bindText(QStringLiteral(":notes"), m.notes)
        .bind(QStringLiteral(":seating_layout"), layoutColumn(m.seating));
}

Status writePeople(Database& db, const Meeting& m)
{
    SqlQuery clear(db, QStringLiteral("DELETE FROM meeting_people WHERE meeting_id = :id"));
    clear.bind(QStringLiteral(":id"), m.id);
    if (Status s = clear.exec(); !s) {
        return s;
    }
    int position = 0;
    for (const auto& [side, people] :
        { std::pair { kCounterpart, &m.counterpartIds }, std::pair { kParticipant, &m.participantIds } }) {
        for (const Uuid& person : *people) {
            SqlQuery q(db,
                QStringLiteral("INSERT INTO meeting_people (meeting_id, person_id, side, position) "
                               "VALUES (:meeting, :person, :side, :position)"));
            q.bind(QStringLiteral(":meeting"), m.id)
                .bind(QStringLiteral(":person"), person)
                .bind(QStringLiteral(":side"), side)
                .bind(QStringLiteral(":position"), position++);
            if (Status s = q.exec(); !s) {
                return s;
            }
        }
    }
    return {};
}

Result<std::vector<Meeting>> selectMeetings(Database& db, const QString& where, const Uuid& key)
{
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM meetings m WHERE %2").arg(kColumns, where));
    q.bind(QStringLiteral(":key"), key);
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    std::vector<Meeting> meetings;
    while (q.next()) {
        meetings.push_back(readMeeting(q));
    }
    SqlQuery p(db,
        QStringLiteral("SELECT mp.meeting_id, mp.person_id, mp.side FROM meeting_people mp "
                       "JOIN meetings m ON m.id = mp.meeting_id WHERE %1 ORDER BY mp.meeting_id, mp.position")
            .arg(where));
    p.bind(QStringLiteral(":key"), key);
    if (Status s = p.exec(); !s) {
        return s.error();
    }
    ChildMap<Uuid> counterparts;
    ChildMap<Uuid> participants;
    while (p.next()) {
        (p.text(2) == kCounterpart ? counterparts : participants)[p.text(0)].push_back(p.text(1));
    }
    auto seats = readSeats(db, kMeetingSeats, where, key);
    if (!seats.ok()) {
        return seats.error();
    }
    for (Meeting& m : meetings) {
        m.counterpartIds = counterparts.value(m.id);
        m.participantIds = participants.value(m.id);
        if (m.seating) {
            m.seating->seats = seats->value(m.id);
        }
    }
    sortByInstant(meetings, [](const Meeting& m) { return m.start; });
    return meetings;
}

}  // namespace

Result<std::vector<Meeting>> MeetingRepository::list(const Uuid& tripId) const
{
    return selectMeetings(m_db, QStringLiteral("m.trip_id = :key"), tripId);
}

Result<Meeting> MeetingRepository::get(const Uuid& id) const
{
    auto found = selectMeetings(m_db, QStringLiteral("m.id = :key"), id);
    if (!found.ok()) {
        return found.error();
    }
    if (found->empty()) {
        return makeError(StorageText::tr("there is no meeting with id %1").arg(id));
    }
    return found->front();
}

Result<std::vector<Meeting>> MeetingRepository::referencing(const Uuid& id) const
{
    return selectMeetings(m_db,
        QStringLiteral("(m.stop_id = :key OR m.id IN (SELECT meeting_id FROM meeting_people "
                       "WHERE person_id = :key))"),
        id);
}

Status MeetingRepository::insert(const Meeting& m)
{
    if (Status s = validate(m); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO meetings (id, trip_id, stop_id, title, time_zone, start_local, "
                           "end_local, place, purpose, notes, seating_layout) VALUES (:id, :trip_id, :stop_id, :title, "
                           ":time_zone, :start_local, :end_local, :place, :purpose, :notes, :seating_layout)"));
        bindMeeting(q, m);
        if (Status s = q.exec(); !s) {
            return s;
        }
        if (Status s = writePeople(m_db, m); !s) {
            return s;
        }
        return writeSeats(m_db, kMeetingSeats, m.id, m.seating);
    });
}

Status MeetingRepository::update(const Meeting& m)
{
    if (Status s = validate(m); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE meetings SET trip_id = :trip_id, stop_id = :stop_id, title = :title, "
                           "time_zone = :time_zone, start_local = :start_local, end_local = :end_local, "
                           "place = :place, purpose = :purpose, notes = :notes, seating_layout = :seating_layout "
                           "WHERE id = :id"));
        bindMeeting(q, m);
        if (Status s = q.exec(); !s) {
            return s;
        }
        if (Status s = requireRow(q, StorageText::tr("meeting"), m.id); !s) {
            return s;
        }
        if (Status s = writePeople(m_db, m); !s) {
            return s;
        }
        return writeSeats(m_db, kMeetingSeats, m.id, m.seating);
    });
}

Status MeetingRepository::remove(const Uuid& id)
{
    return m_db.transaction([&]() -> Status {
        auto users = describeUsers(m_db,
            { { StorageText::tr("MOU"),
                QStringLiteral("SELECT title FROM mous WHERE signed_at_meeting_id = :id "
                               "ORDER BY title") } },
            id);
        if (!users.ok()) {
            return users.error();
        }
        if (!users->isEmpty()) {
            auto meeting = get(id);
            return inUse(
                meeting.ok() ? StorageText::tr("The meeting '%1'").arg(meeting->title) : StorageText::tr("The meeting"),
                *users);
        }
        return deleteById(m_db, QStringLiteral("meetings"), id, StorageText::tr("meeting"));
    });
}

}  // namespace planner
