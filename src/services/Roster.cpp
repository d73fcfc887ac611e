#include "services/Roster.h"

#include "services/OutputTerms.h"
#include "storage/Repositories.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace planner {

namespace {

struct RosterText {
    Q_DECLARE_TR_FUNCTIONS(planner::Roster)
};

struct ColumnInfo {
    RosterColumn column;
    const char* token;
    const char* heading;
};

constexpr std::array<ColumnInfo, 23> kColumns { {
    { RosterColumn::Precedence, "precedence", QT_TRANSLATE_NOOP("planner::Roster", "No.") },
    { RosterColumn::Name, "name", QT_TRANSLATE_NOOP("planner::Roster", "Name") },
    { RosterColumn::LocalName, "localName", QT_TRANSLATE_NOOP("planner::Roster", "Name in local script") },
    { RosterColumn::Honorific, "honorific", QT_TRANSLATE_NOOP("planner::Roster", "Title") },
    { RosterColumn::FamilyName, "familyName", QT_TRANSLATE_NOOP("planner::Roster", "Family name") },
    { RosterColumn::GivenNames, "givenNames", QT_TRANSLATE_NOOP("planner::Roster", "Given names") },
    { RosterColumn::Position, "position", QT_TRANSLATE_NOOP("planner::Roster", "Position") },
    { RosterColumn::Organisation, "organisation", QT_TRANSLATE_NOOP("planner::Roster", "Organisation") },
    { RosterColumn::Role, "role", QT_TRANSLATE_NOOP("planner::Roster", "Role in delegation") },
    { RosterColumn::Sex, "sex", QT_TRANSLATE_NOOP("planner::Roster", "Sex") },
    { RosterColumn::DateOfBirth, "dateOfBirth", QT_TRANSLATE_NOOP("planner::Roster", "Date of birth") },
    { RosterColumn::Nationality, "nationality", QT_TRANSLATE_NOOP("planner::Roster", "Nationality") },
    { RosterColumn::PassportNumber, "passportNumber", QT_TRANSLATE_NOOP("planner::Roster", "Passport number") },
    { RosterColumn::PassportExpiry, "passportExpiry", QT_TRANSLATE_NOOP("planner::Roster", "Passport expiry") },
    { RosterColumn::City, "city", QT_TRANSLATE_NOOP("planner::Roster", "City") },
    { RosterColumn::Arrival, "arrival", QT_TRANSLATE_NOOP("planner::Roster", "Arrival (local time)") },
    { RosterColumn::Departure, "departure", QT_TRANSLATE_NOOP("planner::Roster", "Departure (local time)") },
    { RosterColumn::Lodging, "lodging", QT_TRANSLATE_NOOP("planner::Roster", "Lodging") },
    { RosterColumn::Email, "email", QT_TRANSLATE_NOOP("planner::Roster", "E-mail") },
    { RosterColumn::Phone, "phone", QT_TRANSLATE_NOOP("planner::Roster", "Phone") },
    { RosterColumn::CheckIn, "checkIn", QT_TRANSLATE_NOOP("planner::Roster", "Check-in (local time)") },
    { RosterColumn::CheckOut, "checkOut", QT_TRANSLATE_NOOP("planner::Roster", "Check-out (local time)") },
    { RosterColumn::Nights, "nights", QT_TRANSLATE_NOOP("planner::Roster", "Nights") },
} };

const ColumnInfo& info(RosterColumn column)
{
    for (const auto& c : kColumns) {
        if (c.column == column) {
            return c;
        }
    }
    Q_UNREACHABLE();
}

constexpr std::array<std::pair<RosterPreset, const char*>, 3> kPresets { {
    { RosterPreset::Protocol, "protocol" },
    { RosterPreset::Rooming, "rooming" },
    { RosterPreset::Immigration, "immigration" },
} };

const QString kSettingName = QStringLiteral("rosterColumns");

bool isStopColumn(RosterColumn c)
{
    return c == RosterColumn::City || c == RosterColumn::Arrival || c == RosterColumn::Departure
        || c == RosterColumn::Lodging || c == RosterColumn::CheckIn || c == RosterColumn::CheckOut
        || c == RosterColumn::Nights;
}

/// When a person is at a stop, by the legs that carry them (a leg without
/// passengers carries the whole delegation): none when legs lead to the stop
/// and none of them carries the person.
struct Stay {
    PlannedTime checkIn;
    PlannedTime checkOut;
    [[nodiscard]] int nights() const
    {
        return std::max<qint64>(0, checkIn.local().date().daysTo(checkOut.local().date()));
    }
};

std::optional<Stay> stayOf(const TripBundle& bundle, const Stop& stop, const Uuid& personId)
{
    const auto carries = [&personId](const TravelLeg& leg) {
        return leg.passengerIds.empty()
            || std::find(leg.passengerIds.begin(), leg.passengerIds.end(), personId) != leg.passengerIds.end();
    };
    Stay stay { stop.arrival, stop.departure };
    bool inbound = false;
    std::optional<PlannedTime> landed;  // the earliest leg in that carries them
    std::optional<PlannedTime> leaves;  // the latest leg out that carries them
    for (const TravelLeg& leg : bundle.legs) {
        if (leg.toStopId == stop.id && !leg.arrival.isNull()) {
            inbound = true;
            if (carries(leg) && (!landed || compareInstants(leg.arrival, *landed) < 0)) {
                landed = leg.arrival;
            }
        }
        if (leg.fromStopId == stop.id && !leg.departure.isNull() && carries(leg)
            && (!leaves || compareInstants(leg.departure, *leaves) > 0)) {
            leaves = leg.departure;
        }
    }
    if (inbound && !landed) {
        return std::nullopt;
    }
    if (landed && compareInstants(*landed, stay.checkIn) > 0) {
        stay.checkIn = *landed;
    }
    if (leaves && compareInstants(*leaves, stay.checkOut) < 0) {
        stay.checkOut = *leaves;
    }
    return stay;
}

template <typename T> const T* findById(const std::vector<T>& list, const Uuid& id)
{
    const auto it = std::find_if(list.begin(), list.end(), [&id](const T& item) { return item.id == id; });
    return it == list.end() ? nullptr : &*it;
}

}  // namespace

