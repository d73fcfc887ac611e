#include "domain/Countries.h"
#include "services/TripDocument.h"
#include "services/TripDocumentJson.h"

#include <QRegularExpression>

#include <algorithm>
#include <exception>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

// The reader validates in two passes over the parsed JSON: the first reads
// every object in document order (types, required and unknown fields, ids,
// tokens, dates, times, per-record rules) and records references; the second
// resolves the references and checks the rules that span collections.

namespace planner {

namespace tripdoc {

namespace {

QString kindName(RecordKind k)
{
    switch (k) {
    case RecordKind::Trip: return QCoreApplication::translate("planner::TripDocument", "the trip");
    case RecordKind::Organisation: return QCoreApplication::translate("planner::TripDocument", "organisation");
    case RecordKind::Person: return QCoreApplication::translate("planner::TripDocument", "person");
    case RecordKind::Venue: return QCoreApplication::translate("planner::TripDocument", "venue");
    case RecordKind::Member: return QCoreApplication::translate("planner::TripDocument", "delegation member");
    case RecordKind::Stop: return QCoreApplication::translate("planner::TripDocument", "stop");
    case RecordKind::Leg: return QCoreApplication::translate("planner::TripDocument", "travel leg");
    case RecordKind::Forum: return QCoreApplication::translate("planner::TripDocument", "forum");
    case RecordKind::Session: return QCoreApplication::translate("planner::TripDocument", "agenda session");
    case RecordKind::Meeting: return QCoreApplication::translate("planner::TripDocument", "meeting");
    case RecordKind::Mou: return QCoreApplication::translate("planner::TripDocument", "MOU");
    }
    return {};
}

QString collectionPath(RecordKind k)
{
    switch (k) {
    case RecordKind::Trip: return QStringLiteral("$.trip");
    case RecordKind::Organisation: return QStringLiteral("$.organisations");
    case RecordKind::Person: return QStringLiteral("$.people");
    case RecordKind::Venue: return QStringLiteral("$.venues");
    case RecordKind::Member: return QStringLiteral("$.delegation");
    case RecordKind::Stop: return QStringLiteral("$.stops");
    case RecordKind::Leg: return QStringLiteral("$.travelLegs");
    case RecordKind::Forum: return QStringLiteral("$.forums");
    case RecordKind::Session: return QStringLiteral("$.forums[].sessions");
    case RecordKind::Meeting: return QStringLiteral("$.meetings");
    case RecordKind::Mou: return QStringLiteral("$.mous");
    }
    return {};
}

class DocumentReader {
public:
    TripBundle read(const Json& root)
    {
        if (!root.is_object()) {
            wrongType(QStringLiteral("$"), QCoreApplication::translate("planner::TripDocument", "an object"), root);
        }
        checkFormatAndVersion(root);
        const Object top(root, QStringLiteral("$"),
            { "format", "version", "trip", "organisations", "people", "venues", "delegation", "stops", "travelLegs",
                "forums", "meetings", "mous" });
        TripBundle b;
        b.trip = readTrip(top["trip"], top.path("trip"));
        b.organisations = readAll<Organisation>(top, "organisations", &DocumentReader::readOrganisation);
        b.people = readAll<Person>(top, "people", &DocumentReader::readPerson);
        b.venues = readAll<Venue>(top, "venues", &DocumentReader::readVenue);
        b.members = readAll<DelegationMember>(top, "delegation", &DocumentReader::readMember);
        b.stops = readAll<Stop>(top, "stops", &DocumentReader::readStop);
        b.legs = readAll<TravelLeg>(top, "travelLegs", &DocumentReader::readLeg);
        b.forums = readAll<Forum>(top, "forums", &DocumentReader::readForum);
        b.meetings = readAll<Meeting>(top, "meetings", &DocumentReader::readMeeting);
        b.mous = readAll<Mou>(top, "mous", &DocumentReader::readMou);
        resolveReferences();
        checkForumZones();
        return b;
    }

private:
    struct Known {
        RecordKind kind;
        Where where;
    };
    struct Reference {
        Where where;
        Uuid id;
        RecordKind kind;
    };

