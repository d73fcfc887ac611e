// The timeline widget on the offscreen platform: zoom keys, click and
// double-click, dragging a session (snapped), dragging an end, Escape.

#include "Fixtures.h"
#include "TestSupport.h"
#include "services/SampleTrip.h"
#include "services/TripDocument.h"
#include "ui/TimelineView.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace planner;
using planner::test::at;

namespace {

struct ViewFixture {
    TripBundle bundle = test::makeBundle();
    TimelineView view;
    const AgendaSession& keynote() const { return bundle.forums.at(0).sessions.at(0); }

    ViewFixture()
    {
        view.resize(1200, 560);
        view.setBundle(bundle);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.setPixelsPerHour(120.0);
        // Keynote 09:30–10:00 Tashkent (04:30 UTC) two hours from the left edge.
        view.setOrigin(QDateTime(QDate(2016, 8, 17), QTime(2, 30), QTimeZone::utc()));
    }

    QPoint centreOf(RecordKind kind, const Uuid& id)
    {
        const QRectF r = view.itemRect(kind, id);
        REQUIRE(r.isValid());
        return r.center().toPoint();
    }

    void moveTo(const QPoint& pos, Qt::MouseButtons buttons = Qt::LeftButton)
    {
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(view.viewport()->mapToGlobal(pos)), Qt::NoButton,
            buttons, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
    }

    /// Press at from, move there in a few steps, release at to.
    void drag(const QPoint& from, const QPoint& to)
    {
        QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 4; ++step) {
            moveTo(from + (to - from) * step / 4);
        }
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, to);
    }
};

}  // namespace

TEST_CASE("Zoom keys change the scale, fit trip shows the whole trip")
{
    ViewFixture f;
    QSignalSpy scale(&f.view, &TimelineView::scaleChanged);
    QTest::keyClick(&f.view, Qt::Key_Plus);
    CHECK(f.view.pixelsPerHour() == Approx(150.0));
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    CHECK(f.view.pixelsPerHour() == Approx(96.0));
    CHECK(scale.count() == 3);

    QTest::keyClick(&f.view, Qt::Key_0);
    const TimelineLayoutResult& layout = f.view.currentLayout();
    const int right = f.view.viewport()->width();
    for (const TimelineBox& box : layout.boxes) {
        CHECK(box.rect.left() >= layout.options.axisLeft - 1.0);
        CHECK(box.rect.right() <= right + 1.0);
    }
    // Fit day: one day of the trip fills the width.
    QTest::keyClick(&f.view, Qt::Key_D);
    const auto days = TimelineRenderer::tripDays(f.view.input());
    const auto day = std::find_if(days.begin(), days.end(), [&](const auto& d) { return d.first == f.view.origin(); });
    REQUIRE(day != days.end());
    CHECK(f.view.currentLayout().xForUtc(day->second) == Approx(right - 8.0).margin(1.0));
}

TEST_CASE("Ctrl+wheel zooms around the pointer")
{
    ViewFixture f;
    const QPoint at(700, 200);
    const QDateTime before = f.view.currentLayout().utcForX(at.x());
    QWheelEvent wheel(QPointF(at), QPointF(f.view.viewport()->mapToGlobal(at)), QPoint(), QPoint(0, 120), Qt::NoButton,
        Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.view.viewport(), &wheel);
    CHECK(f.view.pixelsPerHour() == Approx(150.0));
    CHECK(std::abs(f.view.currentLayout().utcForX(at.x()).secsTo(before)) <= 60);
}

TEST_CASE("Click selects an item and double-click asks for its editor")
{
    ViewFixture f;
    QSignalSpy selected(&f.view, &TimelineView::itemSelected);
    QSignalSpy open(&f.view, &TimelineView::openEditorRequested);
    const QPoint p = f.centreOf(RecordKind::Session, f.keynote().id);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, p);
    REQUIRE(selected.count() == 1);
    CHECK(selected.at(0).at(0).value<RecordKind>() == RecordKind::Session);
    CHECK(selected.at(0).at(1).toString() == f.keynote().id);
    CHECK(f.view.selectedItem() == f.view.input().indexOf(RecordKind::Session, f.keynote().id));
    QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, p);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(1).toString() == f.keynote().id);
}

TEST_CASE("Dragging a session by 30 minutes asks to move it by 30 minutes, snapped to 5")
{
    ViewFixture f;
    QSignalSpy moved(&f.view, &TimelineView::moveRequested);
    const QString z = QStringLiteral("Asia/Tashkent");
    const QPoint from = f.centreOf(RecordKind::Session, f.keynote().id) - QPoint(10, 0);
    // 120 px per hour: 30 minutes is 60 px; 3 px more stays on the 5-minute grid.
    f.drag(from, from + QPoint(63, 0));
    REQUIRE(moved.count() == 1);
    const QList<QVariant> args = moved.takeFirst();
    CHECK(args.at(0).value<RecordKind>() == RecordKind::Session);
    CHECK(args.at(1).toString() == f.keynote().id);
    CHECK(args.at(2).value<PlannedTime>() == at(QStringLiteral("2016-08-17T10:00"), z));
    CHECK(args.at(3).value<PlannedTime>() == at(QStringLiteral("2016-08-17T10:30"), z));
    // The view shows the data as given until the owner changes it.
    CHECK(f.view.input()
              .items.at(static_cast<std::size_t>(f.view.input().indexOf(RecordKind::Session, f.keynote().id)))
              .start
        == f.keynote().start);
}

