#include "storage/Schema.h"

// Portable SQL: standard types (TEXT, INTEGER), UUID text keys, standard
// constraints. Times are stored as the local wall-clock time of the place
// ("2016-08-17T09:30") next to the IANA zone; UTC is derived, never stored.
// References that must block a deletion use the default NO ACTION (checked
// at the end of each statement, so a cascade through a trip still works);
// the repositories check first to name what blocks.

namespace planner::schema {

namespace {

QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    local_name TEXT NOT NULL DEFAULT '',
    abbreviation TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('ministry', 'agency', 'archive', 'university', 'venue-operator', 'other')),
    notes TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX organisations_by_name ON organisations (name)"),

        QStringLiteral(R"(CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    family_name TEXT NOT NULL CHECK (family_name <> ''),
    given_name TEXT NOT NULL DEFAULT '',
    local_name TEXT NOT NULL DEFAULT '',
    honorific TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    organisation_id TEXT REFERENCES organisations (id),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT 'unspecified' CHECK (sex IN ('unspecified', 'female', 'male', 'other')),
    date_of_birth TEXT,
    nationality TEXT NOT NULL DEFAULT '',
    passport_number TEXT NOT NULL DEFAULT '',
    passport_expiry TEXT,
    notes TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX people_by_name ON people (family_name, given_name)"),
        QStringLiteral("CREATE INDEX people_by_organisation ON people (organisation_id)"),

        QStringLiteral(R"(CREATE TABLE venues (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX venues_by_name ON venues (name)"),
        QStringLiteral(R"(CREATE TABLE venue_rooms (
    venue_id TEXT NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (name <> ''),
    PRIMARY KEY (venue_id, position)
))"),

