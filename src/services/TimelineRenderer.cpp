#include "services/TimelineRenderer.h"

#include "domain/DateText.h"
#include "services/AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

struct TimelineRendererText {
    Q_DECLARE_TR_FUNCTIONS(planner::TimelineRenderer)
};

// Okabe–Ito colours (safe for the common colour-vision deficiencies); each
// kind also has its own shape or pattern.
namespace colour {
const QColor ink(0x1A, 0x1A, 0x1A);
const QColor muted(0x5C, 0x5C, 0x5C);
const QColor grid(0xE4, 0xE4, 0xE4);
const QColor gridMinor(0xF0, 0xF0, 0xF0);
const QColor dayLine(0x8C, 0x8C, 0x8C);
const QColor dayShade(0xF5, 0xF5, 0xF5);
const QColor headerBg(0xEC, 0xEF, 0xF3);
const QColor columnBg(0xF7, 0xF8, 0xFA);
const QColor laneLine(0xB8, 0xBE, 0xC6);
const QColor stayFill(0xCF, 0xE6, 0xF6);
const QColor stayBorder(0x00, 0x72, 0xB2);
const QColor stayTint(0x56, 0xB4, 0xE9, 0x1C);
const QColor legFill(0x33, 0x33, 0x33);
const QColor forumFill(0xFF, 0xF4, 0xDE);
const QColor forumBorder(0xB8, 0x7E, 0x00);
const QColor forumStrip(0xF2, 0xC2, 0x5C);
const QColor sessionFill(0xFF, 0xFF, 0xFF);
const QColor breakFill(0xE6, 0xE6, 0xE6);
const QColor meetingFill(0x56, 0xB4, 0xE9);
const QColor meetingBorder(0x00, 0x55, 0x88);
const QColor signingFill(0xD5, 0x5E, 0x00);
const QColor now(0xC0, 0x00, 0x00);
const QColor findingError(0xC0, 0x00, 0x00);
const QColor findingWarning(0xE6, 0x9F, 0x00);
}  // namespace colour

QFont baseFont(double pixelSize, bool bold = false)
{
    QFont font;
    font.setFamilies(
        { QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans") });
    font.setPixelSize(static_cast<int>(std::lround(pixelSize)));
    font.setBold(bold);
    return font;
}

constexpr double kTitleBlockHeight = 50.0;

bool isBreak(const TimelineItem& item)
{
    return item.sessionKind && (*item.sessionKind == SessionKind::Break || *item.sessionKind == SessionKind::Meal);
}

QPolygonF diamond(const QPointF& c, double r)
{
    return QPolygonF(
        { QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y()) });
}

QPolygonF arrow(const QRectF& r)
{
    const double head = std::min(r.height() / 2.0, r.width() / 2.0);
    return QPolygonF({ r.topLeft(), QPointF(r.right() - head, r.top()), QPointF(r.right(), r.center().y()),
        QPointF(r.right() - head, r.bottom()), r.bottomLeft() });
}

void drawElided(QPainter& p, const QRectF& rect, const QString& text, int flags = Qt::AlignLeft | Qt::AlignVCenter)
{
    if (rect.width() < 8.0 || text.isEmpty()) {
        return;
    }
    const QFontMetricsF fm(p.font());
    p.drawText(rect, flags | Qt::TextSingleLine, fm.elidedText(text, Qt::ElideRight, rect.width()));
}

/// Symbols shared by the items and the legend.
void drawStay(QPainter& p, const QRectF& r)
{
    p.setPen(QPen(colour::stayBorder, 1.0));
    p.setBrush(colour::stayFill);
    p.drawRoundedRect(r, 3, 3);
}

void drawLeg(QPainter& p, const QRectF& r)
{
    p.setPen(QPen(colour::legFill, 1.0));
    p.setBrush(colour::legFill);
    p.drawPolygon(arrow(r));
}

void drawForumFrame(QPainter& p, const QRectF& r, double stripHeight)
{
    p.setPen(QPen(colour::forumBorder, 1.6));
    p.setBrush(colour::forumFill);
    p.drawRect(r);
    p.setPen(Qt::NoPen);
    p.setBrush(colour::forumStrip);
    p.drawRect(QRectF(r.left() + 0.8, r.top() + 0.8, r.width() - 1.6, std::min(stripHeight, r.height() - 1.6)));
}

void drawSession(QPainter& p, const QRectF& r, bool breakLike)
{
    p.setPen(QPen(colour::forumBorder, 1.0));
    p.setBrush(breakLike ? colour::breakFill : colour::sessionFill);
    p.drawRect(r);
    if (breakLike) {
        p.setBrush(QBrush(QColor(0x9A, 0x9A, 0x9A), Qt::BDiagPattern));
        p.drawRect(r);
    }
}

void drawMeeting(QPainter& p, const QRectF& r)
{
    p.setPen(QPen(colour::meetingBorder, 1.4));
    p.setBrush(colour::meetingFill);
    const double radius = std::min(r.height(), r.width()) / 2.0;
    p.drawRoundedRect(r, radius, radius);
}

void drawSigning(QPainter& p, const QPointF& c, double radius)
{
    p.setPen(QPen(colour::ink, 1.2));
    p.setBrush(colour::signingFill);
    p.drawPolygon(diamond(c, radius));
}

/// The mark of a record in an open finding: a warning triangle with "!"
/// (red for errors, amber for warnings), its tip at the top.
void drawFindingSign(QPainter& p, const QPointF& centre, double size, Severity severity)
{
    const double h = size;
    const double w = size * 1.15;
    const QPolygonF triangle({ QPointF(centre.x(), centre.y() - h / 2.0),
        QPointF(centre.x() + w / 2.0, centre.y() + h / 2.0), QPointF(centre.x() - w / 2.0, centre.y() + h / 2.0) });
    const bool error = severity == Severity::Error;
    p.setPen(QPen(error ? Qt::white : colour::ink, 1.0));
    p.setBrush(error ? colour::findingError : colour::findingWarning);
    p.drawPolygon(triangle);
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans") });
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(size * 0.72))));
    font.setBold(true);
    p.setFont(font);
    p.setPen(error ? Qt::white : colour::ink);
    p.drawText(QRectF(centre.x() - w / 2.0, centre.y() - h / 2.0 + h * 0.22, w, h * 0.78), Qt::AlignCenter,
        QStringLiteral("!"));
}

