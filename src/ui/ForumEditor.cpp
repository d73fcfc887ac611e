#include "ui/ForumEditor.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/Validation.h"
#include "models/ProgrammeData.h"
#include "ui/FormBinding.h"
#include "ui/ProgrammeContext.h"
#include "ui_ForumForm.h"

namespace planner {

namespace {

PlannedTime rezoned(const PlannedTime& t, const QString& zone)
{
    return t.isNull() ? t : PlannedTime(t.local(), zone);
}

}  // namespace

ForumEditor::ForumEditor(ProgrammeContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_form(std::make_unique<Ui::ForumForm>()), m_errors(nullptr)
{
    m_form->setupUi(this);
    tidyProgrammeForm(this);
    m_errors = FieldErrors(m_form->errorLabel);
    m_errors.addField(QStringLiteral("title"), m_form->titleEdit);
    m_errors.addField(QStringLiteral("stop"), m_form->stopCombo);
    m_errors.addField(QStringLiteral("start"), m_form->startEdit);
    m_errors.addField(QStringLiteral("end"), m_form->endEdit);
    m_errors.addField(QStringLiteral("hosts"), m_form->hostsEditor);
    m_form->hostsEditor->setNameHeader(tr("Organisation"));
    std::vector<LinkListEditor::Choice> roles;
    for (const QString& t : allTokens<HostRole>()) {
        roles.emplace_back(t, label(*fromToken<HostRole>(t)));
    }
    m_form->hostsEditor->setRoles(roles);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_form->titleEdit, m_form->stopCombo, m_form->venueCombo, m_form->descriptionEdit }) {
        onEdited(w, [this] { commit(); });
    }
    connect(m_form->startEdit, &PlannedTimeEdit::edited, this, &ForumEditor::commit);
    connect(m_form->endEdit, &PlannedTimeEdit::edited, this, &ForumEditor::commit);
    connect(m_form->hostsEditor, &LinkListEditor::edited, this, &ForumEditor::commit);
}

ForumEditor::~ForumEditor() = default;

void ForumEditor::showForum(const ProgrammeData& data, const Uuid& id)
{
    m_data = &data;
    if (id != m_shown) {
        m_errors.clear();
        m_form->hostsEditor->startOver();
    }
    m_shown = id;
    const Forum* f = data.forum(id);
    const Forum empty;
    const Forum& r = f ? *f : empty;
    m_form->titleEdit->setText(r.title);
    m_form->titleEdit->setCursorPosition(0);
    {
        const QSignalBlocker b1(m_form->stopCombo);
        const QSignalBlocker b2(m_form->venueCombo);
        m_form->stopCombo->clear();
        for (const Stop& s : data.stops) {
            m_form->stopCombo->addItem(data.stopName(s.id), s.id);
        }
        m_form->stopCombo->setCurrentIndex(m_form->stopCombo->findData(r.stopId));
        m_form->venueCombo->clear();
        m_form->venueCombo->addItem(tr("(no venue)"), QString());
        for (const Venue& v : data.venues) {
            m_form->venueCombo->addItem(v.city.isEmpty() ? v.name : QStringLiteral("%1, %2").arg(v.name, v.city), v.id);
        }
        m_form->venueCombo->setCurrentIndex(std::max(0, m_form->venueCombo->findData(r.venueId)));
    }
    for (PlannedTimeEdit* e : { m_form->startEdit, m_form->endEdit }) {
        e->setHomeZone(data.trip.homeZone);
    }
    m_form->startEdit->setValue(r.start);
    m_form->endEdit->setValue(r.end);
    std::vector<LinkListEditor::Choice> organisations;
    for (const Organisation& o : data.organisations) {
        organisations.emplace_back(o.id, data.organisationName(o.id));
    }
    m_form->hostsEditor->setCandidates(organisations);
    std::vector<LinkListEditor::Entry> hosts;
    for (const ForumHost& h : r.hosts) {
        hosts.push_back({ h.organisationId, token(h.role) });
    }
    m_form->hostsEditor->setEntries(hosts);
    m_form->descriptionEdit->setPlainText(r.description);
    setEnabled(f != nullptr);
}

void ForumEditor::focusFirstField()
{
    m_form->titleEdit->setFocus(Qt::OtherFocusReason);
    m_form->titleEdit->selectAll();
}

void ForumEditor::commit()
{
    const Forum* current = m_data ? m_data->forum(m_shown) : nullptr;
    if (!current) {
        return;
    }
    Forum edited = *current;
    edited.title = m_form->titleEdit->text().trimmed();
    edited.stopId = m_form->stopCombo->currentData().toString();
    edited.venueId = m_form->venueCombo->currentData().toString();
    const Stop* stop = m_data->stop(edited.stopId);
    const QString zone = stop ? stop->zone : current->start.zone();
    m_form->startEdit->setZone(zone);
    m_form->endEdit->setZone(zone);
    edited.start = PlannedTime(m_form->startEdit->value().local(), zone);
    edited.end = PlannedTime(m_form->endEdit->value().local(), zone);
    edited.hosts.clear();
    for (const auto& e : m_form->hostsEditor->entries()) {
        edited.hosts.push_back({ e.id, fromToken<HostRole>(e.role).value_or(HostRole::Host) });
    }
    edited.description = m_form->descriptionEdit->toPlainText();
    if (Status valid = validate(edited); !valid) {
        m_errors.show(valid.error());
        return;
    }
    m_errors.clear();

    // The sessions follow the forum: by the same amount when the start
    // moves, into the new zone (same wall clock) when the stop's zone differs.
    const qint64 delta = current->start.local().secsTo(edited.start.local()) / 60;
    std::vector<RecordChange> changes { edits::updated(*current, edited) };
    for (const AgendaSession& s : current->sessions) {
        AgendaSession after = s;
        after.start = rezoned(s.start.addMinutes(delta), zone);
        after.end = rezoned(s.end.addMinutes(delta), zone);
        changes.push_back(edits::updated(s, after));
    }
    QString text = tr("Edit forum '%1'").arg(edited.title);
    if (delta != 0 && !current->sessions.empty()) {
        text = tr("Move forum '%1' with its agenda").arg(edited.title);
    }
    m_context.perform(text, std::move(changes));
}

}  // namespace planner