        QStringLiteral(R"(CREATE TABLE trips (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL CHECK (title <> ''),
    purpose TEXT NOT NULL DEFAULT '',
    home_zone TEXT NOT NULL CHECK (home_zone <> ''),
    start_date TEXT,
    end_date TEXT,
    lead_organisation_id TEXT REFERENCES organisations (id),
    delegation_name TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
))"),
        QStringLiteral("CREATE INDEX trips_by_start ON trips (start_date, title)"),
        QStringLiteral("CREATE INDEX trips_by_lead_organisation ON trips (lead_organisation_id)"),

        QStringLiteral(R"(CREATE TABLE delegation_members (
    id TEXT PRIMARY KEY NOT NULL,
    trip_id TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id),
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('head', 'deputy-head', 'member', 'adviser', 'interpreter',
                                                        'secretariat', 'press', 'security')),
    precedence INTEGER NOT NULL CHECK (precedence >= 1),
    UNIQUE (trip_id, precedence),
    UNIQUE (trip_id, person_id)
))"),
        QStringLiteral("CREATE INDEX delegation_members_by_person ON delegation_members (person_id)"),

        QStringLiteral(R"(CREATE TABLE stops (
    id TEXT PRIMARY KEY NOT NULL,
    trip_id TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    city TEXT NOT NULL CHECK (city <> ''),
    country TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL CHECK (time_zone <> ''),
    arrival_local TEXT NOT NULL,
    departure_local TEXT NOT NULL,
    lodging TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    CHECK (departure_local > arrival_local)
))"),
        QStringLiteral("CREATE INDEX stops_by_trip ON stops (trip_id, arrival_local)"),

        QStringLiteral(R"(CREATE TABLE travel_legs (
    id TEXT PRIMARY KEY NOT NULL,
    trip_id TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    from_stop_id TEXT REFERENCES stops (id),
    to_stop_id TEXT REFERENCES stops (id),
    from_place TEXT NOT NULL DEFAULT '',
    to_place TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '',
    flight_number TEXT NOT NULL DEFAULT '',
    departure_local TEXT NOT NULL,
    departure_zone TEXT NOT NULL CHECK (departure_zone <> ''),
    arrival_local TEXT NOT NULL,
    arrival_zone TEXT NOT NULL CHECK (arrival_zone <> ''),
    notes TEXT NOT NULL DEFAULT '',
    CHECK (from_stop_id IS NULL OR to_stop_id IS NULL OR from_stop_id <> to_stop_id)
))"),
        QStringLiteral("CREATE INDEX travel_legs_by_trip ON travel_legs (trip_id, departure_local)"),
        QStringLiteral("CREATE INDEX travel_legs_by_from_stop ON travel_legs (from_stop_id)"),
        QStringLiteral("CREATE INDEX travel_legs_by_to_stop ON travel_legs (to_stop_id)"),
        QStringLiteral(R"(CREATE TABLE travel_leg_passengers (
    leg_id TEXT NOT NULL REFERENCES travel_legs (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (leg_id, person_id)
))"),
        QStringLiteral("CREATE INDEX travel_leg_passengers_by_person ON travel_leg_passengers (person_id)"),

        QStringLiteral(R"(CREATE TABLE forums (
    id TEXT PRIMARY KEY NOT NULL,
    trip_id TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    stop_id TEXT NOT NULL REFERENCES stops (id),
    venue_id TEXT REFERENCES venues (id),
    title TEXT NOT NULL CHECK (title <> ''),
    time_zone TEXT NOT NULL CHECK (time_zone <> ''),
    start_local TEXT NOT NULL,
    end_local TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    CHECK (end_local > start_local)
))"),
        QStringLiteral("CREATE INDEX forums_by_trip ON forums (trip_id, start_local)"),
        QStringLiteral("CREATE INDEX forums_by_stop ON forums (stop_id)"),
        QStringLiteral("CREATE INDEX forums_by_venue ON forums (venue_id)"),
        QStringLiteral(R"(CREATE TABLE forum_hosts (
    forum_id TEXT NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL CHECK (role IN ('host', 'co-host')),
    position INTEGER NOT NULL,
    PRIMARY KEY (forum_id, organisation_id)
))"),
        QStringLiteral("CREATE INDEX forum_hosts_by_organisation ON forum_hosts (organisation_id)"),

        QStringLiteral(R"(CREATE TABLE agenda_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    forum_id TEXT NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    time_zone TEXT NOT NULL CHECK (time_zone <> ''),
    start_local TEXT NOT NULL,
    end_local TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('opening', 'keynote', 'presentation', 'panel', 'signing-ceremony', 'break',
                                       'meal', 'closing')),
    title TEXT NOT NULL CHECK (title <> ''),
    presenting_organisation_id TEXT REFERENCES organisations (id),
    room TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    CHECK (end_local > start_local)
))"),
        QStringLiteral("CREATE INDEX agenda_sessions_by_forum ON agenda_sessions (forum_id, start_local)"),
        QStringLiteral("CREATE INDEX agenda_sessions_by_organisation ON agenda_sessions (presenting_organisation_id)"),
        QStringLiteral(R"(CREATE TABLE session_speakers (
    session_id TEXT NOT NULL REFERENCES agenda_sessions (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id),
    role TEXT NOT NULL CHECK (role IN ('speaker', 'moderator', 'panellist')),
    position INTEGER NOT NULL,
    PRIMARY KEY (session_id, person_id)
))"),
        QStringLiteral("CREATE INDEX session_speakers_by_person ON session_speakers (person_id)"),

        QStringLiteral(R"(CREATE TABLE meetings (
    id TEXT PRIMARY KEY NOT NULL,
    trip_id TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    stop_id TEXT NOT NULL REFERENCES stops (id),
    title TEXT NOT NULL CHECK (title <> ''),
    time_zone TEXT NOT NULL CHECK (time_zone <> ''),
    start_local TEXT NOT NULL,
    end_local TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    CHECK (end_local > start_local)
))"),
        QStringLiteral("CREATE INDEX meetings_by_trip ON meetings (trip_id, start_local)"),
        QStringLiteral("CREATE INDEX meetings_by_stop ON meetings (stop_id)"),
        QStringLiteral(R"(CREATE TABLE meeting_people (
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id),
    side TEXT NOT NULL CHECK (side IN ('counterpart', 'participant')),
    position INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
))"),
        QStringLiteral("CREATE INDEX meeting_people_by_person ON meeting_people (person_id)"),

        QStringLiteral(R"(CREATE TABLE mous (
    id TEXT PRIMARY KEY NOT NULL,
    trip_id TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (title <> ''),
    subject TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed', 'signed')),
    signed_at_forum_id TEXT REFERENCES forums (id),
    signed_at_meeting_id TEXT REFERENCES meetings (id),
    signed_local TEXT,
    signed_zone TEXT,
    notes TEXT NOT NULL DEFAULT '',
    CHECK (signed_at_forum_id IS NULL OR signed_at_meeting_id IS NULL),
    CHECK ((signed_local IS NULL AND signed_zone IS NULL) OR (signed_local IS NOT NULL AND signed_zone IS NOT NULL))
))"),
        QStringLiteral("CREATE INDEX mous_by_trip ON mous (trip_id, title)"),
        QStringLiteral("CREATE INDEX mous_by_forum ON mous (signed_at_forum_id)"),
        QStringLiteral("CREATE INDEX mous_by_meeting ON mous (signed_at_meeting_id)"),
        QStringLiteral(R"(CREATE TABLE mou_parties (
    mou_id TEXT NOT NULL REFERENCES mous (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    signatory_id TEXT REFERENCES people (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (mou_id, organisation_id)
))"),
        QStringLiteral("CREATE INDEX mou_parties_by_organisation ON mou_parties (organisation_id)"),
        QStringLiteral("CREATE INDEX mou_parties_by_signatory ON mou_parties (signatory_id)"),
    };
}

