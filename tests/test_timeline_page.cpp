// The Timeline page on the sample trip: a drag of 30 minutes is one
// undoable edit in the database, the tool bar's zoom, zone and exports,
// click and double-click, and the marks of open findings of the checks.

#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "commands/Document.h"
#include "commands/Edits.h"
#include "models/CheckResults.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "ui/MainWindow.h"
#include "ui/RecordPage.h"
#include "ui/TimelinePage.h"
#include "ui/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::test;

namespace {

const Uuid kTashkentForum = QStringLiteral("90a92266-97b7-4165-b373-12253f3f53c3");
const Uuid kKeynote = QStringLiteral("c9c7d4d7-fd1c-439c-8357-c103b9cbe82d");
const Uuid kOpening = QStringLiteral("e59b973d-589e-491b-add6-4e3bd115ed47");
const Uuid kProsecutorMeeting = QStringLiteral("8ee8c73c-645d-4305-8bfa-27bceaa43b04");
const QString kTashkent = QStringLiteral("Asia/Tashkent");

struct PageFixture {
    IsolatedSettings settings;
    QTemporaryDir dir;
    std::unique_ptr<Document> document;
    ScriptedDialogs dialogs;
    std::unique_ptr<CheckResults> checks;
    std::unique_ptr<TimelinePage> page;
    Uuid tripId;

    PageFixture()
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("planner.sqlite"));
        auto db = TripTransfer::createDatabase(path, true);
        REQUIRE_OK(db);
        auto trips = TripRepository(*db.value()).list();
        REQUIRE_OK(trips);
        REQUIRE(trips->size() == 1);
        tripId = trips->front().id;
        document = std::make_unique<Document>(std::move(db).value());
        checks = std::make_unique<CheckResults>(*document);
        checks->setTrip(tripId);
        page = std::make_unique<TimelinePage>(*document, dialogs, checks.get());
        page->resize(1300, 700);
        page->setTrip(tripId);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        REQUIRE(dialogs.warnings.isEmpty());
    }

    TimelineView& view() const { return *page->view(); }
    Database& db() const { return document->database(); }

    AgendaSession session(const Uuid& id) const
    {
        auto s = ForumRepository(db()).getSession(id);
        REQUIRE_OK(s);
        return s.value();
    }

    void moveTo(const QPoint& pos)
    {
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(view().viewport()->mapToGlobal(pos)), Qt::NoButton,
            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view().viewport(), &move);
    }

    /// Press at from, move there in a few steps, release at to.
    void drag(const QPoint& from, const QPoint& to)
    {
        QTest::mousePress(view().viewport(), Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 4; ++step) {
            moveTo(from + (to - from) * step / 4);
        }
        QTest::mouseRelease(view().viewport(), Qt::LeftButton, Qt::NoModifier, to);
    }

    /// 120 px per hour, the keynote two hours from the left edge.
    void zoomToKeynote()
    {
        view().setPixelsPerHour(120.0);
        view().setOrigin(session(kKeynote).start.toUtc().addSecs(-2 * 3600));
    }

    QPoint centreOf(RecordKind kind, const Uuid& id) const
    {
        const QRectF r = view().itemRect(kind, id);
        REQUIRE(r.isValid());
        return r.center().toPoint();
    }
};

PlannedTime at(const QString& local, const QString& zone = kTashkent)
{
    auto t = PlannedTime::parse(local, zone);
    REQUIRE_OK(t);
    return t.value();
}

