#include "ui/TripActions.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/TripPage.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace planner {

namespace {

constexpr int kStatusTimeout = 5000;
const QString kImportDirKey = QStringLiteral("dirs/import");
const QString kExportDirKey = QStringLiteral("dirs/export");

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

}  // namespace

TripActions::TripActions(MainWindow& window, DialogProvider& dialogs)
    : QObject(&window), m_window(window), m_dialogs(dialogs)
{
}

Uuid TripActions::newTrip()
{
    Document* document = m_window.document();
    if (!document) {
        return {};
    }
    Trip trip;
    trip.id = newUuid();
    trip.title = tr("New trip");
    trip.homeZone = QStringLiteral("Asia/Seoul");
    if (!Preferences::homeZone().isEmpty()) {
        trip.homeZone = Preferences::homeZone();
    } else if (auto trips = TripRepository(document->database()).list(); trips.ok() && !trips->empty()) {
        trip.homeZone = trips->back().homeZone;  // by start date: the latest
    }
    if (const Uuid lead = Preferences::leadOrganisation();
        !lead.isEmpty() && OrganisationRepository(document->database()).get(lead).ok()) {
        trip.leadOrganisationId = lead;
    }
    const Status created = document->perform(tr("Create trip '%1'").arg(trip.title), { edits::created(trip) });
    if (!created) {
        m_dialogs.warning(&m_window, tr("New Trip"), created.error().text());
        return {};
    }
    m_window.selectTrip(trip.id);
    m_window.showSection(MainWindow::Section::Overview);
    m_window.statusBar()->showMessage(tr("Created a new trip: give it a title and dates"), kStatusTimeout);
    return trip.id;
}

Uuid TripActions::duplicateTrip()
{
    Document* document = m_window.document();
    const Uuid id = m_window.currentTripId();
    if (!document || id.isEmpty()) {
        return {};
    }
    auto copy = edits::duplicateTrip(document->database(), id);
    auto original = TripRepository(document->database()).get(id);
    if (!copy.ok() || !original.ok()) {
        m_dialogs.warning(&m_window, tr("Duplicate Trip"), (copy.ok() ? original.error() : copy.error()).text());
        return {};
    }
    const Uuid copyId = copy->trip.id;
    const Status created = document->perform(
        tr("Duplicate trip '%1'").arg(original->title), { edits::created(std::move(copy).value()) });
    if (!created) {
        m_dialogs.warning(&m_window, tr("Duplicate Trip"), created.error().text());
        return {};
    }
    m_window.selectTrip(copyId);
    return copyId;
}

bool TripActions::deleteTrip()
{
    Document* document = m_window.document();
    const Uuid id = m_window.currentTripId();
    if (!document || id.isEmpty()) {
        return false;
    }
    auto bundle = TripBundleStore(document->database()).load(id);
    if (!bundle.ok()) {
        m_dialogs.warning(&m_window, tr("Delete Trip"), bundle.error().text());
        return false;
    }
    std::size_t sessions = 0;
    for (const Forum& f : bundle->forums) {
        sessions += f.sessions.size();
    }
    const auto n = [](std::size_t count) { return static_cast<int>(count); };
    QStringList parts;
    parts << tr("a delegation of %n member(s)", nullptr, n(bundle->members.size()))
          << tr("%n stop(s)", nullptr, n(bundle->stops.size()))
          << tr("%n travel leg(s)", nullptr, n(bundle->legs.size()))
          << tr("%1 with %2")
                 .arg(tr("%n forum(s)", nullptr, n(bundle->forums.size())),
                     tr("%n agenda session(s)", nullptr, n(sessions)))
          << tr("%n meeting(s)", nullptr, n(bundle->meetings.size()))
          << tr("%n MOU(s)", nullptr, n(bundle->mous.size()));
    const QString title = bundle->trip.title;
    const bool agreed = m_dialogs.question(&m_window, tr("Delete Trip?"),
        tr("Delete the trip '%1' with everything in it?\n\n• %2\n\nPeople, organisations and venues stay in the "
           "directories. Edit ▸ Undo (Ctrl+Z) brings the trip back.")
            .arg(title, parts.join(QStringLiteral("\n• "))));
    if (!agreed) {
        return false;
    }
    auto changes = edits::deleteTrip(document->database(), id);
    if (!changes.ok()) {
        m_dialogs.warning(&m_window, tr("Delete Trip"), changes.error().text());
        return false;
    }
    const Status deleted = document->perform(tr("Delete trip '%1'").arg(title), std::move(changes).value());
    if (!deleted) {
        m_dialogs.warning(&m_window, tr("Delete Trip"), deleted.error().text());
        return false;
    }
    m_window.statusBar()->showMessage(tr("Deleted the trip '%1'").arg(title), kStatusTimeout);
    return true;
}