/// Outline of an item in an open finding: solid for errors, dashed for warnings.
void drawFindingOutline(QPainter& p, const QRectF& r, Severity severity)
{
    const bool error = severity == Severity::Error;
    QPen pen(error ? colour::findingError : colour::findingWarning, error ? 2.2 : 2.0);
    if (!error) {
        pen.setDashPattern({ 3.0, 1.5 });
    }
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(r.adjusted(-1.0, -1.0, 1.0, 1.0));
}

void drawNowLine(QPainter& p, const QPointF& a, const QPointF& b)
{
    QPen pen(colour::now, 2.0);
    pen.setDashPattern({ 4.0, 2.0 });
    p.setPen(pen);
    p.drawLine(a, b);
}

/// Paints a scale (day and hour labels) into a strip; used for the header
/// rows and the small strip at the top of each lane.
void paintScaleLabels(QPainter& p, const TimelineScale& scale, double left, double right, const QRectF& dayRow,
    const QRectF& hourRow, double fontSize)
{
    const QFont dayFont = baseFont(fontSize, true);
    const QFont hourFont = baseFont(fontSize - 1.0);
    const QFontMetricsF dayFm(dayFont);
    const auto& ticks = scale.ticks;
    // Day labels: each at its boundary, or at the left edge for the day in view.
    std::vector<std::size_t> days;
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        if (ticks[i].kind == TimelineTickKind::Day) {
            days.push_back(i);
        }
    }
    std::vector<std::pair<double, double>> dayText;  // spans taken by day labels in a shared row
    for (std::size_t k = 0; k < days.size(); ++k) {
        const TimelineTick& t = ticks[days[k]];
        const double next = k + 1 < days.size() ? ticks[days[k + 1]].x : 1e12;
        if (next <= left || t.x >= right) {
            continue;
        }
        const double x = std::max(t.x, left) + 4.0;
        const double width = std::min(next, right) - x - 4.0;
        p.setFont(dayFont);
        p.setPen(colour::ink);
        QString text = datetext::longDate(t.localDate, datetext::Part::Weekday);
        if (dayFm.horizontalAdvance(text) > width) {
            text = t.label;
        }
        drawElided(p, QRectF(x, dayRow.top(), width, dayRow.height()), text);
        if (dayRow == hourRow) {
            dayText.emplace_back(x - 4.0, x + std::min(width, dayFm.horizontalAdvance(text)) + 6.0);
        }
    }
    p.setFont(hourFont);
    const QFontMetricsF hourFm(hourFont);
    double lastRight = -1e9;
    for (const TimelineTick& t : ticks) {
        if (t.kind != TimelineTickKind::Hour || t.x < left || t.x > right) {
            continue;
        }
        const double w = hourFm.horizontalAdvance(t.label);
        const bool underDay = std::any_of(dayText.begin(), dayText.end(),
            [&](const auto& span) { return t.x + 3.0 + w > span.first && t.x < span.second; });
        if (underDay) {
            continue;
        }
        if (t.x + 2.0 < lastRight || t.x + 3.0 + w > right) {
            continue;
        }
        p.setPen(colour::muted);
        p.drawText(
            QRectF(t.x + 3.0, hourRow.top(), w + 2.0, hourRow.height()), Qt::AlignLeft | Qt::AlignVCenter, t.label);
        lastRight = t.x + 3.0 + w + 6.0;
    }
}