int pdfPages(const QString& path)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { path });
    REQUIRE(info.waitForFinished(30000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

}  // namespace

TEST_CASE("The page shows the chosen trip fitted to its width")
{
    PageFixture f;
    CHECK(f.view().input().title == QStringLiteral("Korea–Central Asia public governance visit 2016"));
    CHECK(f.view().input().indexOf(RecordKind::Session, kKeynote) >= 0);
    CHECK(f.view().input().indexOf(RecordKind::Meeting, kProsecutorMeeting) >= 0);
    // Fit Trip on first show: every item inside the viewport.
    const TimelineLayoutResult& layout = f.view().currentLayout();
    for (const TimelineBox& box : layout.boxes) {
        CHECK(box.rect.left() >= layout.options.axisLeft - 1.0);
        CHECK(box.rect.right() <= f.view().viewport()->width() + 1.0);
    }
}

TEST_CASE("Dragging a session by 30 minutes moves it in the database as one undoable edit")
{
    PageFixture f;
    f.zoomToKeynote();
    const AgendaSession before = f.session(kKeynote);
    REQUIRE(before.start == at(QStringLiteral("2016-08-17T09:40")));
    const QRectF rectBefore = f.view().itemRect(RecordKind::Session, kKeynote);
    QSignalSpy messages(f.page.get(), &SectionPage::message);

    // 120 px per hour: 30 minutes is 60 px (and 2 px more snap back to it).
    const QPoint from = f.centreOf(RecordKind::Session, kKeynote);
    f.drag(from, from + QPoint(62, 0));

    const AgendaSession moved = f.session(kKeynote);
    CHECK(moved.start == at(QStringLiteral("2016-08-17T10:10")));
    CHECK(moved.end == at(QStringLiteral("2016-08-17T10:30")));
    CHECK(moved.title == before.title);
    CHECK(moved.speakers == before.speakers);
    QUndoStack* stack = f.document->undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("Move session '%1'").arg(before.title));
    REQUIRE(messages.count() == 1);
    CHECK(messages.at(0).at(0).toString() == stack->undoText());
    // The page shows the new data at once.
    CHECK(f.view().itemRect(RecordKind::Session, kKeynote).left() == Approx(rectBefore.left() + 60.0).margin(0.5));
    CHECK(f.dialogs.warnings.isEmpty());

    stack->undo();
    CHECK(f.session(kKeynote) == before);
    CHECK(f.view().itemRect(RecordKind::Session, kKeynote).left() == Approx(rectBefore.left()).margin(0.5));
    stack->redo();
    CHECK(f.session(kKeynote).start == at(QStringLiteral("2016-08-17T10:10")));
}

TEST_CASE("Dragging a forum moves its sessions with it, dragging an end changes only the end")
{
    PageFixture f;
    f.zoomToKeynote();
    const AgendaSession opening = f.session(kOpening);
    const QRectF forumRect = f.view().itemRect(RecordKind::Forum, kTashkentForum);
    const QPoint from(static_cast<int>(forumRect.left()) + 40, static_cast<int>(forumRect.top()) + 6);
    f.drag(from, from + QPoint(120, 0));  // one hour later
    auto forum = ForumRepository(f.db()).get(kTashkentForum);
    REQUIRE_OK(forum);
    CHECK(forum->start == at(QStringLiteral("2016-08-17T10:30")));
    CHECK(forum->end == at(QStringLiteral("2016-08-17T16:30")));
    CHECK(f.session(kOpening).start == opening.start.addMinutes(60));
    CHECK(f.session(kKeynote).start == at(QStringLiteral("2016-08-17T10:40")));
    CHECK(f.document->undoStack()->undoText().startsWith(QStringLiteral("Move forum '")));
    f.document->undoStack()->undo();
    CHECK(f.session(kOpening) == opening);

    // The right edge of the keynote: 20 minutes longer.
    const QRectF r = f.view().itemRect(RecordKind::Session, kKeynote);
    const QPoint edge(static_cast<int>(r.right()) - 1, static_cast<int>(r.center().y()));
    f.drag(edge, edge + QPoint(40, 0));
    CHECK(f.session(kKeynote).start == at(QStringLiteral("2016-08-17T09:40")));
    CHECK(f.session(kKeynote).end == at(QStringLiteral("2016-08-17T10:20")));
    CHECK(f.document->undoStack()->undoText().startsWith(QStringLiteral("Change end of session 'Keynote speech")));
}

