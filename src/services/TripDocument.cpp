#include "services/TripDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

// The reader validates in two passes over the parsed JSON: the first reads
// every object in document order (types, required and unknown fields, ids,
// tokens, dates, times, per-record rules) and records references; the second
// resolves the references and checks the rules that span collections. Inside
// this file a failure is thrown as a private Failure and caught in read():
// nothing is thrown out of read().

namespace planner {

namespace {

using Json = nlohmann::ordered_json;

QString qs(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// ---------------------------------------------------------------------------
// Writing

Json str(const QString& s)
{
    return Json(s.toStdString());
}

Json ref(const Uuid& id)
{
    return id.isEmpty() ? Json(nullptr) : str(id);
}

Json date(const QDate& d)
{
    return d.isValid() ? str(d.toString(Qt::ISODate)) : Json(nullptr);
}

Json time(const PlannedTime& t)
{
    if (t.isNull()) {
        return Json(nullptr);
    }
    Json j = Json::object();
    j["local"] = str(t.localIso());
    j["zone"] = str(t.zone());
    j["utcOffset"] = str(t.utcOffsetText());
    return j;
}

Json refs(const std::vector<Uuid>& ids)
{
    Json a = Json::array();
    for (const Uuid& id : ids) {
        a.push_back(str(id));
    }
    return a;
}

Json writeTrip(const Trip& t)
{
    Json j = Json::object();
    j["id"] = str(t.id);
    j["title"] = str(t.title);
    j["purpose"] = str(t.purpose);
    j["homeZone"] = str(t.homeZone);
    j["startDate"] = date(t.startDate);
    j["endDate"] = date(t.endDate);
    j["leadOrganisation"] = ref(t.leadOrganisationId);
    j["delegationName"] = str(t.delegationName);
    j["notes"] = str(t.notes);
    return j;
}

Json writeOrganisation(const Organisation& o)
{
    Json j = Json::object();
    j["id"] = str(o.id);
    j["name"] = str(o.name);
    j["localName"] = str(o.localName);
    j["abbreviation"] = str(o.abbreviation);
    j["country"] = str(o.country);
    j["kind"] = str(token(o.kind));
    j["notes"] = str(o.notes);
    return j;
}

Json writePerson(const Person& p)
{
    Json j = Json::object();
    j["id"] = str(p.id);
    j["familyName"] = str(p.familyName);
    j["givenName"] = str(p.givenName);
    j["localName"] = str(p.localName);
    j["honorific"] = str(p.honorific);
    j["position"] = str(p.position);
    j["organisation"] = ref(p.organisationId);
    j["email"] = str(p.email);
    j["phone"] = str(p.phone);
    j["sex"] = str(token(p.sex));
    j["dateOfBirth"] = date(p.dateOfBirth);
    j["nationality"] = str(p.nationality);
    j["passportNumber"] = str(p.passportNumber);
    j["passportExpiry"] = date(p.passportExpiry);
    j["notes"] = str(p.notes);
    return j;
}

Json writeVenue(const Venue& v)
{
    Json j = Json::object();
    j["id"] = str(v.id);
    j["name"] = str(v.name);
    j["address"] = str(v.address);
    j["city"] = str(v.city);
    j["country"] = str(v.country);
    Json rooms = Json::array();
    for (const QString& room : v.rooms) {
        rooms.push_back(str(room));
    }
    j["rooms"] = std::move(rooms);
    j["notes"] = str(v.notes);
    return j;
}

Json writeMember(const DelegationMember& m)
{
    Json j = Json::object();
    j["id"] = str(m.id);
    j["person"] = str(m.personId);
    j["role"] = str(token(m.role));
    j["precedence"] = m.precedence;
    return j;
}

Json writeStop(const Stop& s)
{
    Json j = Json::object();
    j["id"] = str(s.id);
    j["city"] = str(s.city);
    j["country"] = str(s.country);
    j["zone"] = str(s.zone);
    j["arrival"] = time(s.arrival);
    j["departure"] = time(s.departure);
    j["lodging"] = str(s.lodging);
    j["notes"] = str(s.notes);
    return j;
}

Json writeLeg(const TravelLeg& l)
{
    Json j = Json::object();
    j["id"] = str(l.id);
    j["from"] = ref(l.fromStopId);
    j["to"] = ref(l.toStopId);
    j["fromPlace"] = str(l.fromPlace);
    j["toPlace"] = str(l.toPlace);
    j["carrier"] = str(l.carrier);
    j["flightNumber"] = str(l.flightNumber);
    j["departure"] = time(l.departure);
    j["arrival"] = time(l.arrival);
    j["passengers"] = refs(l.passengerIds);
    j["notes"] = str(l.notes);
    return j;
}

Json writeSession(const AgendaSession& s)
{
    Json j = Json::object();
    j["id"] = str(s.id);
    j["start"] = time(s.start);
    j["end"] = time(s.end);
    j["kind"] = str(token(s.kind));
    j["title"] = str(s.title);
    j["presentingOrganisation"] = ref(s.presentingOrganisationId);
    j["room"] = str(s.room);
    Json speakers = Json::array();
    for (const SessionSpeaker& sp : s.speakers) {
        Json k = Json::object();
        k["person"] = str(sp.personId);
        k["role"] = str(token(sp.role));
        speakers.push_back(std::move(k));
    }
    j["speakers"] = std::move(speakers);
    j["notes"] = str(s.notes);
    return j;
}

Json writeForum(const Forum& f)
{
    Json j = Json::object();
    j["id"] = str(f.id);
    j["title"] = str(f.title);
    j["stop"] = ref(f.stopId);
    j["venue"] = ref(f.venueId);
    j["start"] = time(f.start);
    j["end"] = time(f.end);
    Json hosts = Json::array();
    for (const ForumHost& h : f.hosts) {
        Json k = Json::object();
        k["organisation"] = str(h.organisationId);
        k["role"] = str(token(h.role));
        hosts.push_back(std::move(k));
    }
    j["hosts"] = std::move(hosts);
    j["description"] = str(f.description);
    Json sessions = Json::array();
    for (const AgendaSession& s : f.sessions) {
        sessions.push_back(writeSession(s));
    }
    j["sessions"] = std::move(sessions);
    return j;
}

Json writeMeeting(const Meeting& m)
{
    Json j = Json::object();
    j["id"] = str(m.id);
    j["title"] = str(m.title);
    j["stop"] = ref(m.stopId);
    j["start"] = time(m.start);
    j["end"] = time(m.end);
    j["place"] = str(m.place);
    j["purpose"] = str(m.purpose);
    j["counterparts"] = refs(m.counterpartIds);
    j["participants"] = refs(m.participantIds);
    j["notes"] = str(m.notes);
    return j;
}

Json writeMou(const Mou& m)
{
    Json j = Json::object();
    j["id"] = str(m.id);
    j["title"] = str(m.title);
    j["subject"] = str(m.subject);
    j["status"] = str(token(m.status));
    j["signedAtForum"] = ref(m.signedAtForumId);
    j["signedAtMeeting"] = ref(m.signedAtMeetingId);
    j["signedAt"] = time(m.signedAt);
    Json parties = Json::array();
    for (const MouParty& p : m.parties) {
        Json k = Json::object();
        k["organisation"] = str(p.organisationId);
        k["signatory"] = ref(p.signatoryId);
        parties.push_back(std::move(k));
    }
    j["parties"] = std::move(parties);
    j["notes"] = str(m.notes);
    return j;
}

template <typename T, typename F> Json writeAll(const std::vector<T>& items, F&& writeOne)
{
    Json a = Json::array();
    for (const T& item : items) {
        a.push_back(writeOne(item));
    }
    return a;
}

// ---------------------------------------------------------------------------
// Reading: low-level checks

struct Failure {
    Error error;
};

[[noreturn]] void fail(const QString& where, const QString& message)
{
    throw Failure { makeError(message, where) };
}

QString describe(const Json& j)
{
    switch (j.type()) {
    case Json::value_t::null: return QCoreApplication::translate("TripDocument", "null");
    case Json::value_t::boolean:
        return j.get<bool>() ? QCoreApplication::translate("TripDocument", "true")
                             : QCoreApplication::translate("TripDocument", "false");
    case Json::value_t::string: return QCoreApplication::translate("TripDocument", "a string");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return QCoreApplication::translate("TripDocument", "a number");
    case Json::value_t::number_float: return QCoreApplication::translate("TripDocument", "a decimal number");
    case Json::value_t::object: return QCoreApplication::translate("TripDocument", "an object");
    case Json::value_t::array: return QCoreApplication::translate("TripDocument", "an array");
    default: return QCoreApplication::translate("TripDocument", "something else");
    }
}

[[noreturn]] void wrongType(const QString& where, const QString& expected, const Json& found)
{
    fail(where, QCoreApplication::translate("TripDocument", "expected %1, found %2").arg(expected, describe(found)));
}

bool isIdentifier(const std::string& key)
{
    if (key.empty() || (std::isdigit(static_cast<unsigned char>(key.front())) != 0)) {
        return false;
    }
    return std::all_of(key.begin(), key.end(),
        [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

QString member(const QString& path, const std::string& key)
{
    if (isIdentifier(key)) {
        return path + QLatin1Char('.') + QString::fromStdString(key);
    }
    QString quoted = QString::fromStdString(key);
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return path + QStringLiteral("['") + quoted + QStringLiteral("']");
}

QString element(const QString& path, std::size_t index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

QString readString(const Json& j, const QString& where)
{
    if (!j.is_string()) {
        wrongType(where, QCoreApplication::translate("TripDocument", "a string"), j);
    }
    return QString::fromStdString(j.get<std::string>());
}

Uuid readUuid(const Json& j, const QString& where)
{
    if (!j.is_string()) {
        wrongType(where, QCoreApplication::translate("TripDocument", "a UUID string"), j);
    }
    const QString text = QString::fromStdString(j.get<std::string>());
    if (!isUuid(text)) {
        fail(where,
            QCoreApplication::translate(
                "TripDocument", "'%1' is not a UUID (expected 8-4-4-4-12 lowercase hexadecimal digits without braces)")
                .arg(text));
    }
    return text;
}

Uuid readOptionalUuid(const Json& j, const QString& where)
{
    return j.is_null() ? Uuid() : readUuid(j, where);
}

QDate readOptionalDate(const Json& j, const QString& where)
{
    if (j.is_null()) {
        return {};
    }
    if (!j.is_string()) {
        wrongType(where, QCoreApplication::translate("TripDocument", "a date \"YYYY-MM-DD\" or null"), j);
    }
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = QString::fromStdString(j.get<std::string>());
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !d.isValid()) {
        fail(where, QCoreApplication::translate("TripDocument", "'%1' is not a date of the form YYYY-MM-DD").arg(text));
    }
    return d;
}

QString readZone(const Json& j, const QString& where)
{
    const QString zone = readString(j, where);
    if (!PlannedTime::isKnownZone(zone)) {
        fail(where,
            QCoreApplication::translate("TripDocument", "'%1' is not a known IANA time zone (e.g. Asia/Tashkent)")
                .arg(zone));
    }
    return zone;
}

template <typename E> E readToken(const Json& j, const QString& where)
{
    const QString text = readString(j, where);
    const std::optional<E> value = fromToken<E>(text);
    if (!value) {
        fail(where,
            QCoreApplication::translate("TripDocument", "'%1' is not one of: %2")
                .arg(text, allTokens<E>().join(QStringLiteral(", "))));
    }
    return *value;
}

/// A JSON object with a fixed set of keys, all required.
class Object {
public:
    Object(const Json& j, QString path, std::initializer_list<const char*> keys) : m_json(j), m_path(std::move(path))
    {
        if (!j.is_object()) {
            wrongType(m_path, QCoreApplication::translate("TripDocument", "an object"), j);
        }
        for (const char* key : keys) {
            if (!j.contains(key)) {
                fail(m_path, QCoreApplication::translate("TripDocument", "missing field '%1'").arg(qs(key)));
            }
        }
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            const bool known = std::any_of(keys.begin(), keys.end(), [&key](const char* k) { return key == k; });
            if (!known) {
                fail(member(m_path, key),
                    QCoreApplication::translate(
                        "TripDocument", "unknown field '%1' (not part of version %2 of the format)")
                        .arg(QString::fromStdString(key))
                        .arg(TripDocument::kVersion));
            }
        }
    }

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QString path(const char* key) const { return m_path + QLatin1Char('.') + qs(key); }
    [[nodiscard]] const Json& operator[](const char* key) const { return m_json.at(key); }

    [[nodiscard]] QString string(const char* key) const { return readString(m_json.at(key), path(key)); }
    [[nodiscard]] QString nonEmpty(const char* key) const
    {
        const QString s = string(key);
        if (s.trimmed().isEmpty()) {
            fail(path(key), QCoreApplication::translate("TripDocument", "must not be empty"));
        }
        return s;
    }
    [[nodiscard]] Uuid uuid(const char* key) const { return readUuid(m_json.at(key), path(key)); }
    [[nodiscard]] Uuid optionalUuid(const char* key) const { return readOptionalUuid(m_json.at(key), path(key)); }
    [[nodiscard]] QDate optionalDate(const char* key) const { return readOptionalDate(m_json.at(key), path(key)); }
    [[nodiscard]] QString zone(const char* key) const { return readZone(m_json.at(key), path(key)); }
    template <typename E> [[nodiscard]] E token(const char* key) const
    {
        return readToken<E>(m_json.at(key), path(key));
    }
    [[nodiscard]] const Json& array(const char* key) const
    {
        const Json& a = m_json.at(key);
        if (!a.is_array()) {
            wrongType(path(key), QCoreApplication::translate("TripDocument", "an array"), a);
        }
        return a;
    }

private:
    const Json& m_json;
    QString m_path;
};

/// "2016-08-17T09:30 Asia/Tashkent (UTC+05:00)", for messages.
QString timeText(const PlannedTime& t)
{
    return QStringLiteral("%1 %2 (UTC%3)").arg(t.localIso(), t.zone(), t.utcOffsetText());
}

PlannedTime readTime(const Json& j, const QString& where)
{
    if (!j.is_object()) {
        wrongType(where, QCoreApplication::translate("TripDocument", "a time object {local, zone, utcOffset}"), j);
    }
    const Object o(j, where, { "local", "zone", "utcOffset" });
    const QString local = o.string("local");
    // Stricter than PlannedTime::parse, which also takes a space for the 'T'.
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$"));
    if (!form.match(local).hasMatch()) {
        fail(o.path("local"),
            QCoreApplication::translate("TripDocument",
                "'%1' is not a local time of the form YYYY-MM-DDTHH:MM (seconds optional, no offset and no Z)")
                .arg(local));
    }
    const QString zone = o.zone("zone");
    (void)o.string("utcOffset");  // for people only; the zone rules win
    auto parsed = PlannedTime::parse(local, zone);
    if (!parsed) {
        fail(o.path("local"), parsed.error().message);
    }
    return *parsed;
}

PlannedTime readOptionalTime(const Json& j, const QString& where)
{
    if (j.is_null()) {
        return {};
    }
    if (!j.is_object()) {
        wrongType(
            where, QCoreApplication::translate("TripDocument", "a time object {local, zone, utcOffset} or null"), j);
    }
    return readTime(j, where);
}

// ---------------------------------------------------------------------------
// Reading: the document

enum class Kind { Trip, Organisation, Person, Venue, DelegationMember, Stop, TravelLeg, Forum, Session, Meeting, Mou };

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Trip: return QCoreApplication::translate("TripDocument", "the trip");
    case Kind::Organisation: return QCoreApplication::translate("TripDocument", "organisation");
    case Kind::Person: return QCoreApplication::translate("TripDocument", "person");
    case Kind::Venue: return QCoreApplication::translate("TripDocument", "venue");
    case Kind::DelegationMember: return QCoreApplication::translate("TripDocument", "delegation member");
    case Kind::Stop: return QCoreApplication::translate("TripDocument", "stop");
    case Kind::TravelLeg: return QCoreApplication::translate("TripDocument", "travel leg");
    case Kind::Forum: return QCoreApplication::translate("TripDocument", "forum");
    case Kind::Session: return QCoreApplication::translate("TripDocument", "agenda session");
    case Kind::Meeting: return QCoreApplication::translate("TripDocument", "meeting");
    case Kind::Mou: return QCoreApplication::translate("TripDocument", "MOU");
    }
    return {};
}

QString collectionPath(Kind k)
{
    switch (k) {
    case Kind::Trip: return QStringLiteral("$.trip");
    case Kind::Organisation: return QStringLiteral("$.organisations");
    case Kind::Person: return QStringLiteral("$.people");
    case Kind::Venue: return QStringLiteral("$.venues");
    case Kind::DelegationMember: return QStringLiteral("$.delegation");
    case Kind::Stop: return QStringLiteral("$.stops");
    case Kind::TravelLeg: return QStringLiteral("$.travelLegs");
    case Kind::Forum: return QStringLiteral("$.forums");
    case Kind::Session: return QStringLiteral("$.forums[].sessions");
    case Kind::Meeting: return QStringLiteral("$.meetings");
    case Kind::Mou: return QStringLiteral("$.mous");
    }
    return {};
}

class DocumentReader {
public:
    TripBundle read(const Json& root)
    {
        if (!root.is_object()) {
            wrongType(QStringLiteral("$"), QCoreApplication::translate("TripDocument", "an object"), root);
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
        Kind kind;
        QString where;
    };
    struct Reference {
        QString where;
        Uuid id;
        Kind kind;
    };

    static void checkFormatAndVersion(const Json& root)
    {
        const QString formatName = qs(TripDocument::kFormatName);
        if (!root.contains("format")) {
            fail(QStringLiteral("$"),
                QCoreApplication::translate("TripDocument",
                    "missing field 'format': this is not a Delegation Planner trip document (expected \"format\": "
                    "\"%1\")")
                    .arg(formatName));
        }
        const QString format = readString(root.at("format"), QStringLiteral("$.format"));
        if (format != formatName) {
            fail(QStringLiteral("$.format"),
                QCoreApplication::translate(
                    "TripDocument", "'%1' is not a Delegation Planner trip document (expected \"%2\")")
                    .arg(format, formatName));
        }
        if (!root.contains("version")) {
            fail(QStringLiteral("$"), QCoreApplication::translate("TripDocument", "missing field 'version'"));
        }
        const Json& version = root.at("version");
        if (!version.is_number_integer()) {
            wrongType(
                QStringLiteral("$.version"), QCoreApplication::translate("TripDocument", "a whole number"), version);
        }
        // Non-negative JSON integers are parsed as unsigned.
        const bool unsignedValue = version.is_number_unsigned();
        const auto expected = static_cast<std::uint64_t>(TripDocument::kVersion);
        const bool same = unsignedValue && version.get<std::uint64_t>() == expected;
        const bool newer = unsignedValue && version.get<std::uint64_t>() > expected;
        if (!same) {
            const QString shown = QString::fromStdString(version.dump());
            fail(QStringLiteral("$.version"),
                newer ? QCoreApplication::translate("TripDocument",
                    "unsupported format version %1 (this build reads version %2; a newer Delegation Planner "
                    "wrote this file)")
                            .arg(shown)
                            .arg(TripDocument::kVersion)
                      : QCoreApplication::translate(
                          "TripDocument", "unsupported format version %1 (this build reads version %2)")
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

    Uuid defineId(const Object& o, Kind kind)
    {
        const Uuid id = o.uuid("id");
        const QString where = o.path("id");
        const auto [it, inserted] = m_ids.emplace(id, Known { kind, where });
        if (!inserted) {
            fail(where,
                QCoreApplication::translate(
                    "TripDocument", "duplicate id %1 (also at %2); every id must be unique in the whole document")
                    .arg(id, it->second.where));
        }
        return id;
    }

    Uuid refer(const Object& o, const char* key, Kind kind)
    {
        const Uuid id = o.uuid(key);
        m_refs.push_back({ o.path(key), id, kind });
        return id;
    }

    Uuid referOptional(const Object& o, const char* key, Kind kind)
    {
        const Uuid id = o.optionalUuid(key);
        if (!id.isEmpty()) {
            m_refs.push_back({ o.path(key), id, kind });
        }
        return id;
    }

    /// An array of references; each id at most once.
    std::vector<Uuid> referList(const Object& o, const char* key, Kind kind)
    {
        const Json& a = o.array(key);
        std::vector<Uuid> out;
        out.reserve(a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            const QString where = element(o.path(key), i);
            const Uuid id = readUuid(a[i], where);
            if (std::find(out.begin(), out.end(), id) != out.end()) {
                fail(where, QCoreApplication::translate("TripDocument", "lists %1 %2 twice").arg(kindName(kind), id));
            }
            m_refs.push_back({ where, id, kind });
            out.push_back(id);
        }
        return out;
    }

    static void requireAfter(
        const PlannedTime& earlier, const PlannedTime& later, const QString& where, const QString& message)
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
        t.id = defineId(o, Kind::Trip);
        t.title = o.nonEmpty("title");
        t.purpose = o.string("purpose");
        t.homeZone = o.zone("homeZone");
        t.startDate = o.optionalDate("startDate");
        t.endDate = o.optionalDate("endDate");
        if (t.startDate.isValid() && t.endDate.isValid() && t.endDate < t.startDate) {
            fail(o.path("endDate"),
                QCoreApplication::translate("TripDocument", "the trip ends (%1) before it starts (%2)")
                    .arg(t.endDate.toString(Qt::ISODate), t.startDate.toString(Qt::ISODate)));
        }
        t.leadOrganisationId = referOptional(o, "leadOrganisation", Kind::Organisation);
        t.delegationName = o.string("delegationName");
        t.notes = o.string("notes");
        m_tripId = t.id;
        return t;
    }

    Organisation readOrganisation(const Json& j, const QString& path)
    {
        const Object o(j, path, { "id", "name", "localName", "abbreviation", "country", "kind", "notes" });
        Organisation r;
        r.id = defineId(o, Kind::Organisation);
        r.name = o.nonEmpty("name");
        r.localName = o.string("localName");
        r.abbreviation = o.string("abbreviation");
        r.country = o.string("country");
        static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
        if (!r.country.isEmpty() && !alpha2.match(r.country).hasMatch()) {
            fail(o.path("country"),
                QCoreApplication::translate("TripDocument",
                    "'%1' is not an ISO 3166-1 alpha-2 country code (two capital letters such as \"UZ\", or \"\")")
                    .arg(r.country));
        }
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
        r.id = defineId(o, Kind::Person);
        r.familyName = o.nonEmpty("familyName");
        r.givenName = o.string("givenName");
        r.localName = o.string("localName");
        r.honorific = o.string("honorific");
        r.position = o.string("position");
        r.organisationId = referOptional(o, "organisation", Kind::Organisation);
        r.email = o.string("email");
        r.phone = o.string("phone");
        r.sex = o.token<Sex>("sex");
        r.dateOfBirth = o.optionalDate("dateOfBirth");
        r.nationality = o.string("nationality");
        r.passportNumber = o.string("passportNumber");
        r.passportExpiry = o.optionalDate("passportExpiry");
        r.notes = o.string("notes");
        return r;
    }

    Venue readVenue(const Json& j, const QString& path)
    {
        const Object o(j, path, { "id", "name", "address", "city", "country", "rooms", "notes" });
        Venue r;
        r.id = defineId(o, Kind::Venue);
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
        r.id = defineId(o, Kind::DelegationMember);
        r.personId = refer(o, "person", Kind::Person);
        const auto [personIt, newPerson] = m_memberPeople.emplace(r.personId, o.path("person"));
        if (!newPerson) {
            fail(o.path("person"),
                QCoreApplication::translate(
                    "TripDocument", "person %1 is already in the delegation (at %2); a person is listed at most once")
                    .arg(r.personId, personIt->second));
        }
        r.role = o.token<MemberRole>("role");
        const Json& precedence = o["precedence"];
        if (!precedence.is_number_integer()) {
            wrongType(o.path("precedence"),
                QCoreApplication::translate("TripDocument", "a whole number (1 = first in protocol order)"),
                precedence);
        }
        // Non-negative JSON integers are parsed as unsigned; negative ones are not.
        if (!precedence.is_number_unsigned() || precedence.get<std::uint64_t>() < 1
            || precedence.get<std::uint64_t>() > 1000000) {
            fail(o.path("precedence"),
                QCoreApplication::translate(
                    "TripDocument", "precedence %1 is out of range (1 = first in protocol order)")
                    .arg(QString::fromStdString(precedence.dump())));
        }
        r.precedence = static_cast<int>(precedence.get<std::uint64_t>());
        const auto [precIt, newPrecedence] = m_precedences.emplace(r.precedence, o.path("precedence"));
        if (!newPrecedence) {
            fail(o.path("precedence"),
                QCoreApplication::translate(
                    "TripDocument", "precedence %1 is also given at %2; each member needs a different place")
                    .arg(r.precedence)
                    .arg(precIt->second));
        }
        return r;
    }

    Stop readStop(const Json& j, const QString& path)
    {
        const Object o(j, path, { "id", "city", "country", "zone", "arrival", "departure", "lodging", "notes" });
        Stop r;
        r.id = defineId(o, Kind::Stop);
        r.tripId = m_tripId;
        r.city = o.nonEmpty("city");
        r.country = o.string("country");
        if (o.string("zone").trimmed().isEmpty()) {
            fail(o.path("zone"), QCoreApplication::translate("TripDocument", "must not be empty"));
        }
        r.zone = o.zone("zone");
        r.arrival = readTime(o["arrival"], o.path("arrival"));
        r.departure = readTime(o["departure"], o.path("departure"));
        for (const auto& [key, t] : { std::pair { "arrival", r.arrival }, std::pair { "departure", r.departure } }) {
            if (t.zone() != r.zone) {
                fail(o.path(key) + QStringLiteral(".zone"),
                    QCoreApplication::translate("TripDocument",
                        "is %1, but the stop is in %2; a stop's arrival and departure are in its own zone")
                        .arg(t.zone(), r.zone));
            }
        }
        requireAfter(r.arrival, r.departure, o.path("departure"),
            QCoreApplication::translate(
                "TripDocument", "the stop ends before it starts: departure %2 is not after arrival %1"));
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
        r.id = defineId(o, Kind::TravelLeg);
        r.tripId = m_tripId;
        r.fromStopId = referOptional(o, "from", Kind::Stop);
        r.toStopId = referOptional(o, "to", Kind::Stop);
        r.fromPlace = o.string("fromPlace");
        r.toPlace = o.string("toPlace");
        r.carrier = o.string("carrier");
        r.flightNumber = o.string("flightNumber");
        r.departure = readTime(o["departure"], o.path("departure"));
        r.arrival = readTime(o["arrival"], o.path("arrival"));
        requireAfter(r.departure, r.arrival, o.path("arrival"),
            QCoreApplication::translate(
                "TripDocument", "the leg ends before it starts: arrival %2 is not after departure %1"));
        r.passengerIds = referList(o, "passengers", Kind::Person);
        r.notes = o.string("notes");
        return r;
    }

    AgendaSession readSession(const Json& j, const QString& path, const Forum& forum)
    {
        const Object o(
            j, path, { "id", "start", "end", "kind", "title", "presentingOrganisation", "room", "speakers", "notes" });
        AgendaSession r;
        r.id = defineId(o, Kind::Session);
        r.forumId = forum.id;
        r.start = readTime(o["start"], o.path("start"));
        r.end = readTime(o["end"], o.path("end"));
        for (const auto& [key, t] : { std::pair { "start", r.start }, std::pair { "end", r.end } }) {
            if (t.zone() != forum.start.zone()) {
                fail(o.path(key) + QStringLiteral(".zone"),
                    QCoreApplication::translate(
                        "TripDocument", "is %1, but the forum is in %2; a session's times are in its forum's zone")
                        .arg(t.zone(), forum.start.zone()));
            }
        }
        requireAfter(r.start, r.end, o.path("end"),
            QCoreApplication::translate(
                "TripDocument", "the session ends before it starts: end %2 is not after start %1"));
        r.kind = o.token<SessionKind>("kind");
        r.title = o.nonEmpty("title");
        r.presentingOrganisationId = referOptional(o, "presentingOrganisation", Kind::Organisation);
        r.room = o.string("room");
        const Json& speakers = o.array("speakers");
        for (std::size_t i = 0; i < speakers.size(); ++i) {
            const Object s(speakers[i], element(o.path("speakers"), i), { "person", "role" });
            SessionSpeaker sp;
            sp.personId = refer(s, "person", Kind::Person);
            sp.role = s.token<SpeakerRole>("role");
            r.speakers.push_back(sp);
        }
        r.notes = o.string("notes");
        return r;
    }

    Forum readForum(const Json& j, const QString& path)
    {
        const Object o(j, path, { "id", "title", "stop", "venue", "start", "end", "hosts", "description", "sessions" });
        Forum r;
        r.id = defineId(o, Kind::Forum);
        r.tripId = m_tripId;
        r.title = o.nonEmpty("title");
        r.stopId = refer(o, "stop", Kind::Stop);
        r.venueId = referOptional(o, "venue", Kind::Venue);
        r.start = readTime(o["start"], o.path("start"));
        r.end = readTime(o["end"], o.path("end"));
        if (r.end.zone() != r.start.zone()) {
            fail(o.path("end") + QStringLiteral(".zone"),
                QCoreApplication::translate(
                    "TripDocument", "is %1, but the forum starts in %2; a forum's times are in the zone of its stop")
                    .arg(r.end.zone(), r.start.zone()));
        }
        requireAfter(r.start, r.end, o.path("end"),
            QCoreApplication::translate(
                "TripDocument", "the forum ends before it starts: end %2 is not after start %1"));
        m_forumChecks.push_back({ o.path("start") + QStringLiteral(".zone"), r.stopId, r.start.zone() });
        const Json& hosts = o.array("hosts");
        for (std::size_t i = 0; i < hosts.size(); ++i) {
            const Object h(hosts[i], element(o.path("hosts"), i), { "organisation", "role" });
            ForumHost host;
            host.organisationId = refer(h, "organisation", Kind::Organisation);
            host.role = h.token<HostRole>("role");
            r.hosts.push_back(host);
        }
        r.description = o.string("description");
        const Json& sessions = o.array("sessions");
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            r.sessions.push_back(readSession(sessions[i], element(o.path("sessions"), i), r));
        }
        return r;
    }

    Meeting readMeeting(const Json& j, const QString& path)
    {
        const Object o(j, path,
            { "id", "title", "stop", "start", "end", "place", "purpose", "counterparts", "participants", "notes" });
        Meeting r;
        r.id = defineId(o, Kind::Meeting);
        r.tripId = m_tripId;
        r.title = o.nonEmpty("title");
        r.stopId = refer(o, "stop", Kind::Stop);
        r.start = readTime(o["start"], o.path("start"));
        r.end = readTime(o["end"], o.path("end"));
        requireAfter(r.start, r.end, o.path("end"),
            QCoreApplication::translate(
                "TripDocument", "the meeting ends before it starts: end %2 is not after start %1"));
        r.place = o.string("place");
        r.purpose = o.string("purpose");
        r.counterpartIds = referList(o, "counterparts", Kind::Person);
        r.participantIds = referList(o, "participants", Kind::Person);
        r.notes = o.string("notes");
        return r;
    }

    Mou readMou(const Json& j, const QString& path)
    {
        const Object o(j, path,
            { "id", "title", "subject", "status", "signedAtForum", "signedAtMeeting", "signedAt", "parties", "notes" });
        Mou r;
        r.id = defineId(o, Kind::Mou);
        r.tripId = m_tripId;
        r.title = o.nonEmpty("title");
        r.subject = o.string("subject");
        r.status = o.token<MouStatus>("status");
        r.signedAtForumId = referOptional(o, "signedAtForum", Kind::Forum);
        r.signedAtMeetingId = referOptional(o, "signedAtMeeting", Kind::Meeting);
        if (!r.signedAtForumId.isEmpty() && !r.signedAtMeetingId.isEmpty()) {
            fail(o.path("signedAtMeeting"),
                QCoreApplication::translate("TripDocument",
                    "an MOU is signed at a forum or at a meeting, not both: set signedAtForum or signedAtMeeting to "
                    "null"));
        }
        r.signedAt = readOptionalTime(o["signedAt"], o.path("signedAt"));
        const Json& parties = o.array("parties");
        for (std::size_t i = 0; i < parties.size(); ++i) {
            const Object p(parties[i], element(o.path("parties"), i), { "organisation", "signatory" });
            MouParty party;
            party.organisationId = refer(p, "organisation", Kind::Organisation);
            party.signatoryId = referOptional(p, "signatory", Kind::Person);
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
                    QCoreApplication::translate("TripDocument", "refers to %1 %2, which is not in %3")
                        .arg(kindName(r.kind), r.id, collectionPath(r.kind)));
            }
            if (it->second.kind != r.kind) {
                fail(r.where,
                    QCoreApplication::translate("TripDocument", "refers to %1, which is a %2 (at %3), not a %4 in %5")
                        .arg(r.id, kindName(it->second.kind), it->second.where, kindName(r.kind),
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
                    QCoreApplication::translate("TripDocument",
                        "is %1, but the forum's stop is in %2; a forum's times are in the zone of its stop")
                        .arg(c.zone, stopZone));
            }
        }
    }

    struct ForumCheck {
        QString where;
        Uuid stopId;
        QString zone;
    };

    Uuid m_tripId;
    std::map<Uuid, Known> m_ids;
    std::vector<Reference> m_refs;
    std::map<Uuid, QString> m_memberPeople;
    std::map<int, QString> m_precedences;
    std::map<Uuid, QString> m_stopZones;
    std::vector<ForumCheck> m_forumChecks;
};

// ---------------------------------------------------------------------------
// Reading: bytes to JSON

/// 1-based line and column of a 0-based byte offset.
QString lineAndColumn(const QByteArray& bytes, qsizetype offset)
{
    const qsizetype end = std::min(offset, bytes.size());
    const qsizetype lineStart = end == 0 ? 0 : bytes.lastIndexOf('\n', end - 1) + 1;
    const qsizetype line = bytes.left(end).count('\n') + 1;
    return QCoreApplication::translate("TripDocument", "line %1, column %2").arg(line).arg(end - lineStart + 1);
}

/// Offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            hi = c == 0xED ? 0x9F : 0xBF;  // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n) {
                return i;
            }
            const unsigned char cc = p[i + k];
            if (cc < (k == 1 ? lo : 0x80) || cc > (k == 1 ? hi : 0xBF)) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

/// Rejects a key that appears twice in one object (JSON parsers would keep
/// only one of the two values silently), remembering where it was.
class DuplicateKeyWatch {
public:
    bool operator()(int /*depth*/, Json::parse_event_t event, Json& parsed)
    {
        using E = Json::parse_event_t;
        switch (event) {
        case E::object_start:
        case E::array_start:
            beginValue();
            m_frames.push_back(Frame { event == E::array_start, 0, {}, {} });
            break;
        case E::object_end:
        case E::array_end:
            if (!m_frames.empty()) {
                m_frames.pop_back();
            }
            break;
        case E::key:
            if (!m_frames.empty() && parsed.is_string()) {
                Frame& f = m_frames.back();
                f.key = parsed.get<std::string>();
                if (!f.keys.insert(f.key).second && !m_duplicate) {
                    m_duplicate = makeError(
                        QCoreApplication::translate("TripDocument", "the field '%1' appears twice in the same object")
                            .arg(QString::fromStdString(f.key)),
                        pathTo(m_frames.size()));
                }
            }
            break;
        case E::value: beginValue(); break;
        }
        return true;
    }

    [[nodiscard]] const std::optional<Error>& duplicate() const { return m_duplicate; }

private:
    struct Frame {
        bool array;
        std::size_t index;
        std::string key;
        std::set<std::string> keys;
    };

    void beginValue()
    {
        if (!m_frames.empty() && m_frames.back().array) {
            ++m_frames.back().index;
        }
    }

    [[nodiscard]] QString pathTo(std::size_t depth) const
    {
        QString path = QStringLiteral("$");
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& f = m_frames[i];
            path = f.array ? element(path, f.index - 1) : member(path, f.key);
        }
        return path;
    }

    std::vector<Frame> m_frames;
    std::optional<Error> m_duplicate;
};

Result<Json> parseJson(const QByteArray& bytes)
{
    const QString root = QStringLiteral("$");
    if (bytes.trimmed().isEmpty()) {
        return makeError(
            QCoreApplication::translate("TripDocument", "the file is empty; a trip document is a JSON object"), root);
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        return makeError(QCoreApplication::translate(
                             "TripDocument", "the file is not valid UTF-8 at byte %1 (%2); save it with UTF-8 encoding")
                             .arg(bad + 1)
                             .arg(lineAndColumn(bytes, bad)),
            root);
    }
    DuplicateKeyWatch watch;
    try {
        Json j = Json::parse(bytes.begin(), bytes.end(), std::ref(watch));
        if (watch.duplicate()) {
            return *watch.duplicate();
        }
        return j;
    } catch (const Json::parse_error& e) {
        const auto size = static_cast<std::size_t>(bytes.size());
        if (e.byte > size) {
            return makeError(QCoreApplication::translate("TripDocument",
                                 "the file is not valid JSON (ends early at byte %1); it may have been cut off while "
                                 "copying or saving")
                                 .arg(bytes.size()),
                root);
        }
        // nlohmann's own wording of the problem comes after " - ".
        const std::string what = e.what();
        const auto dash = what.find(" - ");
        const QString detail = dash == std::string::npos ? QString() : QString::fromStdString(what.substr(dash + 3));
        const auto offset = static_cast<qsizetype>(e.byte == 0 ? 0 : e.byte - 1);
        return makeError(QCoreApplication::translate("TripDocument", "the file is not valid JSON (at byte %1, %2: %3)")
                             .arg(offset + 1)
                             .arg(lineAndColumn(bytes, offset), detail),
            root);
    } catch (const std::exception& e) {
        return makeError(QCoreApplication::translate("TripDocument", "the file could not be read as JSON (%1)")
                             .arg(QString::fromUtf8(e.what())),
            root);
    }
}

}  // namespace

QByteArray TripDocument::write(const TripBundle& bundle)
{
    Json doc = Json::object();
    doc["format"] = kFormatName;
    doc["version"] = kVersion;
    doc["trip"] = writeTrip(bundle.trip);
    doc["organisations"] = writeAll(bundle.organisations, writeOrganisation);
    doc["people"] = writeAll(bundle.people, writePerson);
    doc["venues"] = writeAll(bundle.venues, writeVenue);
    doc["delegation"] = writeAll(bundle.members, writeMember);
    doc["stops"] = writeAll(bundle.stops, writeStop);
    doc["travelLegs"] = writeAll(bundle.legs, writeLeg);
    doc["forums"] = writeAll(bundle.forums, writeForum);
    doc["meetings"] = writeAll(bundle.meetings, writeMeeting);
    doc["mous"] = writeAll(bundle.mous, writeMou);
    const std::string text = doc.dump(2, ' ', false, Json::error_handler_t::replace);
    QByteArray out(text.data(), static_cast<qsizetype>(text.size()));
    out.append('\n');
    return out;
}

Result<TripBundle> TripDocument::read(const QByteArray& bytes)
{
    try {
        auto json = parseJson(bytes);
        if (!json) {
            return json.error();
        }
        DocumentReader reader;
        return reader.read(*json);
    } catch (const Failure& f) {
        return f.error;
    } catch (const std::exception& e) {
        return makeError(QCoreApplication::translate("TripDocument", "the trip document could not be read (%1)")
                             .arg(QString::fromUtf8(e.what())),
            QStringLiteral("$"));
    } catch (...) {
        return makeError(
            QCoreApplication::translate("TripDocument", "the trip document could not be read"), QStringLiteral("$"));
    }
}

}  // namespace planner
