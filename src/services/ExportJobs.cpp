#include "services/ExportJobs.h"

#include "storage/Repositories.h"

namespace planner {

Status ExportJobs::agenda(
    Database& db, const Uuid& forumId, AgendaFormat format, const AgendaOptions& options, const QString& path)
{
    auto forum = ForumRepository(db).get(forumId);
    if (!forum.ok()) {
        return forum.error();
    }
    auto bundle = TripBundleStore(db).load(forum->tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    auto agenda = AgendaDocument::build(*bundle, forumId);
    if (!agenda.ok()) {
        return agenda.error();
    }
    switch (format) {
    case AgendaFormat::Html: return agenda->writeHtml(path, options);
    case AgendaFormat::Docx: return agenda->write(DocumentFormat::Docx, path, options);
    case AgendaFormat::Odt: return agenda->write(DocumentFormat::Odt, path, options);
    case AgendaFormat::Pdf: break;
    }
    return agenda->write(DocumentFormat::Pdf, path, options);
}

Status ExportJobs::roster(Database& db, const Uuid& tripId, RosterPreset preset,
    const std::optional<std::vector<RosterColumn>>& columns, RosterFormat format, const RosterWriteOptions& options,
    const QString& path)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    auto roster = Roster::build(*bundle, columns ? *columns : Roster::presetColumns(preset), Roster::title(preset));
    if (!roster.ok()) {
        return roster.error();
    }
    return RosterWriter::write(*roster, format, path, options);
}

Status ExportJobs::calendar(Database& db, const Uuid& tripId, const CalendarOptions& options, const QString& path)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    return CalendarExport::write(*bundle, path, options);
}

}  // namespace planner
