#pragma once

#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "ui/FieldErrors.h"
#include "ui/RecordPage.h"

#include <QHash>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class MeetingForm;
}
QT_END_NAMESPACE

namespace planner {

/// The bilateral meetings and courtesy calls of a trip: when and where (a
/// stop of the trip, times in its zone), the host-side counterparts and the
/// members of the delegation taking part.
class MeetingsPage : public RecordPage {
    Q_OBJECT
public:
    enum Column { StartColumn, TitleColumn, StopColumn, CounterpartsColumn };

    MeetingsPage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);
    ~MeetingsPage() override;

    [[nodiscard]] RecordTableModel<Meeting>* model() const { return m_model; }
    [[nodiscard]] Ui::MeetingForm* form() const { return m_form.get(); }

protected:
    Status reload() override;
    [[nodiscard]] bool touches(const ChangeSet& changes) const override;
    void showRecord(const Uuid& id) override;
    void createRecord() override;
    void duplicateRecord(const Uuid& id) override;
    void deleteRecord(const Uuid& id) override;

private:
    /// The meeting as the form shows it, from the record shown.
    [[nodiscard]] Meeting edited(const Meeting& current) const;
    void commitForm();
    void stopChosen();
    void addCounterpart();
    void removeCounterpart();
    void fillCounterparts(const std::vector<Uuid>& ids);
    void fillParticipants(const std::vector<Uuid>& ids);
    [[nodiscard]] QString personName(const Uuid& id) const;
    [[nodiscard]] QString stopName(const Uuid& id) const;
    [[nodiscard]] const Stop* stop(const Uuid& id) const;

    std::unique_ptr<Ui::MeetingForm> m_form;
    RecordTableModel<Meeting>* m_model = nullptr;
    FieldErrors* m_errors = nullptr;
    Uuid m_shown;
    bool m_columnsFitted = false;
    std::vector<Stop> m_stops;
    std::vector<DelegationMember> m_members;
    QHash<Uuid, Person> m_people;
    QHash<Uuid, QString> m_organisationNames;
};

}  // namespace planner
