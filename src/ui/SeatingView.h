#pragma once

#include "domain/Seating.h"
#include "services/ProtocolPeople.h"

#include <QHash>
#include <QWidget>

#include <optional>

namespace planner {

/// The seating diagram as it prints (an A4 page scaled to the widget). A
/// seat dragged onto another asks for the two to be swapped.
class SeatingView : public QWidget {
    Q_OBJECT
public:
    explicit SeatingView(QWidget* parent = nullptr);

    void setPlan(const SeatingPlan& plan, const QHash<Uuid, ProtocolPerson>& people, const QString& title);
    void clear();
    [[nodiscard]] const SeatingPlan& plan() const { return m_plan; }

    /// The centre of a person's seat in widget coordinates (for tests and
    /// accessibility); null when the person has no seat.
    [[nodiscard]] std::optional<QPointF> seatCentre(const Uuid& personId) const;

    [[nodiscard]] QSize sizeHint() const override { return { 720, 510 }; }

signals:
    void swapRequested(const planner::Uuid& first, const planner::Uuid& second);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    /// The page in device units and the scale that fits it into the widget.
    [[nodiscard]] QRectF page() const;
    [[nodiscard]] qreal scale() const;
    [[nodiscard]] QPointF origin() const;
    [[nodiscard]] int seatAt(const QPointF& widgetPos) const;

    SeatingPlan m_plan;
    QHash<Uuid, ProtocolPerson> m_people;
    QString m_title;
    int m_dragFrom = -1;
};

}  // namespace planner
