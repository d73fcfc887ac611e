#pragma once

#include "domain/Entities.h"
#include "models/RecordTableModel.h"

#include <QDialog>
#include <QHash>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class PersonChooserDialog;
}
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace planner {

/// Chooses people to add to a delegation: the people of the directory not
/// yet in it, searchable by name in either script, position or
/// organisation, and the role they take.
class PersonChooserDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { NameColumn, LocalNameColumn, PositionColumn, OrganisationColumn };

    /// people: those that can be chosen; organisationNames: by id.
    PersonChooserDialog(std::vector<Person> people, QHash<Uuid, QString> organisationNames, QWidget* parent = nullptr);
    ~PersonChooserDialog() override;

    /// The people chosen, in list order.
    [[nodiscard]] std::vector<Uuid> chosen() const;
    [[nodiscard]] MemberRole role() const;

    [[nodiscard]] Ui::PersonChooserDialog* ui() const { return m_ui.get(); }
    [[nodiscard]] RecordTableModel<Person>* model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel* proxy() const { return m_proxy; }

private:
    void updateOk();

    std::unique_ptr<Ui::PersonChooserDialog> m_ui;
    /// Shared with the model's column, which may be asked after this page's members are gone.
    std::shared_ptr<QHash<Uuid, QString>> m_organisationNames = std::make_shared<QHash<Uuid, QString>>();
    RecordTableModel<Person>* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

}  // namespace planner