void paintLaneBackground(
    QPainter& p, const TimelineLane& lane, const TimelineLayoutResult& layout, double left, double right)
{
    const QRectF rect = lane.rect;
    // Alternate local days lightly, so a lane's own days are visible.
    const auto& ticks = lane.scale.ticks;
    std::vector<const TimelineTick*> days;
    for (const TimelineTick& t : ticks) {
        if (t.kind == TimelineTickKind::Day) {
            days.push_back(&t);
        }
    }
    for (std::size_t k = 0; k < days.size(); ++k) {
        if (days[k]->localDate.toJulianDay() % 2 != 0) {
            continue;
        }
        const double a = std::max(days[k]->x, left);
        const double b = std::min(k + 1 < days.size() ? days[k + 1]->x : right, right);
        if (b > a) {
            p.fillRect(QRectF(a, rect.top(), b - a, rect.height()), colour::dayShade);
        }
    }
    // Grid: minor, hours, then day boundaries.
    for (const TimelineTick& t : ticks) {
        if (t.x < left || t.x > right) {
            continue;
        }
        if (t.kind == TimelineTickKind::Minor) {
            p.setPen(QPen(colour::gridMinor, 1.0));
        } else if (t.kind == TimelineTickKind::Hour) {
            p.setPen(QPen(colour::grid, 1.0));
        } else {
            p.setPen(QPen(colour::dayLine, 1.2));
        }
        p.drawLine(QPointF(t.x, rect.top()), QPointF(t.x, rect.bottom()));
    }
    const double strip = 16.0;
    const QRectF labels(left, rect.top(), right - left, strip);
    paintScaleLabels(p, lane.scale, left, right, labels, labels, 11.0);
    Q_UNUSED(layout);
    p.setPen(QPen(colour::laneLine, 1.0));
    p.drawLine(QPointF(0, rect.bottom()), QPointF(right, rect.bottom()));
}

/// Items of a forum that fit a title, for the "N sessions" summary.
struct ForumSummary {
    int sessions = 0;
    int readable = 0;
};

void paintBox(QPainter& p, const TimelineInput& input, const TimelineLayoutResult& layout, const TimelineBox& box,
    const QHash<int, ForumSummary>& summaries, const QHash<int, int>& sessionNumber)
{
    const TimelineItem& item = input.items[static_cast<std::size_t>(box.item)];
    const QRectF r = box.rect;
    // A label beside a box too short for it.
    auto outside = [&](const QString& text, bool bold) {
        p.setFont(baseFont(bold ? 12.0 : 11.5, bold));
        p.setPen(colour::ink);
        const double left = r.right() + 4.0;
        drawElided(p, QRectF(left, r.top(), std::max(0.0, box.labelRight - left), std::min(r.height(), 22.0)), text);
    };
    const QFont font = baseFont(12.0);
    const QFont small = baseFont(11.0);
    p.setFont(font);
    switch (item.kind) {
    case RecordKind::Stop: {
        drawStay(p, r);
        p.setPen(colour::ink);
        const QString text = item.detail.isEmpty() ? item.title : item.title + QStringLiteral(" · ") + item.detail;
        const double left = std::max(r.left(), layout.options.axisLeft) + 6.0;
        drawElided(p, QRectF(left, r.top(), r.right() - left - 4.0, r.height()), text);
        break;
    }
    case RecordKind::Leg: {
        drawLeg(p, r);
        const QString text = item.detail.isEmpty() ? item.title : item.title + QStringLiteral(" · ") + item.detail;
        if (box.labelOutside) {
            outside(text, false);
            break;
        }
        p.setPen(Qt::white);
        const double left = std::max(r.left(), layout.options.axisLeft) + 5.0;
        drawElided(p, QRectF(left, r.top(), r.right() - left - r.height() / 2.0 - 2.0, r.height()), text);
        break;
    }
    case RecordKind::Forum: {
        const double strip = layout.options.rowHeight - 4.0;
        drawForumFrame(p, r, strip);
        const ForumSummary s = summaries.value(box.item);
        QString text = item.title;
        if (s.sessions > 0 && s.readable * 2 < s.sessions) {
            text = TimelineRendererText::tr("%1 · %n session(s)", nullptr, s.sessions).arg(item.title);
        }
        if (box.labelOutside) {
            outside(text, true);
            break;
        }
        p.setFont(baseFont(12.0, true));
        p.setPen(colour::ink);
        const double left = std::max(r.left(), layout.options.axisLeft) + 5.0;
        drawElided(p, QRectF(left, r.top(), r.right() - left - 4.0, strip), text);
        break;
    }
    case RecordKind::Session: {
        drawSession(p, r, isBreak(item));
        if (item.sessionKind && *item.sessionKind == SessionKind::SigningCeremony && r.width() >= 60.0) {
            drawSigning(p, QPointF(r.left() + 6.0, r.center().y()), 4.0);
        }
        p.setFont(small);
        p.setPen(colour::ink);
        const QFontMetricsF fm(small);
        const double inset
            = (item.sessionKind && *item.sessionKind == SessionKind::SigningCeremony && r.width() >= 60.0) ? 12.0 : 3.0;
        const QRectF textRect = r.adjusted(inset, 0, -2, 0);
        if (textRect.width() >= 24.0 && r.height() >= 2.5 * fm.height()) {
            // Zoomed in: the title wraps over the lines that fit.
            p.save();
            p.setClipRect(r.adjusted(1, 1, -1, -1));
            p.drawText(textRect.adjusted(0, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, item.title);
            p.restore();
        } else if (textRect.width() >= fm.horizontalAdvance(QStringLiteral("Abcdef…"))) {
            drawElided(p, textRect, item.title);
        } else if (sessionNumber.contains(box.item)) {
            const QString number = QString::number(sessionNumber.value(box.item));
            if (r.width() >= fm.horizontalAdvance(number) + 2.0) {
                p.drawText(r, Qt::AlignCenter, number);
            }
        }
        break;
    }
    case RecordKind::Meeting: {
        drawMeeting(p, r);
        if (box.labelOutside) {
            outside(item.title, false);
            break;
        }
        p.setPen(colour::ink);
        const double left = std::max(r.left(), layout.options.axisLeft) + r.height() / 2.0;
        drawElided(p, QRectF(left, r.top(), r.right() - left - r.height() / 3.0, r.height()), item.title);
        break;
    }
    case RecordKind::Mou: {
        const double radius = std::min(layout.options.milestoneWidth, r.height()) / 2.0 + 1.0;
        drawSigning(p, r.center(), radius);
        p.setPen(colour::ink);
        p.setFont(small);
        drawElided(p, QRectF(r.right() + 3.0, r.top(), std::max(box.labelRight - r.right() - 3.0, 60.0), r.height()),
            item.title);
        break;
    }
    default: break;  // not on the timeline
    }
    // Continuation marks for items that run past the range.
    p.setPen(Qt::NoPen);
    p.setBrush(colour::ink);
    if (box.continuesLeft) {
        const double x = layout.xForUtc(layout.options.rangeStart) + 1.0;
        p.drawPolygon(QPolygonF(
            { QPointF(x, r.center().y()), QPointF(x + 5, r.center().y() - 4), QPointF(x + 5, r.center().y() + 4) }));
    }
    if (box.continuesRight) {
        const double x = layout.xForUtc(layout.options.rangeEnd) - 1.0;
        p.drawPolygon(QPolygonF(
            { QPointF(x, r.center().y()), QPointF(x - 5, r.center().y() - 4), QPointF(x - 5, r.center().y() + 4) }));
    }
}

int paintOrder(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Stop: return 0;
    case RecordKind::Forum: return 1;
    case RecordKind::Session: return 2;
    case RecordKind::Leg: return 3;
    case RecordKind::Meeting: return 3;
    case RecordKind::Mou: return 4;
    default: break;  // not on the timeline
    }
    return 0;
}

