#include "services/TripDocument.h"
#include "services/TripDocumentJson.h"

// Writing a trip document: keys in the documented order, two-space
// indentation, UTF-8, a final newline; equal bundles give equal bytes.

namespace planner {

using namespace tripdoc;

namespace {

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

/// A seating plan, written only where there is one.
void writeSeating(Json& j, const std::optional<SeatingPlan>& plan)
{
    if (!plan) {
        return;
    }
    Json seating = Json::object();
    seating["layout"] = str(token(plan->layout));
    Json seats = Json::array();
    for (const Seat& seat : plan->seats) {
        Json k = Json::object();
        k["person"] = str(seat.personId);
        k["side"] = str(token(seat.side));
        k["row"] = seat.row;
        k["place"] = seat.place;
        seats.push_back(std::move(k));
    }
    seating["seats"] = std::move(seats);
    j["seating"] = std::move(seating);
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
    writeSeating(j, f.seating);
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
    writeSeating(j, m.seating);
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

}  // namespace planner