TEST_CASE("Click selects the record, double-click asks for its editor")
{
    PageFixture f;
    f.zoomToKeynote();
    QSignalSpy selected(f.page.get(), &SectionPage::recordSelected);
    QSignalSpy open(f.page.get(), &SectionPage::openRecordRequested);
    const QPoint p = f.centreOf(RecordKind::Session, kKeynote);
    QTest::mouseClick(f.view().viewport(), Qt::LeftButton, Qt::NoModifier, p);
    REQUIRE(selected.count() == 1);
    CHECK(selected.at(0).at(0).value<RecordKind>() == RecordKind::Session);
    CHECK(selected.at(0).at(1).toString() == kKeynote);
    QTest::mouseDClick(f.view().viewport(), Qt::LeftButton, Qt::NoModifier, p);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).value<RecordKind>() == RecordKind::Session);
    CHECK(open.at(0).at(1).toString() == kKeynote);
    CHECK(f.document->undoStack()->count() == 0);
}

TEST_CASE("Tool bar: zoom, fit, and the zone of the labels (also from View ▸ Times in Home Zone)")
{
    PageFixture f;
    const double fitted = f.view().pixelsPerHour();
    f.page->findChild<QAction*>(QStringLiteral("actionZoomIn"))->trigger();
    CHECK(f.view().pixelsPerHour() == Approx(fitted * 1.25));
    f.page->findChild<QAction*>(QStringLiteral("actionZoomOut"))->trigger();
    f.page->findChild<QAction*>(QStringLiteral("actionZoomOut"))->trigger();
    CHECK(f.view().pixelsPerHour() == Approx(fitted / 1.25));
    f.page->findChild<QAction*>(QStringLiteral("actionFitDay"))->trigger();
    CHECK(f.view().pixelsPerHour() > fitted * 3);
    f.page->findChild<QAction*>(QStringLiteral("actionFitTrip"))->trigger();
    CHECK(f.view().pixelsPerHour() == Approx(fitted));

    QComboBox* zone = f.page->labelZoneBox();
    zone->setCurrentIndex(zone->findData(static_cast<int>(TimelineLabelZone::Utc)));
    CHECK(f.view().labelZone() == TimelineLabelZone::Utc);
    f.page->setShowHomeTime(true);
    CHECK(f.view().labelZone() == TimelineLabelZone::Home);
    CHECK(f.view().currentLayout().lanes.back().scale.zone == QStringLiteral("Asia/Seoul"));
    f.page->setShowHomeTime(false);
    CHECK(f.view().labelZone() == TimelineLabelZone::Local);
}

TEST_CASE("Export PNG and PDF (whole trip on A3, or a page per day) through the file dialog")
{
    PageFixture f;
    const QString png = f.dir.filePath(QStringLiteral("timeline.png"));
    const QString pdf = f.dir.filePath(QStringLiteral("timeline.pdf"));
    const QString perDay = f.dir.filePath(QStringLiteral("per-day"));  // the suffix is added
    f.dialogs.fileNames = { png, pdf, perDay };
    QSignalSpy messages(f.page.get(), &SectionPage::message);
    f.page->exportPngAction()->trigger();
    f.page->exportPdfAction()->trigger();
    f.page->exportPdfPerDayAction()->trigger();
    CHECK(f.dialogs.warnings.isEmpty());
    CHECK(messages.count() == 3);

    const QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.width() > 1000);
    CHECK(pdfPages(pdf) == 1);
    REQUIRE(QFile::exists(perDay + QStringLiteral(".pdf")));
    CHECK(pdfPages(perDay + QStringLiteral(".pdf")) >= 5);
    CHECK(QSettings().value(QStringLiteral("dirs/export")).toString() == f.dir.path());

    // Cancelled: nothing written, nothing said.
    f.dialogs.fileNames = { QString() };
    f.page->exportPngAction()->trigger();
    CHECK(messages.count() == 3);
}

