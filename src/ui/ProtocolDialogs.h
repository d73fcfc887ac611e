#pragma once

#include "services/BadgeSheets.h"
#include "services/PlaceCards.h"
#include "services/ProtocolPeople.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace planner {

/// Export Badges: whose badges (the delegation, or the people of one forum
/// or meeting), a checklist of those people to untick any, the stock and
/// the sheet. Stock and sheet are remembered for the next time.
class BadgeDialog : public QDialog {
    Q_OBJECT
public:
    /// initial: the group chosen at first (the delegation when empty).
    BadgeDialog(const TripBundle& bundle, const ProtocolScope& initial, QWidget* parent = nullptr);

    /// The group with the ticked people.
    [[nodiscard]] ProtocolScope scope() const;
    [[nodiscard]] BadgeOptions options() const;
    /// Remembers the stock and sheet (called when accepted).
    void remember() const;
    /// Accepted with Print… (to the print preview) rather than Export….
    [[nodiscard]] bool printChosen() const { return m_print; }

    [[nodiscard]] QComboBox* groupCombo() const { return m_group; }
    [[nodiscard]] QListWidget* peopleList() const { return m_people; }
    [[nodiscard]] QComboBox* stockCombo() const { return m_stock; }
    [[nodiscard]] QComboBox* sheetCombo() const { return m_sheet; }

private:
    void fillPeople();
    void updateCount();
    [[nodiscard]] ProtocolScope groupScope() const;

    const TripBundle& m_bundle;
    QComboBox* m_group = nullptr;
    QListWidget* m_people = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_stock = nullptr;
    QComboBox* m_sheet = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_print = false;
};

/// Export Place Cards: the paper (A4 or A5, folded) and whether the
/// organisation and country go under the name.
class PlaceCardDialog : public QDialog {
    Q_OBJECT
public:
    /// what: "the head table of …" or the meeting; count: the cards.
    PlaceCardDialog(const QString& what, int count, QWidget* parent = nullptr);

    [[nodiscard]] PlaceCardOptions options() const;
    void remember() const;
    [[nodiscard]] bool printChosen() const { return m_print; }

    [[nodiscard]] QComboBox* paperCombo() const { return m_paper; }
    [[nodiscard]] QCheckBox* organisationBox() const { return m_organisation; }

private:
    QComboBox* m_paper = nullptr;
    QCheckBox* m_organisation = nullptr;
    bool m_print = false;
};

}  // namespace planner
