// The Checks page on the sample trip: findings appear right after the edit
// that creates them, can be acknowledged with a reason and withdrawn, go
// away on undo; grouping, settings, double-click; the main window's
// navigator counts, View ▸ Times in Home Zone and the Checks dock.

#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "commands/Document.h"
#include "commands/Edits.h"
#include "models/CheckResults.h"
#include "models/FindingsModel.h"
#include "services/PlanningChecks.h"
#include "services/TripTransfer.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/Repositories.h"
#include "ui/AcknowledgeDialog.h"
#include "ui/ChecksDock.h"
#include "ui/ChecksPage.h"
#include "ui/MainWindow.h"
#include "ui/RecordPage.h"
#include "ui/TimelinePage.h"
#include "ui/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace planner;
using namespace planner::test;

namespace {

const Uuid kProsecutorMeeting = QStringLiteral("8ee8c73c-645d-4305-8bfa-27bceaa43b04");
const Uuid kHong = QStringLiteral("4e4d87e7-fa53-4cf2-8dea-7f4b70028a2a");
const Uuid kClosingTashkent = QStringLiteral("2864dd26-a800-421d-86b9-0f98d17a0201");
const QString kTashkent = QStringLiteral("Asia/Tashkent");
const QString kReason = QStringLiteral("the minister leaves the keynote early");

PlannedTime at(const QString& local, const QString& zone = kTashkent)
{
    auto t = PlannedTime::parse(local, zone);
    REQUIRE_OK(t);
    return t.value();
}

/// The meeting with the Prosecutor General at 09:45, during the minister's keynote.
void makeDoubleBooking(Document& document)
{
    auto meeting = MeetingRepository(document.database()).get(kProsecutorMeeting);
    REQUIRE_OK(meeting);
    Meeting after = meeting.value();
    after.start = at(QStringLiteral("2016-08-17T09:45"));
    after.end = at(QStringLiteral("2016-08-17T10:30"));
    REQUIRE_OK(document.perform(
        QStringLiteral("Move meeting '%1'").arg(after.title), { edits::updated(meeting.value(), after) }));
}

/// The other two problems of issue 6: an expired passport, a session outside its forum.
void makeOtherProblems(Document& document)
{
    auto hong = PersonRepository(document.database()).get(kHong);
    REQUIRE_OK(hong);
    Person person = hong.value();
    person.passportExpiry = QDate(2016, 5, 1);
    REQUIRE_OK(document.perform(QStringLiteral("Edit person"), { edits::updated(hong.value(), person) }));
    auto closing = ForumRepository(document.database()).getSession(kClosingTashkent);
    REQUIRE_OK(closing);
    AgendaSession session = closing.value();
    session.end = at(QStringLiteral("2016-08-17T15:45"));
    REQUIRE_OK(document.perform(QStringLiteral("Edit session"), { edits::updated(closing.value(), session) }));
}

struct PageFixture {
    IsolatedSettings settings;
    QTemporaryDir dir;
    std::unique_ptr<Document> document;
    ScriptedDialogs dialogs;
    std::unique_ptr<CheckResults> checks;
    std::unique_ptr<ChecksPage> page;
    Uuid tripId;

    PageFixture()
    {
        REQUIRE(dir.isValid());
        auto db = TripTransfer::createDatabase(dir.filePath(QStringLiteral("planner.sqlite")), true);
        REQUIRE_OK(db);
        auto trips = TripRepository(*db.value()).list();
        REQUIRE_OK(trips);
        tripId = trips->front().id;
        document = std::make_unique<Document>(std::move(db).value());
        checks = std::make_unique<CheckResults>(*document);
        page = std::make_unique<ChecksPage>(*document, dialogs, *checks);
        page->resize(1100, 650);
        page->setTrip(tripId);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }

    [[nodiscard]] QString summary() const { return page->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text(); }

    /// "severity rule status" of the listed findings in view order.
    [[nodiscard]] QStringList listed() const
    {
        QStringList out;
        const QAbstractItemModel* m = page->view()->model();
        auto add = [&](const QModelIndex& index) {
            if (index.data(FindingsModel::GroupRole).toBool()) {
                return;
            }
            const int finding = page->model()->findingAt(page->proxy()->mapToSource(index));
            REQUIRE(finding >= 0);
            const ReviewedFinding& r = checks->findings().at(static_cast<std::size_t>(finding));
            out << QStringLiteral("%1 %2 %3")
                       .arg(token(r.finding.severity), r.finding.ruleId,
                           r.isOpen() ? QStringLiteral("open") : QStringLiteral("acknowledged"));
        };
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex top = m->index(row, 0);
            add(top);
            for (int child = 0; child < m->rowCount(top); ++child) {
                add(m->index(child, 0, top));
            }
        }
        return out;
    }