TEST_CASE("Items involved in an open finding of the checks are marked until the edit is undone")
{
    PageFixture f;
    CHECK(!f.view().input().flags.contains(kProsecutorMeeting));
    // The minister's keynote is 09:40–10:00; he attends the meeting with the
    // Prosecutor General: move it to 09:45.
    auto meeting = MeetingRepository(f.db()).get(kProsecutorMeeting);
    REQUIRE_OK(meeting);
    Meeting after = meeting.value();
    after.start = at(QStringLiteral("2016-08-17T09:45"));
    after.end = at(QStringLiteral("2016-08-17T10:30"));
    REQUIRE_OK(f.document->perform(QStringLiteral("Move meeting"), { edits::updated(meeting.value(), after) }));

    const auto& flags = f.view().input().flags;
    REQUIRE(flags.contains(kProsecutorMeeting));
    CHECK(flags.value(kProsecutorMeeting).severity == Severity::Error);
    CHECK(flags.value(kProsecutorMeeting).messages.join(QString()).contains(QStringLiteral("booked twice")));
    CHECK(flags.contains(kKeynote));
    CHECK(!flags.contains(kTashkentForum));  // the session is marked, not its whole forum
    // Painted: a red outline around the meeting.
    f.view().setPixelsPerHour(120.0);
    f.view().setOrigin(at(QStringLiteral("2016-08-17T08:00")).toUtc());
    const QImage shot = f.view().viewport()->grab().toImage();
    const QRect r = f.view().itemRect(RecordKind::Meeting, kProsecutorMeeting).toRect();
    int red = 0;
    for (int x = r.left() - 2; x <= r.right() + 2; ++x) {
        const QColor c = shot.pixelColor(x, r.top() - 1);
        red += (c.red() > 150 && c.green() < 80 && c.blue() < 80) ? 1 : 0;
    }
    CHECK(red > r.width() / 2);

    f.document->undoStack()->undo();
    CHECK(!f.view().input().flags.contains(kProsecutorMeeting));
    CHECK(!f.view().input().flags.contains(kKeynote));
}

TEST_CASE("In the main window: drag, Ctrl+Z, and double-click opens the session in the programme")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    REQUIRE_OK(TripTransfer::createDatabase(path, true));
    auto dialogs = std::make_shared<ScriptedDialogs>();
    MainWindow window(dialogs);
    window.resize(1366, 740);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openDatabase(path));
    window.showSection(MainWindow::Section::Timeline);
    auto* page = qobject_cast<TimelinePage*>(window.page(MainWindow::Section::Timeline));
    REQUIRE(page != nullptr);
    REQUIRE(page->isVisible());
    TimelineView& view = *page->view();
    auto keynote = [&] {
        auto s = ForumRepository(window.document()->database()).getSession(kKeynote);
        REQUIRE_OK(s);
        return s.value();
    };
    const AgendaSession before = keynote();
    view.setPixelsPerHour(120.0);
    view.setOrigin(before.start.toUtc().addSecs(-2 * 3600));
    const QPoint from = view.itemRect(RecordKind::Session, kKeynote).center().toPoint();
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 4; ++step) {
        const QPoint pos = from + QPoint(15 * step, 0);
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(view.viewport()->mapToGlobal(pos)), Qt::NoButton,
            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(60, 0));
    CHECK(keynote().start == at(QStringLiteral("2016-08-17T10:10")));

    QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(keynote() == before);

    const QPoint p = view.itemRect(RecordKind::Session, kKeynote).center().toPoint();
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, p);
    CHECK(window.currentSection() == MainWindow::Section::Programme);
    if (auto* programme = qobject_cast<RecordPage*>(window.page(MainWindow::Section::Programme))) {
        CHECK(programme->currentId() == kTashkentForum);
    }
    CHECK(dialogs->warnings.isEmpty());
}
