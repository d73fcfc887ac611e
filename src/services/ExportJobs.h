#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"
#include "services/AgendaDocument.h"
#include "services/CalendarExport.h"
#include "services/Roster.h"
#include "services/RosterWriter.h"

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
    static Status roster(Database& db, const Uuid& tripId, RosterPreset preset,
        const std::optional<std::vector<RosterColumn>>& columns, RosterFormat format, const RosterWriteOptions& options,
        const QString& path);

    /// The whole trip, or one person's part when options.personId is set.
    static Status calendar(Database& db, const Uuid& tripId, const CalendarOptions& options, const QString& path);
};

}  // namespace planner