QString zoneModeText(const TimelineInput& input, const TimelineLayoutResult& layout)
{
    switch (layout.options.labelZone) {
    case TimelineLabelZone::Local:
        return TimelineRendererText::tr("Each lane in the local time of its place; header in home time (%1).")
            .arg(input.homeZone);
    case TimelineLabelZone::Home: return TimelineRendererText::tr("Every lane in home time (%1).").arg(input.homeZone);
    case TimelineLabelZone::Utc:
        return TimelineRendererText::tr("Every lane in UTC; header in home time (%1) and UTC.").arg(input.homeZone);
    }
    return {};
}

struct LegendEntry {
    QString text;
    int symbol;
};

std::vector<LegendEntry> legendEntries(bool withFindings)
{
    std::vector<LegendEntry> entries { { TimelineRendererText::tr("Stay at a stop"), 0 },
        { TimelineRendererText::tr("Travel leg"), 1 }, { TimelineRendererText::tr("Forum"), 2 },
        { TimelineRendererText::tr("Agenda session"), 3 }, { TimelineRendererText::tr("Break or meal"), 4 },
        { TimelineRendererText::tr("Meeting"), 5 }, { TimelineRendererText::tr("MOU signing"), 6 },
        { TimelineRendererText::tr("Now"), 7 } };
    if (withFindings) {
        entries.push_back({ TimelineRendererText::tr("In an open finding (error, warning)"), 8 });
    }
    return entries;
}

constexpr double kLegendRow = 22.0;
constexpr double kSymbolWidth = 34.0;

double legendLayout(double width, bool withFindings, std::vector<QPointF>* positions)
{
    const QFontMetricsF fm(baseFont(12.0));
    double x = 0.0;
    double y = 0.0;
    const double labelWidth = fm.horizontalAdvance(TimelineRendererText::tr("Legend:")) + 12.0;
    x = labelWidth;
    for (const LegendEntry& e : legendEntries(withFindings)) {
        const double w = kSymbolWidth + 6.0 + fm.horizontalAdvance(e.text) + 20.0;
        if (x + w > width && x > labelWidth) {
            x = labelWidth;
            y += kLegendRow;
        }
        if (positions != nullptr) {
            positions->push_back(QPointF(x, y));
        }
        x += w;
    }
    return y + kLegendRow;
}

}  // namespace

double TimelineRenderer::legendHeight(double width, bool withFindings)
{
    return legendLayout(width, withFindings, nullptr);
}

