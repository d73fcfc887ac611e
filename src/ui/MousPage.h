#pragma once

#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "ui/FieldErrors.h"
#include "ui/RecordPage.h"

#include <QHash>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class MouForm;
}
QT_END_NAMESPACE

namespace planner {

class ChoiceDelegate;
class MouPartyModel;

/// The memoranda of understanding of a trip: status, where (a forum or a
/// meeting of the trip) and when they are signed, and the parties with
/// their signatories.
class MousPage : public RecordPage {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, PlaceColumn, WhenColumn, PartiesColumn };

    MousPage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);
    ~MousPage() override;

    [[nodiscard]] RecordTableModel<Mou>* model() const { return m_model; }
    [[nodiscard]] MouPartyModel* partyModel() const { return m_parties; }
    [[nodiscard]] Ui::MouForm* form() const { return m_form.get(); }

protected:
    Status reload() override;
    [[nodiscard]] bool touches(const ChangeSet& changes) const override;
    void showRecord(const Uuid& id) override;
    void createRecord() override;
    void duplicateRecord(const Uuid& id) override;
    void deleteRecord(const Uuid& id) override;

private:
    [[nodiscard]] Mou edited(const Mou& current) const;
    void commitForm();
    void placeChosen();
    void timeToggled(bool fixed);
    void addParty();
    void moveParty(int delta);
    void updatePartyButtons();
    /// "Forum: ..." / "Meeting: ..." for the place an MOU is signed at.
    [[nodiscard]] QString placeName(const Mou& m) const;
    /// The zone of the place chosen in the form (its forum's or meeting's),
    /// else of the time shown, else the trip's home zone.
    [[nodiscard]] QString placeZone() const;
    /// The start of the place chosen in the form (null when none).
    [[nodiscard]] PlannedTime placeStart() const;

    std::unique_ptr<Ui::MouForm> m_form;
    RecordTableModel<Mou>* m_model = nullptr;
    MouPartyModel* m_parties = nullptr;
    ChoiceDelegate* m_delegate = nullptr;
    FieldErrors* m_errors = nullptr;
    Uuid m_shown;
    bool m_columnsFitted = false;
    std::vector<Forum> m_forums;
    std::vector<Meeting> m_meetings;
    std::vector<Organisation> m_organisations;
    QHash<Uuid, QString> m_organisationNames;
    QHash<Uuid, QString> m_personNames;
};

}  // namespace planner
