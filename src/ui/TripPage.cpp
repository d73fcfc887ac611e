#include "ui/TripPage.h"

#include "models/DelegationTableModel.h"
#include "models/ForumTableModel.h"
#include "storage/Repositories.h"
#include "ui/ViewSetup.h"
#include "ui_TripPage.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLocale>
#include <QTimeZone>

namespace planner {

namespace {

constexpr quint32 kStateVersion = 1;

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

}  // namespace

TripPage::TripPage(QWidget* parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::TripPage>()),
      m_forumModel(new ForumTableModel(this)),
      m_delegationModel(new DelegationTableModel(this))
{
    m_ui->setupUi(this);
    setUpSortedView(m_ui->forumView, m_forumModel, ForumTableModel::StartColumn);
    setUpSortedView(m_ui->delegationView, m_delegationModel, DelegationTableModel::PrecedenceColumn);
    m_ui->pageSplitter->setStretchFactor(0, 1);
    m_ui->pageSplitter->setStretchFactor(1, 3);
}

TripPage::~TripPage() = default;

Status TripPage::showTrip(Database& db, const Uuid& tripId)
{
    const auto trip = TripRepository(db).get(tripId);
    if (!trip.ok()) {
        clear();
        return trip.error();
    }
    m_tripId = tripId;
    showOverview(db, trip.value());
    Status status = m_forumModel->reload(&db, tripId);
    if (status.ok()) {
        status = m_delegationModel->reload(&db, tripId);
    }
    if (!status.ok()) {
        clear();
        return status;
    }
    m_ui->forumsBox->setTitle(tr("Forums (%1)").arg(m_forumModel->rowCount()));
    m_ui->delegationBox->setTitle(tr("Delegation (%1)").arg(m_delegationModel->rowCount()));
    if (!m_columnsFitted && m_delegationModel->rowCount() > 0) {
        fitColumns(m_ui->forumView);
        fitColumns(m_ui->delegationView);
        m_columnsFitted = true;
    }
    return Status::success();
}

void TripPage::showOverview(Database& db, const Trip& trip)
{
    m_ui->titleLabel->setText(trip.title);
    if (trip.startDate.isValid() && trip.endDate.isValid()) {
        m_ui->datesLabel->setText(
            tr("%1 – %2 (%n day(s))", nullptr, static_cast<int>(trip.startDate.daysTo(trip.endDate)) + 1)
                .arg(dateText(trip.startDate), dateText(trip.endDate)));
    } else {
        m_ui->datesLabel->setText(trip.startDate.isValid() ? dateText(trip.startDate) : QString());
    }
    QString zone = trip.homeZone;
    const QTimeZone timeZone(trip.homeZone.toUtf8());
    if (timeZone.isValid() && trip.startDate.isValid()) {
        const QDateTime noon(trip.startDate, QTime(12, 0), timeZone);
        zone = tr("%1 (UTC%2)").arg(trip.homeZone, formatUtcOffset(timeZone.offsetFromUtc(noon)));
    }
    m_ui->homeZoneLabel->setText(zone);
    QString lead;
    if (!trip.leadOrganisationId.isEmpty()) {
        const auto organisation = OrganisationRepository(db).get(trip.leadOrganisationId);
        if (organisation.ok()) {
            lead = organisation->localName.isEmpty() ? organisation->name
                                                     : tr("%1 (%2)").arg(organisation->name, organisation->localName);
        }
    }
    m_ui->leadOrganisationLabel->setText(lead);
    m_ui->purposeLabel->setText(trip.purpose);
}

void TripPage::clear()
{
    m_tripId.clear();
    for (QLabel* label :
        { m_ui->titleLabel, m_ui->datesLabel, m_ui->homeZoneLabel, m_ui->leadOrganisationLabel, m_ui->purposeLabel }) {
        label->clear();
    }
    (void)m_forumModel->reload(nullptr, {});
    (void)m_delegationModel->reload(nullptr, {});
    m_ui->forumsBox->setTitle(tr("Forums"));
    m_ui->delegationBox->setTitle(tr("Delegation"));
}

QByteArray TripPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << kStateVersion << m_ui->pageSplitter->saveState() << m_ui->forumView->header()->saveState()
           << m_ui->delegationView->header()->saveState();
    return state;
}

void TripPage::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray splitter;
    QByteArray forums;
    QByteArray delegation;
    stream >> version >> splitter >> forums >> delegation;
    if (stream.status() != QDataStream::Ok || version != kStateVersion) {
        return;
    }
    m_ui->pageSplitter->restoreState(splitter);
    m_columnsFitted
        = m_ui->forumView->header()->restoreState(forums) && m_ui->delegationView->header()->restoreState(delegation);
}

}  // namespace planner