void TripActions::importTrip()
{
    if (!m_window.document()) {
        return;
    }
    QSettings settings;
    const QString folder = settings.value(kImportDirKey, documentsFolder()).toString();
    const QString path = m_dialogs.getOpenFileName(
        &m_window, tr("Import Trip"), folder, tr("Trip documents (*.dptrip *.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(kImportDirKey, QFileInfo(path).absolutePath());
    importTripFile(path, false);
}

void TripActions::importTripFile(const QString& path, bool confirmNew)
{
    const Result<QByteArray> bytes = TripTransfer::readFile(path);
    if (!bytes.ok()) {
        m_dialogs.warning(&m_window, tr("Import Trip"), bytes.error().text());
        return;
    }
    const Result<TripBundle> bundle = TripTransfer::readDocument(bytes.value());
    if (!bundle.ok()) {
        m_dialogs.warning(&m_window, tr("Import Trip"),
            tr("%1 is not a trip document that can be imported:\n%2")
                .arg(QFileInfo(path).fileName(), bundle.error().text()));
        return;
    }
    // Importing is an edit like any other: one step on the undo stack.
    const TripBundle& incoming = bundle.value();
    auto existing = TripBundleStore(*m_window.database()).tripExists(incoming.trip.id);
    if (!existing.ok()) {
        m_dialogs.warning(&m_window, tr("Import Trip"), existing.error().text());
        return;
    }
    std::vector<RecordChange> changes;
    if (*existing) {
        const bool replace = m_dialogs.question(&m_window, tr("Replace Trip?"),
            tr("This database already holds the trip “%1”.\n\nReplace it with the trip from %2? Its delegation, "
               "itinerary, forums, meetings and MOUs in this database are replaced. Edit ▸ Undo brings them back.")
                .arg(incoming.trip.title, QFileInfo(path).fileName()));
        if (!replace) {
            return;
        }
        auto current = TripBundleStore(*m_window.database()).load(incoming.trip.id);
        if (!current.ok()) {
            m_dialogs.warning(&m_window, tr("Import Trip"), current.error().text());
            return;
        }
        changes.push_back(edits::updated(*current, incoming));
    } else {
        if (confirmNew
            && !m_dialogs.question(&m_window, tr("Import Trip?"),
                tr("Import the trip “%1” from %2 into %3?")
                    .arg(incoming.trip.title, QFileInfo(path).fileName(),
                        QFileInfo(m_window.windowFilePath()).fileName()))) {
            return;
        }
        changes.push_back(edits::created(incoming));
    }
    const Status imported
        = m_window.document()->perform(tr("Import trip '%1'").arg(incoming.trip.title), std::move(changes));
    if (!imported.ok()) {
        m_dialogs.warning(&m_window, tr("Import Trip"), imported.error().text());
        return;
    }
    // The trip list was reloaded by the edit; show the imported trip afresh.
    m_window.tripPage()->clear();
    m_window.selectTrip(incoming.trip.id);
    m_window.showSection(m_window.currentSection());
    m_window.statusBar()->showMessage(tr("Imported “%1”").arg(incoming.trip.title), kStatusTimeout);
}

void TripActions::exportTrip()
{
    const Uuid tripId = m_window.currentTripId();
    if (!m_window.database() || tripId.isEmpty()) {
        return;
    }
    const Result<Trip> found = TripRepository(*m_window.database()).get(tripId);
    if (!found.ok()) {
        m_dialogs.warning(&m_window, tr("Export Trip"), found.error().text());
        return;
    }
    const Trip& trip = found.value();
    QSettings settings;
    const QString folder = settings.value(kExportDirKey, documentsFolder()).toString();
    QString path = m_dialogs.getSaveFileName(&m_window, tr("Export Trip"),
        QDir(folder).filePath(TripTransfer::suggestedFileName(trip)),
        tr("Trip documents (*.dptrip *.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".dptrip");
    }
    settings.setValue(kExportDirKey, QFileInfo(path).absolutePath());
    const Result<QByteArray> bytes = TripTransfer::exportTrip(*m_window.database(), tripId);
    if (!bytes.ok()) {
        m_dialogs.warning(&m_window, tr("Export Trip"), bytes.error().text());
        return;
    }
    const Status written = TripTransfer::writeFile(path, bytes.value());
    if (!written.ok()) {
        m_dialogs.warning(&m_window, tr("Export Trip"), written.error().text());
        return;
    }
    m_window.statusBar()->showMessage(
        tr("Exported “%1” to %2, readable only by you: it holds the delegation's passport data")
            .arg(trip.title, QDir::toNativeSeparators(path)),
        kStatusTimeout);
}

}  // namespace planner
