#include "ui/TripSectionPage.h"

#include "commands/Document.h"
#include "storage/Repositories.h"

namespace planner {

TripSectionPage::TripSectionPage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : QWidget(parent), m_document(document), m_dialogs(dialogs)
{
    connect(&m_document, &Document::changedExternally, this, &TripSectionPage::refresh);
}

void TripSectionPage::setTrip(const Uuid& tripId)
{
    m_tripId = tripId;
    m_homeZone.clear();
    if (!tripId.isEmpty()) {
        if (auto trip = TripRepository(m_document.database()).get(tripId); trip.ok()) {
            m_homeZone = trip->homeZone;
        }
    }
    refresh();
}

}  // namespace planner