TEST_CASE("Dragging the end of a meeting changes only its end")
{
    ViewFixture f;
    const Meeting& meeting = f.bundle.meetings.at(0);  // Baku 15:00–16:00
    f.view.setOrigin(meeting.start.toUtc().addSecs(-3600));
    QSignalSpy moved(&f.view, &TimelineView::moveRequested);
    const QRectF r = f.view.itemRect(RecordKind::Meeting, meeting.id);
    const QPoint edge(static_cast<int>(r.right()) - 1, static_cast<int>(r.center().y()));
    f.drag(edge, edge + QPoint(-41, 0));  // about 20 minutes earlier
    REQUIRE(moved.count() == 1);
    CHECK(moved.at(0).at(2).value<PlannedTime>() == meeting.start);
    CHECK(
        moved.at(0).at(3).value<PlannedTime>() == at(QStringLiteral("2016-08-19T15:40"), QStringLiteral("Asia/Baku")));
}

TEST_CASE("Escape cancels a drag: nothing is asked and the item is back in place")
{
    ViewFixture f;
    QSignalSpy moved(&f.view, &TimelineView::moveRequested);
    const QRectF before = f.view.itemRect(RecordKind::Session, f.keynote().id);
    const QPoint from = before.center().toPoint() - QPoint(10, 0);
    QTest::mousePress(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    f.moveTo(from + QPoint(30, 0));
    f.moveTo(from + QPoint(60, 0));
    CHECK(f.view.itemRect(RecordKind::Session, f.keynote().id).left() == Approx(before.left() + 60.0));
    QTest::keyClick(&f.view, Qt::Key_Escape);
    CHECK(f.view.itemRect(RecordKind::Session, f.keynote().id) == before);
    QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(60, 0));
    CHECK(moved.count() == 0);
    CHECK(f.view.itemRect(RecordKind::Session, f.keynote().id) == before);
}

TEST_CASE("Moving a forum previews its sessions moving with it")
{
    ViewFixture f;
    const Forum& forum = f.bundle.forums.at(0);
    QSignalSpy moved(&f.view, &TimelineView::moveRequested);
    const QRectF forumRect = f.view.itemRect(RecordKind::Forum, forum.id);
    const QRectF sessionBefore = f.view.itemRect(RecordKind::Session, f.keynote().id);
    const QPoint from(static_cast<int>(forumRect.left()) + 40, static_cast<int>(forumRect.top()) + 6);
    QTest::mousePress(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    f.moveTo(from + QPoint(60, 0));
    f.moveTo(from + QPoint(120, 0));
    CHECK(f.view.itemRect(RecordKind::Session, f.keynote().id).left() == Approx(sessionBefore.left() + 120.0));
    QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(120, 0));
    REQUIRE(moved.count() == 1);
    CHECK(moved.at(0).at(0).value<RecordKind>() == RecordKind::Forum);
    CHECK(moved.at(0).at(2).value<PlannedTime>() == forum.start.addMinutes(60));
    CHECK(moved.at(0).at(3).value<PlannedTime>() == forum.end.addMinutes(60));
}

// Hidden: writes the screenshots of docs/screenshots. Run with
//   test_timeline_view "[.screenshots]"   (PLANNER_SCREENSHOT_DIR=folder, default docs/screenshots)
TEST_CASE("Screenshots of the sample trip's timeline", "[.screenshots]")
{
    auto sample = TripDocument::read(sampleTripDocument());
    REQUIRE_OK(sample);
    const QByteArray env = qgetenv("PLANNER_SCREENSHOT_DIR");
    const QString dir
        = env.isEmpty() ? QStringLiteral(PLANNER_SOURCE_DIR "/docs/screenshots") : QString::fromLocal8Bit(env);
    REQUIRE(QDir().mkpath(dir));
    // The trip under way on the morning of the Tashkent forum.
    const QDateTime now(QDate(2016, 8, 17), QTime(5, 50), QTimeZone::utc());

    TimelineExportOptions options;
    options.now = now;
    options.pixelsPerHour = 14.0;
    REQUIRE_OK(TimelineRenderer::exportToFile(
        TimelineInput::fromBundle(*sample), dir + QStringLiteral("/timeline-trip.png"), options));

    TimelineView view;
    view.resize(1800, 450);
    view.setBundle(*sample);
    view.setNow(now);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const Forum& forum = sample->forums.at(0);
    view.setPixelsPerHour(250.0);
    view.setOrigin(forum.start.toUtc().addSecs(-1800));
    view.selectItem(RecordKind::Session, forum.sessions.at(1).id);
    REQUIRE(view.grab().save(dir + QStringLiteral("/timeline-day.png")));
}