QString Roster::token(RosterColumn column)
{
    return QString::fromLatin1(info(column).token);
}

std::optional<RosterColumn> Roster::columnFromToken(const QString& token)
{
    // The trip document's key for the same thing.
    if (token.compare(QLatin1String("givenName"), Qt::CaseInsensitive) == 0) {
        return RosterColumn::GivenNames;
    }
    for (const auto& c : kColumns) {
        if (token.compare(QLatin1String(c.token), Qt::CaseInsensitive) == 0) {
            return c.column;
        }
    }
    return std::nullopt;
}

QStringList Roster::allColumnTokens()
{
    QStringList out;
    for (const auto& c : kColumns) {
        out << QString::fromLatin1(c.token);
    }
    return out;
}

QString Roster::heading(RosterColumn column)
{
    return QCoreApplication::translate("planner::Roster", info(column).heading);
}

QString Roster::token(RosterPreset preset)
{
    for (const auto& [p, t] : kPresets) {
        if (p == preset) {
            return QString::fromLatin1(t);
        }
    }
    return {};
}

std::optional<RosterPreset> Roster::presetFromToken(const QString& token)
{
    for (const auto& [p, t] : kPresets) {
        if (token == QLatin1String(t)) {
            return p;
        }
    }
    return std::nullopt;
}

QString Roster::title(RosterPreset preset)
{
    switch (preset) {
    case RosterPreset::Protocol: return RosterText::tr("Protocol list");
    case RosterPreset::Rooming: return RosterText::tr("Rooming list");
    case RosterPreset::Immigration: return RosterText::tr("Immigration list");
    }
    return {};
}

