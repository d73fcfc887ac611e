#include "ui/PeoplePage.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "domain/Countries.h"
#include "domain/Validation.h"
#include "storage/Repositories.h"
#include "ui/CountryChooser.h"
#include "ui/FormBinding.h"
#include "ui/OptionalDateEdit.h"
#include "ui/ViewSetup.h"
#include "ui_PersonForm.h"

#include <QSignalBlocker>
#include <QTreeView>

namespace planner {

PeoplePage::PeoplePage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : RecordPage(document, dialogs, parent), m_form(std::make_unique<Ui::PersonForm>())
{
    using Col = RecordTableModel<Person>::Column;
    m_model = new RecordTableModel<Person>(
        {
            Col { tr("Name"), [](const Person& p) { return p.displayName(); },
                [](const Person& p) { return QString(p.familyName + QLatin1Char(' ') + p.givenName).toLower(); },
                [](const Person& p) {
                    return p.honorific.isEmpty() ? p.displayName() : p.honorific + QLatin1Char(' ') + p.displayName();
                } },
            Col { tr("Local name"), [](const Person& p) { return p.localName; } },
            Col { tr("Position"), [](const Person& p) { return p.position; } },
            Col { tr("Organisation"),
                [names = m_organisationNames](const Person& p) { return names->value(p.organisationId); } },
            Col { tr("Nationality"), [](const Person& p) { return p.nationality; } },
        },
        this);
    setUpList(m_model, NameColumn, tr("Search people by name in either script, position… (Ctrl+F)"));
    // After the view has seen the rows (the proxy is connected first).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            fitColumns(view(), 260);
            m_columnsFitted = true;
        }
    });

    auto* formWidget = new QWidget(this);
    m_form->setupUi(formWidget);
    setForm(formWidget);
    for (const QString& t : allTokens<Sex>()) {
        m_form->sexCombo->addItem(label(*fromToken<Sex>(t)), t);
    }
    m_form->dateOfBirthEdit->setDefaultDate(QDate(1970, 1, 1));
    m_form->passportExpiryEdit->setDefaultDate(QDate::currentDate().addYears(5));
    m_errors = new FieldErrors(m_form->errorLabel);
    m_errors->addField(QStringLiteral("familyName"), m_form->familyNameEdit);
    m_errors->addField(QStringLiteral("organisation"), m_form->organisationCombo);
    m_errors->addField(QStringLiteral("nationality"), m_form->nationalityEdit);
    attachCountryChooser(m_form->nationalityEdit, CountryCode::Nationality);
    m_errors->addField(QStringLiteral("dateOfBirth"), m_form->dateOfBirthEdit);
    m_errors->addField(QStringLiteral("passportExpiry"), m_form->passportExpiryEdit);
    for (QWidget* w : editors()) {
        if (auto* date = qobject_cast<OptionalDateEdit*>(w)) {
            connect(date, &OptionalDateEdit::edited, this, &PeoplePage::commitForm);
        } else {
            onEdited(w, [this] { commitForm(); });
        }
    }
    newAction()->setText(tr("&New Person"));
    refresh();
}

PeoplePage::~PeoplePage()
{
    // Nothing is committed while the widgets go (focus leaves them).
    m_shown.clear();
    hide();
    delete m_errors;
    m_errors = nullptr;
}

QList<QWidget*> PeoplePage::editors() const
{
    return { m_form->familyNameEdit, m_form->givenNameEdit, m_form->localNameEdit, m_form->honorificEdit,
        m_form->positionEdit, m_form->organisationCombo, m_form->emailEdit, m_form->phoneEdit, m_form->notesEdit,
        m_form->sexCombo, m_form->dateOfBirthEdit, m_form->nationalityEdit, m_form->passportNumberEdit,
        m_form->passportExpiryEdit };
}

Status PeoplePage::reload()
{
    auto organisations = OrganisationRepository(m_document.database()).list();
    if (!organisations.ok()) {
        return organisations.error();
    }
    fillOrganisations(*organisations);
    auto list = PersonRepository(m_document.database()).list();
    if (!list.ok()) {
        return list.error();
    }
    m_model->setRecords(std::move(list).value());
    // Organisation names may have changed without the people changing.
    if (m_model->rowCount() > 0) {
        emit m_model->dataChanged(
            m_model->index(0, OrganisationColumn), m_model->index(m_model->rowCount() - 1, OrganisationColumn));
    }
    return {};
}

void PeoplePage::fillOrganisations(const std::vector<Organisation>& organisations)
{
    m_organisationNames->clear();
    const QSignalBlocker blocker(m_form->organisationCombo);
    m_form->organisationCombo->clear();
    m_form->organisationCombo->addItem(tr("(none)"), QString());
    for (const Organisation& o : organisations) {
        m_organisationNames->insert(o.id, o.name);
        m_form->organisationCombo->addItem(
            o.abbreviation.isEmpty() ? o.name : tr("%1 (%2)").arg(o.name, o.abbreviation), o.id);
    }
}