    static void checkFormatAndVersion(const Json& root)
    {
        const QString formatName = qs(TripDocument::kFormatName);
        if (!root.contains("format")) {
            fail(QStringLiteral("$"),
                QCoreApplication::translate("planner::TripDocument",
                    "missing field 'format': this is not a Delegation Planner trip document (expected \"format\": "
                    "\"%1\")")
                    .arg(formatName));
        }
        const QString format = readString(root.at("format"), QStringLiteral("$.format"));
        if (format != formatName) {
            fail(QStringLiteral("$.format"),
                QCoreApplication::translate(
                    "planner::TripDocument", "'%1' is not a Delegation Planner trip document (expected \"%2\")")
                    .arg(format, formatName));
        }
        if (!root.contains("version")) {
            fail(QStringLiteral("$"), QCoreApplication::translate("planner::TripDocument", "missing field 'version'"));
        }
        const Json& version = root.at("version");
        if (!version.is_number_integer()) {
            wrongType(QStringLiteral("$.version"),
                QCoreApplication::translate("planner::TripDocument", "a whole number"), version);
        }
        // Non-negative JSON integers are parsed as unsigned.
        const bool unsignedValue = version.is_number_unsigned();
        const auto expected = static_cast<std::uint64_t>(TripDocument::kVersion);
        const auto oldest = static_cast<std::uint64_t>(TripDocument::kOldestVersion);
        const bool same
            = unsignedValue && version.get<std::uint64_t>() >= oldest && version.get<std::uint64_t>() <= expected;
        const bool newer = unsignedValue && version.get<std::uint64_t>() > expected;
        if (!same) {
            const QString shown = QString::fromStdString(version.dump());
            fail(QStringLiteral("$.version"),
                newer ? QCoreApplication::translate("planner::TripDocument",
                    "unsupported format version %1 (this build reads version %2; a newer Delegation Planner "
                    "wrote this file)")
                            .arg(shown)
                            .arg(TripDocument::kVersion)
                      : QCoreApplication::translate(
                          "planner::TripDocument", "unsupported format version %1 (this build reads version %2)")
                            .arg(shown)
                            .arg(TripDocument::kVersion));
        }
    }

    template <typename T>
    std::vector<T> readAll(
        const Object& top, const char* key, T (DocumentReader::*readOne)(const Json&, const QString&))
    {
        const Json& a = top.array(key);
        std::vector<T> out;
        out.reserve(a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            out.push_back((this->*readOne)(a[i], element(top.path(key), i)));
        }
        return out;
    }

    Uuid defineId(const Object& o, RecordKind kind)
    {
        const Uuid id = o.uuid("id");
        const Where where = o.at("id");
        const auto [it, inserted] = m_ids.emplace(id, Known { kind, where });
        if (!inserted) {
            fail(where,
                QCoreApplication::translate("planner::TripDocument",
                    "duplicate id %1 (also at %2); every id must be unique in the whole document")
                    .arg(id, it->second.where.text()));
        }
        return id;
    }

    Uuid refer(const Object& o, const char* key, RecordKind kind)
    {
        const Uuid id = o.uuid(key);
        m_refs.push_back({ o.at(key), id, kind });
        return id;
    }

    Uuid referOptional(const Object& o, const char* key, RecordKind kind)
    {
        const Uuid id = o.optionalUuid(key);
        if (!id.isEmpty()) {
            m_refs.push_back({ o.at(key), id, kind });
        }
        return id;
    }