// Version 2: per-trip settings (the arrival buffer and passport validity of
// the planning checks, remembered roster columns), kept apart from the trip
// document's data.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE trip_settings (
    trip_id TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    value TEXT NOT NULL,
    PRIMARY KEY (trip_id, name)
))"),
    };
}

// Version 3: acknowledged planning-check findings. A finding is identified by
// its fingerprint (rule and the content of the records involved), so an
// acknowledgement stops matching as soon as one of those records changes.
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE acknowledged_findings (
    trip_id TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    rule_id TEXT NOT NULL CHECK (rule_id <> ''),
    fingerprint TEXT NOT NULL CHECK (fingerprint <> ''),
    reason TEXT NOT NULL CHECK (reason <> ''),
    acknowledged_at TEXT NOT NULL,
    PRIMARY KEY (trip_id, fingerprint)
))"),
    };
}

// Version 4: seating plans of meetings and of forums' head tables. A plan's
// layout is on its meeting or forum (NULL: no plan); its seats in their own
// table, each belonging to exactly one meeting or forum.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE meetings ADD COLUMN seating_layout TEXT"),
        QStringLiteral("ALTER TABLE forums ADD COLUMN seating_layout TEXT"),
        QStringLiteral(R"(CREATE TABLE seats (
    meeting_id TEXT REFERENCES meetings (id) ON DELETE CASCADE,
    forum_id TEXT REFERENCES forums (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('delegation', 'host')),
    seat_row INTEGER NOT NULL CHECK (seat_row >= 0),
    place INTEGER NOT NULL,
    position INTEGER NOT NULL,
    CHECK ((meeting_id IS NULL) <> (forum_id IS NULL))
))"),
        QStringLiteral("CREATE INDEX seats_by_meeting ON seats (meeting_id, position)"),
        QStringLiteral("CREATE INDEX seats_by_forum ON seats (forum_id, position)"),
        QStringLiteral("CREATE INDEX seats_by_person ON seats (person_id)"),
    };
}

}  // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all {
        { 1, "organisations, people, venues, trips, delegations, stops, legs, forums, sessions, meetings, MOUs",
            version1() },
        { 2, "per-trip settings", version2() },
        { 3, "acknowledged planning-check findings", version3() },
        { 4, "seating plans of meetings and forums", version4() },
    };
    return all;
}

QStringList expectedTables()
{
    return { QStringLiteral("organisations"), QStringLiteral("people"), QStringLiteral("venues"),
        QStringLiteral("venue_rooms"), QStringLiteral("trips"), QStringLiteral("delegation_members"),
        QStringLiteral("stops"), QStringLiteral("travel_legs"), QStringLiteral("travel_leg_passengers"),
        QStringLiteral("forums"), QStringLiteral("forum_hosts"), QStringLiteral("agenda_sessions"),
        QStringLiteral("session_speakers"), QStringLiteral("meetings"), QStringLiteral("meeting_people"),
        QStringLiteral("mous"), QStringLiteral("mou_parties"), QStringLiteral("trip_settings"),
        QStringLiteral("acknowledged_findings"), QStringLiteral("seats") };
}

}  // namespace planner::schema