bool PeoplePage::touches(const ChangeSet& changes) const
{
    return changes.touches(RecordKind::Person) || changes.touches(RecordKind::Organisation);
}

void PeoplePage::showRecord(const Uuid& id)
{
    m_errors->clear();
    m_shown = id;
    const Person* p = m_model->find(id);
    const Person empty;
    const Person& r = p ? *p : empty;
    const QSignalBlocker b1(m_form->organisationCombo);
    const QSignalBlocker b2(m_form->sexCombo);
    m_form->familyNameEdit->setText(r.familyName);
    m_form->givenNameEdit->setText(r.givenName);
    m_form->localNameEdit->setText(r.localName);
    m_form->honorificEdit->setText(r.honorific);
    m_form->positionEdit->setText(r.position);
    m_form->organisationCombo->setCurrentIndex(std::max(0, m_form->organisationCombo->findData(r.organisationId)));
    m_form->emailEdit->setText(r.email);
    m_form->phoneEdit->setText(r.phone);
    m_form->notesEdit->setPlainText(r.notes);
    m_form->sexCombo->setCurrentIndex(m_form->sexCombo->findData(token(r.sex)));
    m_form->dateOfBirthEdit->setDate(r.dateOfBirth);
    m_form->nationalityEdit->setText(r.nationality);
    m_form->passportNumberEdit->setText(r.passportNumber);
    m_form->passportExpiryEdit->setDate(r.passportExpiry);
    for (QWidget* w : editors()) {
        w->setEnabled(p != nullptr);
    }
}

void PeoplePage::commitForm()
{
    const Person* current = m_model->find(m_shown);
    if (!current) {
        return;
    }
    Person edited = *current;
    edited.familyName = m_form->familyNameEdit->text().trimmed();
    edited.givenName = m_form->givenNameEdit->text().trimmed();
    edited.localName = m_form->localNameEdit->text().trimmed();
    edited.honorific = m_form->honorificEdit->text().trimmed();
    edited.position = m_form->positionEdit->text().trimmed();
    edited.organisationId = m_form->organisationCombo->currentData().toString();
    edited.email = m_form->emailEdit->text().trimmed();
    edited.phone = m_form->phoneEdit->text().trimmed();
    edited.notes = m_form->notesEdit->toPlainText();
    edited.sex = fromToken<Sex>(m_form->sexCombo->currentData().toString()).value_or(Sex::Unspecified);
    edited.dateOfBirth = m_form->dateOfBirthEdit->date();
    // Stored as the passport's alpha-3 code: "KR" becomes "KOR".
    edited.nationality = Countries::system()
                             .nationalityCode(m_form->nationalityEdit->text())
                             .value_or(m_form->nationalityEdit->text().trimmed());
    edited.passportNumber = m_form->passportNumberEdit->text().trimmed();
    edited.passportExpiry = m_form->passportExpiryEdit->date();
    const Status valid = validate(edited);
    if (!valid) {
        m_errors->show(valid.error());
        return;
    }
    m_errors->clear();
    perform(tr("Edit person '%1'").arg(edited.displayName()), { edits::updated(*current, edited) });
}

void PeoplePage::createRecord()
{
    Person p;
    p.id = newUuid();
    p.familyName = tr("NEW");
    p.givenName = tr("Person");
    if (perform(tr("Create person"), { edits::created(p) })) {
        selectRecord(p.id);
        m_form->familyNameEdit->setFocus();
        m_form->familyNameEdit->selectAll();
    }
}

void PeoplePage::duplicateRecord(const Uuid& id)
{
    const Person* p = m_model->find(id);
    if (!p) {
        return;
    }
    // A colleague of the same organisation: the travel document is personal
    // and is not copied.
    Person copy = *p;
    copy.id = newUuid();
    copy.givenName = tr("Copy of %1").arg(p->givenName);
    copy.sex = Sex::Unspecified;
    copy.dateOfBirth = {};
    copy.passportNumber.clear();
    copy.passportExpiry = {};
    if (perform(tr("Duplicate person '%1'").arg(p->displayName()), { edits::created(copy) })) {
        selectRecord(copy.id);
    }
}

void PeoplePage::deleteRecord(const Uuid& id)
{
    const Person* p = m_model->find(id);
    if (!p) {
        return;
    }
    const QString name = p->displayName();
    auto users = PersonRepository(m_document.database()).usages(id);
    if (!users.ok()) {
        showError(tr("Delete person"), users.error());
        return;
    }
    if (!confirmDelete(tr("'%1'").arg(name), *users)) {
        return;
    }
    auto changes = edits::deletePerson(m_document.database(), id);
    if (!changes.ok()) {
        showError(tr("Delete person"), changes.error());
        return;
    }
    perform(tr("Delete person '%1'").arg(name), std::move(changes).value());
}

}  // namespace planner
