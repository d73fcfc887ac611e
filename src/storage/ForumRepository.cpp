#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "storage/RepositorySupport.h"

#include <algorithm>

namespace planner {

using namespace storage;

namespace {

const QString kForumColumns = QStringLiteral(
    "f.id, f.trip_id, f.stop_id, f.venue_id, f.title, f.time_zone, f.start_local, f.end_local, f.description, "
    "f.seating_layout");
const QString kSessionColumns = QStringLiteral(
    "s.id, s.forum_id, s.time_zone, s.start_local, s.end_local, s.kind, s.title, s.presenting_organisation_id, "
    "s.room, s.notes");

Forum readForum(const SqlQuery& q)
{
    Forum f;
    f.id = q.text(0);
    f.tripId = q.text(1);
    f.stopId = q.text(2);
    f.venueId = q.text(3);
    f.title = q.text(4);
    f.start = q.planned(6, 5);
    f.end = q.planned(7, 5);
    f.description = q.text(8);
    f.seating = seatingPlan(q.text(9), {});
    return f;
}

AgendaSession readSession(const SqlQuery& q)
{
    AgendaSession s;
    s.id = q.text(0);
    s.forumId = q.text(1);
    s.start = q.planned(3, 2);
    s.end = q.planned(4, 2);
    s.kind = fromToken<SessionKind>(q.text(5)).value_or(SessionKind::Presentation);
    s.title = q.text(6);
    s.presentingOrganisationId = q.text(7);
    s.room = q.text(8);
    s.notes = q.text(9);
    return s;
}

/// Sessions chosen by a condition on agenda_sessions (alias s) bound to :key,
/// with their speakers: two queries.
Result<std::vector<AgendaSession>> selectSessions(Database& db, const QString& where, const Uuid& key)
{
    SqlQuery q(db,
        QStringLiteral("SELECT %1 FROM agenda_sessions s WHERE %2 ORDER BY s.forum_id, s.start_local, "
                       "s.end_local, s.id")
            .arg(kSessionColumns, where));
    q.bind(QStringLiteral(":key"), key);
    if (Status st = q.exec(); !st) {
        return st.error();
    }
    std::vector<AgendaSession> sessions;
    while (q.next()) {
        sessions.push_back(readSession(q));
    }
    SqlQuery sp(db,
        QStringLiteral("SELECT sp.session_id, sp.person_id, sp.role FROM session_speakers sp "
                       "JOIN agenda_sessions s ON s.id = sp.session_id WHERE %1 "
                       "ORDER BY sp.session_id, sp.position")
            .arg(where));
    sp.bind(QStringLiteral(":key"), key);
    if (Status st = sp.exec(); !st) {
        return st.error();
    }
    ChildMap<SessionSpeaker> speakers;
    while (sp.next()) {
        speakers[sp.text(0)].push_back(
            { sp.text(1), fromToken<SpeakerRole>(sp.text(2)).value_or(SpeakerRole::Speaker) });
    }
    for (AgendaSession& s : sessions) {
        s.speakers = speakers.value(s.id);
    }
    return sessions;
}

/// Forums chosen by a condition on forums (alias f) bound to :key, each with
/// hosts and sessions with speakers: four queries whatever the count.
Result<std::vector<Forum>> selectForums(Database& db, const QString& where, const Uuid& key)
{
    const auto run = [&](const QString& sql, const std::function<void(const SqlQuery&)>& row) -> Status {
        SqlQuery q(db, sql);
        if (!key.isNull()) {
            q.bind(QStringLiteral(":key"), key);
        }
        if (Status s = q.exec(); !s) {
            return s;
        }
        while (q.next()) {
            row(q);
        }
        return {};
    };
    std::vector<Forum> forums;
    if (Status s = run(QStringLiteral("SELECT %1 FROM forums f WHERE %2").arg(kForumColumns, where),
            [&](const SqlQuery& q) { forums.push_back(readForum(q)); });
        !s) {
        return s.error();
    }
    ChildMap<ForumHost> hosts;
    if (Status s = run(QStringLiteral("SELECT h.forum_id, h.organisation_id, h.role FROM forum_hosts h "
                                      "JOIN forums f ON f.id = h.forum_id WHERE %1 ORDER BY h.forum_id, h.position")
                           .arg(where),
            [&](const SqlQuery& q) {
                hosts[q.text(0)].push_back({ q.text(1), fromToken<HostRole>(q.text(2)).value_or(HostRole::Host) });
            });
        !s) {
        return s.error();
    }
    // Sessions and speakers are put in order here, not by ORDER BY: SQLite
    // would sort every column of a summit's 25,000 rows in a temporary tree.
    ChildMap<AgendaSession> sessions;
    if (Status s = run(QStringLiteral("SELECT %1 FROM agenda_sessions s JOIN forums f ON f.id = s.forum_id WHERE %2")
                           .arg(kSessionColumns, where),
            [&](const SqlQuery& q) {
                AgendaSession session = readSession(q);
                sessions[session.forumId].push_back(std::move(session));
            });
        !s) {
        return s.error();
    }
    ChildMap<std::pair<int, SessionSpeaker>> speakers;  ///< with their positions
    if (Status s
        = run(QStringLiteral("SELECT sp.session_id, sp.person_id, sp.role, sp.position FROM session_speakers sp "
                             "JOIN agenda_sessions s ON s.id = sp.session_id "
                             "JOIN forums f ON f.id = s.forum_id WHERE %1")
                  .arg(where),
            [&](const SqlQuery& q) {
                speakers[q.text(0)].push_back(
                    { q.integer(3), { q.text(1), fromToken<SpeakerRole>(q.text(2)).value_or(SpeakerRole::Speaker) } });
            });
        !s) {
        return s.error();
    }
    auto seats = readSeats(db, kForumSeats, where, key);
    if (!seats.ok()) {
        return seats.error();
    }
    for (Forum& f : forums) {
        f.hosts = hosts.value(f.id);
        if (f.seating) {
            f.seating->seats = seats->value(f.id);
        }
        f.sessions = sessions.take(f.id);
        std::sort(f.sessions.begin(), f.sessions.end(), inAgendaOrder);
        for (AgendaSession& s : f.sessions) {
            std::vector<std::pair<int, SessionSpeaker>> listed = speakers.take(s.id);
            std::sort(listed.begin(), listed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            s.speakers.reserve(listed.size());
            for (auto& [position, speaker] : listed) {
                s.speakers.push_back(std::move(speaker));
            }
        }
    }
    sortByInstant(forums, [](const Forum& f) { return f.start; });
    return forums;
}

Status writeHosts(Database& db, const Forum& f)
{
    SqlQuery clear(db, QStringLiteral("DELETE FROM forum_hosts WHERE forum_id = :id"));
    clear.bind(QStringLiteral(":id"), f.id);
    if (Status s = clear.exec(); !s) {
        return s;
    }
    int position = 0;
    for (const ForumHost& h : f.hosts) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO forum_hosts (forum_id, organisation_id, role, position) "
                           "VALUES (:forum, :org, :role, :position)"));
        q.bind(QStringLiteral(":forum"), f.id)
            .bind(QStringLiteral(":org"), h.organisationId)
            .bindText(QStringLiteral(":role"), token(h.role))
            .bind(QStringLiteral(":position"), position++);
        if (Status s = q.exec(); !s) {
            return s;
        }
    }
    return {};
}

