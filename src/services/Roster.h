#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace planner {

class Database;

/// The columns a delegation roster can have. Tokens (Roster::token) are
/// stable: they are used on the command line and remembered per trip.
enum class RosterColumn {
    Precedence,
    Name,  ///< "HONG Yun-sik"
    LocalName,  ///< "홍윤식"
    Honorific,
    FamilyName,  ///< as in the passport, in capitals
    GivenNames,  ///< as in the passport
    Position,
    Organisation,
    Role,
    Sex,
    DateOfBirth,
    Nationality,
    PassportNumber,
    PassportExpiry,
    City,  ///< of the stop (one row per member and stop)
    Arrival,  ///< at the stop, local time
    Departure,  ///< from the stop, local time
    Lodging,  ///< at the stop
    Email,
    Phone,
    CheckIn,  ///< the person's: the stop's arrival, or later when their leg in lands later
    CheckOut,  ///< the person's: the stop's departure, or earlier when their leg out leaves earlier
    Nights,  ///< the person's nights at the stop, from check-in to check-out
};

/// The usual recipients of a roster.
enum class RosterPreset {
    Protocol,  ///< host protocol office: precedence, names, position, organisation, role
    Rooming,  ///< hotel: name, sex, city, lodging, check-in, check-out, nights
    Immigration,  ///< visa/immigration: passport names, sex, birth date, nationality, passport
};

/// A delegation roster: the members of a trip in order of precedence with
/// the chosen columns. When a column describes a stop (city, arrival,
/// departure, lodging, check-in, check-out, nights), there is one row per
/// stop and member, stop by stop, so that each hotel finds its own block;
/// by the travel legs' passenger lists, a member who is not at a stop has
/// no row there, and one who joins later or leaves early has only their
/// own nights.
class Roster {
public:
    /// A cell: text, a whole number, a date, or a local time with its zone.
    using Value = std::variant<QString, int, QDate, PlannedTime>;

    static QString token(RosterColumn column);
    static std::optional<RosterColumn> columnFromToken(const QString& token);
    static QStringList allColumnTokens();
    /// The translated column heading ("Date of birth").
    static QString heading(RosterColumn column);

    static QString token(RosterPreset preset);
    static std::optional<RosterPreset> presetFromToken(const QString& token);
    /// "Protocol list", "Rooming list", "Immigration list"
    static QString title(RosterPreset preset);
    static std::vector<RosterColumn> presetColumns(RosterPreset preset);

    /// True for the columns that come from travel documents (date of birth,
    /// nationality, passport number and expiry).
    static bool isPassportColumn(RosterColumn column);
    /// True when a roster with these columns carries passport data: the GUI
    /// says so before writing such a file.
    static bool containsPassportData(const std::vector<RosterColumn>& columns);

    /// Parses "name,position,organisation"; fails naming an unknown column
    /// and listing the known ones.
    static Result<std::vector<RosterColumn>> parseColumns(const QString& commaSeparated);
    static QString joinColumns(const std::vector<RosterColumn>& columns);

    /// The custom columns remembered for a trip (setting "rosterColumns"),
    /// or the protocol preset when none were remembered.
    static Result<std::vector<RosterColumn>> rememberedColumns(Database& db, const Uuid& tripId);
    static Status rememberColumns(Database& db, const Uuid& tripId, const std::vector<RosterColumn>& columns);

    /// Builds the roster of a trip; title is shown on paper and in files.
    static Result<Roster> build(
        const TripBundle& bundle, const std::vector<RosterColumn>& columns, const QString& title);
    static Result<Roster> build(const TripBundle& bundle, RosterPreset preset);

    [[nodiscard]] const std::vector<RosterColumn>& columns() const { return m_columns; }
    [[nodiscard]] const std::vector<std::vector<Value>>& rows() const { return m_rows; }
    /// For a roster with one block per stop: the stop of each row ("Tashkent,
    /// 15–18 August 2016"); empty otherwise.
    [[nodiscard]] const QStringList& rowGroups() const { return m_rowGroups; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] const Trip& trip() const { return m_trip; }
    [[nodiscard]] QString delegationName() const { return m_delegationName; }
    [[nodiscard]] bool containsPassportData() const { return containsPassportData(m_columns); }

    /// The text of a cell as printed and written to CSV: dates "2016-08-17",
    /// times "2016-08-17 09:30".
    static QString text(const Value& value);

private:
    std::vector<RosterColumn> m_columns;
    std::vector<std::vector<Value>> m_rows;
    QStringList m_rowGroups;
    QString m_title;
    QString m_delegationName;
    Trip m_trip;
};

}  // namespace planner
