#include "ui/TripPage.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/Validation.h"
#include "models/DelegationTableModel.h"
#include "models/ForumTableModel.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/FieldErrors.h"
#include "ui/FormBinding.h"
#include "ui/OptionalDateEdit.h"
#include "ui/TimeWidgets.h"
#include "ui/ViewSetup.h"
#include "ui_TripPage.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimeZone>

namespace planner {

namespace {

constexpr quint32 kStateVersion = 1;

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

    m_errors = std::make_unique<FieldErrors>(m_ui->errorLabel);
    m_errors->addField(QStringLiteral("title"), m_ui->titleEdit);
    m_errors->addField(QStringLiteral("homeZone"), m_ui->homeZoneCombo);
    m_errors->addField(QStringLiteral("startDate"), m_ui->startDateEdit);
    m_errors->addField(QStringLiteral("endDate"), m_ui->endDateEdit);
    m_errors->addField(QStringLiteral("leadOrganisation"), m_ui->leadOrganisationCombo);
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->titleEdit, m_ui->leadOrganisationCombo,
             m_ui->delegationNameEdit, m_ui->purposeEdit, m_ui->notesEdit }) {
        onEdited(w, [this] { commitOverview(); });
    }
    connect(m_ui->homeZoneCombo, &ZoneComboBox::zoneEdited, this, &TripPage::commitOverview);
    for (OptionalDateEdit* date : { m_ui->startDateEdit, m_ui->endDateEdit }) {
        connect(date, &OptionalDateEdit::edited, this, &TripPage::commitOverview);
    }
    setEditorsEnabled(false);
}

void TripPage::setDocument(Document* document, DialogProvider* dialogs)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_dialogs = dialogs;
    if (!m_document) {
        return;
    }
    // Edits of the trip itself (the window keeps the same trip selected) and
    // of what the overview shows: reload what is shown.
    connect(m_document, &Document::changed, this, [this](const ChangeSet& changes) {
        if (m_tripId.isEmpty() || !m_document) {
            return;
        }
        if (changes.touches(RecordKind::Trip) || changes.touches(RecordKind::Organisation)
            || changes.touches(RecordKind::Member) || changes.touches(RecordKind::Person)
            || changes.touches(RecordKind::Forum) || changes.touches(RecordKind::Session)
            || changes.touches(RecordKind::Stop)) {
            if (!showTrip(m_tripId).ok()) {
                clear();  // the trip was deleted
            }
        }
    });
}

void TripPage::setEditorsEnabled(bool enabled)
{
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_ui->titleEdit, m_ui->startDateEdit, m_ui->endDateEdit, m_ui->homeZoneCombo,
            m_ui->leadOrganisationCombo, m_ui->delegationNameEdit, m_ui->purposeEdit, m_ui->notesEdit }) {
        w->setEnabled(enabled);
    }
}

TripPage::~TripPage()
{
    // Nothing is committed while the widgets go (focus leaves them).
    m_tripId.clear();
    hide();
}