    /// An array of references; each id at most once.
    std::vector<Uuid> referList(const Object& o, const char* key, RecordKind kind)
    {
        const Json& a = o.array(key);
        std::vector<Uuid> out;
        out.reserve(a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            const Where where = o.at(key, static_cast<qsizetype>(i));
            const Uuid id = readUuid(a[i], where);
            if (std::find(out.begin(), out.end(), id) != out.end()) {
                fail(where,
                    QCoreApplication::translate("planner::TripDocument", "lists %1 %2 twice").arg(kindName(kind), id));
            }
            m_refs.push_back({ where, id, kind });
            out.push_back(id);
        }
        return out;
    }

    static void requireAfter(
        const PlannedTime& earlier, const PlannedTime& later, const Where& where, const QString& message)
    {
        if (compareInstants(earlier, later) != std::partial_ordering::less) {
            fail(where, message.arg(timeText(earlier), timeText(later)));
        }
    }

    Trip readTrip(const Json& j, const QString& path)
    {
        const Object o(j, path,
            { "id", "title", "purpose", "homeZone", "startDate", "endDate", "leadOrganisation", "delegationName",
                "notes" });
        Trip t;
        t.id = defineId(o, RecordKind::Trip);
        t.title = o.nonEmpty("title");
        t.purpose = o.string("purpose");
        t.homeZone = o.zone("homeZone");
        t.startDate = o.optionalDate("startDate");
        t.endDate = o.optionalDate("endDate");
        if (t.startDate.isValid() && t.endDate.isValid() && t.endDate < t.startDate) {
            fail(o.path("endDate"),
                QCoreApplication::translate("planner::TripDocument", "the trip ends (%1) before it starts (%2)")
                    .arg(t.endDate.toString(Qt::ISODate), t.startDate.toString(Qt::ISODate)));
        }
        t.leadOrganisationId = referOptional(o, "leadOrganisation", RecordKind::Organisation);
        t.delegationName = o.string("delegationName");
        t.notes = o.string("notes");
        m_tripId = t.id;
        return t;
    }

    Organisation readOrganisation(const Json& j, const QString& path)
    {
        const Object o(j, path, { "id", "name", "localName", "abbreviation", "country", "kind", "notes" });
        Organisation r;
        r.id = defineId(o, RecordKind::Organisation);
        r.name = o.nonEmpty("name");
        r.localName = o.string("localName");
        r.abbreviation = o.string("abbreviation");
        const auto country = Countries::system().countryCode(o.string("country"));
        if (!country.ok()) {
            fail(o.path("country"), country.error().text());
        }
        r.country = *country;
        r.kind = o.token<OrganisationKind>("kind");
        r.notes = o.string("notes");
        return r;
    }

    Person readPerson(const Json& j, const QString& path)
    {
        const Object o(j, path,
            { "id", "familyName", "givenName", "localName", "honorific", "position", "organisation", "email", "phone",
                "sex", "dateOfBirth", "nationality", "passportNumber", "passportExpiry", "notes" });
        Person r;
        r.id = defineId(o, RecordKind::Person);
        r.familyName = o.nonEmpty("familyName");
        r.givenName = o.string("givenName");
        r.localName = o.string("localName");
        r.honorific = o.string("honorific");
        r.position = o.string("position");
        r.organisationId = referOptional(o, "organisation", RecordKind::Organisation);
        r.email = o.string("email");
        r.phone = o.string("phone");
        r.sex = o.token<Sex>("sex");
        r.dateOfBirth = o.optionalDate("dateOfBirth");
        // Stored as the passport's alpha-3 code; an alpha-2 code is converted.
        const auto nationality = Countries::system().nationalityCode(o.string("nationality"));
        if (!nationality.ok()) {
            fail(o.path("nationality"), nationality.error().text());
        }
        r.nationality = *nationality;
        r.passportNumber = o.string("passportNumber");
        r.passportExpiry = o.optionalDate("passportExpiry");
        r.notes = o.string("notes");
        return r;
    }

