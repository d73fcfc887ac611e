#include "ui/TimelineView.h"

#include "domain/DateText.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

constexpr double kMinPixelsPerHour = 2.0;
constexpr double kMaxPixelsPerHour = 1500.0;
constexpr double kZoomStep = 1.25;
constexpr double kEdgeGrip = 5.0;
constexpr double kDragThreshold = 4.0;

QString timeText(const PlannedTime& t)
{
    return QStringLiteral("%1 %2 (UTC%3)")
        .arg(datetext::dateTime(t.localDate(), t.localTime(), datetext::Part::Weekday), t.zone(), t.utcOffsetText());
}

}  // namespace

TimelineView::TimelineView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMinimumSize(400, 240);
    setAccessibleName(tr("Trip timeline"));
}

void TimelineView::setBundle(const TripBundle& bundle)
{
    setInput(TimelineInput::fromBundle(bundle));
}

void TimelineView::setInput(const TimelineInput& input)
{
    Uuid selectedId;
    RecordKind selectedKind = RecordKind::Meeting;
    if (m_selected >= 0 && m_selected < static_cast<int>(m_input.items.size())) {
        selectedId = m_input.items[static_cast<std::size_t>(m_selected)].id;
        selectedKind = m_input.items[static_cast<std::size_t>(m_selected)].kind;
    }
    const bool first = m_input.items.empty();
    m_drag = Drag::None;
    m_input = input;
    m_hovered = -1;
    m_selected = selectedId.isEmpty() ? -1 : m_input.indexOf(selectedKind, selectedId);
    // The full range, kept while the data changes so the view does not jump.
    TimelineOptions probe;
    const TimelineLayoutResult extent = layoutTimeline(m_input, probe);
    m_rangeStart = extent.options.rangeStart;
    m_rangeEnd = extent.options.rangeEnd;
    if (first || !m_origin.isValid()) {
        m_origin = m_rangeStart;
    }
    relayout();
}

void TimelineView::setPixelsPerHour(double pixelsPerHour)
{
    const double clamped = std::clamp(pixelsPerHour, kMinPixelsPerHour, kMaxPixelsPerHour);
    if (clamped == m_pixelsPerHour) {
        return;
    }
    m_pixelsPerHour = clamped;
    relayout();
    emit scaleChanged(m_pixelsPerHour);
}

void TimelineView::setOrigin(const QDateTime& utc)
{
    m_origin = utc.toUTC();
    relayout();
}

void TimelineView::setLabelZone(TimelineLabelZone zone)
{
    m_labelZone = zone;
    relayout();
}

void TimelineView::setNow(const QDateTime& utc)
{
    m_now = utc;
    viewport()->update();
}

void TimelineView::selectItem(RecordKind kind, const Uuid& id)
{
    m_selected = m_input.indexOf(kind, id);
    viewport()->update();
}

QRectF TimelineView::itemRect(RecordKind kind, const Uuid& id) const
{
    const int box = m_layout.boxOfItem(m_input.indexOf(kind, id));
    if (box < 0) {
        return {};
    }
    return m_layout.boxes[static_cast<std::size_t>(box)].rect.translated(0.0, -m_scrollY);
}

void TimelineView::zoomIn()
{
    zoomAround(kZoomStep, m_layout.options.axisLeft + (viewport()->width() - m_layout.options.axisLeft) / 2.0);
}

void TimelineView::zoomOut()
{
    zoomAround(1.0 / kZoomStep, m_layout.options.axisLeft + (viewport()->width() - m_layout.options.axisLeft) / 2.0);
}

void TimelineView::fitTrip()
{
    const double width = std::max(50.0, viewport()->width() - m_layout.options.axisLeft - 8.0);
    const double hours = std::max(1.0, static_cast<double>(m_rangeStart.secsTo(m_rangeEnd)) / 3600.0);
    m_origin = m_rangeStart;
    setPixelsPerHour(width / hours);
    relayout();
}

void TimelineView::fitDay()
{
    const auto days = TimelineRenderer::tripDays(m_input);
    if (days.empty()) {
        return;
    }
    const double axis = m_layout.options.axisLeft;
    const QDateTime centre = m_layout.utcForX(axis + (viewport()->width() - axis) / 2.0);
    auto day = days.front();
    for (const auto& d : days) {
        if (d.first <= centre && centre < d.second) {
            day = d;
            break;
        }
        if (d.first <= centre) {
            day = d;
        }
    }
    const double width = std::max(50.0, viewport()->width() - axis - 8.0);
    m_origin = day.first;
    setPixelsPerHour(width / (static_cast<double>(day.first.secsTo(day.second)) / 3600.0));
    relayout();
}