double TimelineRenderer::paintLegend(QPainter& painter, const QPointF& topLeft, double width, bool withFindings)
{
    std::vector<QPointF> positions;
    const double height = legendLayout(width, withFindings, &positions);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(topLeft);
    painter.setFont(baseFont(12.0, true));
    painter.setPen(colour::ink);
    painter.drawText(
        QRectF(0, 0, 200, kLegendRow), Qt::AlignLeft | Qt::AlignVCenter, TimelineRendererText::tr("Legend:"));
    painter.setFont(baseFont(12.0));
    const auto entries = legendEntries(withFindings);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const QPointF at = positions[i];
        const QRectF sym(at.x(), at.y() + 4.0, kSymbolWidth, kLegendRow - 8.0);
        switch (entries[i].symbol) {
        case 0: drawStay(painter, sym); break;
        case 1: drawLeg(painter, sym); break;
        case 2: drawForumFrame(painter, sym, 5.0); break;
        case 3: drawSession(painter, sym, false); break;
        case 4: drawSession(painter, sym, true); break;
        case 5: drawMeeting(painter, sym); break;
        case 6: drawSigning(painter, sym.center(), sym.height() / 2.0 + 1.0); break;
        case 7:
            drawNowLine(
                painter, QPointF(sym.center().x(), at.y() + 2.0), QPointF(sym.center().x(), at.y() + kLegendRow - 2.0));
            break;
        case 8: {
            const QRectF left(sym.left(), sym.top(), sym.width() / 2.0 - 2.0, sym.height());
            const QRectF right(sym.center().x() + 2.0, sym.top(), sym.width() / 2.0 - 2.0, sym.height());
            drawFindingOutline(painter, left.adjusted(1, 1, -1, -1), Severity::Error);
            drawFindingSign(painter, left.center(), 10.0, Severity::Error);
            drawFindingOutline(painter, right.adjusted(1, 1, -1, -1), Severity::Warning);
            drawFindingSign(painter, right.center(), 10.0, Severity::Warning);
            painter.setFont(baseFont(12.0));
            break;
        }
        default: break;
        }
        painter.setPen(colour::ink);
        painter.drawText(QRectF(at.x() + kSymbolWidth + 6.0, at.y(), 400.0, kLegendRow),
            Qt::AlignLeft | Qt::AlignVCenter, entries[i].text);
    }
    painter.restore();
    return height;
}

double TimelineRenderer::paintTitle(QPainter& painter, const TimelineInput& input, const TimelineLayoutResult& layout,
    const QRectF& rect, const QString& subtitle)
{
    painter.save();
    painter.setPen(colour::ink);
    painter.setFont(baseFont(18.0, true));
    const QString title = input.title.isEmpty() ? TimelineRendererText::tr("Trip timeline")
                                                : TimelineRendererText::tr("%1 — timeline").arg(input.title);
    drawElided(painter, QRectF(rect.left() + 8.0, rect.top() + 4.0, rect.width() - 16.0, 24.0), title);
    painter.setFont(baseFont(12.0));
    painter.setPen(colour::muted);
    QString line = zoneModeText(input, layout);
    if (!subtitle.isEmpty()) {
        line = subtitle + QStringLiteral("   ") + line;
    }
    drawElided(painter, QRectF(rect.left() + 8.0, rect.top() + 28.0, rect.width() - 16.0, 18.0), line);
    painter.restore();
    return kTitleBlockHeight;
}