    [[nodiscard]] QModelIndex rowOf(const QString& ruleId) const
    {
        for (const ReviewedFinding& r : checks->findings()) {
            if (r.finding.ruleId == ruleId) {
                return page->proxy()->mapFromSource(page->model()->indexOfFingerprint(r.finding.fingerprint));
            }
        }
        return {};
    }
};

const QString kSampleWarning = QStringLiteral("warning mou-party-without-signatory open");

}  // namespace

TEST_CASE("The sample trip's checks: one warning, grouped by severity, by rule or not at all")
{
    PageFixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(f.page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.summary() == QStringLiteral("Open: 1 warning"));
    CHECK(f.listed() == QStringList { kSampleWarning });
    const QAbstractItemModel* m = f.page->view()->model();
    REQUIRE(m->rowCount() == 1);
    CHECK(m->index(0, 0).data().toString() == QStringLiteral("Warnings (1 open)"));
    const QModelIndex warning = m->index(0, FindingsModel::MessageColumn, m->index(0, 0));
    CHECK(warning.data().toString().startsWith(QStringLiteral("The MOU 'MOU on cooperation in records management'")));
    CHECK(m->index(0, FindingsModel::SeverityColumn, m->index(0, 0)).data().toString() == QStringLiteral("Warning"));
    CHECK(m->index(0, FindingsModel::StatusColumn, m->index(0, 0)).data().toString() == QStringLiteral("Open"));
    CHECK(m->index(0, FindingsModel::RecordsColumn, m->index(0, 0))
              .data()
              .toString()
              .contains(QStringLiteral("MOU 'MOU on cooperation in records management'")));
    CHECK(!m->index(0, 0, m->index(0, 0)).data(Qt::DecorationRole).value<QIcon>().isNull());

    auto* group = f.page->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    group->setCurrentIndex(1);
    REQUIRE(m->rowCount() == 1);
    CHECK(m->index(0, 0).data().toString()
        == QStringLiteral("%1 (1 open)")
               .arg(PlanningChecks::rule(QStringLiteral("mou-party-without-signatory"))->title));
    group->setCurrentIndex(2);
    REQUIRE(m->rowCount() == 1);
    CHECK(!m->index(0, 0).data(FindingsModel::GroupRole).toBool());
    CHECK(f.listed() == QStringList { kSampleWarning });
    // The markers differ in shape, not only in colour.
    const QImage error
        = FindingsModel::icon(Severity::Error).pixmap(16).toImage().convertToFormat(QImage::Format_Grayscale8);
    const QImage warn
        = FindingsModel::icon(Severity::Warning).pixmap(16).toImage().convertToFormat(QImage::Format_Grayscale8);
    CHECK(error != warn);
}