void TimelineView::zoomAround(double factor, double viewportX)
{
    const QDateTime fixed = m_layout.utcForX(viewportX);
    const double old = m_pixelsPerHour;
    const double next = std::clamp(old * factor, kMinPixelsPerHour, kMaxPixelsPerHour);
    if (next == old) {
        return;
    }
    m_pixelsPerHour = next;
    // Keep the instant under the pointer where it is.
    const double hours = (viewportX - m_layout.options.axisLeft) / next;
    m_origin = fixed.addMSecs(-static_cast<qint64>(std::llround(hours * 3.6e6)));
    relayout();
    emit scaleChanged(m_pixelsPerHour);
}

void TimelineView::relayout()
{
    TimelineOptions options;
    options.pixelsPerHour = m_pixelsPerHour;
    options.rangeStart = m_rangeStart;
    options.rangeEnd = m_rangeEnd;
    options.labelZone = m_labelZone;
    // Never scroll the trip out of sight entirely.
    if (m_origin.isValid() && m_rangeStart.isValid()) {
        const double viewHours = std::max(0.0, (viewport()->width() - options.axisLeft) / m_pixelsPerHour);
        const QDateTime latest = m_rangeEnd.addSecs(-static_cast<qint64>(viewHours * 3600.0 * 0.5));
        if (m_origin > latest) {
            m_origin = std::max(latest, m_rangeStart.addSecs(-static_cast<qint64>(viewHours * 3600.0 * 0.5)));
        }
        const QDateTime earliest = m_rangeStart.addSecs(-static_cast<qint64>(viewHours * 3600.0 * 0.5));
        if (m_origin < earliest) {
            m_origin = earliest;
        }
    }
    options.origin = m_origin;
    options.viewWidth = std::max(1.0, viewport()->width() - options.axisLeft);
    m_layout = layoutTimeline(m_input, options);
    m_origin = m_layout.options.origin;
    updateScrollBars();
    viewport()->update();
}

double TimelineView::legendTop() const
{
    return m_layout.size.height() - m_scrollY + 6.0;
}

void TimelineView::updateScrollBars()
{
    m_updatingScrollBars = true;
    const double axis = m_layout.options.axisLeft;
    const double viewWidth = std::max(1.0, viewport()->width() - axis);
    const double total = static_cast<double>(m_rangeStart.secsTo(m_rangeEnd)) / 3600.0 * m_pixelsPerHour;
    const double value = static_cast<double>(m_rangeStart.msecsTo(m_origin)) / 3.6e6 * m_pixelsPerHour;
    QScrollBar* h = horizontalScrollBar();
    h->setRange(std::min(0, static_cast<int>(std::floor(value))),
        std::max(static_cast<int>(std::ceil(value)), static_cast<int>(std::ceil(total - viewWidth))));
    h->setPageStep(static_cast<int>(viewWidth));
    h->setSingleStep(std::max(1, static_cast<int>(m_pixelsPerHour)));
    h->setValue(static_cast<int>(std::lround(value)));

    const double headerBottom = m_layout.headerRect.bottom();
    const double content = m_layout.size.height() - headerBottom
        + TimelineRenderer::legendHeight(viewport()->width() - 16.0, !m_input.flags.isEmpty()) + 12.0;
    const double visible = std::max(1.0, viewport()->height() - headerBottom);
    QScrollBar* v = verticalScrollBar();
    v->setRange(0, std::max(0, static_cast<int>(std::ceil(content - visible))));
    v->setPageStep(static_cast<int>(visible));
    v->setSingleStep(20);
    m_scrollY = std::clamp(m_scrollY, 0.0, static_cast<double>(v->maximum()));
    v->setValue(static_cast<int>(m_scrollY));
    m_updatingScrollBars = false;
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx);
    Q_UNUSED(dy);
    if (m_updatingScrollBars) {
        return;
    }
    m_scrollY = verticalScrollBar()->value();
    const double hours = horizontalScrollBar()->value() / m_pixelsPerHour;
    m_origin = m_rangeStart.addMSecs(static_cast<qint64>(std::llround(hours * 3.6e6)));
    relayout();
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    const QRectF exposed = QRectF(event->rect());
    painter.fillRect(exposed, Qt::white);
    TimelineRenderOptions options;
    options.exposed = QRectF(0, 0, viewport()->width(), viewport()->height());
    options.scrollY = m_scrollY;
    options.now = m_now;
    options.selectedItem = m_selected;
    options.hoveredItem = m_hovered;
    TimelineRenderer::paint(painter, m_input, m_layout, options);
    const double top = legendTop();
    if (top < viewport()->height()) {
        painter.setClipRect(QRectF(0, m_layout.headerRect.bottom(), viewport()->width(), viewport()->height()));
        TimelineRenderer::paintLegend(painter, QPointF(8.0, top), viewport()->width() - 16.0, !m_input.flags.isEmpty());
    }
}

