#include "ui/LegEditor.h"

#include "commands/Edits.h"
#include "domain/Validation.h"
#include "models/ProgrammeData.h"
#include "ui/FormBinding.h"
#include "ui/ProgrammeContext.h"
#include "ui_LegForm.h"

#include <algorithm>

namespace planner {

LegEditor::LegEditor(ProgrammeContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_form(std::make_unique<Ui::LegForm>()), m_errors(nullptr)
{
    m_form->setupUi(this);
    tidyProgrammeForm(this);
    m_errors = FieldErrors(m_form->errorLabel);
    m_errors.addField(QStringLiteral("from"), m_form->fromPlaceEdit);
    m_errors.addField(QStringLiteral("to"), m_form->toPlaceEdit);
    m_errors.addField(QStringLiteral("departure"), m_form->departureEdit);
    m_errors.addField(QStringLiteral("arrival"), m_form->arrivalEdit);
    m_errors.addField(QStringLiteral("departureZone"), m_form->departureZoneCombo);
    m_errors.addField(QStringLiteral("arrivalZone"), m_form->arrivalZoneCombo);
    m_errors.addField(QStringLiteral("passengers"), m_form->passengersEditor);
    m_form->passengersEditor->setNameHeader(tr("Passenger"));
    m_form->departureZoneCombo->setToolTip(tr("Time zone of the place of departure (the stop's own zone for a stop)"));
    m_form->arrivalZoneCombo->setToolTip(tr("Time zone of the place of arrival (the stop's own zone for a stop)"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_form->fromStopCombo, m_form->toStopCombo,
             m_form->fromPlaceEdit, m_form->toPlaceEdit, m_form->carrierEdit, m_form->flightEdit, m_form->notesEdit }) {
        onEdited(w, [this] { commit(); });
    }
    connect(m_form->departureEdit, &PlannedTimeEdit::edited, this, &LegEditor::commit);
    connect(m_form->arrivalEdit, &PlannedTimeEdit::edited, this, &LegEditor::commit);
    connect(m_form->departureZoneCombo, &ZoneComboBox::zoneEdited, this, &LegEditor::commit);
    connect(m_form->arrivalZoneCombo, &ZoneComboBox::zoneEdited, this, &LegEditor::commit);
    connect(m_form->passengersEditor, &LinkListEditor::edited, this, &LegEditor::commit);
    connect(m_form->wholeDelegationCheck, &QCheckBox::toggled, this, [this](bool whole) {
        updateEnabled();
        if (whole) {
            commit();
        } else {
            m_form->passengersEditor->chooser()->setFocus(Qt::OtherFocusReason);
        }
    });
}

LegEditor::~LegEditor() = default;

void LegEditor::fillStops(QComboBox* combo, const ProgrammeData& data, const Uuid& current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Other place:"), QString());
    for (const Stop& s : data.stops) {
        combo->addItem(data.stopName(s.id), s.id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void LegEditor::showLeg(const ProgrammeData& data, const Uuid& id)
{
    m_data = &data;
    if (id != m_shown) {
        m_errors.clear();
    }
    m_shown = id;
    const TravelLeg* l = data.leg(id);
    const TravelLeg empty;
    const TravelLeg& r = l ? *l : empty;
    fillStops(m_form->fromStopCombo, data, r.fromStopId);
    fillStops(m_form->toStopCombo, data, r.toStopId);
    m_form->fromPlaceEdit->setText(r.fromPlace);
    m_form->toPlaceEdit->setText(r.toPlace);
    {
        const QSignalBlocker b1(m_form->departureZoneCombo);
        const QSignalBlocker b2(m_form->arrivalZoneCombo);
        m_form->departureZoneCombo->setZone(data.departureZone(r));
        m_form->arrivalZoneCombo->setZone(data.arrivalZone(r));
    }
    m_form->departureEdit->setHomeZone(data.trip.homeZone);
    m_form->arrivalEdit->setHomeZone(data.trip.homeZone);
    m_form->departureEdit->setValue(PlannedTime(r.departure.local(), data.departureZone(r)));
    m_form->arrivalEdit->setValue(PlannedTime(r.arrival.local(), data.arrivalZone(r)));
    m_form->carrierEdit->setText(r.carrier);
    m_form->flightEdit->setText(r.flightNumber);
    std::vector<LinkListEditor::Choice> candidates;
    for (const DelegationMember& m : data.members) {
        candidates.emplace_back(m.personId, QStringLiteral("%1 · %2").arg(data.personName(m.personId), label(m.role)));
    }
    m_form->passengersEditor->setCandidates(candidates);
    std::vector<LinkListEditor::Entry> passengers;
    for (const Uuid& p : r.passengerIds) {
        passengers.push_back({ p, {} });
    }
    m_form->passengersEditor->setEntries(passengers);
    {
        const QSignalBlocker b(m_form->wholeDelegationCheck);
        m_form->wholeDelegationCheck->setChecked(r.passengerIds.empty());
    }
    m_form->notesEdit->setPlainText(r.notes);
    updateEnabled();
    setEnabled(l != nullptr);
}

void LegEditor::focusFirstField()
{
    m_form->fromStopCombo->setFocus(Qt::OtherFocusReason);
}

void LegEditor::updateEnabled()
{
    const bool fromPlace = m_form->fromStopCombo->currentData().toString().isEmpty();
    const bool toPlace = m_form->toStopCombo->currentData().toString().isEmpty();
    m_form->fromPlaceEdit->setVisible(fromPlace);
    m_form->departureZoneCombo->setVisible(fromPlace);
    m_form->toPlaceEdit->setVisible(toPlace);
    m_form->arrivalZoneCombo->setVisible(toPlace);
    m_form->passengersEditor->setEnabled(!m_form->wholeDelegationCheck->isChecked());
}

void LegEditor::commit()
{
    const TravelLeg* current = m_data ? m_data->leg(m_shown) : nullptr;
    if (!current) {
        return;
    }
    updateEnabled();
    TravelLeg edited = *current;
    edited.fromStopId = m_form->fromStopCombo->currentData().toString();
    edited.toStopId = m_form->toStopCombo->currentData().toString();
    edited.fromPlace = edited.fromStopId.isEmpty() ? m_form->fromPlaceEdit->text().trimmed() : QString();
    edited.toPlace = edited.toStopId.isEmpty() ? m_form->toPlaceEdit->text().trimmed() : QString();
    const Stop* from = m_data->stop(edited.fromStopId);
    const Stop* to = m_data->stop(edited.toStopId);
    const QString departureZone = from ? from->zone : m_form->departureZoneCombo->zone();
    const QString arrivalZone = to ? to->zone : m_form->arrivalZoneCombo->zone();
    const auto unknownZone = [this](ZoneComboBox* combo, const QString& field) {
        m_errors.show(makeError(
            tr("'%1' is not a known IANA time zone; choose one from the list").arg(combo->currentText()), field));
    };
    if (departureZone.isEmpty()) {
        unknownZone(m_form->departureZoneCombo, QStringLiteral("departureZone"));
        return;
    }
    if (arrivalZone.isEmpty()) {
        unknownZone(m_form->arrivalZoneCombo, QStringLiteral("arrivalZone"));
        return;
    }
    {
        const QSignalBlocker b1(m_form->departureZoneCombo);
        const QSignalBlocker b2(m_form->arrivalZoneCombo);
        m_form->departureZoneCombo->setZone(departureZone);
        m_form->arrivalZoneCombo->setZone(arrivalZone);
    }
    m_form->departureEdit->setZone(departureZone);
    m_form->arrivalEdit->setZone(arrivalZone);
    edited.departure = PlannedTime(m_form->departureEdit->value().local(), departureZone);
    edited.arrival = PlannedTime(m_form->arrivalEdit->value().local(), arrivalZone);
    edited.carrier = m_form->carrierEdit->text().trimmed();
    edited.flightNumber = m_form->flightEdit->text().trimmed();
    edited.passengerIds.clear();
    if (!m_form->wholeDelegationCheck->isChecked()) {
        for (const auto& e : m_form->passengersEditor->entries()) {
            edited.passengerIds.push_back(e.id);
        }
    }
    edited.notes = m_form->notesEdit->toPlainText();
    if (Status valid = validate(edited); !valid) {
        m_errors.show(valid.error());
        return;
    }
    m_errors.clear();
    m_context.perform(tr("Edit travel leg '%1'").arg(m_data->legTitle(edited)), { edits::updated(*current, edited) });
}

}  // namespace planner