    Venue readVenue(const Json& j, const QString& path)
    {
        const Object o(j, path, { "id", "name", "address", "city", "country", "rooms", "notes" });
        Venue r;
        r.id = defineId(o, RecordKind::Venue);
        r.name = o.nonEmpty("name");
        r.address = o.string("address");
        r.city = o.string("city");
        r.country = o.string("country");
        const Json& rooms = o.array("rooms");
        for (std::size_t i = 0; i < rooms.size(); ++i) {
            r.rooms << readString(rooms[i], element(o.path("rooms"), i));
        }
        r.notes = o.string("notes");
        return r;
    }

    DelegationMember readMember(const Json& j, const QString& path)
    {
        const Object o(j, path, { "id", "person", "role", "precedence" });
        DelegationMember r;
        r.id = defineId(o, RecordKind::Member);
        r.personId = refer(o, "person", RecordKind::Person);
        const auto [personIt, newPerson] = m_memberPeople.emplace(r.personId, o.path("person"));
        if (!newPerson) {
            fail(o.path("person"),
                QCoreApplication::translate("planner::TripDocument",
                    "person %1 is already in the delegation (at %2); a person is listed at most once")
                    .arg(r.personId, personIt->second));
        }
        r.role = o.token<MemberRole>("role");
        const Json& precedence = o["precedence"];
        if (!precedence.is_number_integer()) {
            wrongType(o.path("precedence"),
                QCoreApplication::translate("planner::TripDocument", "a whole number (1 = first in protocol order)"),
                precedence);
        }
        // Non-negative JSON integers are parsed as unsigned; negative ones are not.
        if (!precedence.is_number_unsigned() || precedence.get<std::uint64_t>() < 1
            || precedence.get<std::uint64_t>() > 1000000) {
            fail(o.path("precedence"),
                QCoreApplication::translate(
                    "planner::TripDocument", "precedence %1 is out of range (1 = first in protocol order)")
                    .arg(QString::fromStdString(precedence.dump())));
        }
        r.precedence = static_cast<int>(precedence.get<std::uint64_t>());
        const auto [precIt, newPrecedence] = m_precedences.emplace(r.precedence, o.path("precedence"));
        if (!newPrecedence) {
            fail(o.path("precedence"),
                QCoreApplication::translate(
                    "planner::TripDocument", "precedence %1 is also given at %2; each member needs a different place")
                    .arg(r.precedence)
                    .arg(precIt->second));
        }
        return r;
    }

    Stop readStop(const Json& j, const QString& path)
    {
        const Object o(j, path, { "id", "city", "country", "zone", "arrival", "departure", "lodging", "notes" });
        Stop r;
        r.id = defineId(o, RecordKind::Stop);
        r.tripId = m_tripId;
        r.city = o.nonEmpty("city");
        r.country = o.string("country");
        if (o.string("zone").trimmed().isEmpty()) {
            fail(o.path("zone"), QCoreApplication::translate("planner::TripDocument", "must not be empty"));
        }
        r.zone = o.zone("zone");
        r.arrival = o.time("arrival");
        r.departure = o.time("departure");
        for (const auto& [key, t] : { std::pair { "arrival", r.arrival }, std::pair { "departure", r.departure } }) {
            if (t.zone() != r.zone) {
                fail(o.path(key) + QStringLiteral(".zone"),
                    QCoreApplication::translate("planner::TripDocument",
                        "is %1, but the stop is in %2; a stop's arrival and departure are in its own zone")
                        .arg(t.zone(), r.zone));
            }
        }
        requireAfter(r.arrival, r.departure, o.at("departure"),
            QCoreApplication::translate(
                "planner::TripDocument", "the stop ends before it starts: departure %2 is not after arrival %1"));
        r.lodging = o.string("lodging");
        r.notes = o.string("notes");
        m_stopZones.emplace(r.id, r.zone);
        return r;
    }