void TimelineRenderer::paint(
    QPainter& p, const TimelineInput& input, const TimelineLayoutResult& layout, const TimelineRenderOptions& options)
{
    const TimelineOptions& o = layout.options;
    const QRectF all(QPointF(0, 0), layout.size);
    const QRectF exposed = options.exposed.isEmpty() ? all : options.exposed;
    const double left = std::max(o.axisLeft, exposed.left());
    const double right = std::min(layout.xForUtc(o.rangeEnd), exposed.right());
    const double headerBottom = layout.headerRect.bottom();

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // Forum summaries and session numbers (by start within their forum).
    QHash<int, ForumSummary> summaries;
    QHash<int, int> sessionNumber;
    {
        QHash<Uuid, int> forumBox;
        std::vector<const TimelineBox*> sessions;
        for (const TimelineBox& b : layout.boxes) {
            const TimelineItem& item = input.items[static_cast<std::size_t>(b.item)];
            if (item.kind == RecordKind::Forum) {
                forumBox.insert(item.id, b.item);
            } else if (item.kind == RecordKind::Session) {
                sessions.push_back(&b);
            }
        }
        const QFontMetricsF fm(baseFont(11.0));
        const double readable = fm.horizontalAdvance(QStringLiteral("Abcdef…")) + 6.0;
        std::stable_sort(sessions.begin(), sessions.end(),
            [](const TimelineBox* a, const TimelineBox* b) { return a->rect.left() < b->rect.left(); });
        QHash<int, int> counter;
        for (const TimelineBox* b : sessions) {
            const TimelineItem& item = input.items[static_cast<std::size_t>(b->item)];
            const int forum = forumBox.value(item.parentId, -1);
            if (forum < 0) {
                continue;
            }
            ForumSummary& s = summaries[forum];
            ++s.sessions;
            s.readable += b->rect.width() >= readable ? 1 : 0;
            sessionNumber.insert(b->item, ++counter[forum]);
        }
    }

    // Lanes, scrolled under the header.
    p.save();
    p.setClipRect(
        QRectF(o.axisLeft, headerBottom, std::max(0.0, right - o.axisLeft), 1e7)
            .intersected(QRectF(exposed.left(), headerBottom, exposed.width(), exposed.bottom() - headerBottom)));
    p.translate(0.0, -options.scrollY);
    const double visibleTop = headerBottom + options.scrollY;
    const double visibleBottom = exposed.bottom() + options.scrollY;
    for (const TimelineLane& lane : layout.lanes) {
        if (lane.rect.bottom() < visibleTop || lane.rect.top() > visibleBottom) {
            continue;
        }
        paintLaneBackground(p, lane, layout, left, right);
    }
    // Stays tint their lane.
    for (const TimelineBox& b : layout.boxes) {
        if (b.kind == RecordKind::Stop) {
            const QRectF laneRect = layout.lanes[static_cast<std::size_t>(b.lane)].rect;
            p.fillRect(QRectF(b.rect.left(), laneRect.top() + 16.0, b.rect.width(), laneRect.height() - 16.0),
                colour::stayTint);
        }
    }
    std::vector<const TimelineBox*> order;
    order.reserve(layout.boxes.size());
    for (const TimelineBox& b : layout.boxes) {
        // Signing labels reach right of their diamond.
        const double reach = std::max(b.rect.right(), b.labelRight);
        if (reach < left || b.rect.left() > right || b.rect.bottom() < visibleTop || b.rect.top() > visibleBottom) {
            continue;
        }
        order.push_back(&b);
    }
    std::stable_sort(order.begin(), order.end(),
        [](const TimelineBox* a, const TimelineBox* b) { return paintOrder(a->kind) < paintOrder(b->kind); });
    for (const TimelineBox* b : order) {
        paintBox(p, input, layout, *b, summaries, sessionNumber);
    }
    // Records in open findings: an outline and a warning sign at the top right.
    if (!input.flags.isEmpty()) {
        for (const TimelineBox* b : order) {
            const TimelineItem& item = input.items[static_cast<std::size_t>(b->item)];
            const auto flag = input.flags.constFind(item.id);
            if (flag == input.flags.constEnd()) {
                continue;
            }
            QRectF r = b->rect;
            if (b->kind == RecordKind::Mou) {
                const double radius = std::min(o.milestoneWidth, r.height()) / 2.0 + 3.0;
                r = QRectF(r.center().x() - radius, r.center().y() - radius, 2 * radius, 2 * radius);
            }
            drawFindingOutline(p, r, flag->severity);
            const double size = std::clamp(r.height() * 0.6, 9.0, 13.0);
            drawFindingSign(p, QPointF(r.right() - size * 0.35, r.top() + size * 0.3), size, flag->severity);
        }
    }
    for (const TimelineBox* b : order) {
        if (b->item != options.selectedItem && b->item != options.hoveredItem) {
            continue;
        }
        QPen pen(colour::ink, b->item == options.selectedItem ? 2.5 : 1.5);
        if (b->item == options.selectedItem) {
            pen.setDashPattern({ 3.0, 2.0 });
        }
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(b->rect.adjusted(-2, -2, 2, 2));
    }
    p.restore();

    // Header: the home zone (and UTC), fixed on top.
    p.save();
    p.fillRect(
        QRectF(0, layout.headerRect.top(), layout.headerRect.width(), layout.headerRect.height())
            .intersected(QRectF(exposed.left(), layout.headerRect.top(), exposed.width(), layout.headerRect.height())),
        colour::headerBg);
    double y = layout.headerRect.top();
    const double row = o.headerRowHeight;
    for (std::size_t h = 0; h < layout.header.size(); ++h) {
        const TimelineScale& scale = layout.header[h];
        p.save();
        p.setClipRect(QRectF(o.axisLeft, y, std::max(0.0, right - o.axisLeft), 2 * row));
        for (const TimelineTick& t : scale.ticks) {
            if (t.kind == TimelineTickKind::Minor || t.x < left || t.x > right) {
                continue;
            }
            p.setPen(QPen(t.kind == TimelineTickKind::Day ? colour::dayLine : colour::laneLine, 1.0));
            p.drawLine(QPointF(t.x, t.kind == TimelineTickKind::Day ? y : y + row), QPointF(t.x, y + 2 * row));
        }
        paintScaleLabels(
            p, scale, left, right, QRectF(left, y, right - left, row), QRectF(left, y + row, right - left, row), 12.0);
        p.restore();
        p.setPen(colour::ink);
        p.setFont(baseFont(12.0, true));
        const QString name = h == 0 ? TimelineRendererText::tr("Home time") : TimelineRendererText::tr("UTC");
        drawElided(p, QRectF(8.0, y, o.axisLeft - 12.0, row), name);
        p.setFont(baseFont(10.5));
        p.setPen(colour::muted);
        drawElided(p, QRectF(8.0, y + row, o.axisLeft - 12.0, row), scale.zoneLabel);
        y += 2 * row;
        p.setPen(QPen(colour::laneLine, 1.0));
        p.drawLine(QPointF(0, y), QPointF(layout.headerRect.width(), y));
    }
    p.restore();

    // The lane title column, scrolled with the lanes.
    p.save();
    p.setClipRect(
        QRectF(0, headerBottom, o.axisLeft, 1e7)
            .intersected(QRectF(exposed.left(), headerBottom, exposed.width(), exposed.bottom() - headerBottom)));
    p.translate(0.0, -options.scrollY);
    for (const TimelineLane& lane : layout.lanes) {
        const QRectF r(0, lane.rect.top(), o.axisLeft, lane.rect.height());
        p.fillRect(r, colour::columnBg);
        p.setPen(QPen(colour::laneLine, 1.0));
        p.drawLine(QPointF(0, r.bottom()), QPointF(r.right(), r.bottom()));
        p.setPen(colour::ink);
        p.setFont(baseFont(14.0, true));
        drawElided(p, QRectF(8.0, r.top() + 4.0, r.width() - 12.0, 20.0), lane.title);
        p.setFont(baseFont(10.5));
        p.setPen(colour::muted);
        QString zone = lane.scale.zoneLabel;
        const int space = zone.indexOf(QLatin1Char(' '));
        const QString zoneId = space > 0 ? zone.left(space) : zone;
        const QString offsets = space > 0 ? zone.mid(space + 1) : QString();
        drawElided(p, QRectF(8.0, r.top() + 24.0, r.width() - 12.0, 15.0), zoneId);
        drawElided(p, QRectF(8.0, r.top() + 38.0, r.width() - 12.0, 15.0), offsets);
    }
    p.setPen(QPen(colour::laneLine, 1.0));
    p.drawLine(QPointF(o.axisLeft, 0), QPointF(o.axisLeft, layout.size.height()));
    p.restore();
    p.setPen(QPen(colour::laneLine, 1.0));
    p.drawLine(QPointF(o.axisLeft, layout.headerRect.top()), QPointF(o.axisLeft, headerBottom));

    // Now.
    if (options.now.isValid() && options.now >= o.rangeStart && options.now <= o.rangeEnd) {
        const double x = layout.xForUtc(options.now.toUTC());
        if (x >= left && x <= right) {
            const double bottom = std::min(layout.size.height() - options.scrollY, exposed.bottom());
            drawNowLine(p, QPointF(x, layout.headerRect.top()), QPointF(x, bottom));
            p.setFont(baseFont(11.0, true));
            const QString text = TimelineRendererText::tr("Now");
            const QFontMetricsF fm(p.font());
            const QRectF tag(x - fm.horizontalAdvance(text) / 2.0 - 4.0, layout.headerRect.top() + 1.0,
                fm.horizontalAdvance(text) + 8.0, 16.0);
            p.setPen(Qt::NoPen);
            p.setBrush(colour::now);
            p.drawRoundedRect(tag, 3, 3);
            p.setPen(Qt::white);
            p.drawText(tag, Qt::AlignCenter, text);
        }
    }
    p.restore();
}

