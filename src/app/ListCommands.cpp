// list trips, forums, people and organisations.

#include "app/CommandSupport.h"
#include "services/TripTransfer.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <optional>
#include <set>

namespace planner::cli {

namespace {

/// Runs a list: opens the database, resolves --trip when given, fills a table.
int runList(Invocation& inv, const std::function<Result<Table>(Database&, const Trip*)>& fill)
{
    auto db = openExisting(inv);
    if (!db.ok()) {
        return userError(inv.err, db.error().text());
    }
    std::optional<Trip> trip;
    if (inv.parser.isSet(inv.options.trip)) {
        const Result<Trip> resolved = TripTransfer::resolveTrip(*db.value(), inv.parser.value(inv.options.trip));
        if (!resolved.ok()) {
            return userError(inv.err, resolved.error().text());
        }
        trip = resolved.value();
    }
    const Result<Table> table = fill(*db.value(), trip ? &*trip : nullptr);
    if (!table.ok()) {
        return userError(inv.err, table.error().text());
    }
    table->print(inv.out, inv.parser.isSet(inv.options.json));
    return CommandLine::Success;
}

Result<Table> tripTable(Database& db, const Trip* only)
{
    const auto trips = TripRepository(db).list();
    if (!trips.ok()) {
        return trips.error();
    }
    const auto organisations = OrganisationRepository(db).list();
    if (!organisations.ok()) {
        return organisations.error();
    }
    const auto orgById = byId(organisations.value());
    Table table { { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("start_date"),
                      QStringLiteral("end_date"), QStringLiteral("home_zone"), QStringLiteral("lead_organisation") },
        {} };
    for (const Trip& trip : trips.value()) {
        if (only != nullptr && only->id != trip.id) {
            continue;
        }
        table.rows.push_back({ trip.id, trip.title, trip.startDate.toString(Qt::ISODate),
            trip.endDate.toString(Qt::ISODate), trip.homeZone, orgById.value(trip.leadOrganisationId).name });
    }
    return table;
}

Result<Table> forumTable(Database& db, const Trip* only)
{
    const auto forums = ForumRepository(db).list(only != nullptr ? only->id : Uuid());
    const auto trips = TripRepository(db).list();
    const auto venues = VenueRepository(db).list();
    const auto organisations = OrganisationRepository(db).list();
    for (const Error* error : { forums.ok() ? nullptr : &forums.error(), trips.ok() ? nullptr : &trips.error(),
             venues.ok() ? nullptr : &venues.error(), organisations.ok() ? nullptr : &organisations.error() }) {
        if (error != nullptr) {
            return *error;
        }
    }
    const auto tripById = byId(trips.value());
    const auto venueById = byId(venues.value());
    const auto orgById = byId(organisations.value());
    QHash<Uuid, Stop> stopById;
    std::set<Uuid> tripIds;
    for (const Forum& forum : forums.value()) {
        tripIds.insert(forum.tripId);
    }
    for (const Uuid& tripId : tripIds) {
        const auto stops = ItineraryRepository(db).stops(tripId);
        if (!stops.ok()) {
            return stops.error();
        }
        stopById.insert(byId(stops.value()));
    }
    Table table { { QStringLiteral("id"), QStringLiteral("trip"), QStringLiteral("title"), QStringLiteral("city"),
                      QStringLiteral("venue"), QStringLiteral("start"), QStringLiteral("zone"),
                      QStringLiteral("utc_offset"), QStringLiteral("sessions"), QStringLiteral("hosts") },
        {} };
    for (const Forum& forum : forums.value()) {
        QStringList hosts;
        for (const ForumHost& host : forum.hosts) {
            const QString name = orgById.value(host.organisationId).name;
            hosts << (host.role == HostRole::CoHost ? CommandLine::tr("%1 (co-host)").arg(name) : name);
        }
        table.rows.push_back({ forum.id, tripById.value(forum.tripId).title, forum.title,
            stopById.value(forum.stopId).city, venueById.value(forum.venueId).name, forum.start.localIso(),
            forum.start.zone(), forum.start.isNull() ? QString() : forum.start.utcOffsetText(),
            static_cast<int>(forum.sessions.size()), hosts.join(QStringLiteral("; ")) });
    }
    return table;
}

Result<Table> peopleTable(Database& db, const Trip* only)
{
    const auto people = PersonRepository(db).list();
    const auto organisations = OrganisationRepository(db).list();
    if (!people.ok()) {
        return people.error();
    }
    if (!organisations.ok()) {
        return organisations.error();
    }
    const auto orgById = byId(organisations.value());
    const QStringList personColumns { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("local_name"),
        QStringLiteral("position"), QStringLiteral("organisation") };
    auto personCells = [&orgById](const Person& p) -> QVariantList {
        return { p.id, p.displayName(), p.localName, p.position, orgById.value(p.organisationId).name };
    };
    Table table;
    if (only == nullptr) {
        table.columns = personColumns;
        for (const Person& person : people.value()) {
            table.rows.push_back(personCells(person));
        }
        return table;
    }
    const auto members = TripRepository(db).members(only->id);
    if (!members.ok()) {
        return members.error();
    }
    const auto personById = byId(people.value());
    table.columns = QStringList { QStringLiteral("precedence"), QStringLiteral("role") } + personColumns;
    for (const DelegationMember& member : members.value()) {
        QVariantList row { member.precedence, token(member.role) };
        row.append(personCells(personById.value(member.personId)));
        table.rows.push_back(row);
    }
    return table;
}

Result<Table> organisationTable(Database& db, const Trip* only)
{
    std::vector<Organisation> organisations;
    if (only == nullptr) {
        auto all = OrganisationRepository(db).list();
        if (!all.ok()) {
            return all.error();
        }
        organisations = std::move(all).value();
    } else {
        auto bundle = TripBundleStore(db).load(only->id);
        if (!bundle.ok()) {
            return bundle.error();
        }
        organisations = std::move(bundle).value().organisations;
    }
    Table table { { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("local_name"),
                      QStringLiteral("abbreviation"), QStringLiteral("country"), QStringLiteral("kind") },
        {} };
    for (const Organisation& o : organisations) {
        table.rows.push_back({ o.id, o.name, o.localName, o.abbreviation, o.country, token(o.kind) });
    }
    return table;
}

}  // namespace

std::vector<Subcommand> listCommands(const Options& o)
{
    auto list = [&o](const QString& what, Result<Table> (*fill)(Database&, const Trip*), const QString& summary) {
        return Subcommand { .words = { QStringLiteral("list"), what },
            .arguments = {},
            .accepted = { &o.db, &o.trip, &o.json },
            .required = { &o.db },
            .synopsis = QStringLiteral("--db FILE [--trip T] [--json]"),
            .summary = summary,
            .run = [fill](Invocation& inv) { return runList(inv, fill); },
            .paints = false };
    };
    return {
        list(QStringLiteral("trips"), tripTable, CommandLine::tr("list the trips")),
        list(QStringLiteral("forums"), forumTable, CommandLine::tr("list forums (of a trip)")),
        list(QStringLiteral("people"), peopleTable, CommandLine::tr("list people (a trip's delegation)")),
        list(QStringLiteral("organisations"), organisationTable,
            CommandLine::tr("list organisations (those a trip refers to)")),
    };
}

}  // namespace planner::cli
