#pragma once

#include "domain/Entities.h"
#include "services/ExportJobs.h"
#include "services/Roster.h"
#include "services/RosterWriter.h"

#include <QDialog>
#include <QDialogButtonBox>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;
namespace Ui {
class AgendaDialog;
class RosterDialog;
class CalendarDialog;
}  // namespace Ui
QT_END_NAMESPACE

namespace planner {

/// Chooses a forum of the trip, the paper and, when exporting, the format.
class AgendaDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Print, Export };
    AgendaDialog(const std::vector<Forum>& forums, const Uuid& preselected, Purpose purpose, QWidget* parent = nullptr);
    ~AgendaDialog() override;

    [[nodiscard]] Uuid forumId() const;
    [[nodiscard]] QPageSize::PageSizeId pageSize() const;
    [[nodiscard]] ExportJobs::AgendaFormat format() const;
    [[nodiscard]] Ui::AgendaDialog* ui() const { return m_ui.get(); }

private:
    std::unique_ptr<Ui::AgendaDialog> m_ui;
};

/// Chooses who a delegation roster is for (a preset or custom columns) and
/// the file format, and says before anything is written when the roster
/// carries passport data.
class RosterDialog : public QDialog {
    Q_OBJECT
public:
    /// remembered: the custom columns chosen last time for this trip.
    explicit RosterDialog(const std::vector<RosterColumn>& remembered, QWidget* parent = nullptr);
    ~RosterDialog() override;

    /// The preset, or std::nullopt for custom columns.
    [[nodiscard]] std::optional<RosterPreset> preset() const;
    [[nodiscard]] std::vector<RosterColumn> columns() const;
    [[nodiscard]] RosterFormat format() const;
    [[nodiscard]] bool byteOrderMark() const;
    [[nodiscard]] bool containsPassportData() const;
    [[nodiscard]] Ui::RosterDialog* ui() const { return m_ui.get(); }

    /// Selects a preset (or custom when nullopt) as the user would.
    void choosePreset(std::optional<RosterPreset> preset);

private:
    void presetChanged();
    void update();

    std::unique_ptr<Ui::RosterDialog> m_ui;
};

/// Chooses the whole trip or one traveller for a calendar.
class CalendarDialog : public QDialog {
    Q_OBJECT
public:
    CalendarDialog(const TripBundle& bundle, QWidget* parent = nullptr);
    ~CalendarDialog() override;

    /// Empty for the whole trip.
    [[nodiscard]] Uuid personId() const;
    [[nodiscard]] Ui::CalendarDialog* ui() const { return m_ui.get(); }

private:
    std::unique_ptr<Ui::CalendarDialog> m_ui;
};

/// Chooses the paper and the file format of a trip document and, for
/// itineraries, whose (the delegation's members in order of precedence,
/// those selected on the Delegation page ticked) and whether they go into
/// one file, a page apart, or into a file each.
class TripDocumentDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Programme, Itineraries };
    /// preselected: the members ticked at first (everybody when empty).
    TripDocumentDialog(
        Kind kind, const TripBundle& bundle, const std::vector<Uuid>& preselected = {}, QWidget* parent = nullptr);

    /// The ticked members, in order of precedence.
    [[nodiscard]] std::vector<Uuid> personIds() const;
    [[nodiscard]] bool filePerPerson() const;
    [[nodiscard]] QPageSize::PageSizeId pageSize() const;
    [[nodiscard]] DocumentFormat format() const;

    [[nodiscard]] QListWidget* memberList() const { return m_members; }
    [[nodiscard]] QComboBox* pageSizeCombo() const { return m_pageSize; }
    [[nodiscard]] QComboBox* formatCombo() const { return m_format; }
    [[nodiscard]] QRadioButton* perPersonButton() const { return m_perPerson; }

private:
    QWidget* memberChooser(const TripBundle& bundle, const std::vector<Uuid>& preselected);
    void updateCount();

    QListWidget* m_members = nullptr;
    QLabel* m_count = nullptr;
    QRadioButton* m_oneFile = nullptr;
    QRadioButton* m_perPerson = nullptr;
    QComboBox* m_pageSize = nullptr;
    QComboBox* m_format = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace planner
