#include "services/FittedText.h"

#include "services/DocumentPainter.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

namespace planner {

namespace {

constexpr qreal kSmallestPointSize = 2.0;
constexpr qreal kStep = 0.25;

QFont fontOf(qreal pointSize, bool bold)
{
    QFont f = DocumentPainter::font(pointSize);
    f.setBold(bold);
    return f;
}

}  // namespace

QFont FittedText::fit(const QString& text, qreal maxPointSize, bool bold, const QSizeF& size, QPaintDevice* device)
{
    qreal pt = maxPointSize;
    for (; pt > kSmallestPointSize; pt -= kStep) {
        const QFont f = fontOf(pt, bold);
        const QFontMetricsF m(f, device);
        if (m.horizontalAdvance(text) <= size.width() && m.height() <= size.height()) {
            return f;
        }
    }
    return fontOf(kSmallestPointSize, bold);
}

std::vector<QRectF> FittedText::draw(QPainter& painter, const QRectF& area, const std::vector<FittedLine>& lines)
{
    qreal total = 0;
    for (const FittedLine& line : lines) {
        total += line.text.isEmpty() ? 0 : line.pointSize;
    }
    std::vector<QRectF> inked;
    if (total <= 0) {
        return inked;
    }
    qreal y = area.top();
    for (const FittedLine& line : lines) {
        if (line.text.isEmpty()) {
            continue;
        }
        const QRectF slot(area.left(), y, area.width(), area.height() * line.pointSize / total);
        y = slot.bottom();
        const QFont f = fit(line.text, line.pointSize, line.bold, slot.size(), painter.device());
        const QFontMetricsF m(f, painter.device());
        const QSizeF ink(m.horizontalAdvance(line.text), m.height());
        const QRectF box(
            slot.center().x() - ink.width() / 2, slot.center().y() - ink.height() / 2, ink.width(), ink.height());
        painter.setFont(f);
        painter.setPen(line.colour);
        painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, line.text);
        inked.push_back(box);
    }
    return inked;
}

qreal FittedText::unitsPerMm(const QPaintDevice& device)
{
    return device.logicalDpiX() / 25.4;
}

}  // namespace planner