    TravelLeg readLeg(const Json& j, const QString& path)
    {
        const Object o(j, path,
            { "id", "from", "to", "fromPlace", "toPlace", "carrier", "flightNumber", "departure", "arrival",
                "passengers", "notes" });
        TravelLeg r;
        r.id = defineId(o, RecordKind::Leg);
        r.tripId = m_tripId;
        r.fromStopId = referOptional(o, "from", RecordKind::Stop);
        r.toStopId = referOptional(o, "to", RecordKind::Stop);
        r.fromPlace = o.string("fromPlace");
        r.toPlace = o.string("toPlace");
        r.carrier = o.string("carrier");
        r.flightNumber = o.string("flightNumber");
        r.departure = o.time("departure");
        r.arrival = o.time("arrival");
        requireAfter(r.departure, r.arrival, o.at("arrival"),
            QCoreApplication::translate(
                "planner::TripDocument", "the leg ends before it starts: arrival %2 is not after departure %1"));
        r.passengerIds = referList(o, "passengers", RecordKind::Person);
        r.notes = o.string("notes");
        return r;
    }

    AgendaSession readSession(const Json& j, const QString& path, const Forum& forum)
    {
        const Object o(
            j, path, { "id", "start", "end", "kind", "title", "presentingOrganisation", "room", "speakers", "notes" });
        AgendaSession r;
        r.id = defineId(o, RecordKind::Session);
        r.forumId = forum.id;
        r.start = o.time("start");
        r.end = o.time("end");
        for (const auto& [key, t] : { std::pair { "start", r.start }, std::pair { "end", r.end } }) {
            if (t.zone() != forum.start.zone()) {
                fail(o.path(key) + QStringLiteral(".zone"),
                    QCoreApplication::translate("planner::TripDocument",
                        "is %1, but the forum is in %2; a session's times are in its forum's zone")
                        .arg(t.zone(), forum.start.zone()));
            }
        }
        requireAfter(r.start, r.end, o.at("end"),
            QCoreApplication::translate(
                "planner::TripDocument", "the session ends before it starts: end %2 is not after start %1"));
        r.kind = o.token<SessionKind>("kind");
        r.title = o.nonEmpty("title");
        r.presentingOrganisationId = referOptional(o, "presentingOrganisation", RecordKind::Organisation);
        r.room = o.string("room");
        const Json& speakers = o.array("speakers");
        for (std::size_t i = 0; i < speakers.size(); ++i) {
            const Object s(speakers[i], element(o.path("speakers"), i), { "person", "role" });
            SessionSpeaker sp;
            sp.personId = refer(s, "person", RecordKind::Person);
            sp.role = s.token<SpeakerRole>("role");
            r.speakers.push_back(sp);
        }
        r.notes = o.string("notes");
        return r;
    }

    Forum readForum(const Json& j, const QString& path)
    {
        const Object o(j, path, { "id", "title", "stop", "venue", "start", "end", "hosts", "description", "sessions" },
            { "seating" });
        Forum r;
        r.id = defineId(o, RecordKind::Forum);
        r.tripId = m_tripId;
        r.title = o.nonEmpty("title");
        r.stopId = refer(o, "stop", RecordKind::Stop);
        r.venueId = referOptional(o, "venue", RecordKind::Venue);
        r.start = o.time("start");
        r.end = o.time("end");
        if (r.end.zone() != r.start.zone()) {
            fail(o.path("end") + QStringLiteral(".zone"),
                QCoreApplication::translate("planner::TripDocument",
                    "is %1, but the forum starts in %2; a forum's times are in the zone of its stop")
                    .arg(r.end.zone(), r.start.zone()));
        }
        requireAfter(r.start, r.end, o.at("end"),
            QCoreApplication::translate(
                "planner::TripDocument", "the forum ends before it starts: end %2 is not after start %1"));
        m_forumChecks.push_back({ o.path("start") + QStringLiteral(".zone"), r.stopId, r.start.zone(), false });
        const Json& hosts = o.array("hosts");
        for (std::size_t i = 0; i < hosts.size(); ++i) {
            const Object h(hosts[i], element(o.path("hosts"), i), { "organisation", "role" });
            ForumHost host;
            host.organisationId = refer(h, "organisation", RecordKind::Organisation);
            host.role = h.token<HostRole>("role");
            r.hosts.push_back(host);
        }
        r.description = o.string("description");
        const Json& sessions = o.array("sessions");
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            r.sessions.push_back(readSession(sessions[i], element(o.path("sessions"), i), r));
        }
        r.seating = readSeating(o);
        return r;
    }