QPointF TimelineView::toLayout(const QPointF& p) const
{
    if (p.y() < m_layout.headerRect.bottom()) {
        return p;
    }
    return QPointF(p.x(), p.y() + m_scrollY);
}

int TimelineView::itemAt(const QPointF& viewportPoint) const
{
    if (viewportPoint.x() < m_layout.options.axisLeft || viewportPoint.y() < m_layout.headerRect.bottom()) {
        return -1;
    }
    const int box = m_layout.boxAt(toLayout(viewportPoint));
    return box < 0 ? -1 : m_layout.boxes[static_cast<std::size_t>(box)].item;
}

bool TimelineView::onEndEdge(int item, const QPointF& viewportPoint) const
{
    if (item < 0) {
        return false;
    }
    const RecordKind kind = m_input.items[static_cast<std::size_t>(item)].kind;
    if (kind == RecordKind::Mou) {
        return false;
    }
    const int box = m_layout.boxOfItem(item);
    const QRectF r = m_layout.boxes[static_cast<std::size_t>(box)].rect;
    const QPointF p = toLayout(viewportPoint);
    return r.width() >= 3 * kEdgeGrip && std::abs(p.x() - r.right()) <= kEdgeGrip;
}

int TimelineView::endEdgeItemAt(const QPointF& viewportPoint) const
{
    if (viewportPoint.x() < m_layout.options.axisLeft || viewportPoint.y() < m_layout.headerRect.bottom()) {
        return -1;
    }
    // The end of an item wins over the start of the one right after it
    // (sessions back to back); at equal distance a session wins over its
    // forum, whose end it shares.
    auto rank = [](RecordKind kind) { return kind == RecordKind::Session ? 1 : 0; };
    const QPointF p = toLayout(viewportPoint);
    int best = -1;
    double bestDistance = kEdgeGrip + 1.0;
    int bestRank = -1;
    for (const TimelineBox& box : m_layout.boxes) {
        if (box.kind == RecordKind::Mou || box.kind == RecordKind::Stop || box.rect.width() < 3 * kEdgeGrip
            || p.y() < box.rect.top() || p.y() > box.rect.bottom()) {
            continue;
        }
        const double distance = std::abs(p.x() - box.rect.right());
        if (distance > kEdgeGrip) {
            continue;
        }
        if (distance < bestDistance - 0.5 || (distance <= bestDistance + 0.5 && rank(box.kind) > bestRank)) {
            best = box.item;
            bestDistance = distance;
            bestRank = rank(box.kind);
        }
    }
    return best;
}

