#pragma once

#include "services/ProtocolPeople.h"
#include "ui/SectionPage.h"

class QComboBox;
class QLabel;

namespace planner {

class SeatingView;

enum class ProtocolOutput { Badges, PlaceCards, Seating, PrintSeating };

/// Protocol: the seating plan of each meeting and forum head table with a
/// preview (drag a seat onto another to swap; every change is one undoable
/// edit), and the printed badges, place cards and seating plans.
class ProtocolPage : public SectionPage {
    Q_OBJECT
public:
    ProtocolPage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);

    void setShowHomeTime(bool) override { }
    [[nodiscard]] SeatingView* view() const { return m_view; }
    [[nodiscard]] QComboBox* targets() const { return m_target; }

public slots:
    void refresh() override;

signals:
    /// Export Badges (the people of the meeting or forum shown), Place Cards
    /// or Seating Plan (of the meeting or the forum's head table), or Print
    /// the seating plan.
    void exportRequested(planner::ProtocolOutput output, const planner::ProtocolScope& scope);

private:
    void showPlan();
    void swap(const Uuid& first, const Uuid& second);
    void arrange();
    [[nodiscard]] ProtocolScope scope() const;
    [[nodiscard]] RecordKind targetKind() const;
    [[nodiscard]] Uuid targetId() const;

    QComboBox* m_target = nullptr;
    QComboBox* m_layout = nullptr;
    QLabel* m_note = nullptr;
    SeatingView* m_view = nullptr;
};

}  // namespace planner