    Meeting readMeeting(const Json& j, const QString& path)
    {
        const Object o(j, path,
            { "id", "title", "stop", "start", "end", "place", "purpose", "counterparts", "participants", "notes" },
            { "seating" });
        Meeting r;
        r.id = defineId(o, RecordKind::Meeting);
        r.tripId = m_tripId;
        r.title = o.nonEmpty("title");
        r.stopId = refer(o, "stop", RecordKind::Stop);
        r.start = o.time("start");
        r.end = o.time("end");
        if (r.end.zone() != r.start.zone()) {
            fail(o.path("end") + QStringLiteral(".zone"),
                QCoreApplication::translate("planner::TripDocument",
                    "is %1, but the meeting starts in %2; a meeting's times are in the zone of its stop")
                    .arg(r.end.zone(), r.start.zone()));
        }
        requireAfter(r.start, r.end, o.at("end"),
            QCoreApplication::translate(
                "planner::TripDocument", "the meeting ends before it starts: end %2 is not after start %1"));
        m_forumChecks.push_back({ o.path("start") + QStringLiteral(".zone"), r.stopId, r.start.zone(), true });
        r.place = o.string("place");
        r.purpose = o.string("purpose");
        r.counterpartIds = referList(o, "counterparts", RecordKind::Person);
        r.participantIds = referList(o, "participants", RecordKind::Person);
        r.notes = o.string("notes");
        r.seating = readSeating(o);
        return r;
    }

    /// "seating": { "layout", "seats": [{ "person", "side", "row", "place" }] }, when present.
    std::optional<SeatingPlan> readSeating(const Object& owner)
    {
        if (!owner.has("seating")) {
            return std::nullopt;
        }
        const Object o(owner["seating"], owner.path("seating"), { "layout", "seats" });
        SeatingPlan plan;
        const QString layout = o.string("layout");
        const auto known = seatingLayoutFromToken(layout);
        if (!known) {
            fail(o.path("layout"),
                QCoreApplication::translate("planner::TripDocument", "'%1' is not one of: bilateral, u-shape, theatre")
                    .arg(layout));
        }
        plan.layout = *known;
        const Json& seats = o.array("seats");
        for (std::size_t i = 0; i < seats.size(); ++i) {
            const Object s(seats[i], element(o.path("seats"), i), { "person", "side", "row", "place" });
            Seat seat;
            seat.personId = refer(s, "person", RecordKind::Person);
            const QString side = s.string("side");
            const auto knownSide = seatingSideFromToken(side);
            if (!knownSide) {
                fail(s.path("side"),
                    QCoreApplication::translate("planner::TripDocument", "'%1' is not one of: delegation, host")
                        .arg(side));
            }
            seat.side = *knownSide;
            seat.row = wholeNumber(s, "row");
            seat.place = wholeNumber(s, "place");
            plan.seats.push_back(seat);
        }
        return plan;
    }

    static int wholeNumber(const Object& o, const char* key)
    {
        const Json& value = o[key];
        if (!value.is_number_integer()) {
            wrongType(o.at(key), QCoreApplication::translate("planner::TripDocument", "a whole number"), value);
        }
        return value.get<int>();
    }