QString TimelineView::toolTipFor(int index) const
{
    const TimelineItem& item = m_input.items[static_cast<std::size_t>(index)];
    QString html = QStringLiteral("<b>%1</b><br>%2").arg(item.title.toHtmlEscaped(), timelineKindLabel(item.kind));
    if (!item.detail.isEmpty()) {
        html += QStringLiteral(" · ") + item.detail.toHtmlEscaped();
    }
    const QString home = m_input.homeZone;
    auto line = [&](const QString& label, const PlannedTime& a, const PlannedTime& b) {
        QString text = timeText(a);
        if (!b.isNull() && !(b == a)) {
            text += QStringLiteral(" – ") + timeText(b);
        }
        return QStringLiteral("<br>%1: %2").arg(label, text.toHtmlEscaped());
    };
    html += line(tr("Local"), item.start, item.kind == RecordKind::Mou ? PlannedTime() : item.end);
    if (PlannedTime::isKnownZone(home) && (item.start.zone() != home || item.end.zone() != home)) {
        html += line(
            tr("Home"), item.start.inZone(home), item.kind == RecordKind::Mou ? PlannedTime() : item.end.inZone(home));
    }
    if (!item.end.isNull() && item.kind != RecordKind::Mou) {
        const qint64 minutes = item.start.minutesTo(item.end);
        html += QStringLiteral("<br>")
            + tr("Duration: %1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    if (const auto flag = m_input.flags.constFind(item.id); flag != m_input.flags.constEnd()) {
        html += QStringLiteral("<br><b>%1</b>").arg(tr("Open findings of the checks:"));
        for (const QString& message : flag->messages) {
            html += QStringLiteral("<br>⚠ ") + message.toHtmlEscaped();
        }
    }
    return html;
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int item = itemAt(help->pos());
        if (item >= 0 && m_drag == Drag::None) {
            QToolTip::showText(help->globalPos(), toolTipFor(item), viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0) {
            zoomAround(std::pow(kZoomStep, delta.y() / 120.0), event->position().x());
        }
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0: fitTrip(); return;
    case Qt::Key_D: fitDay(); return;
    case Qt::Key_Escape:
        if (m_drag != Drag::None) {
            cancelDrag();
            return;
        }
        break;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position();
    m_pressOrigin = m_origin;
    m_pressScrollY = m_scrollY;
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const int edgeItem = endEdgeItemAt(event->position());
    const int item = edgeItem >= 0 ? edgeItem : itemAt(event->position());
    m_dragItem = item;
    if (item < 0) {
        m_pendingKind = Drag::Pan;
    } else {
        m_pendingKind = edgeItem >= 0 ? Drag::ResizeEnd : Drag::Move;
        if (m_selected != item) {
            m_selected = item;
            viewport()->update();
        }
        const TimelineItem& it = m_input.items[static_cast<std::size_t>(item)];
        emit itemSelected(it.kind, it.id);
    }
    m_drag = Drag::Pending;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::None) {
        const int item = itemAt(pos);
        if (item != m_hovered) {
            m_hovered = item;
            viewport()->update();
        }
        viewport()->setCursor(
            endEdgeItemAt(pos) >= 0 ? Qt::SizeHorCursor : (item >= 0 ? Qt::OpenHandCursor : Qt::ArrowCursor));
        return;
    }
    if (m_drag == Drag::Pending) {
        if ((pos - m_pressPos).manhattanLength() < kDragThreshold) {
            return;
        }
        m_drag = m_pendingKind;
        if (m_drag == Drag::Move || m_drag == Drag::ResizeEnd) {
            m_beforeDrag = m_input;
            viewport()->setCursor(m_drag == Drag::Move ? Qt::ClosedHandCursor : Qt::SizeHorCursor);
        } else {
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
    }
    if (m_drag == Drag::Pan) {
        const QPointF d = pos - m_pressPos;
        m_origin = m_pressOrigin.addMSecs(-static_cast<qint64>(std::llround(d.x() / m_pixelsPerHour * 3.6e6)));
        m_scrollY = m_pressScrollY - d.y();
        relayout();
        return;
    }
    previewDrag(pos);
}

std::pair<PlannedTime, PlannedTime> TimelineView::draggedTimes(double dx) const
{
    const TimelineItem& item = m_beforeDrag.items[static_cast<std::size_t>(m_dragItem)];
    const qint64 minutes = std::llround(dx / m_pixelsPerHour * 60.0);
    if (m_drag == Drag::ResizeEnd) {
        PlannedTime end = shiftAndSnap(item.end, minutes, kSnapMinutes);
        if (item.start.minutesTo(end) < kSnapMinutes) {
            end = shiftAndSnap(item.start.inZone(item.end.zone()), kSnapMinutes, kSnapMinutes);
        }
        return { item.start, end };
    }
    const PlannedTime start = shiftAndSnap(item.start, minutes, kSnapMinutes);
    const qint64 moved = item.start.minutesTo(start);
    const PlannedTime end = item.end.isNull() ? item.end : shiftAndSnap(item.end, moved, 1);
    return { start, end };
}

void TimelineView::previewDrag(const QPointF& pos)
{
    if (m_dragItem < 0 || m_dragItem >= static_cast<int>(m_beforeDrag.items.size())) {
        return;
    }
    const auto [start, end] = draggedTimes(pos.x() - m_pressPos.x());
    m_input = m_beforeDrag;
    TimelineItem& item = m_input.items[static_cast<std::size_t>(m_dragItem)];
    const qint64 moved = item.start.minutesTo(start);
    item.start = start;
    item.end = end;
    if (item.kind == RecordKind::Forum && m_drag == Drag::Move) {
        for (TimelineItem& s : m_input.items) {
            if (s.kind == RecordKind::Session && s.parentId == item.id) {
                s.start = shiftAndSnap(s.start, moved, 1);
                s.end = shiftAndSnap(s.end, moved, 1);
            }
        }
    }
    relayout();
}

void TimelineView::cancelDrag()
{
    if (m_drag == Drag::Move || m_drag == Drag::ResizeEnd) {
        m_input = m_beforeDrag;
        relayout();
    }
    m_drag = Drag::None;
    viewport()->unsetCursor();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    if (drag == Drag::Move || drag == Drag::ResizeEnd) {
        const auto [start, end] = draggedTimes(event->position().x() - m_pressPos.x());
        const TimelineItem item = m_beforeDrag.items[static_cast<std::size_t>(m_dragItem)];
        // The view shows the data as given until the owner sets the changed data.
        m_input = m_beforeDrag;
        m_drag = Drag::None;
        relayout();
        viewport()->unsetCursor();
        if (!(start == item.start) || !(end == item.end)) {
            emit moveRequested(item.kind, item.id, start, end);
        }
        return;
    }
    m_drag = Drag::None;
    viewport()->unsetCursor();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int item = itemAt(event->position());
    if (item < 0 || event->button() != Qt::LeftButton) {
        return;
    }
    const TimelineItem& it = m_input.items[static_cast<std::size_t>(item)];
    emit openEditorRequested(it.kind, it.id);
}

}  // namespace planner
