#pragma once

#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "ui/FieldErrors.h"
#include "ui/RecordPage.h"

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class OrganisationForm;
}
QT_END_NAMESPACE

namespace planner {

/// The shared directory of organisations (both sides of every trip).
class OrganisationsPage : public RecordPage {
    Q_OBJECT
public:
    enum Column { NameColumn, LocalNameColumn, AbbreviationColumn, CountryColumn, KindColumn };

    OrganisationsPage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);
    ~OrganisationsPage() override;

    [[nodiscard]] RecordTableModel<Organisation>* model() const { return m_model; }
    [[nodiscard]] Ui::OrganisationForm* form() const { return m_form.get(); }

protected:
    Status reload() override;
    [[nodiscard]] bool touches(const ChangeSet& changes) const override;
    void showRecord(const Uuid& id) override;
    void createRecord() override;
    void duplicateRecord(const Uuid& id) override;
    void deleteRecord(const Uuid& id) override;

private:
    void commitForm();

    std::unique_ptr<Ui::OrganisationForm> m_form;
    RecordTableModel<Organisation>* m_model = nullptr;
    FieldErrors* m_errors = nullptr;
    Uuid m_shown;
};

}  // namespace planner
