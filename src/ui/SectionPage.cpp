#include "ui/SectionPage.h"

#include "commands/Document.h"
#include "storage/Repositories.h"

namespace planner {

SectionPage::SectionPage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : QWidget(parent), m_document(document), m_dialogs(dialogs)
{
    connect(&m_document, &Document::changedExternally, this, &SectionPage::refresh);
}

void SectionPage::setTrip(const Uuid& tripId)
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

bool SectionPage::selectRecord(const Uuid&)
{
    return false;
}

bool SectionPage::focusSearch()
{
    return false;
}

}  // namespace planner