/// Writes the speakers of a session; `fresh`: the session was just inserted
/// and has none to take away.
Status writeSpeakers(Database& db, const AgendaSession& session, bool fresh = false)
{
    if (!fresh) {
        SqlQuery clear(db, QStringLiteral("DELETE FROM session_speakers WHERE session_id = :id"));
        clear.bind(QStringLiteral(":id"), session.id);
        if (Status s = clear.exec(); !s) {
            return s;
        }
    }
    int position = 0;
    for (const SessionSpeaker& sp : session.speakers) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO session_speakers (session_id, person_id, role, position) "
                           "VALUES (:session, :person, :role, :position)"));
        q.bind(QStringLiteral(":session"), session.id)
            .bind(QStringLiteral(":person"), sp.personId)
            .bindText(QStringLiteral(":role"), token(sp.role))
            .bind(QStringLiteral(":position"), position++);
        if (Status s = q.exec(); !s) {
            return s;
        }
    }
    return {};
}

void bindForum(SqlQuery& q, const Forum& f)
{
    q.bind(QStringLiteral(":id"), f.id)
        .bind(QStringLiteral(":trip_id"), f.tripId)
        .bind(QStringLiteral(":stop_id"), f.stopId)
        .bindRef(QStringLiteral(":venue_id"), f.venueId)
        .bindText(QStringLiteral(":title"), f.title)
        .bindText(QStringLiteral(":time_zone"), f.start.zone())
        .bindLocal(QStringLiteral(":start_local"), f.start)
        .bindLocal(QStringLiteral(":end_local"), f.end)
        .bindText(QStringLiteral(":description"), f.description)
        .bind(QStringLiteral(":seating_layout"), layoutColumn(f.seating));
}