namespace {

/// 480 MB of image memory at four bytes a pixel.
constexpr qint64 kMaxImagePixels = 120000000;

}  // namespace

QImage TimelineRenderer::renderImage(const TimelineInput& input, const TimelineExportOptions& options)
{
    TimelineOptions lo;
    lo.pixelsPerHour = options.pixelsPerHour;
    lo.labelZone = options.labelZone;
    lo.top = kTitleBlockHeight;
    const TimelineLayoutResult layout = layoutTimeline(input, lo);
    const double width = std::max(layout.size.width(), 900.0);
    const double legend = legendHeight(width - 16.0, !input.flags.isEmpty());
    const QSize size(
        static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(layout.size.height() + legend + 16.0)));
    if (static_cast<qint64>(size.width()) * size.height() > kMaxImagePixels) {
        return {};  // writePng says why
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintTitle(p, input, layout, QRectF(0, 0, width, kTitleBlockHeight));
    TimelineRenderOptions ro;
    ro.now = options.now;
    paint(p, input, layout, ro);
    paintLegend(p, QPointF(8.0, layout.size.height() + 8.0), width - 16.0, !input.flags.isEmpty());
    p.end();
    return image;
}

std::vector<std::pair<QDateTime, QDateTime>> TimelineRenderer::tripDays(const TimelineInput& input)
{
    std::vector<std::pair<QDateTime, QDateTime>> days;
    const auto [first, last] = timelineExtent(input);
    if (!first.isValid()) {
        return days;
    }
    const QString home = PlannedTime::isKnownZone(input.homeZone) ? input.homeZone : QStringLiteral("UTC");
    const QTimeZone homeTz = PlannedTime::timeZone(home);
    // The zone of a date: the stop that covers most of it, else home.
    auto zoneOf = [&](const QDate& date) {
        QString best = home;
        qint64 bestSecs = 0;
        for (const TimelineStop& stop : input.stops) {
            if (stop.arrival.isNull() || stop.departure.isNull() || !PlannedTime::isKnownZone(stop.zone)) {
                continue;
            }
            const QTimeZone tz(stop.zone.toUtf8());
            const QDateTime a = std::max(QDateTime(date, QTime(0, 0), tz), stop.arrival.toUtc());
            const QDateTime b = std::min(QDateTime(date.addDays(1), QTime(0, 0), tz), stop.departure.toUtc());
            const qint64 secs = a.secsTo(b);
            if (secs > bestSecs) {
                bestSecs = secs;
                best = stop.zone;
            }
        }
        return best;
    };
    // A page per date, in the zone of that date; a page that adds nothing
    // inside the trip's extent (already covered by the page before, or
    // before the first item) is left out.
    const QDate lastDate = last.toTimeZone(homeTz).date();
    for (QDate date = first.toTimeZone(homeTz).date().addDays(-1); date <= lastDate; date = date.addDays(1)) {
        const QString zone = zoneOf(date);
        const QTimeZone tz = PlannedTime::timeZone(zone);
        QDateTime a = QDateTime(date, QTime(0, 0), tz).toUTC();
        const QDateTime b = QDateTime(date.addDays(1), QTime(0, 0), tz).toUTC();
        const QDateTime newFrom = days.empty() ? a : std::max(a, days.back().second);
        if (b <= first || newFrom >= last || b <= newFrom) {
            continue;
        }
        if (!days.empty() && a > days.back().second) {
            a = days.back().second;  // no gap between pages when the zone changes
        }
        days.emplace_back(a, b);
    }
    return days;
}

