#pragma once

// Text on fixed-size cards (badges, place cards, seats): every line on one
// line, in the largest size up to its own that fits the box; a long name
// shrinks, it is never clipped and never wrapped.

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;
class QPaintDevice;

namespace planner {

struct FittedLine {
    QString text;
    qreal pointSize = 10;  ///< the largest size; also its share of the height
    bool bold = false;
    QColor colour = Qt::black;
};

class FittedText {
public:
    /// The document font (DocumentPainter::font) at the largest size up to
    /// maxPointSize whose single line fits size on device.
    static QFont fit(const QString& text, qreal maxPointSize, bool bold, const QSizeF& size, QPaintDevice* device);

    /// Stacks the non-empty lines in area, each given a height in proportion
    /// to its point size, centred; returns the rectangles actually inked.
    static std::vector<QRectF> draw(QPainter& painter, const QRectF& area, const std::vector<FittedLine>& lines);

    /// Device units per millimetre of the painter's device.
    static qreal unitsPerMm(const QPaintDevice& device);
};

}  // namespace planner