void bindSession(SqlQuery& q, const AgendaSession& s)
{
    q.bind(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":forum_id"), s.forumId)
        .bindText(QStringLiteral(":time_zone"), s.start.zone())
        .bindLocal(QStringLiteral(":start_local"), s.start)
        .bindLocal(QStringLiteral(":end_local"), s.end)
        .bindText(QStringLiteral(":kind"), token(s.kind))
        .bindText(QStringLiteral(":title"), s.title)
        .bindRef(QStringLiteral(":presenting_organisation_id"), s.presentingOrganisationId)
        .bindText(QStringLiteral(":room"), s.room)
        .bindText(QStringLiteral(":notes"), s.notes);
}

/// A session's times are in its forum's zone.
Status zoneMismatch(const QString& forumZone, const AgendaSession& s)
{
    return makeError(
        StorageText::tr("a session's times are in its forum's time zone %1, not %2").arg(forumZone, s.start.zone()),
        QStringLiteral("start"));
}

Status checkSessionZone(Database& db, const AgendaSession& s)
{
    SqlQuery q(db, QStringLiteral("SELECT time_zone FROM forums WHERE id = :id"));
    q.bind(QStringLiteral(":id"), s.forumId);
    if (Status st = q.exec(); !st) {
        return st;
    }
    if (!q.next()) {
        return makeError(StorageText::tr("the session's forum does not exist"), QStringLiteral("forum"));
    }
    if (q.text(0) != s.start.zone()) {
        return zoneMismatch(q.text(0), s);
    }
    return {};
}

/// Inserts a session with its speakers. With the forum at hand (a forum
/// written with its sessions), its zone is compared here instead of read back.
Status insertSessionRow(Database& db, const AgendaSession& s, const Forum* forum = nullptr)
{
    if (Status st = validate(s); !st) {
        return st;
    }
    if (forum != nullptr) {
        if (forum->start.zone() != s.start.zone()) {
            return zoneMismatch(forum->start.zone(), s);
        }
    } else if (Status st = checkSessionZone(db, s); !st) {
        return st;
    }
    SqlQuery q(db,
        QStringLiteral("INSERT INTO agenda_sessions (id, forum_id, time_zone, start_local, end_local, kind, "
                       "title, presenting_organisation_id, room, notes) VALUES (:id, :forum_id, :time_zone, "
                       ":start_local, :end_local, :kind, :title, :presenting_organisation_id, :room, :notes)"));
    bindSession(q, s);
    if (Status st = q.exec(); !st) {
        return st;
    }
    return writeSpeakers(db, s, true);
}

}  // namespace

Result<std::vector<Forum>> ForumRepository::list(const Uuid& tripId) const
{
    if (tripId.isEmpty()) {
        return selectForums(m_db, QStringLiteral("1 = 1"), QString());
    }
    return selectForums(m_db, QStringLiteral("f.trip_id = :key"), tripId);
}

Result<Forum> ForumRepository::get(const Uuid& id) const
{
    auto found = selectForums(m_db, QStringLiteral("f.id = :key"), id);
    if (!found.ok()) {
        return found.error();
    }
    if (found->empty()) {
        return makeError(StorageText::tr("there is no forum with id %1").arg(id));
    }
    return found->front();
}

Status ForumRepository::insert(const Forum& f)
{
    if (Status s = validate(f); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("INSERT INTO forums (id, trip_id, stop_id, venue_id, title, time_zone, "
                           "start_local, end_local, description, seating_layout) VALUES (:id, :trip_id, :stop_id, "
                           ":venue_id, :title, :time_zone, :start_local, :end_local, :description, :seating_layout)"));
        bindForum(q, f);
        if (Status s = q.exec(); !s) {
            return s;
        }
        if (Status s = writeHosts(m_db, f); !s) {
            return s;
        }
        if (Status s = writeSeats(m_db, kForumSeats, f.id, f.seating); !s) {
            return s;
        }
        for (AgendaSession session : f.sessions) {
            session.forumId = f.id;
            if (Status s = insertSessionRow(m_db, session, &f); !s) {
                return makeError(s.error().message, StorageText::tr("session '%1'").arg(session.title));
            }
        }
        return {};
    });
}