TEST_CASE("A double booking shows up right after the edit, can be acknowledged, and goes with undo")
{
    PageFixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    makeDoubleBooking(*f.document);
    // Synchronously: no event loop turn between the edit and the list.
    CHECK(f.listed() == QStringList { QStringLiteral("error person-double-booked open"), kSampleWarning });
    CHECK(f.summary() == QStringLiteral("Open: 1 error, 1 warning"));
    const QModelIndex booked = f.rowOf(QStringLiteral("person-double-booked"));
    REQUIRE(booked.isValid());
    CHECK(booked.siblingAtColumn(FindingsModel::MessageColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("HONG Yun-sik is booked twice at once")));
    CHECK(booked.siblingAtColumn(FindingsModel::WhenColumn).data().toString()
        == QStringLiteral("17 Aug 09:45 (Asia/Tashkent, UTC+05:00)"));
    CHECK(booked.siblingAtColumn(FindingsModel::RecordsColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Meeting 'Meeting with Prosecutor General Abdullaev'")));

    // Acknowledge with a reason through the dialog.
    f.page->view()->setCurrentIndex(booked);
    CHECK(f.page->acknowledgeButton()->isEnabled());
    CHECK(!f.page->withdrawButton()->isEnabled());
    const QString fingerprint = f.page->currentFingerprint();
    QTest::mouseClick(f.page->acknowledgeButton(), Qt::LeftButton);
    AcknowledgeDialog* dialog = f.page->pendingDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(!dialog->acknowledgeButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), kReason);
    REQUIRE(dialog->acknowledgeButton()->isEnabled());
    QTest::mouseClick(dialog->acknowledgeButton(), Qt::LeftButton);

    auto stored = AcknowledgementRepository(f.document->database()).list(f.tripId);
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().reason == kReason);
    CHECK(stored->front().ruleId == QStringLiteral("person-double-booked"));
    CHECK(f.listed() == QStringList { QStringLiteral("error person-double-booked acknowledged"), kSampleWarning });
    CHECK(f.summary() == QStringLiteral("Open: 1 warning · 1 acknowledged"));
    CHECK(f.page->currentFingerprint() == fingerprint);  // still selected
    const QModelIndex acknowledged = f.rowOf(QStringLiteral("person-double-booked"));
    CHECK(acknowledged.siblingAtColumn(FindingsModel::StatusColumn).data().toString()
        == QStringLiteral("Acknowledged: %1").arg(kReason));
    CHECK(acknowledged.data().toString() == QStringLiteral("Error (ack.)"));
    CHECK(f.page->withdrawButton()->isEnabled());
    CHECK(!f.page->acknowledgeButton()->isEnabled());
    CHECK(f.page->findChild<QLabel*>(QStringLiteral("detailsLabel"))->text().contains(kReason));
    // Not an edit of the trip: the undo stack holds only the move.
    CHECK(f.document->undoStack()->count() == 1);

    SECTION("withdrawn, it is open again")
    {
        QTest::mouseClick(f.page->withdrawButton(), Qt::LeftButton);
        CHECK(f.listed() == QStringList { QStringLiteral("error person-double-booked open"), kSampleWarning });
        auto none = AcknowledgementRepository(f.document->database()).list(f.tripId);
        REQUIRE_OK(none);
        CHECK(none->empty());
    }
    SECTION("undoing the edit removes the finding; redoing brings it back still acknowledged")
    {
        f.document->undoStack()->undo();
        CHECK(f.listed() == QStringList { kSampleWarning });
        CHECK(f.summary() == QStringLiteral("Open: 1 warning"));
        CHECK(f.page->currentFingerprint() != fingerprint);
        f.document->undoStack()->redo();
        CHECK(f.listed() == QStringList { QStringLiteral("error person-double-booked acknowledged"), kSampleWarning });
    }
    SECTION("a change of a record involved makes it open again")
    {
        auto meeting = MeetingRepository(f.document->database()).get(kProsecutorMeeting);
        REQUIRE_OK(meeting);
        Meeting later = meeting.value();
        later.end = at(QStringLiteral("2016-08-17T10:40"));
        REQUIRE_OK(f.document->perform(QStringLiteral("Edit meeting"), { edits::updated(meeting.value(), later) }));
        CHECK(f.listed() == QStringList { QStringLiteral("error person-double-booked open"), kSampleWarning });
    }
}

namespace {

/// Fills the Tashkent forum's 10:00 to 11:00 with 600 one-minute breaks in
/// ten rooms (no finding of their own), so that the trip is checked in the
/// background.
void makeLarge(Database& db, const Uuid& tripId)
{
    auto forums = ForumRepository(db).list(tripId);
    REQUIRE_OK(forums);
    const Forum& forum = forums->front();
    REQUIRE(forum.start.zone() == kTashkent);
    for (int i = 0; i < 600; ++i) {
        AgendaSession s;
        s.id = newUuid();
        s.forumId = forum.id;
        s.kind = SessionKind::Break;
        s.title = QStringLiteral("Break %1").arg(i);
        s.room = QStringLiteral("Room %1").arg(i % 10);
        s.start = at(QStringLiteral("2016-08-17T10:%1").arg(i / 10, 2, 10, QLatin1Char('0')));
        s.end = s.start.addMinutes(1);
        REQUIRE_OK(ForumRepository(db).insertSession(s));
    }
}

/// The rules found on the document's snapshot, checked in this thread.
QStringList rulesNow(Document& document, const CheckResults& checks)
{
    auto trip = document.trip(checks.tripId());
    REQUIRE_OK(trip);
    QStringList rules;
    for (const Finding& f : PlanningChecks::run(*trip.value(), checks.settings())) {
        rules << f.ruleId;
    }
    return rules;
}

QStringList rulesShown(const CheckResults& checks)
{
    QStringList rules;
    for (const ReviewedFinding& r : checks.findings()) {
        rules << r.finding.ruleId;
    }
    return rules;
}

}  // namespace

