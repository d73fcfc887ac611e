#pragma once

#include "domain/Result.h"
#include "services/TimelineLayout.h"

#include <QDateTime>
#include <QImage>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
class QIODevice;
QT_END_NAMESPACE

namespace planner {

struct TimelineRenderOptions {
    /// The "now" marker is drawn when this instant lies in the laid-out
    /// range; invalid: no marker. Passed in, never read from the clock here.
    QDateTime now;
    /// The part of the layout to paint, in layout coordinates (items outside
    /// are skipped); empty: everything.
    QRectF exposed;
    /// Lanes are drawn moved up by this much under a header that stays put
    /// (vertical scrolling in a widget).
    double scrollY = 0.0;
    /// Item (index into TimelineInput::items) drawn as selected; -1: none.
    int selectedItem = -1;
    /// Item drawn as hovered; -1: none.
    int hoveredItem = -1;
};

/// What an export shows and how large.
struct TimelineExportOptions {
    enum class Pages { WholeTrip, PerDay };
    Pages pages = Pages::WholeTrip;
    TimelineLabelZone labelZone = TimelineLabelZone::Local;
    QDateTime now;  ///< marker; invalid: none
    /// PNG only: scale of the whole-trip image (pixels per hour).
    double pixelsPerHour = 18.0;
};

/// Paints a laid-out timeline with QPainter on any paint device: lanes with
/// their local day and hour labels, the home-zone header, stays as bands,
/// legs as arrows, forums as blocks with their sessions, meetings as rounded
/// bars, MOU signings as diamonds. Each kind has its own shape or pattern as
/// well as its colour (Okabe–Ito palette), so it reads in greyscale and with
/// colour-vision deficiency.
class TimelineRenderer {
public:
    /// Header, lanes, items and the now marker. Coordinates are the layout's.
    static void paint(QPainter& painter, const TimelineInput& input, const TimelineLayoutResult& layout,
        const TimelineRenderOptions& options);

    /// The legend: one entry per kind with its symbol, in one row or more
    /// within width (with the mark of records in open findings when
    /// withFindings). Returns the height used.
    static double paintLegend(QPainter& painter, const QPointF& topLeft, double width, bool withFindings = false);
    /// Height the legend needs within width.
    static double legendHeight(double width, bool withFindings = false);

    /// A title block for exports (trip title and what the times mean).
    /// Returns the height used.
    static double paintTitle(QPainter& painter, const TimelineInput& input, const TimelineLayoutResult& layout,
        const QRectF& rect, const QString& subtitle = {});

    /// The whole trip (or one day when range is given) as an image with a
    /// title, the timeline and the legend; a null image when it would be
    /// larger than 120 megapixels.
    static QImage renderImage(const TimelineInput& input, const TimelineExportOptions& options);

    /// The days of the trip for per-day pages: each [start, end) is a local
    /// day in the zone of the stop the delegation is at that day (home zone
    /// when travelling or at home).
    static std::vector<std::pair<QDateTime, QDateTime>> tripDays(const TimelineInput& input);

    /// Writes a PNG or PDF (by the file name's suffix) through AtomicFile:
    /// the file is replaced only when everything was written.
    static Status exportToFile(const TimelineInput& input, const QString& path, const TimelineExportOptions& options);
    /// PNG of renderImage() to a device.
    static Status writePng(const TimelineInput& input, QIODevice& device, const TimelineExportOptions& options);
    /// PDF: the whole trip on one A3 landscape page, or one A4 landscape page
    /// per day.
    static Status writePdf(const TimelineInput& input, QIODevice& device, const TimelineExportOptions& options);
};

}  // namespace planner