Status ForumRepository::update(const Forum& f)
{
    if (Status s = validate(f); !s) {
        return s;
    }
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db,
            QStringLiteral("UPDATE forums SET trip_id = :trip_id, stop_id = :stop_id, venue_id = :venue_id, "
                           "title = :title, time_zone = :time_zone, start_local = :start_local, "
                           "end_local = :end_local, description = :description, seating_layout = :seating_layout "
                           "WHERE id = :id"));
        bindForum(q, f);
        if (Status s = q.exec(); !s) {
            return s;
        }
        if (Status s = requireRow(q, StorageText::tr("forum"), f.id); !s) {
            return s;
        }
        auto mismatched = countOf(m_db,
            QStringLiteral("SELECT COUNT(*) FROM agenda_sessions s JOIN forums f "
                           "ON f.id = s.forum_id WHERE f.id = :id AND s.time_zone <> f.time_zone"),
            f.id);
        if (!mismatched.ok()) {
            return mismatched.error();
        }
        if (*mismatched > 0) {
            return makeError(
                StorageText::tr("the forum has sessions in another time zone; move it to a stop in the same zone "
                                "or change the sessions first"),
                QStringLiteral("start"));
        }
        if (Status s = writeHosts(m_db, f); !s) {
            return s;
        }
        return writeSeats(m_db, kForumSeats, f.id, f.seating);
    });
}

Status ForumRepository::remove(const Uuid& id)
{
    return m_db.transaction([&]() -> Status {
        auto users = describeUsers(m_db,
            { { StorageText::tr("MOU"),
                QStringLiteral("SELECT title FROM mous WHERE signed_at_forum_id = :id "
                               "ORDER BY title") } },
            id);
        if (!users.ok()) {
            return users.error();
        }
        if (!users->isEmpty()) {
            auto forum = get(id);
            return inUse(
                forum.ok() ? StorageText::tr("The forum '%1'").arg(forum->title) : StorageText::tr("The forum"),
                *users);
        }
        return deleteById(m_db, QStringLiteral("forums"), id, StorageText::tr("forum"));
    });
}

Result<AgendaSession> ForumRepository::getSession(const Uuid& id) const
{
    auto found = selectSessions(m_db, QStringLiteral("s.id = :key"), id);
    if (!found.ok()) {
        return found.error();
    }
    if (found->empty()) {
        return makeError(StorageText::tr("there is no session with id %1").arg(id));
    }
    return found->front();
}

Result<std::vector<Forum>> ForumRepository::referencing(const Uuid& id) const
{
    return selectForums(m_db,
        QStringLiteral("(f.stop_id = :key OR f.venue_id = :key OR f.id IN "
                       "(SELECT forum_id FROM forum_hosts WHERE organisation_id = :key))"),
        id);
}

Result<std::vector<AgendaSession>> ForumRepository::sessionsReferencing(const Uuid& id) const
{
    return selectSessions(m_db,
        QStringLiteral("(s.presenting_organisation_id = :key OR s.id IN "
                       "(SELECT session_id FROM session_speakers WHERE person_id = :key))"),
        id);
}

Status ForumRepository::insertSession(const AgendaSession& s)
{
    return m_db.transaction([&]() { return insertSessionRow(m_db, s); });
}

Status ForumRepository::updateSession(const AgendaSession& s)
{
    if (Status st = validate(s); !st) {
        return st;
    }
    return m_db.transaction([&]() -> Status {
        if (Status st = checkSessionZone(m_db, s); !st) {
            return st;
        }
        SqlQuery q(m_db,
            QStringLiteral("UPDATE agenda_sessions SET forum_id = :forum_id, time_zone = :time_zone, "
                           "start_local = :start_local, end_local = :end_local, kind = :kind, "
                           "title = :title, presenting_organisation_id = :presenting_organisation_id, "
                           "room = :room, notes = :notes WHERE id = :id"));
        bindSession(q, s);
        if (Status st = q.exec(); !st) {
            return st;
        }
        if (Status st = requireRow(q, StorageText::tr("session"), s.id); !st) {
            return st;
        }
        return writeSpeakers(m_db, s);
    });
}

Status ForumRepository::removeSession(const Uuid& id)
{
    return m_db.transaction([&]() -> Status {
        return deleteById(m_db, QStringLiteral("agenda_sessions"), id, StorageText::tr("session"));
    });
}

}  // namespace planner
