#include "ui/StopEditor.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/Validation.h"
#include "models/ProgrammeData.h"
#include "storage/Repositories.h"
#include "ui/FormBinding.h"
#include "ui/ProgrammeContext.h"
#include "ui_StopForm.h"

#include <QDateTimeEdit>

namespace planner {

namespace {

PlannedTime rezoned(const PlannedTime& t, const QString& zone)
{
    return t.isNull() ? t : PlannedTime(t.local(), zone);
}

}  // namespace

StopEditor::StopEditor(ProgrammeContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_form(std::make_unique<Ui::StopForm>()), m_errors(nullptr)
{
    m_form->setupUi(this);
    tidyProgrammeForm(this);
    m_form->countryEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("WWWW")));
    m_errors = FieldErrors(m_form->errorLabel);
    m_errors.addField(QStringLiteral("city"), m_form->cityEdit);
    m_errors.addField(QStringLiteral("zone"), m_form->zoneCombo);
    m_errors.addField(QStringLiteral("arrival"), m_form->arrivalEdit);
    m_errors.addField(QStringLiteral("departure"), m_form->departureEdit);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_form->cityEdit, m_form->countryEdit, m_form->lodgingEdit, m_form->notesEdit }) {
        onEdited(w, [this] { commit(); });
    }
    connect(m_form->arrivalEdit, &PlannedTimeEdit::edited, this, &StopEditor::commit);
    connect(m_form->departureEdit, &PlannedTimeEdit::edited, this, &StopEditor::commit);
    connect(m_form->zoneCombo, &ZoneComboBox::zoneEdited, this, &StopEditor::zoneEdited);
}

StopEditor::~StopEditor() = default;

void StopEditor::showStop(const ProgrammeData& data, const Uuid& id)
{
    m_data = &data;
    if (id != m_shown) {
        m_errors.clear();
    }
    m_shown = id;
    const Stop* s = data.stop(id);
    const Stop empty;
    const Stop& r = s ? *s : empty;
    const QSignalBlocker b1(m_form->zoneCombo);
    m_form->cityEdit->setText(r.city);
    m_form->countryEdit->setText(r.country);
    m_form->zoneCombo->setZone(r.zone);
    m_form->arrivalEdit->setHomeZone(data.trip.homeZone);
    m_form->departureEdit->setHomeZone(data.trip.homeZone);
    m_form->arrivalEdit->setZone(r.zone);
    m_form->departureEdit->setZone(r.zone);
    m_form->arrivalEdit->setValue(r.arrival);
    m_form->departureEdit->setValue(r.departure);
    m_form->lodgingEdit->setText(r.lodging);
    m_form->notesEdit->setPlainText(r.notes);
    setEnabled(s != nullptr);
}

void StopEditor::focusFirstField()
{
    m_form->cityEdit->setFocus(Qt::OtherFocusReason);
    m_form->cityEdit->selectAll();
}

void StopEditor::zoneEdited()
{
    const QString zone = m_form->zoneCombo->zone();
    if (zone.isEmpty()) {
        m_errors.show(makeError(tr("'%1' is not a known IANA time zone; choose one from the list, e.g. Asia/Tashkent")
                                    .arg(m_form->zoneCombo->currentText()),
            QStringLiteral("zone")));
        return;
    }
    m_form->arrivalEdit->setZone(zone);
    m_form->departureEdit->setZone(zone);
    commit();
}

void StopEditor::commit()
{
    const Stop* current = m_data ? m_data->stop(m_shown) : nullptr;
    if (!current) {
        return;
    }
    Stop edited = *current;
    edited.city = m_form->cityEdit->text().trimmed();
    edited.country = m_form->countryEdit->text().trimmed().toUpper();
    edited.zone = m_form->zoneCombo->zone();
    if (edited.zone.isEmpty()) {
        m_errors.show(makeError(tr("'%1' is not a known IANA time zone; choose one from the list, e.g. Asia/Tashkent")
                                    .arg(m_form->zoneCombo->currentText()),
            QStringLiteral("zone")));
        return;
    }
    edited.arrival = PlannedTime(m_form->arrivalEdit->value().local(), edited.zone);
    edited.departure = PlannedTime(m_form->departureEdit->value().local(), edited.zone);
    edited.lodging = m_form->lodgingEdit->text().trimmed();
    edited.notes = m_form->notesEdit->toPlainText();
    if (Status valid = validate(edited); !valid) {
        m_errors.show(valid.error());
        return;
    }
    m_errors.clear();
    std::vector<RecordChange> changes { edits::updated(*current, edited) };
    QString text = tr("Edit stop '%1'").arg(edited.city);
    if (edited.zone != current->zone) {
        // The zone was wrong: what happens at the stop keeps its wall-clock
        // times, now read in the right zone.
        text = tr("Change time zone of stop '%1' to %2").arg(edited.city, edited.zone);
        for (const Forum& f : m_data->forums) {
            if (f.stopId != edited.id) {
                continue;
            }
            Forum after = f;
            after.start = rezoned(f.start, edited.zone);
            after.end = rezoned(f.end, edited.zone);
            changes.push_back(edits::updated(f, after));
            for (const AgendaSession& s : f.sessions) {
                AgendaSession sa = s;
                sa.start = rezoned(s.start, edited.zone);
                sa.end = rezoned(s.end, edited.zone);
                changes.push_back(edits::updated(s, sa));
            }
        }
        for (const TravelLeg& l : m_data->legs) {
            TravelLeg after = l;
            if (l.fromStopId == edited.id) {
                after.departure = rezoned(l.departure, edited.zone);
            }
            if (l.toStopId == edited.id) {
                after.arrival = rezoned(l.arrival, edited.zone);
            }
            changes.push_back(edits::updated(l, after));
        }
        if (auto meetings = MeetingRepository(m_context.document.database()).referencing(edited.id); meetings.ok()) {
            for (const Meeting& m : *meetings) {
                if (m.stopId == edited.id) {
                    Meeting after = m;
                    after.start = rezoned(m.start, edited.zone);
                    after.end = rezoned(m.end, edited.zone);
                    changes.push_back(edits::updated(m, after));
                }
            }
        }
    }
    m_context.perform(text, std::move(changes));
}

}  // namespace planner