Status TripPage::showTrip(const Uuid& tripId)
{
    if (!m_document) {
        clear();
        return makeError(tr("no database is open"));
    }
    Database& db = m_document->database();
    // The snapshot the checks and the timeline share: the forums and the
    // delegation are listed from it, rather than read again with every
    // session and every person of the directory.
    const auto trip = m_document->trip(tripId, isVisible());
    if (!trip.ok()) {
        clear();
        return trip.error();
    }
    m_tripId = tripId;
    showOverview(db, trip.value()->trip);
    m_forumModel->setTrip(trip.value().get());
    m_delegationModel->setTrip(trip.value().get());
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
    m_trip = trip;
    m_errors->clear();
    const QSignalBlocker b1(m_ui->leadOrganisationCombo);
    const QSignalBlocker b2(m_ui->homeZoneCombo);
    m_ui->titleEdit->setText(trip.title);
    m_ui->startDateEdit->setDate(trip.startDate);
    m_ui->endDateEdit->setDefaultDate(trip.startDate.isValid() ? trip.startDate : QDate::currentDate());
    m_ui->endDateEdit->setDate(trip.endDate);
    m_ui->homeZoneCombo->setZone(trip.homeZone);
    m_ui->leadOrganisationCombo->clear();
    m_ui->leadOrganisationCombo->addItem(tr("(none)"), QString());
    if (const auto organisations = OrganisationRepository(db).list(); organisations.ok()) {
        for (const Organisation& o : *organisations) {
            m_ui->leadOrganisationCombo->addItem(
                o.localName.isEmpty() ? o.name : tr("%1 (%2)").arg(o.name, o.localName), o.id);
        }
    }
    m_ui->leadOrganisationCombo->setCurrentIndex(
        std::max(0, m_ui->leadOrganisationCombo->findData(trip.leadOrganisationId)));
    m_ui->delegationNameEdit->setText(trip.delegationName);
    m_ui->purposeEdit->setPlainText(trip.purpose);
    m_ui->notesEdit->setPlainText(trip.notes);
    updateZoneAndLength();
    setEditorsEnabled(m_document != nullptr);
}

void TripPage::updateZoneAndLength()
{
    const Trip& trip = m_trip;
    QString offset;
    const QTimeZone timeZone(trip.homeZone.toUtf8());
    if (timeZone.isValid()) {
        const QDateTime noon(trip.startDate.isValid() ? trip.startDate : QDate::currentDate(), QTime(12, 0), timeZone);
        offset = QStringLiteral("UTC%1").arg(formatUtcOffset(timeZone.offsetFromUtc(noon)));
    }
    m_ui->homeZoneLabel->setText(offset);
    if (trip.startDate.isValid() && trip.endDate.isValid()) {
        const auto days = trip.startDate.daysTo(trip.endDate) + 1;
        m_ui->datesLabel->setText(tr("%n day(s)", nullptr, static_cast<int>(days)));
    } else {
        m_ui->datesLabel->clear();
    }
}

void TripPage::commitOverview()
{
    if (!m_document || m_tripId.isEmpty() || m_trip.id != m_tripId) {
        return;
    }
    Trip edited = m_trip;
    edited.title = m_ui->titleEdit->text().trimmed();
    edited.startDate = m_ui->startDateEdit->date();
    edited.endDate = m_ui->endDateEdit->date();
    edited.homeZone = m_ui->homeZoneCombo->currentText().trimmed();
    edited.leadOrganisationId = m_ui->leadOrganisationCombo->currentData().toString();
    edited.delegationName = m_ui->delegationNameEdit->text().trimmed();
    edited.purpose = m_ui->purposeEdit->toPlainText().trimmed();
    edited.notes = m_ui->notesEdit->toPlainText();
    if (Status valid = validate(edited); !valid) {
        m_errors->show(valid.error());
        return;
    }
    m_errors->clear();
    if (edited == m_trip) {
        return;
    }
    const Status applied
        = m_document->perform(tr("Edit trip '%1'").arg(edited.title), { edits::updated(m_trip, edited) });
    if (!applied) {
        if (m_dialogs) {
            m_dialogs->warning(this, tr("Edit trip"), applied.error().text());
        }
    }
}

void TripPage::clear()
{
    m_tripId.clear();
    m_trip = Trip {};
    m_errors->clear();
    m_ui->titleEdit->clear();
    m_ui->startDateEdit->setDate({});
    m_ui->endDateEdit->setDate({});
    m_ui->homeZoneCombo->setZone({});
    m_ui->leadOrganisationCombo->clear();
    m_ui->delegationNameEdit->clear();
    m_ui->purposeEdit->clear();
    m_ui->notesEdit->clear();
    m_ui->datesLabel->clear();
    m_ui->homeZoneLabel->clear();
    setEditorsEnabled(false);
    m_forumModel->setTrip(nullptr);
    m_delegationModel->setTrip(nullptr);
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