Status TimelineRenderer::writePng(const TimelineInput& input, QIODevice& device, const TimelineExportOptions& options)
{
    if (Status span = checkTimelineSpan(input); !span.ok()) {
        return span;
    }
    const QImage image = renderImage(input, options);
    if (image.isNull()) {
        return makeError(TimelineRendererText::tr("The timeline image would be larger than %L1 megapixels; export a "
                                                  "PDF instead, or a smaller scale.")
                             .arg(kMaxImagePixels / 1000000));
    }
    if (!image.save(&device, "PNG")) {
        return makeError(TimelineRendererText::tr("The timeline image could not be written."));
    }
    return Status::success();
}

Status TimelineRenderer::writePdf(const TimelineInput& input, QIODevice& device, const TimelineExportOptions& options)
{
    if (Status span = checkTimelineSpan(input); !span.ok()) {
        return span;
    }
    QPdfWriter writer(&device);
    writer.setTitle(input.title.isEmpty() ? TimelineRendererText::tr("Trip timeline")
                                          : TimelineRendererText::tr("%1 — timeline").arg(input.title));
    writer.setCreator(QStringLiteral("Delegation Planner"));
    writer.setResolution(96);
    const bool perDay = options.pages == TimelineExportOptions::Pages::PerDay;
    writer.setPageLayout(QPageLayout(QPageSize(perDay ? QPageSize::A4 : QPageSize::A3), QPageLayout::Landscape,
        QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&writer)) {
        return makeError(TimelineRendererText::tr("The PDF could not be started."));
    }
    const QRectF page(0, 0, writer.width(), writer.height());

    std::vector<std::pair<QDateTime, QDateTime>> ranges;
    if (perDay) {
        ranges = tripDays(input);
    } else {
        ranges.emplace_back(QDateTime(), QDateTime());
    }
    if (ranges.empty()) {
        ranges.emplace_back(QDateTime(), QDateTime());
    }
    for (std::size_t pageIndex = 0; pageIndex < ranges.size(); ++pageIndex) {
        const auto& [from, to] = ranges[pageIndex];
        if (pageIndex > 0) {
            writer.newPage();
        }
        TimelineOptions lo;
        lo.labelZone = options.labelZone;
        lo.top = kTitleBlockHeight;
        lo.rangeStart = from;
        lo.rangeEnd = to;
        // Fit the width of the page: a first pass gives the range.
        const TimelineLayoutResult probe = layoutTimeline(input, lo);
        const double hours = static_cast<double>(probe.options.rangeStart.secsTo(probe.options.rangeEnd)) / 3600.0;
        lo.pixelsPerHour = std::max(1.0, (page.width() - lo.axisLeft - 14.0) / std::max(1.0, hours));
        lo.rangeStart = probe.options.rangeStart;
        lo.rangeEnd = probe.options.rangeEnd;
        const TimelineLayoutResult layout = layoutTimeline(input, lo);
        const double legend = legendHeight(page.width() - 16.0, !input.flags.isEmpty());
        const double needed = layout.size.height() + legend + 16.0;
        p.save();
        if (needed > page.height()) {
            const double k = page.height() / needed;
            p.scale(k, k);
        }
        QString subtitle;
        if (perDay) {
            subtitle = TimelineRendererText::tr("Day %1 of %2.").arg(pageIndex + 1).arg(ranges.size());
        }
        paintTitle(p, input, layout, QRectF(0, 0, page.width(), kTitleBlockHeight), subtitle);
        TimelineRenderOptions ro;
        ro.now = options.now;
        paint(p, input, layout, ro);
        paintLegend(p, QPointF(8.0, layout.size.height() + 8.0), page.width() - 16.0, !input.flags.isEmpty());
        p.restore();
    }
    if (!p.end()) {
        return makeError(TimelineRendererText::tr("The PDF could not be finished."));
    }
    return Status::success();
}

Status TimelineRenderer::exportToFile(
    const TimelineInput& input, const QString& path, const TimelineExportOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf")) {
        return makeError(
            TimelineRendererText::tr("'%1' should end in .png or .pdf to say which kind of file to write.").arg(path));
    }
    if (Status span = checkTimelineSpan(input); !span.ok()) {
        return span;
    }
    if (suffix == QLatin1String("png") && options.pages == TimelineExportOptions::Pages::PerDay) {
        return makeError(
            TimelineRendererText::tr("Pages per day are for PDF; write a .pdf file or leave out the per-day option."));
    }
    return AtomicFile::write(path, [&](QIODevice& file) {
        return suffix == QLatin1String("png") ? writePng(input, file, options) : writePdf(input, file, options);
    });
}

}  // namespace planner