TEST_CASE("A large trip is checked in the background, and a result overtaken by a later edit is dropped")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = TripTransfer::createDatabase(dir.filePath(QStringLiteral("planner.sqlite")), true);
    REQUIRE_OK(db);
    auto trips = TripRepository(*db.value()).list();
    REQUIRE_OK(trips);
    const Uuid tripId = trips->front().id;
    makeLarge(*db.value(), tripId);
    Document document(std::move(db).value());
    CheckResults checks(document);
    ScriptedDialogs dialogs;
    ChecksPage page(document, dialogs, checks);
    QSignalSpy updated(&checks, &CheckResults::updated);
    const auto summary = [&] { return page.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text(); };
    const auto settle = [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!checks.isChecking(), 20000);
        CHECK(checks.errorText().isEmpty());
    };

    page.setTrip(tripId);
    checks.setTrip(tripId);
    // Nothing found yet, and the page says it is looking.
    CHECK(checks.isChecking());
    CHECK(checks.findings().empty());
    CHECK(summary() == QStringLiteral("Checking the trip…"));
    // Not in the global pool: Qt's painting waits on that one.
    CHECK(QThreadPool::globalInstance()->activeThreadCount() == 0);
    settle();
    CHECK(rulesShown(checks) == QStringList { QStringLiteral("mou-party-without-signatory") });
    CHECK(summary() == QStringLiteral("Open: 1 warning"));
    CHECK(checks.bundle().forums.front().sessions.size() > 600);

    // An edit: the old findings stay, marked, until the new ones are in.
    makeDoubleBooking(document);
    CHECK(checks.isChecking());
    CHECK(rulesShown(checks) == QStringList { QStringLiteral("mou-party-without-signatory") });
    CHECK(summary() == QStringLiteral("Open: 1 warning · checking again…"));
    settle();
    CHECK(rulesShown(checks) == rulesNow(document, checks));
    CHECK(rulesShown(checks).contains(QStringLiteral("person-double-booked")));

    // Two changes without a turn of the event loop: only the last one counts,
    // whichever check finishes first.
    for (int round = 0; round < 3; ++round) {
        document.undoStack()->undo();
        document.undoStack()->redo();
        document.undoStack()->undo();
        settle();
        CHECK(rulesShown(checks) == QStringList { QStringLiteral("mou-party-without-signatory") });
        document.undoStack()->redo();
        settle();
        CHECK(rulesShown(checks).contains(QStringLiteral("person-double-booked")));
    }
    CHECK(checks.bundle().trip.id == tripId);
    CHECK(updated.count() > 0);
}

