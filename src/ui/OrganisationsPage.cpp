#include "ui/OrganisationsPage.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/Countries.h"
#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "ui/CountryChooser.h"
#include "ui/FormBinding.h"
#include "ui_OrganisationForm.h"

#include <QSignalBlocker>

namespace planner {

OrganisationsPage::OrganisationsPage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : RecordPage(document, dialogs, parent), m_form(std::make_unique<Ui::OrganisationForm>())
{
    using Col = RecordTableModel<Organisation>::Column;
    m_model = new RecordTableModel<Organisation>(
        {
            Col { tr("Name"), [](const Organisation& o) { return o.name; } },
            Col { tr("Local name"), [](const Organisation& o) { return o.localName; } },
            Col { tr("Abbreviation"), [](const Organisation& o) { return o.abbreviation; } },
            Col { tr("Country"), [](const Organisation& o) { return o.country; } },
            Col { tr("Kind"), [](const Organisation& o) { return label(o.kind); } },
        },
        this);
    setUpList(m_model, NameColumn, tr("Search organisations (Ctrl+F)"));

    auto* formWidget = new QWidget(this);
    m_form->setupUi(formWidget);
    setForm(formWidget);
    for (const QString& t : allTokens<OrganisationKind>()) {
        m_form->kindCombo->addItem(label(*fromToken<OrganisationKind>(t)), t);
    }
    m_errors = new FieldErrors(m_form->errorLabel);
    m_errors->addField(QStringLiteral("name"), m_form->nameEdit);
    m_errors->addField(QStringLiteral("country"), m_form->countryEdit);
    attachCountryChooser(m_form->countryEdit, CountryCode::Alpha2);
    for (QWidget* w : std::initializer_list<QWidget*> { m_form->nameEdit, m_form->localNameEdit,
             m_form->abbreviationEdit, m_form->countryEdit, m_form->kindCombo, m_form->notesEdit }) {
        onEdited(w, [this] { commitForm(); });
    }
    newAction()->setText(tr("&New Organisation"));
    refresh();
}

OrganisationsPage::~OrganisationsPage()
{
    // A field losing focus while the page goes must not commit an edit.
    for (QWidget* w : findChildren<QWidget*>()) {
        w->blockSignals(true);
    }
    delete m_errors;
}

Status OrganisationsPage::reload()
{
    auto list = OrganisationRepository(m_document.database()).list();
    if (!list.ok()) {
        return list.error();
    }
    m_model->setRecords(std::move(list).value());
    return {};
}

bool OrganisationsPage::touches(const ChangeSet& changes) const
{
    return changes.touches(RecordKind::Organisation);
}

void OrganisationsPage::showRecord(const Uuid& id)
{
    m_errors->clear();
    m_shown = id;
    const Organisation* o = m_model->find(id);
    const Organisation empty;
    const Organisation& r = o ? *o : empty;
    const QSignalBlocker b1(m_form->kindCombo);
    m_form->nameEdit->setText(r.name);
    m_form->localNameEdit->setText(r.localName);
    m_form->abbreviationEdit->setText(r.abbreviation);
    m_form->countryEdit->setText(r.country);
    m_form->kindCombo->setCurrentIndex(m_form->kindCombo->findData(token(r.kind)));
    m_form->notesEdit->setPlainText(r.notes);
    for (QWidget* w : std::initializer_list<QWidget*> { m_form->nameEdit, m_form->localNameEdit,
             m_form->abbreviationEdit, m_form->countryEdit, m_form->kindCombo, m_form->notesEdit }) {
        w->setEnabled(o != nullptr);
    }
}

void OrganisationsPage::commitForm()
{
    const Organisation* current = m_model->find(m_shown);
    if (!current) {
        return;
    }
    Organisation edited = *current;
    edited.name = m_form->nameEdit->text().trimmed();
    edited.localName = m_form->localNameEdit->text().trimmed();
    edited.abbreviation = m_form->abbreviationEdit->text().trimmed();
    // Stored as the ISO alpha-2 code: "UZB" becomes "UZ".
    edited.country
        = Countries::system().countryCode(m_form->countryEdit->text()).value_or(m_form->countryEdit->text().trimmed());
    edited.kind
        = fromToken<OrganisationKind>(m_form->kindCombo->currentData().toString()).value_or(OrganisationKind::Other);
    edited.notes = m_form->notesEdit->toPlainText();
    if (Status valid = validate(edited); !valid) {
        m_errors->show(valid.error());
        return;
    }
    m_errors->clear();
    perform(tr("Edit organisation '%1'").arg(edited.name), { edits::updated(*current, edited) });
}

void OrganisationsPage::createRecord()
{
    Organisation o;
    o.id = newUuid();
    o.name = tr("New organisation");
    if (perform(tr("Create organisation"), { edits::created(o) })) {
        selectRecord(o.id);
        m_form->nameEdit->setFocus();
        m_form->nameEdit->selectAll();
    }
}

void OrganisationsPage::duplicateRecord(const Uuid& id)
{
    const Organisation* o = m_model->find(id);
    if (!o) {
        return;
    }
    Organisation copy = *o;
    copy.id = newUuid();
    copy.name = tr("Copy of %1").arg(o->name);
    if (perform(tr("Duplicate organisation '%1'").arg(o->name), { edits::created(copy) })) {
        selectRecord(copy.id);
    }
}

void OrganisationsPage::deleteRecord(const Uuid& id)
{
    const Organisation* o = m_model->find(id);
    if (!o) {
        return;
    }
    const QString name = o->name;
    auto users = OrganisationRepository(m_document.database()).usages(id);
    if (!users.ok()) {
        showError(tr("Delete organisation"), users.error());
        return;
    }
    if (!confirmDelete(tr("the organisation '%1'").arg(name), *users)) {
        return;
    }
    auto changes = edits::deleteOrganisation(m_document.database(), id);
    if (!changes.ok()) {
        showError(tr("Delete organisation"), changes.error());
        return;
    }
    perform(tr("Delete organisation '%1'").arg(name), std::move(changes).value());
}

}  // namespace planner