    Mou readMou(const Json& j, const QString& path)
    {
        const Object o(j, path,
            { "id", "title", "subject", "status", "signedAtForum", "signedAtMeeting", "signedAt", "parties", "notes" });
        Mou r;
        r.id = defineId(o, RecordKind::Mou);
        r.tripId = m_tripId;
        r.title = o.nonEmpty("title");
        r.subject = o.string("subject");
        r.status = o.token<MouStatus>("status");
        r.signedAtForumId = referOptional(o, "signedAtForum", RecordKind::Forum);
        r.signedAtMeetingId = referOptional(o, "signedAtMeeting", RecordKind::Meeting);
        if (!r.signedAtForumId.isEmpty() && !r.signedAtMeetingId.isEmpty()) {
            fail(o.path("signedAtMeeting"),
                QCoreApplication::translate("planner::TripDocument",
                    "an MOU is signed at a forum or at a meeting, not both: set signedAtForum or signedAtMeeting to "
                    "null"));
        }
        r.signedAt = o.optionalTime("signedAt");
        const Json& parties = o.array("parties");
        for (std::size_t i = 0; i < parties.size(); ++i) {
            const Object p(parties[i], element(o.path("parties"), i), { "organisation", "signatory" });
            MouParty party;
            party.organisationId = refer(p, "organisation", RecordKind::Organisation);
            party.signatoryId = referOptional(p, "signatory", RecordKind::Person);
            r.parties.push_back(party);
        }
        r.notes = o.string("notes");
        return r;
    }

    void resolveReferences() const
    {
        for (const Reference& r : m_refs) {
            const auto it = m_ids.find(r.id);
            if (it == m_ids.end()) {
                fail(r.where,
                    QCoreApplication::translate("planner::TripDocument", "refers to %1 %2, which is not in %3")
                        .arg(kindName(r.kind), r.id, collectionPath(r.kind)));
            }
            if (it->second.kind != r.kind) {
                fail(r.where,
                    QCoreApplication::translate(
                        "planner::TripDocument", "refers to %1, which is a %2 (at %3), not a %4 in %5")
                        .arg(r.id, kindName(it->second.kind), it->second.where.text(), kindName(r.kind),
                            collectionPath(r.kind)));
            }
        }
    }

    void checkForumZones() const
    {
        for (const ForumCheck& c : m_forumChecks) {
            const QString& stopZone = m_stopZones.at(c.stopId);
            if (c.zone != stopZone) {
                fail(c.where,
                    (c.meeting ? QCoreApplication::translate("planner::TripDocument",
                         "is %1, but the meeting's stop is in %2; a meeting's times are in the zone of its stop")
                               : QCoreApplication::translate("planner::TripDocument",
                                   "is %1, but the forum's stop is in %2; a forum's times are in the zone of its stop"))
                        .arg(c.zone, stopZone));
            }
        }
    }

    /// A forum's or meeting's start zone, to compare with its stop's.
    struct ForumCheck {
        QString where;
        Uuid stopId;
        QString zone;
        bool meeting = false;
    };

    Uuid m_tripId;
    std::map<Uuid, Known> m_ids;
    std::vector<Reference> m_refs;
    std::map<Uuid, QString> m_memberPeople;
    std::map<int, QString> m_precedences;
    std::map<Uuid, QString> m_stopZones;
    std::vector<ForumCheck> m_forumChecks;
};
}  // namespace

TripBundle readBundle(const Json& root)
{
    DocumentReader reader;
    return reader.read(root);
}

}  // namespace tripdoc

using namespace tripdoc;

Result<TripBundle> TripDocument::read(const QByteArray& bytes)
{
    try {
        auto json = parseJson(bytes);
        if (!json) {
            return json.error();
        }
        return readBundle(*json);
    } catch (const Failure& f) {
        return f.error;
    } catch (const std::exception& e) {
        return makeError(
            QCoreApplication::translate("planner::TripDocument", "the trip document could not be read (%1)")
                .arg(QString::fromUtf8(e.what())),
            QStringLiteral("$"));
    } catch (...) {
        return makeError(QCoreApplication::translate("planner::TripDocument", "the trip document could not be read"),
            QStringLiteral("$"));
    }
}

}  // namespace planner
