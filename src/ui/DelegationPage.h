#pragma once

#include "domain/Entities.h"
#include "models/DelegationOrderModel.h"
#include "ui/FieldErrors.h"
#include "ui/RecordPage.h"

#include <QHash>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class DelegationMemberForm;
}
QT_END_NAMESPACE

namespace planner {

class PersonChooserDialog;

/// The delegation of the chosen trip in order of precedence: add people
/// from the directory, set their role, take them off, and reorder by
/// dragging rows or with Move Up / Move Down. Each reorder is one undoable
/// edit.
class DelegationPage : public RecordPage {
    Q_OBJECT
public:
    enum Column { PrecedenceColumn, NameColumn, LocalNameColumn, PositionColumn, OrganisationColumn, RoleColumn };

    DelegationPage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);
    ~DelegationPage() override;

    [[nodiscard]] DelegationOrderModel* model() const { return m_model; }
    [[nodiscard]] Ui::DelegationMemberForm* form() const { return m_form.get(); }
    [[nodiscard]] QAction* moveUpAction() const { return m_moveUp; }
    [[nodiscard]] QAction* moveDownAction() const { return m_moveDown; }
    [[nodiscard]] QAction* itineraryAction() const { return m_itinerary; }
    /// The people of the selected members in order of precedence (the
    /// current one when none is selected).
    [[nodiscard]] std::vector<Uuid> selectedPeople() const;

    /// Adds people at the end of the order of precedence, as one edit.
    bool addMembers(const std::vector<Uuid>& personIds, MemberRole role);
    /// Puts a member at newIndex (0 = first) in the order of precedence.
    bool moveMember(const Uuid& memberId, int newIndex);

signals:
    /// The chooser of people is about to be shown (tests answer it here).
    void chooserOpened(planner::PersonChooserDialog* dialog);
    /// Export Itineraries for the selected members (in order of precedence).
    void itinerariesRequested(const std::vector<planner::Uuid>& personIds);

protected:
    Status reload() override;
    [[nodiscard]] bool touches(const ChangeSet& changes) const override;
    void showRecord(const Uuid& id) override;
    void createRecord() override;
    void duplicateRecord(const Uuid& id) override;
    void deleteRecord(const Uuid& id) override;

private:
    void commitRole();
    void moveBy(int delta);
    void updateMoveActions();

    std::unique_ptr<Ui::DelegationMemberForm> m_form;
    DelegationOrderModel* m_model = nullptr;
    FieldErrors* m_errors = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
    QAction* m_itinerary = nullptr;
    QHash<Uuid, QString> m_organisationNames;
    Uuid m_shown;
    bool m_columnsFitted = false;
};

}  // namespace planner
