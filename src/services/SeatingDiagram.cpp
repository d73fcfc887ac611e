#include "services/SeatingDiagram.h"

#include "services/FittedText.h"
#include "services/ProtocolPdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

struct SeatingDiagramText {
    Q_DECLARE_TR_FUNCTIONS(planner::SeatingDiagram)
};

const QColor kDelegationColour(0x1f, 0x3a, 0x68);
const QColor kHostColour(0x2e, 0x5e, 0x3a);
const QColor kTableColour(0xe8, 0xe2, 0xd4);
constexpr int kPngDpi = 150;

int widest(const SeatingPlan& plan)
{
    int n = 1;
    for (const Seat& s : plan.seats) {
        n = std::max(n, std::abs(s.place) + 1);
    }
    return n;
}

int deepest(const SeatingPlan& plan)
{
    int rows = 1;
    for (const Seat& s : plan.seats) {
        rows = std::max(rows, s.row + 1);
    }
    return rows;
}

/// Two sides facing across one table: the host side above, the delegation
/// below; each head's right is to the viewer's right for the delegation.
SeatingGeometry bilateral(const SeatingPlan& plan, const QRectF& a)
{
    const int columns = 2 * widest(plan) - 1;
    const qreal w = std::min(a.width() / (columns + 0.5), a.height() / 3.2);
    const qreal h = std::min(w * 0.55, a.height() / 6.5);
    const QPointF c = a.center();
    SeatingGeometry g;
    g.tables.emplace_back(c.x() - columns * w / 2, c.y() - h * 0.7, columns * w, h * 1.4);
    for (const Seat& s : plan.seats) {
        const bool host = s.side == SeatingSide::Host;
        const qreal x = c.x() + (host ? -s.place : s.place) * w;
        const qreal dy = h * 0.75 + h * 0.55 + s.row * (h * 1.15);
        const qreal y = host ? c.y() - dy : c.y() + dy;
        g.seats.emplace_back(x - w * 0.46, y - h / 2, w * 0.92, h);
    }
    return g;
}

/// The heads side by side at the middle of the base (the top), the
/// delegation on the host's right (the viewer's left), each side outward
/// along the base and then down its arm.
SeatingGeometry uShape(const SeatingPlan& plan, const QRectF& a)
{
    const int n = widest(plan);
    const int onBase = std::min(n, 3);
    const int onArm = std::max(0, n - onBase);
    const qreal w = std::min(a.width() / (2 * onBase + 3.0), a.height() / (onArm + 4.0) * 1.4);
    const qreal h = w * 0.55;
    const qreal rowH = h * 1.25;
    const qreal baseY = a.top() + rowH * 1.2;
    const qreal armX = onBase * w + w * 0.1;
    const QPointF c(a.center().x(), baseY);
    SeatingGeometry g;
    g.tables.emplace_back(c.x() - armX, baseY + h * 0.6, 2 * armX, h * 0.8);
    const qreal armLength = std::max(3 * rowH, onArm * rowH);
    g.tables.emplace_back(c.x() - armX, baseY + h * 1.4, h * 0.8, armLength);
    g.tables.emplace_back(c.x() + armX - h * 0.8, baseY + h * 1.4, h * 0.8, armLength);
    for (const Seat& s : plan.seats) {
        const qreal sign = s.side == SeatingSide::Delegation ? -1.0 : 1.0;
        QPointF at;
        if (s.row > 0) {
            at = QPointF(c.x() + sign * (w * (0.5 + s.place)), baseY - rowH * 0.95);
        } else if (s.place < onBase) {
            at = QPointF(c.x() + sign * w * (0.5 + s.place), baseY);
        } else {
            at = QPointF(c.x() + sign * (armX + w * 0.55), baseY + h * 1.4 + (s.place - onBase + 0.5) * rowH);
        }
        g.seats.emplace_back(at.x() - w * 0.46, at.y() - h / 2, w * 0.92, h);
    }
    return g;
}

/// Rows facing the front (the top): the host side on the left half, the
/// delegation on the right (the host's right), the heads nearest the aisle.
SeatingGeometry theatre(const SeatingPlan& plan, const QRectF& a)
{
    const int n = widest(plan);
    const int rows = deepest(plan);
    const qreal w = std::min(a.width() / (2 * n + 1.0), a.height() / (rows + 2.0) * 1.5);
    const qreal h = w * 0.55;
    const qreal rowH = h * 1.3;
    SeatingGeometry g;
    g.tables.emplace_back(a.left() + a.width() * 0.2, a.top(), a.width() * 0.6, h * 0.6);
    const qreal cx = a.center().x();
    for (const Seat& s : plan.seats) {
        const qreal sign = s.side == SeatingSide::Delegation ? 1.0 : -1.0;
        const QPointF at(cx + sign * (s.place + 0.5) * w + sign * w * 0.15, a.top() + h * 1.6 + s.row * rowH);
        g.seats.emplace_back(at.x() - w * 0.46, at.y() - h / 2, w * 0.92, h);
    }
    return g;
}

