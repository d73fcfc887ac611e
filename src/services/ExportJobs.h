#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"
#include "services/AgendaDocument.h"
#include "services/CalendarExport.h"
#include "services/ProtocolOutputs.h"
#include "services/Roster.h"
#include "services/RosterWriter.h"
#include "services/TripDocuments.h"

#include <QString>

#include <optional>
#include <vector>

namespace planner {

class Database;

/// The exports as one call each, from a database to a file: what the
/// command line's `export agenda|roster|ics` and the GUI's export actions
/// run. Each loads the trip, builds the document and writes it through a
/// temporary file renamed into place.
class ExportJobs {
public:
    enum class AgendaFormat { Pdf, Html, Docx, Odt };

    static Status agenda(
        Database& db, const Uuid& forumId, AgendaFormat format, const AgendaOptions& options, const QString& path);

    /// The preset's columns, or the given ones under the preset's title.
    /// When the roster carries passport data, warnings receives what the
    /// passport checks find for its people (missing data, a passport that
    /// expires too soon), unless acknowledged: the file is written all the
    /// same, but the user is to be told.
    static Status roster(Database& db, const Uuid& tripId, RosterPreset preset,
        const std::optional<std::vector<RosterColumn>>& columns, RosterFormat format, const RosterWriteOptions& options,
        const QString& path, QStringList* warnings = nullptr);

    /// The trip programme (PDF, DOCX, ODT).
    static Status programme(Database& db, const Uuid& tripId, DocumentFormat format, const TripDocumentOptions& options,
        const QString& path);

    /// The itineraries of the given delegation members (all of them when
    /// empty) in one file, each from a new page.
    static Status itinerary(Database& db, const Uuid& tripId, const std::vector<Uuid>& personIds, DocumentFormat format,
        const TripDocumentOptions& options, const QString& path);

    /// The file names itineraryFiles() writes, in the same order: "Itinerary
    /// of NAME.SUFFIX", with " (2)" and so on for a name met before.
    static QStringList itineraryFileNames(
        const TripBundle& bundle, const std::vector<Uuid>& personIds, DocumentFormat format);

    /// One itinerary file per person in a folder (see itineraryFileNames());
    /// returns the paths written. Stops at the first failure.
    static Result<QStringList> itineraryFiles(Database& db, const Uuid& tripId, const std::vector<Uuid>& personIds,
        DocumentFormat format, const TripDocumentOptions& options, const QString& folder);

    /// The whole trip, or one person's part when options.personId is set.
    static Status calendar(Database& db, const Uuid& tripId, const CalendarOptions& options, const QString& path);

    /// Name badges of the trip's delegation, or of a forum's or meeting's people (PDF).
    static Status badges(
        Database& db, const Uuid& tripId, const ProtocolScope& scope, const BadgeOptions& options, const QString& path);
    /// Tent place cards, in seat order for a forum's head table or a meeting (PDF).
    static Status placeCards(Database& db, const Uuid& tripId, const ProtocolScope& scope,
        const PlaceCardOptions& options, const QString& path);
    /// The seating plan of a meeting or a forum's head table: PDF, or PNG
    /// when the path ends in .png.
    static Status seating(Database& db, const Uuid& tripId, const ProtocolScope& scope,
        std::optional<SeatingLayout> layout, const QString& path);
};

}  // namespace planner
