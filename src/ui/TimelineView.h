#pragma once

#include "services/TimelineLayout.h"
#include "services/TimelineRenderer.h"

#include <QAbstractScrollArea>
#include <QDateTime>

namespace planner {

/// The timeline of one trip as a widget, meant to be a page of the main
/// window. It keeps no data of its own beyond what it is given (setBundle or
/// setInput), paints only what layoutTimeline() returns, and turns mouse
/// input into signals; the owner performs edits (as undo commands) and gives
/// the view the new data.
///
/// Keys: + and - zoom, 0 fits the trip, D fits the day in the middle of the
/// view, Escape cancels a drag. Ctrl+wheel zooms around the pointer, the
/// wheel scrolls, Shift+wheel scrolls in time; dragging empty space (or with
/// the middle button) pans.
class TimelineView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setBundle(const TripBundle& bundle);
    void setInput(const TimelineInput& input);
    [[nodiscard]] const TimelineInput& input() const { return m_input; }
    [[nodiscard]] const TimelineLayoutResult& currentLayout() const { return m_layout; }

    [[nodiscard]] double pixelsPerHour() const { return m_pixelsPerHour; }
    void setPixelsPerHour(double pixelsPerHour);
    /// The instant at the left edge of the time axis.
    [[nodiscard]] QDateTime origin() const { return m_origin; }
    void setOrigin(const QDateTime& utc);

    [[nodiscard]] TimelineLabelZone labelZone() const { return m_labelZone; }
    void setLabelZone(TimelineLabelZone zone);

    /// The instant of the "now" marker; invalid: none. The view never reads
    /// the clock: the owner passes it in (and may refresh it with a timer).
    void setNow(const QDateTime& utc);

    /// Selects the record's item (e.g. when the editors select it); no signal.
    void selectItem(RecordKind kind, const Uuid& id);
    /// Index into input().items of the selected item, or -1.
    [[nodiscard]] int selectedItem() const { return m_selected; }

    /// The point in the viewport where an item is drawn (its centre), for
    /// tests and for scrolling to a record; invalid when not laid out.
    [[nodiscard]] QRectF itemRect(RecordKind kind, const Uuid& id) const;

    /// Minutes to which moves and ends snap.
    static constexpr int kSnapMinutes = 5;

public slots:
    void zoomIn();
    void zoomOut();
    void fitTrip();
    void fitDay();

signals:
    /// An item was clicked; the editors should select the same record.
    /// For a signing the id is the MOU's, for a stay the stop's.
    void itemSelected(planner::RecordKind kind, const planner::Uuid& id);
    /// An item was double-clicked: open its editor.
    void openEditorRequested(planner::RecordKind kind, const planner::Uuid& id);
    /// An item was dragged and dropped (moved, or its end dragged), snapped
    /// to kSnapMinutes of local time. The view itself changes nothing: the
    /// owner performs the change as one undoable command and sets the new
    /// data. A forum's move means its sessions move with it by the same
    /// amount (start of the forum moved by newStart - old start); a stay's
    /// move moves arrival and departure; a signing has newEnd == newStart.
    void moveRequested(planner::RecordKind kind, const planner::Uuid& id, const planner::PlannedTime& newStart,
        const planner::PlannedTime& newEnd);
    void scaleChanged(double pixelsPerHour);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    enum class Drag { None, Pending, Pan, Move, ResizeEnd };

    void relayout();
    void updateScrollBars();
    void zoomAround(double factor, double viewportX);
    [[nodiscard]] QPointF toLayout(const QPointF& viewportPoint) const;
    [[nodiscard]] int itemAt(const QPointF& viewportPoint) const;
    [[nodiscard]] bool onEndEdge(int item, const QPointF& viewportPoint) const;
    /// The item whose end (right edge) is under the point, or -1.
    [[nodiscard]] int endEdgeItemAt(const QPointF& viewportPoint) const;
    [[nodiscard]] QString toolTipFor(int item) const;
    [[nodiscard]] double legendTop() const;
    void previewDrag(const QPointF& viewportPoint);
    void cancelDrag();
    /// Start and end the dragged item would get for a horizontal move of dx pixels.
    [[nodiscard]] std::pair<PlannedTime, PlannedTime> draggedTimes(double dx) const;

    TimelineInput m_input;
    TimelineInput m_beforeDrag;  ///< the input as given, while a drag previews on m_input
    TimelineLayoutResult m_layout;
    double m_pixelsPerHour = 24.0;
    QDateTime m_origin;
    QDateTime m_rangeStart;
    QDateTime m_rangeEnd;
    double m_scrollY = 0.0;
    TimelineLabelZone m_labelZone = TimelineLabelZone::Local;
    QDateTime m_now;
    int m_selected = -1;
    int m_hovered = -1;
    bool m_updatingScrollBars = false;

    Drag m_drag = Drag::None;
    Drag m_pendingKind = Drag::None;
    int m_dragItem = -1;
    QPointF m_pressPos;
    QDateTime m_pressOrigin;
    double m_pressScrollY = 0.0;
};

}  // namespace planner
