#pragma once

#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "ui/FieldErrors.h"
#include "ui/RecordPage.h"

#include <QHash>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class PersonForm;
}
QT_END_NAMESPACE

namespace planner {

/// The shared directory of people: names in the Latin passport spelling and
/// in their own script, position and organisation, contact, and the travel
/// document. Passport data is edited here but not shown in the list.
class PeoplePage : public RecordPage {
    Q_OBJECT
public:
    enum Column { NameColumn, LocalNameColumn, PositionColumn, OrganisationColumn, NationalityColumn };

    PeoplePage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);
    ~PeoplePage() override;

    [[nodiscard]] RecordTableModel<Person>* model() const { return m_model; }
    [[nodiscard]] Ui::PersonForm* form() const { return m_form.get(); }

protected:
    Status reload() override;
    [[nodiscard]] bool touches(const ChangeSet& changes) const override;
    void showRecord(const Uuid& id) override;
    void createRecord() override;
    void duplicateRecord(const Uuid& id) override;
    void deleteRecord(const Uuid& id) override;

private:
    void commitForm();
    void fillOrganisations(const std::vector<Organisation>& organisations);
    [[nodiscard]] QList<QWidget*> editors() const;

    std::unique_ptr<Ui::PersonForm> m_form;
    RecordTableModel<Person>* m_model = nullptr;
    FieldErrors* m_errors = nullptr;
    /// Shared with the model's column, which may be asked after this page's members are gone.
    std::shared_ptr<QHash<Uuid, QString>> m_organisationNames = std::make_shared<QHash<Uuid, QString>>();
    Uuid m_shown;
    bool m_columnsFitted = false;
};

}  // namespace planner