TEST_CASE("The copy with a double booking, an expired passport and a session outside its forum")
{
    PageFixture f;
    makeDoubleBooking(*f.document);
    makeOtherProblems(*f.document);
    CHECK(f.listed()
        == QStringList(
            { QStringLiteral("error person-double-booked open"), QStringLiteral("error session-outside-forum open"),
                QStringLiteral("error passport-expiring open"), kSampleWarning }));
    CHECK(f.summary() == QStringLiteral("Open: 3 errors, 1 warning"));
    // Sorting by time puts the findings without a time (the passport) last.
    f.page->view()->sortByColumn(FindingsModel::WhenColumn, Qt::AscendingOrder);
    auto* group = f.page->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    group->setCurrentIndex(2);
    QAbstractItemModelTester tester(f.page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList byTime = f.listed();
    CHECK(byTime.at(0) == QStringLiteral("error person-double-booked open"));
    CHECK(byTime.indexOf(QStringLiteral("error session-outside-forum open")) > 0);
    CHECK(byTime.last() == QStringLiteral("error passport-expiring open"));
}

TEST_CASE("Double-click or a record link asks for the record's editor")
{
    PageFixture f;
    makeDoubleBooking(*f.document);
    QSignalSpy open(f.page.get(), &SectionPage::openRecordRequested);
    const QModelIndex booked = f.rowOf(QStringLiteral("person-double-booked"));
    QTreeView* view = f.page->view();
    view->scrollTo(booked);
    const QRect rect = view->visualRect(booked.siblingAtColumn(FindingsModel::MessageColumn));
    // QTest sends a widget only the double-click event: the press before it comes first.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    REQUIRE(open.count() == 1);
    const ReviewedFinding& finding = f.checks->findings().at(
        static_cast<std::size_t>(f.page->model()->findingAt(f.page->proxy()->mapToSource(booked))));
    CHECK(open.at(0).at(0).value<RecordKind>() == finding.finding.records.front().kind);
    CHECK(open.at(0).at(1).toString() == finding.finding.records.front().id);

    auto* details = f.page->findChild<QLabel*>(QStringLiteral("detailsLabel"));
    CHECK(details->text().contains(QStringLiteral("Meeting with Prosecutor General Abdullaev")));
    emit details->linkActivated(
        QStringLiteral("record:%1:%2").arg(static_cast<int>(RecordKind::Meeting)).arg(kProsecutorMeeting));
    REQUIRE(open.count() == 2);
    CHECK(open.at(1).at(0).value<RecordKind>() == RecordKind::Meeting);
    CHECK(open.at(1).at(1).toString() == kProsecutorMeeting);
}

TEST_CASE("The trip's check settings are edited on the page and used at once")
{
    PageFixture f;
    auto* months = f.page->findChild<QSpinBox*>(QStringLiteral("passportSpin"));
    CHECK(months->value() == 6);
    // Ten years after the return: passports of 2024 and 2025 are too short.
    months->setFocus();
    months->selectAll();
    QTest::keyClicks(months, QStringLiteral("120"));
    QTest::keyClick(months, Qt::Key_Return);
    auto stored = CheckService(f.document->database()).settings(f.tripId);
    REQUIRE_OK(stored);
    CHECK(stored->passportValidityMonths == 120);
    CHECK(f.listed().contains(QStringLiteral("error passport-expiring open")));
    CHECK(f.document->undoStack()->count() == 0);

    auto* buffer = f.page->findChild<QSpinBox*>(QStringLiteral("bufferSpin"));
    CHECK(buffer->value() == 120);
    buffer->setValue(1200);  // Baku: landed 18 Aug 15:30, forum 19 Aug 09:30
    emit buffer->editingFinished();
    CHECK(CheckService(f.document->database()).settings(f.tripId)->arrivalBufferMinutes == 1200);
    CHECK(f.listed().contains(QStringLiteral("warning arrival-buffer-short open")));
}

namespace {

struct WindowFixture {
    IsolatedSettings settings;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    std::shared_ptr<ScriptedDialogs> dialogs = std::make_shared<ScriptedDialogs>();
    std::unique_ptr<MainWindow> window;

    explicit WindowFixture(bool homeTime = false)
    {
        REQUIRE(dir.isValid());
        REQUIRE_OK(TripTransfer::createDatabase(path, true));
        QSettings().setValue(QStringLiteral("view/timesInHomeZone"), homeTime);
        window = std::make_unique<MainWindow>(dialogs);
        window->resize(1366, 740);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->openDatabase(path));
    }

    [[nodiscard]] QString checksEntry() const
    {
        auto* list = window->findChild<QListWidget*>(QStringLiteral("sectionList"));
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(MainWindow::Section::Checks)) {
                return list->item(row)->text();
            }
        }
        return {};
    }
    [[nodiscard]] QAction* action(const char* name) const
    {
        auto* found = window->findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(found != nullptr);
        return found;
    }
};

}  // namespace

TEST_CASE("Main window: counts on the navigator, the Checks dock, opening a finding's record")
{
    WindowFixture w;
    CHECK(w.checksEntry() == QStringLiteral("Checks (1 warning)"));
    makeDoubleBooking(*w.window->document());
    CHECK(w.checksEntry() == QStringLiteral("Checks (1 error, 1 warning)"));

    QAction* dock = w.action("actionChecksDock");
    CHECK(dock->text() == QStringLiteral("&Checks"));
    dock->trigger();
    CHECK(w.window->checksDock()->isVisible());
    const QAbstractItemModel* dockModel = w.window->checksDock()->view()->model();
    REQUIRE(dockModel->rowCount() == 2);
    CHECK(dockModel->index(0, 0).data().toString() == QStringLiteral("Errors (1 open)"));

    w.window->showSection(MainWindow::Section::Checks);
    auto* page = qobject_cast<ChecksPage*>(w.window->page(MainWindow::Section::Checks));
    REQUIRE(page != nullptr);
    CHECK(page->isVisible());
    CHECK(page->tripId() == w.window->currentTripId());
    // Open the meeting from the finding's details.
    auto* details = page->findChild<QLabel*>(QStringLiteral("detailsLabel"));
    emit details->linkActivated(
        QStringLiteral("record:%1:%2").arg(static_cast<int>(RecordKind::Meeting)).arg(kProsecutorMeeting));
    CHECK(w.window->currentSection() == MainWindow::Section::Meetings);
    emit details->linkActivated(QStringLiteral("record:%1:%2").arg(static_cast<int>(RecordKind::Person)).arg(kHong));
    CHECK(w.window->currentSection() == MainWindow::Section::People);
    if (auto* people = qobject_cast<RecordPage*>(w.window->page(MainWindow::Section::People))) {
        CHECK(people->currentId() == kHong);
    }

    w.window->document()->undoStack()->undo();
    CHECK(w.checksEntry() == QStringLiteral("Checks (1 warning)"));
}

