// Timeline with 500 items: time the layout and a full paint into a
// 1920x1080 image, median of several runs. Prints figures; asserts nothing.
//
//   build/benchmarks/bench_timeline [runs]

#include "services/TimelineLayout.h"
#include "services/TimelineRenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace planner;

namespace {

PlannedTime at(const QDate& date, int minutes, const QString& zone)
{
    return PlannedTime(QDateTime(date, QTime(0, 0)).addSecs(static_cast<qint64>(minutes) * 60), zone);
}

/// Four stops over eight days; forums with sessions, meetings (some
/// overlapping), signings and legs, 500 items in all.
TimelineInput makeInput()
{
    TimelineInput input;
    input.title = QStringLiteral("Benchmark trip");
    input.homeZone = QStringLiteral("Asia/Seoul");
    const QStringList zones { QStringLiteral("Asia/Tashkent"), QStringLiteral("Asia/Baku"),
        QStringLiteral("Europe/Berlin"), QStringLiteral("Asia/Almaty") };
    const QDate first(2016, 8, 15);
    for (int s = 0; s < zones.size(); ++s) {
        TimelineStop stop { newUuid(), QStringLiteral("City %1").arg(s + 1), zones[s],
            at(first.addDays(2 * s), 8 * 60, zones[s]), at(first.addDays(2 * s + 2), 8 * 60, zones[s]) };
        input.stops.push_back(stop);
        input.items.push_back({ RecordKind::Stop, stop.id, {}, stop.id, stop.city, QStringLiteral("Hotel"),
            stop.arrival, stop.departure, std::nullopt });
        if (s > 0) {
            input.items.push_back({ RecordKind::Leg, newUuid(), {}, {}, QStringLiteral("Leg %1").arg(s),
                QStringLiteral("XA%1").arg(s), at(first.addDays(2 * s), 5 * 60, zones[s - 1]),
                at(first.addDays(2 * s), 7 * 60, zones[s]), std::nullopt });
        }
    }
    int n = 0;
    while (static_cast<int>(input.items.size()) < 500) {
        const int s = n % 4;
        const TimelineStop& stop = input.stops[static_cast<std::size_t>(s)];
        const QDate day = first.addDays(2 * s + 1 + (n / 4) % 2);
        const QString& zone = stop.zone;
        if (n % 5 == 0) {
            TimelineItem forum { RecordKind::Forum, newUuid(), {}, stop.id,
                QStringLiteral("Forum %1 on public governance").arg(n), QStringLiteral("Venue"), at(day, 9 * 60, zone),
                at(day, 16 * 60, zone), std::nullopt };
            input.items.push_back(forum);
            for (int k = 0; k < 20 && input.items.size() < 500; ++k) {
                const int start = 9 * 60 + k * 20 + (k % 3 == 0 ? 5 : 0);
                input.items.push_back({ RecordKind::Session, newUuid(), forum.id, stop.id,
                    QStringLiteral("Session %1: presentation of a system").arg(k + 1), QStringLiteral("Hall"),
                    at(day, start, zone), at(day, start + 25, zone), SessionKind::Presentation });
            }
        } else if (n % 5 == 4) {
            input.items.push_back({ RecordKind::Mou, newUuid(), {}, stop.id, QStringLiteral("MOU %1").arg(n), QString(),
                at(day, 15 * 60 + n % 60, zone), at(day, 15 * 60 + n % 60, zone), std::nullopt });
        } else {
            const int start = 8 * 60 + (n * 37) % (12 * 60);
            input.items.push_back(
                { RecordKind::Meeting, newUuid(), {}, stop.id, QStringLiteral("Meeting %1 with a minister").arg(n),
                    QStringLiteral("Ministry"), at(day, start, zone), at(day, start + 45, zone), std::nullopt });
        }
        ++n;
    }
    return input;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    const TimelineInput input = makeInput();

    // Whole trip fitted into 1920 pixels, as "fit trip" would show it.
    TimelineOptions options;
    const auto [first, last] = timelineExtent(input);
    options.viewWidth = 1920.0 - options.axisLeft;
    options.pixelsPerHour = options.viewWidth / (static_cast<double>(first.secsTo(last)) / 3600.0 + 2.0);

    std::vector<double> layoutMs;
    std::vector<double> paintMs;
    std::vector<double> dayPaintMs;
    TimelineLayoutResult layout;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    for (int r = 0; r < runs; ++r) {
        timer.start();
        layout = layoutTimeline(input, options);
        layoutMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);

        timer.start();
        image.fill(Qt::white);
        QPainter painter(&image);
        TimelineRenderOptions ro;
        ro.exposed = QRectF(0, 0, 1920, 1080);
        TimelineRenderer::paint(painter, input, layout, ro);
        painter.end();
        paintMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    // One day zoomed in (120 px per hour) on the busiest stop.
    TimelineOptions day = options;
    day.pixelsPerHour = 120.0;
    day.origin = input.stops[0].arrival.toUtc().addSecs(24 * 3600);
    for (int r = 0; r < runs; ++r) {
        timer.start();
        const TimelineLayoutResult dayLayout = layoutTimeline(input, day);
        image.fill(Qt::white);
        QPainter painter(&image);
        TimelineRenderOptions ro;
        ro.exposed = QRectF(0, 0, 1920, 1080);
        TimelineRenderer::paint(painter, input, dayLayout, ro);
        painter.end();
        dayPaintMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }

    QTextStream out(stdout);
    out << "bench_timeline: " << input.items.size() << " items, " << layout.lanes.size() << " lanes, "
        << layout.boxes.size() << " boxes, median of " << runs << " runs\n";
    out << QStringLiteral("  layout (whole trip fitted to 1920 px):      %1 ms\n").arg(median(layoutMs), 0, 'f', 2);
    out << QStringLiteral("  full paint into a 1920x1080 QImage:         %1 ms\n").arg(median(paintMs), 0, 'f', 2);
    out << QStringLiteral("  layout + paint, one day at 120 px/hour:     %1 ms\n").arg(median(dayPaintMs), 0, 'f', 2);
    if (argc > 2) {
        image.save(QString::fromLocal8Bit(argv[2]));
    }
    return 0;
}