std::vector<RosterColumn> Roster::presetColumns(RosterPreset preset)
{
    using C = RosterColumn;
    switch (preset) {
    case RosterPreset::Protocol: return { C::Precedence, C::Name, C::LocalName, C::Position, C::Organisation, C::Role };
    case RosterPreset::Rooming: return { C::Name, C::Sex, C::City, C::Lodging, C::CheckIn, C::CheckOut, C::Nights };
    case RosterPreset::Immigration:
        return { C::FamilyName, C::GivenNames, C::Sex, C::DateOfBirth, C::Nationality, C::PassportNumber,
            C::PassportExpiry };
    }
    return {};
}

bool Roster::isPassportColumn(RosterColumn column)
{
    return column == RosterColumn::DateOfBirth || column == RosterColumn::Nationality
        || column == RosterColumn::PassportNumber || column == RosterColumn::PassportExpiry;
}

bool Roster::containsPassportData(const std::vector<RosterColumn>& columns)
{
    return std::any_of(columns.begin(), columns.end(), [](RosterColumn c) { return isPassportColumn(c); });
}

Result<std::vector<RosterColumn>> Roster::parseColumns(const QString& commaSeparated)
{
    std::vector<RosterColumn> out;
    for (const QString& part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty()) {
            continue;
        }
        const auto column = columnFromToken(name);
        if (!column) {
            return makeError(RosterText::tr("Unknown roster column \"%1\". Known columns: %2.")
                                 .arg(name, allColumnTokens().join(QStringLiteral(", "))));
        }
        if (std::find(out.begin(), out.end(), *column) == out.end()) {
            out.push_back(*column);
        }
    }
    if (out.empty()) {
        return makeError(RosterText::tr("Choose at least one roster column. Known columns: %1.")
                             .arg(allColumnTokens().join(QStringLiteral(", "))));
    }
    return out;
}

QString Roster::joinColumns(const std::vector<RosterColumn>& columns)
{
    QStringList tokens;
    for (RosterColumn c : columns) {
        tokens << token(c);
    }
    return tokens.join(QLatin1Char(','));
}

Result<std::vector<RosterColumn>> Roster::rememberedColumns(Database& db, const Uuid& tripId)
{
    auto value = TripSettingsRepository(db).value(tripId, kSettingName);
    if (!value.ok()) {
        return value.error();
    }
    if (value->trimmed().isEmpty()) {
        return presetColumns(RosterPreset::Protocol);
    }
    auto parsed = parseColumns(*value);
    if (!parsed.ok()) {
        // A column no longer known: fall back rather than refuse the dialog.
        return presetColumns(RosterPreset::Protocol);
    }
    return parsed;
}

Status Roster::rememberColumns(Database& db, const Uuid& tripId, const std::vector<RosterColumn>& columns)
{
    return TripSettingsRepository(db).setValue(tripId, kSettingName, joinColumns(columns));
}

Result<Roster> Roster::build(const TripBundle& bundle, RosterPreset preset)
{
    return build(bundle, presetColumns(preset), title(preset));
}

