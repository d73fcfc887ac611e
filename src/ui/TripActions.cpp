#include "ui/TripActions.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"

#include <QStatusBar>

namespace planner {

namespace {

constexpr int kStatusTimeout = 5000;

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
    // Counted for the question, "1 stop" or "2 stops" (no plural forms
    // without a translation loaded).
    const auto count
        = [](std::size_t n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(n); };
    QStringList parts;
    parts << count(bundle->members.size(), tr("a delegation of 1 member"), tr("a delegation of %1 members"))
          << count(bundle->stops.size(), tr("1 stop"), tr("%1 stops"))
          << count(bundle->legs.size(), tr("1 travel leg"), tr("%1 travel legs"))
          << tr("%1 with %2")
                 .arg(count(bundle->forums.size(), tr("1 forum"), tr("%1 forums")),
                     count(sessions, tr("1 agenda session"), tr("%1 agenda sessions")))
          << count(bundle->meetings.size(), tr("1 meeting"), tr("%1 meetings"))
          << count(bundle->mous.size(), tr("1 MOU"), tr("%1 MOUs"));
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

}  // namespace planner