TEST_CASE("View ▸ Times in Home Zone switches every page and is remembered")
{
    {
        WindowFixture w;
        QAction* home = w.action("actionHomeTime");
        CHECK(home->isCheckable());
        CHECK(!home->isChecked());
        CHECK(home->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        auto* timeline = qobject_cast<TimelinePage*>(w.window->page(MainWindow::Section::Timeline));
        REQUIRE(timeline != nullptr);
        auto* organisations = qobject_cast<RecordPage*>(w.window->page(MainWindow::Section::Organisations));
        REQUIRE(organisations != nullptr);
        home->trigger();
        CHECK(timeline->view()->labelZone() == TimelineLabelZone::Home);
        CHECK(organisations->showHomeTime());
        CHECK(QSettings().value(QStringLiteral("view/timesInHomeZone")).toBool());
        home->trigger();
        CHECK(timeline->view()->labelZone() == TimelineLabelZone::Local);
        CHECK(!organisations->showHomeTime());
    }
    {
        WindowFixture w(true);
        CHECK(w.action("actionHomeTime")->isChecked());
        auto* timeline = qobject_cast<TimelinePage*>(w.window->page(MainWindow::Section::Timeline));
        REQUIRE(timeline != nullptr);
        CHECK(timeline->view()->labelZone() == TimelineLabelZone::Home);
        auto* organisations = qobject_cast<RecordPage*>(w.window->page(MainWindow::Section::Organisations));
        CHECK(organisations->showHomeTime());
    }
}

// Hidden: writes docs/screenshots/checks-page.png, checks-page-problems.png
// and timeline-page.png. Run with
//   test_checks_page "[.screenshots]"   (PLANNER_SCREENSHOT_DIR=folder, default docs/screenshots)
TEST_CASE("Screenshots of the Checks and Timeline pages", "[.screenshots]")
{
    const QByteArray env = qgetenv("PLANNER_SCREENSHOT_DIR");
    const QDir dir(
        env.isEmpty() ? QStringLiteral(PLANNER_SOURCE_DIR "/docs/screenshots") : QString::fromLocal8Bit(env));
    WindowFixture w;
    w.window->resize(1366, 740);
    w.window->showSection(MainWindow::Section::Checks);
    QTest::qWait(50);
    REQUIRE(w.window->grab().save(dir.filePath(QStringLiteral("checks-page.png"))));

    w.window->showSection(MainWindow::Section::Timeline);
    QTest::qWait(50);
    REQUIRE(w.window->grab().save(dir.filePath(QStringLiteral("timeline-page.png"))));

    makeDoubleBooking(*w.window->document());
    makeOtherProblems(*w.window->document());
    auto* timeline = qobject_cast<TimelinePage*>(w.window->page(MainWindow::Section::Timeline));
    timeline->view()->setPixelsPerHour(95.0);
    timeline->view()->setOrigin(at(QStringLiteral("2016-08-17T08:00")).toUtc());
    QTest::qWait(50);
    REQUIRE(w.window->grab().save(dir.filePath(QStringLiteral("timeline-page-findings.png"))));

    w.window->showSection(MainWindow::Section::Checks);
    auto* page = qobject_cast<ChecksPage*>(w.window->page(MainWindow::Section::Checks));
    page->view()->setCurrentIndex(page->proxy()->index(0, 0, page->proxy()->index(0, 0)));
    QTest::qWait(50);
    REQUIRE(w.window->grab().save(dir.filePath(QStringLiteral("checks-page-problems.png"))));
}