Result<Roster> Roster::build(const TripBundle& bundle, const std::vector<RosterColumn>& columns, const QString& title)
{
    if (columns.empty()) {
        return makeError(RosterText::tr("Choose at least one roster column."));
    }
    Roster roster;
    roster.m_columns = columns;
    roster.m_title = title;
    roster.m_trip = bundle.trip;
    roster.m_delegationName = bundle.trip.delegationName;

    std::vector<DelegationMember> members = bundle.members;
    std::stable_sort(members.begin(), members.end(),
        [](const DelegationMember& a, const DelegationMember& b) { return a.precedence < b.precedence; });

    const bool perStop = std::any_of(columns.begin(), columns.end(), isStopColumn);
    std::vector<const Stop*> stops;
    if (perStop) {
        for (const auto& stop : bundle.stops) {
            stops.push_back(&stop);
        }
        std::stable_sort(stops.begin(), stops.end(),
            [](const Stop* a, const Stop* b) { return compareInstants(a->arrival, b->arrival) < 0; });
    } else {
        stops.push_back(nullptr);
    }

    for (const Stop* stop : stops) {
        for (const auto& member : members) {
            const Person* person = findById(bundle.people, member.personId);
            if (person == nullptr) {
                return makeError(RosterText::tr("A delegation member refers to a person who is not in the trip."));
            }
            const Organisation* org = findById(bundle.organisations, person->organisationId);
            std::optional<Stay> stay;
            if (stop != nullptr) {
                stay = stayOf(bundle, *stop, person->id);
                if (!stay) {
                    continue;  // not at this stop
                }
            }
            std::vector<Value> row;
            for (RosterColumn c : columns) {
                switch (c) {
                case RosterColumn::Precedence: row.emplace_back(member.precedence); break;
                case RosterColumn::Name: row.emplace_back(person->displayName()); break;
                case RosterColumn::LocalName: row.emplace_back(person->localName); break;
                case RosterColumn::Honorific: row.emplace_back(person->honorific); break;
                case RosterColumn::FamilyName: row.emplace_back(person->familyName.toUpper()); break;
                case RosterColumn::GivenNames: row.emplace_back(person->givenName); break;
                case RosterColumn::Position: row.emplace_back(person->position); break;
                case RosterColumn::Organisation: row.emplace_back(org ? org->name : QString()); break;
                case RosterColumn::Role: row.emplace_back(OutputTerms::of(member.role)); break;
                case RosterColumn::Sex: row.emplace_back(OutputTerms::of(person->sex)); break;
                case RosterColumn::DateOfBirth: row.emplace_back(person->dateOfBirth); break;
                case RosterColumn::Nationality: row.emplace_back(person->nationality); break;
                case RosterColumn::PassportNumber: row.emplace_back(person->passportNumber); break;
                case RosterColumn::PassportExpiry: row.emplace_back(person->passportExpiry); break;
                case RosterColumn::City: row.emplace_back(stop ? stop->city : QString()); break;
                case RosterColumn::Arrival: row.emplace_back(stop ? stop->arrival : PlannedTime()); break;
                case RosterColumn::Departure: row.emplace_back(stop ? stop->departure : PlannedTime()); break;
                case RosterColumn::Lodging: row.emplace_back(stop ? stop->lodging : QString()); break;
                case RosterColumn::Email: row.emplace_back(person->email); break;
                case RosterColumn::Phone: row.emplace_back(person->phone); break;
                case RosterColumn::CheckIn: row.emplace_back(stay ? stay->checkIn : PlannedTime()); break;
                case RosterColumn::CheckOut: row.emplace_back(stay ? stay->checkOut : PlannedTime()); break;
                case RosterColumn::Nights: row.emplace_back(stay ? stay->nights() : 0); break;
                }
            }
            roster.m_rows.push_back(std::move(row));
            if (stop != nullptr) {
                QString group = stop->city;
                if (!stop->lodging.isEmpty()) {
                    group += QStringLiteral(" · ") + stop->lodging;
                }
                roster.m_rowGroups << RosterText::tr("%1 · %2 to %3")
                                          .arg(group, stop->arrival.local().toString(QStringLiteral("yyyy-MM-dd")),
                                              stop->departure.local().toString(QStringLiteral("yyyy-MM-dd")));
            }
        }
    }
    return roster;
}

QString Roster::text(const Value& value)
{
    if (const auto* s = std::get_if<QString>(&value)) {
        return *s;
    }
    if (const auto* n = std::get_if<int>(&value)) {
        return QString::number(*n);
    }
    if (const auto* d = std::get_if<QDate>(&value)) {
        return d->isValid() ? d->toString(Qt::ISODate) : QString();
    }
    const auto& t = std::get<PlannedTime>(value);
    return t.isNull() ? QString() : t.local().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace planner
