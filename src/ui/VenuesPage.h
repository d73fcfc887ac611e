#pragma once

#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "ui/FieldErrors.h"
#include "ui/RecordPage.h"

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class VenueForm;
}
QT_END_NAMESPACE

namespace planner {

/// The shared directory of venues and their rooms.
class VenuesPage : public RecordPage {
    Q_OBJECT
public:
    enum Column { NameColumn, CityColumn, CountryColumn, RoomsColumn, AddressColumn };

    VenuesPage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);
    ~VenuesPage() override;

    [[nodiscard]] RecordTableModel<Venue>* model() const { return m_model; }
    [[nodiscard]] Ui::VenueForm* form() const { return m_form.get(); }

protected:
    Status reload() override;
    [[nodiscard]] bool touches(const ChangeSet& changes) const override;
    void showRecord(const Uuid& id) override;
    void createRecord() override;
    void duplicateRecord(const Uuid& id) override;
    void deleteRecord(const Uuid& id) override;

private:
    void commitForm();
    /// Commits the rooms as listed, under its own name ("Add room ...").
    void commitRooms(const QString& text, const QStringList& rooms, int select);
    void addRoom();
    void removeRoom();
    void moveRoom(int delta);
    void roomRenamed();
    void updateRoomButtons();
    [[nodiscard]] QStringList listedRooms() const;

    std::unique_ptr<Ui::VenueForm> m_form;
    RecordTableModel<Venue>* m_model = nullptr;
    FieldErrors* m_errors = nullptr;
    Uuid m_shown;
    bool m_columnsFitted = false;
};

}  // namespace planner