void paintSeat(QPainter& p, const QRectF& box, const Seat& seat, const ProtocolPerson* person)
{
    const QColor colour = seat.side == SeatingSide::Host ? kHostColour : kDelegationColour;
    QPen pen(colour);
    pen.setWidthF(box.height() * 0.03);
    p.setPen(pen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(box, box.height() * 0.12, box.height() * 0.12);
    const QRectF text = box.adjusted(box.width() * 0.05, box.height() * 0.1, -box.width() * 0.05, -box.height() * 0.1);
    if (person == nullptr) {
        FittedText::draw(p, text, { { SeatingDiagramText::tr("(unknown)"), 9, false, Qt::gray } });
        return;
    }
    const qreal pt = box.height() / FittedText::unitsPerMm(*p.device()) * 0.9;
    FittedText::draw(p, text,
        { { person->latinName(), pt, true, Qt::black }, { person->localName(), pt, false, Qt::black },
            { person->person.position, pt * 0.6, false, QColor(0x44, 0x44, 0x44) } });
}

}  // namespace

QRectF SeatingDiagram::plotArea(const QRectF& page, qreal mm)
{
    const qreal top = page.top() + 28 * mm;
    return { page.left() + 10 * mm, top, page.width() - 20 * mm, page.bottom() - top - 10 * mm };
}

SeatingGeometry SeatingDiagram::layout(const SeatingPlan& plan, const QRectF& area)
{
    switch (plan.layout) {
    case SeatingLayout::UShape: return uShape(plan, area);
    case SeatingLayout::Theatre: return theatre(plan, area);
    case SeatingLayout::Bilateral: break;
    }
    return bilateral(plan, area);
}

void SeatingDiagram::paint(QPainter& p, const QRectF& page, const SeatingPlan& plan,
    const QHash<Uuid, ProtocolPerson>& people, const QString& title)
{
    const qreal mm = FittedText::unitsPerMm(*p.device());
    p.save();
    p.fillRect(page, Qt::white);
    const QRectF header(page.left() + 10 * mm, page.top() + 8 * mm, page.width() - 20 * mm, 14 * mm);
    FittedText::draw(p, header,
        { { title, 16, true, Qt::black },
            { SeatingDiagramText::tr("Seating plan · %1").arg(label(plan.layout)), 10, false, Qt::darkGray } });
    const SeatingGeometry g = layout(plan, plotArea(page, mm));
    p.setPen(Qt::NoPen);
    p.setBrush(kTableColour);
    for (const QRectF& table : g.tables) {
        p.drawRect(table);
    }
    for (std::size_t i = 0; i < plan.seats.size(); ++i) {
        const auto it = people.constFind(plan.seats[i].personId);
        paintSeat(p, g.seats[i], plan.seats[i], it == people.constEnd() ? nullptr : &*it);
    }
    p.restore();
}

Result<QByteArray> SeatingDiagram::toPdf(
    const SeatingPlan& plan, const QHash<Uuid, ProtocolPerson>& people, const QString& title)
{
    return ProtocolPdf::write(pages(plan, people, title));
}

ProtocolPdf::Document SeatingDiagram::pages(
    const SeatingPlan& plan, const QHash<Uuid, ProtocolPerson>& people, const QString& title)
{
    const QSizeF size = pageSize();
    return { size, title, [plan, people, title, size](QPainter& p, ProtocolPdf::Pages&) {
                const qreal mm = FittedText::unitsPerMm(*p.device());
                paint(p, QRectF(0, 0, size.width() * mm, size.height() * mm), plan, people, title);
            } };
}

Result<QByteArray> SeatingDiagram::toPng(
    const SeatingPlan& plan, const QHash<Uuid, ProtocolPerson>& people, const QString& title)
{
    const QSizeF size = pageSize();
    const qreal mm = kPngDpi / 25.4;
    QImage image(qRound(size.width() * mm), qRound(size.height() * mm), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(mm * 1000));
    image.setDotsPerMeterY(qRound(mm * 1000));
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, QRectF(QPointF(0, 0), image.size()), plan, people, title);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        return makeError(SeatingDiagramText::tr("The image could not be written."));
    }
    return bytes;
}

}  // namespace planner
