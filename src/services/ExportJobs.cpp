#include "services/ExportJobs.h"

#include "services/AtomicFile.h"
#include "services/CheckService.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

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
    auto agenda = AgendaDocument::build(*bundle, forumId, options.locale);
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

namespace {

/// The open findings of the passport checks, for a roster with passport data.
QStringList passportWarnings(Database& db, const Uuid& tripId)
{
    QStringList out;
    const auto reviewed = CheckService(db).review(tripId);
    if (!reviewed.ok()) {
        return { reviewed.error().text() };
    }
    for (const ReviewedFinding& r : *reviewed) {
        const bool passport = r.finding.ruleId == QLatin1String("passport-expiring")
            || r.finding.ruleId == QLatin1String("passport-missing");
        if (passport && r.isOpen()) {
            out << r.finding.message;
        }
    }
    return out;
}

}  // namespace

Status ExportJobs::roster(Database& db, const Uuid& tripId, RosterPreset preset,
    const std::optional<std::vector<RosterColumn>>& columns, RosterFormat format, const RosterWriteOptions& options,
    const QString& path, QStringList* warnings)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    const std::vector<RosterColumn> chosen = columns ? *columns : Roster::presetColumns(preset);
    auto roster = Roster::build(*bundle, chosen, Roster::title(preset));
    if (!roster.ok()) {
        return roster.error();
    }
    const Status written = RosterWriter::write(*roster, format, path, options);
    if (written.ok() && warnings != nullptr && Roster::containsPassportData(chosen)) {
        *warnings = passportWarnings(db, tripId);
    }
    return written;
}

namespace {

/// Everybody of the delegation, in order of precedence, when none are given.
std::vector<Uuid> travellers(const TripBundle& bundle, const std::vector<Uuid>& personIds)
{
    if (!personIds.empty()) {
        return personIds;
    }
    std::vector<Uuid> all;
    for (const DelegationMember& m : bundle.members) {
        all.push_back(m.personId);
    }
    return all;
}

}  // namespace

Status ExportJobs::programme(
    Database& db, const Uuid& tripId, DocumentFormat format, const TripDocumentOptions& options, const QString& path)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    auto doc = TripDocuments::programme(*bundle, options);
    if (!doc.ok()) {
        return doc.error();
    }
    return DocumentFiles::write(*doc, format, path);
}

Status ExportJobs::itinerary(Database& db, const Uuid& tripId, const std::vector<Uuid>& personIds,
    DocumentFormat format, const TripDocumentOptions& options, const QString& path)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    auto doc = TripDocuments::itineraries(*bundle, travellers(*bundle, personIds), options);
    if (!doc.ok()) {
        return doc.error();
    }
    return DocumentFiles::write(*doc, format, path);
}

QStringList ExportJobs::itineraryFileNames(
    const TripBundle& bundle, const std::vector<Uuid>& personIds, DocumentFormat format)
{
    QHash<Uuid, const Person*> people;
    for (const Person& p : bundle.people) {
        people.insert(p.id, &p);
    }
    QStringList names;
    QSet<QString> taken;  // case-insensitive file systems: "Kim" and "KIM" collide
    for (const Uuid& id : travellers(bundle, personIds)) {
        const Person* person = people.value(id);
        QString stem = person ? TripDocuments::itineraryTitle(*person) : id;
        stem.replace(QRegularExpression(QStringLiteral("[\\/:*?\"<>|]+")), QStringLiteral(" "));
        stem = stem.simplified();
        QString name = stem;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
            name = QStringLiteral("%1 (%2)").arg(stem).arg(n);
        }
        taken.insert(name.toCaseFolded());
        names << name + QLatin1Char('.') + DocumentFiles::token(format);
    }
    return names;
}

Result<QStringList> ExportJobs::itineraryFiles(Database& db, const Uuid& tripId, const std::vector<Uuid>& personIds,
    DocumentFormat format, const TripDocumentOptions& options, const QString& folder)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    const std::vector<Uuid> ids = travellers(*bundle, personIds);
    const QStringList names = itineraryFileNames(*bundle, ids, format);
    QStringList written;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto doc = TripDocuments::itineraries(*bundle, { ids[i] }, options);
        if (!doc.ok()) {
            return doc.error();
        }
        const QString path = QDir(folder).filePath(names.at(static_cast<qsizetype>(i)));
        if (Status s = DocumentFiles::write(*doc, format, path); !s.ok()) {
            return s.error();
        }
        written << path;
    }
    return written;
}

Status ExportJobs::calendar(Database& db, const Uuid& tripId, const CalendarOptions& options, const QString& path)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    return CalendarExport::write(*bundle, path, options);
}

namespace {

/// Loads the trip, builds the bytes and writes them whole or not at all.
Status writeFromBundle(Database& db, const Uuid& tripId, const QString& path,
    const std::function<Result<QByteArray>(const TripBundle&)>& build)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        return bundle.error();
    }
    auto bytes = build(*bundle);
    if (!bytes.ok()) {
        return bytes.error();
    }
    return AtomicFile::write(path, *bytes);
}

}  // namespace

Status ExportJobs::badges(
    Database& db, const Uuid& tripId, const ProtocolScope& scope, const BadgeOptions& options, const QString& path)
{
    return writeFromBundle(
        db, tripId, path, [&](const TripBundle& b) { return ProtocolOutputs::badges(b, scope, options); });
}

Status ExportJobs::placeCards(
    Database& db, const Uuid& tripId, const ProtocolScope& scope, const PlaceCardOptions& options, const QString& path)
{
    return writeFromBundle(
        db, tripId, path, [&](const TripBundle& b) { return ProtocolOutputs::placeCards(b, scope, options); });
}

Status ExportJobs::seating(Database& db, const Uuid& tripId, const ProtocolScope& scope,
    std::optional<SeatingLayout> layout, const QString& path)
{
    const bool png = QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
    return writeFromBundle(
        db, tripId, path, [&](const TripBundle& b) { return ProtocolOutputs::seatingDiagram(b, scope, layout, png); });
}

}  // namespace planner
