#include "ui/SeatingView.h"

#include "services/FittedText.h"
#include "services/SeatingDiagram.h"

#include <QMouseEvent>
#include <QPainter>

namespace planner {

SeatingView::SeatingView(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(360, 255);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag a seat onto another to swap the two people."));
}

void SeatingView::setPlan(const SeatingPlan& plan, const QHash<Uuid, ProtocolPerson>& people, const QString& title)
{
    m_plan = plan;
    m_people = people;
    m_title = title;
    update();
}

void SeatingView::clear()
{
    setPlan({}, {}, {});
}

QRectF SeatingView::page() const
{
    const qreal mm = FittedText::unitsPerMm(*this);
    const QSizeF size = SeatingDiagram::pageSize();
    return { 0, 0, size.width() * mm, size.height() * mm };
}

qreal SeatingView::scale() const
{
    const QRectF p = page();
    return std::min(width() / p.width(), height() / p.height());
}

QPointF SeatingView::origin() const
{
    const QRectF p = page();
    const qreal s = scale();
    return { (width() - p.width() * s) / 2, (height() - p.height() * s) / 2 };
}

std::optional<QPointF> SeatingView::seatCentre(const Uuid& personId) const
{
    const SeatingGeometry g
        = SeatingDiagram::layout(m_plan, SeatingDiagram::plotArea(page(), FittedText::unitsPerMm(*this)));
    for (std::size_t i = 0; i < m_plan.seats.size(); ++i) {
        if (m_plan.seats[i].personId == personId) {
            return origin() + g.seats[i].center() * scale();
        }
    }
    return std::nullopt;
}

int SeatingView::seatAt(const QPointF& widgetPos) const
{
    const QPointF at = (widgetPos - origin()) / scale();
    const SeatingGeometry g
        = SeatingDiagram::layout(m_plan, SeatingDiagram::plotArea(page(), FittedText::unitsPerMm(*this)));
    for (std::size_t i = 0; i < g.seats.size(); ++i) {
        if (g.seats[i].contains(at)) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void SeatingView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_plan.seats.empty() && m_title.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("Choose a meeting or forum to see its seating plan."));
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(origin());
    p.scale(scale(), scale());
    SeatingDiagram::paint(p, page(), m_plan, m_people, m_title);
}

void SeatingView::mousePressEvent(QMouseEvent* event)
{
    m_dragFrom = event->button() == Qt::LeftButton ? seatAt(event->position()) : -1;
    if (m_dragFrom >= 0) {
        setCursor(Qt::ClosedHandCursor);
    }
}

void SeatingView::mouseReleaseEvent(QMouseEvent* event)
{
    setCursor(Qt::OpenHandCursor);
    const int from = m_dragFrom;
    m_dragFrom = -1;
    const int to = seatAt(event->position());
    if (from >= 0 && to >= 0 && from != to) {
        emit swapRequested(
            m_plan.seats[static_cast<std::size_t>(from)].personId, m_plan.seats[static_cast<std::size_t>(to)].personId);
    }
}

}  // namespace planner
