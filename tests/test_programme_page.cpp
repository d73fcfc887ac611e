// The programme page driven through its widgets: stops, legs, forums and
// the agenda editor, with the database checked after every step.
#include "Fixtures.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "commands/Document.h"
#include "commands/Edits.h"
#include "models/ProgrammeModel.h"
#include "services/SampleTrip.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "ui/AgendaEditor.h"
#include "ui/ForumEditor.h"
#include "ui/LegEditor.h"
#include "ui/LinkListEditor.h"
#include "ui/MainWindow.h"
#include "ui/ProgrammePage.h"
#include "ui/StopEditor.h"
#include "ui/TimeWidgets.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace planner;
using namespace planner::test;

namespace {

template <typename W> W* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<W*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

/// The fields of a form, found by their names in the .ui file.
struct Form {
    QWidget* w;
    QLineEdit* line(const char* name) const { return child<QLineEdit>(w, name); }
    PlannedTimeEdit* time(const char* name) const { return child<PlannedTimeEdit>(w, name); }
    QComboBox* combo(const char* name) const { return child<QComboBox>(w, name); }
    LinkListEditor* links(const char* name) const { return child<LinkListEditor>(w, name); }
    QLabel* label(const char* name) const { return child<QLabel>(w, name); }
};

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Document> document;
    ScriptedDialogs dialogs;
    std::unique_ptr<ProgrammePage> page;

    Fixture()
    {
        auto db = Database::open(dir.filePath(QStringLiteral("planner.sqlite")));
        REQUIRE_OK(db);
        document = std::make_unique<Document>(std::move(db).value());
    }
    Database& db() { return document->database(); }
    void open(const Uuid& tripId)
    {
        page = std::make_unique<ProgrammePage>(*document, dialogs);
        page->resize(1150, 680);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        page->setTrip(tripId);
    }
    AgendaEditor& agenda() { return *page->agendaEditor(); }
    Form sessionForm() { return Form { page->agendaEditor() }; }
    std::vector<AgendaSession> sessions(const Uuid& forumId)
    {
        auto forum = ForumRepository(db()).get(forumId);
        REQUIRE_OK(forum);
        return forum->sessions;
    }
};

/// Replaces a line edit's text as a user does and confirms it with Return.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    bool ascii = true;
    for (QChar c : text) {
        ascii = ascii && c.unicode() < 128;
    }
    if (ascii) {
        QTest::keyClicks(edit, text);
    } else {
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, text, Qt::NoModifier);
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Sets a planned-time editor's local time and confirms it with Return.
void setTime(PlannedTimeEdit* edit, const QString& localIso)
{
    const QDateTime value = QDateTime::fromString(localIso, Qt::ISODate);
    REQUIRE(value.isValid());
    edit->editor()->setFocus();
    edit->editor()->setDateTime(QDateTime(value.date(), value.time(), QTimeZone::utc()));
    QTest::keyClick(edit->editor(), Qt::Key_Return);
}

/// Answers the next modal dialog: lets prepare set its fields, then accepts.
void answerDialog(std::function<void(QDialog*)> prepare)
{
    QTimer::singleShot(0, [prepare = std::move(prepare)] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        prepare(dialog);
        dialog->accept();
    });
}

void addSpeaker(LinkListEditor* editor, const QString& search)
{
    typeInto(editor->chooser()->lineEdit(), search);
}

TripBundle emptyTrip()
{
    TripBundle b = makeBundle();
    b.stops.clear();
    b.legs.clear();
    b.forums.clear();
    b.meetings.clear();
    b.mous.clear();
    return b;
}

const Person& personNamed(const TripBundle& b, const char* family)
{
    return *std::find_if(
        b.people.begin(), b.people.end(), [&](const Person& p) { return p.familyName == QLatin1String(family); });
}

}  // namespace

TEST_CASE("A programme is built through the widgets from an empty trip, undone and redone")
{
    Fixture f;
    const TripBundle empty = emptyTrip();
    REQUIRE_OK(TripBundleStore(f.db()).save(empty, false));
    const TripBundle start = *TripBundleStore(f.db()).load(empty.trip.id);
    f.open(start.trip.id);
    ProgrammePage& page = *f.page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester agendaTester(f.agenda().model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->rowCount() == 0);

    // A stop in Tashkent.
    page.newStopAction()->trigger();
    const Form stop { page.stopEditor() };
    REQUIRE(stop.line("cityEdit")->hasFocus());
    typeInto(stop.line("cityEdit"), QStringLiteral("Tashkent"));
    typeInto(stop.line("countryEdit"), QStringLiteral("uz"));
    typeInto(stop.combo("zoneCombo")->lineEdit(), QStringLiteral("Asia/Tashkent"));
    setTime(stop.time("arrivalEdit"), QStringLiteral("2016-08-15T19:30"));
    setTime(stop.time("departureEdit"), QStringLiteral("2016-08-18T14:00"));
    typeInto(stop.line("lodgingEdit"), QStringLiteral("Hyatt Regency Tashkent"));
    auto stops = ItineraryRepository(f.db()).stops(start.trip.id);
    REQUIRE_OK(stops);
    REQUIRE(stops->size() == 1);
    const Stop tashkent = stops->front();
    CHECK(tashkent.city == QStringLiteral("Tashkent"));
    CHECK(tashkent.country == QStringLiteral("UZ"));
    CHECK(tashkent.zone == QStringLiteral("Asia/Tashkent"));
    CHECK(tashkent.arrival == at(QStringLiteral("2016-08-15T19:30"), QStringLiteral("Asia/Tashkent")));
    CHECK(tashkent.departure == at(QStringLiteral("2016-08-18T14:00"), QStringLiteral("Asia/Tashkent")));
    CHECK(tashkent.lodging == QStringLiteral("Hyatt Regency Tashkent"));
    CHECK(stop.time("arrivalEdit")
              ->findChildren<QLabel*>()
              .front()
              ->text()
              .startsWith(QStringLiteral("Asia/Tashkent, UTC+05:00")));

    // A forum at it, the day after arrival, in Tashkent time.
    page.newForumAction()->trigger();
    const Form forumForm { page.forumEditor() };
    REQUIRE(page.forumTabs()->currentWidget() == page.forumEditor());
    typeInto(forumForm.line("titleEdit"), QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance"));
    setTime(forumForm.time("startEdit"), QStringLiteral("2016-08-17T09:30"));
    setTime(forumForm.time("endEdit"), QStringLiteral("2016-08-17T15:30"));
    auto forums = ForumRepository(f.db()).list(start.trip.id);
    REQUIRE_OK(forums);
    REQUIRE(forums->size() == 1);
    const Uuid forumId = forums->front().id;
    CHECK(forums->front().stopId == tashkent.id);
    CHECK(forums->front().start == at(QStringLiteral("2016-08-17T09:30"), QStringLiteral("Asia/Tashkent")));
    CHECK(forums->front().end == at(QStringLiteral("2016-08-17T15:30"), QStringLiteral("Asia/Tashkent")));

    // Two sessions with speakers, typed one after the other.
    page.forumTabs()->setCurrentWidget(page.agendaEditor());
    f.agenda().addAfterAction()->trigger();
    REQUIRE(f.sessionForm().line("titleEdit")->hasFocus());
    typeInto(f.sessionForm().line("titleEdit"), QStringLiteral("Opening and welcome"));
    addSpeaker(f.sessionForm().links("speakersEditor"), QStringLiteral("Park"));
    f.sessionForm()
        .links("speakersEditor")
        ->roleBox()
        ->setCurrentIndex(f.sessionForm().links("speakersEditor")->roleBox()->findData(token(SpeakerRole::Moderator)));
    emit f.sessionForm()
        .links("speakersEditor")
        ->roleBox()
        ->activated(f.sessionForm().links("speakersEditor")->roleBox()->currentIndex());

    f.sessionForm().line("titleEdit")->setFocus();
    QTest::keyClick(f.sessionForm().line("titleEdit"), Qt::Key_Return, Qt::ControlModifier);  // Add Session After
    REQUIRE(f.sessionForm().line("titleEdit")->hasFocus());
    typeInto(f.sessionForm().line("titleEdit"), QStringLiteral("Keynote: public administration in Korea"));
    f.sessionForm()
        .combo("kindCombo")
        ->setCurrentIndex(f.sessionForm().combo("kindCombo")->findData(token(SessionKind::Keynote)));
    emit f.sessionForm().combo("kindCombo")->activated(f.sessionForm().combo("kindCombo")->currentIndex());
    addSpeaker(f.sessionForm().links("speakersEditor"), QStringLiteral("홍윤식"));

    std::vector<AgendaSession> sessions = f.sessions(forumId);
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0].title == QStringLiteral("Opening and welcome"));
    CHECK(sessions[0].kind == SessionKind::Opening);
    CHECK(sessions[0].start == at(QStringLiteral("2016-08-17T09:30"), QStringLiteral("Asia/Tashkent")));
    CHECK(sessions[0].end == at(QStringLiteral("2016-08-17T09:45"), QStringLiteral("Asia/Tashkent")));
    REQUIRE(sessions[0].speakers.size() == 1);
    CHECK(sessions[0].speakers[0].personId == personNamed(start, "Park").id);
    CHECK(sessions[0].speakers[0].role == SpeakerRole::Moderator);
    CHECK(sessions[1].title == QStringLiteral("Keynote: public administration in Korea"));
    CHECK(sessions[1].kind == SessionKind::Keynote);
    CHECK(sessions[1].start == sessions[0].end);
    // Chosen as a keynote right after it was added: the keynote's usual length.
    CHECK(sessions[0].end.minutesTo(sessions[1].end) == edits::defaultMinutes(SessionKind::Keynote));
    REQUIRE(sessions[1].speakers.size() == 1);
    CHECK(sessions[1].speakers[0].personId == personNamed(start, "Hong").id);
    CHECK(f.agenda().model()->rowCount() == 2);

    // Every step was one named command: undo all of it, then redo all of it.
    const TripBundle built = *TripBundleStore(f.db()).load(start.trip.id);
    QUndoStack* stack = f.document->undoStack();
    CHECK(stack->undoText().startsWith(QStringLiteral("Edit session 'Keynote: public administration in Korea'")));
    const int steps = stack->index();
    CHECK(steps >= 12);
    while (stack->canUndo()) {
        stack->undo();
    }
    CHECK(*TripBundleStore(f.db()).load(start.trip.id) == start);
    CHECK(page.model()->rowCount() == 0);
    while (stack->canRedo()) {
        stack->redo();
    }
    CHECK(*TripBundleStore(f.db()).load(start.trip.id) == built);
    CHECK(page.model()->rowCount() == 2);
}

TEST_CASE("The agenda editor adds, shifts and moves sessions and refuses an end before the start")
{
    Fixture f;
    const TripBundle b = makeBundle();
    REQUIRE_OK(TripBundleStore(f.db()).save(b, false));
    f.open(b.trip.id);
    const Forum& forum = b.forums.front();
    QAbstractItemModelTester agendaTester(f.agenda().proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.page->selectRecord(forum.sessions[0].id));
    REQUIRE(f.agenda().forumId() == forum.id);
    REQUIRE(f.agenda().currentSessionId() == forum.sessions[0].id);
    QUndoStack* stack = f.document->undoStack();

    SECTION("Add Session After starts at the end of the selected one with the usual length")
    {
        f.agenda().view()->setFocus();
        QTest::keyClick(f.agenda().view(), Qt::Key_Return, Qt::ControlModifier);
        const auto sessions = f.sessions(forum.id);
        REQUIRE(sessions.size() == 3);
        const AgendaSession& added = *std::find_if(sessions.begin(), sessions.end(),
            [&](const AgendaSession& s) { return s.id != forum.sessions[0].id && s.id != forum.sessions[1].id; });
        CHECK(added.start == forum.sessions[0].end);
        CHECK(added.kind == SessionKind::Presentation);
        CHECK(added.start.minutesTo(added.end) == edits::defaultMinutes(SessionKind::Presentation));
        CHECK(f.agenda().currentSessionId() == added.id);
        CHECK(f.sessionForm().line("titleEdit")->hasFocus());
        CHECK(f.sessionForm().line("titleEdit")->selectedText() == added.title);
        CHECK(stack->undoText() == QStringLiteral("Add session 'Presentation' at 10:00"));
    }

    SECTION("Shift +15 moves this and later sessions")
    {
        REQUIRE(f.page->selectRecord(forum.sessions[1].id));
        answerDialog([](QDialog* d) {
            auto* spin = d->findChild<QSpinBox*>(QStringLiteral("minutesSpin"));
            REQUIRE(spin != nullptr);
            spin->setValue(15);
        });
        f.agenda().shiftAction()->trigger();
        const auto sessions = f.sessions(forum.id);
        CHECK(sessions[0] == forum.sessions[0]);
        CHECK(sessions[1].start == forum.sessions[1].start.addMinutes(15));
        CHECK(sessions[1].end == forum.sessions[1].end.addMinutes(15));
        CHECK(stack->undoText() == QStringLiteral("Shift 1 session by +15 min"));
        REQUIRE(f.page->selectRecord(forum.sessions[0].id));
        f.agenda().shiftSessions(15);
        const auto both = f.sessions(forum.id);
        CHECK(both[0].start == forum.sessions[0].start.addMinutes(15));
        CHECK(both[1].start == forum.sessions[1].start.addMinutes(30));
        stack->undo();
        stack->undo();
        CHECK(f.sessions(forum.id) == forum.sessions);
    }

    SECTION("Move to Day moves a session at the same local time")
    {
        answerDialog([](QDialog* d) {
            auto* days = d->findChild<QComboBox*>(QStringLiteral("dayCombo"));
            REQUIRE(days != nullptr);
            days->setCurrentIndex(days->findData(QDate(2016, 8, 16)));
        });
        f.agenda().moveToDayAction()->trigger();
        const AgendaSession moved = *ForumRepository(f.db()).getSession(forum.sessions[0].id);
        CHECK(moved.start == at(QStringLiteral("2016-08-16T09:30"), QStringLiteral("Asia/Tashkent")));
        CHECK(moved.end == at(QStringLiteral("2016-08-16T10:00"), QStringLiteral("Asia/Tashkent")));
    }

    SECTION("An end before the start is refused next to the field and nothing is written")
    {
        const int before = stack->count();
        setTime(f.sessionForm().time("endEdit"), QStringLiteral("2016-08-17T09:00"));
        CHECK(f.agenda().errors().isShowing());
        CHECK(f.sessionForm().label("errorLabel")->text().contains(QStringLiteral("not after the start")));
        CHECK(f.sessionForm().time("endEdit")->styleSheet().contains(QStringLiteral("border")));
        CHECK(stack->count() == before);
        CHECK(f.sessions(forum.id) == forum.sessions);

        // An empty title too.
        f.sessionForm().line("titleEdit")->setFocus();
        setTime(f.sessionForm().time("endEdit"), QStringLiteral("2016-08-17T10:00"));
        typeInto(f.sessionForm().line("titleEdit"), QString());
        CHECK(f.sessionForm().label("errorLabel")->text().contains(QStringLiteral("title")));
        CHECK(f.sessions(forum.id) == forum.sessions);
    }

    SECTION("Duplicate and Delete with the keys of the agenda list")
    {
        f.agenda().view()->setFocus();
        QTest::keyClick(f.agenda().view(), Qt::Key_D, Qt::ControlModifier);
        REQUIRE(f.sessions(forum.id).size() == 3);
        QTest::keyClick(f.agenda().view(), Qt::Key_Delete);
        CHECK(f.sessions(forum.id) == forum.sessions);
        CHECK(ForumRepository(f.db()).get(forum.id).ok());  // the forum itself stays
        CHECK(f.dialogs.questions.isEmpty());
    }
}

TEST_CASE("A travel leg is added after the last stop and edited: flight, passengers, zones")
{
    Fixture f;
    const TripBundle b = makeBundle();
    REQUIRE_OK(TripBundleStore(f.db()).save(b, false));
    f.open(b.trip.id);
    REQUIRE(f.page->selectRecord(b.stops.back().id));  // Baku
    f.page->newLegAction()->trigger();
    auto legs = ItineraryRepository(f.db()).legs(b.trip.id);
    REQUIRE_OK(legs);
    REQUIRE(legs->size() == 2);
    const TravelLeg home = legs->back();
    CHECK(home.fromStopId == b.stops.back().id);
    CHECK(home.toPlace == QStringLiteral("Home"));
    CHECK(home.departure == b.stops.back().departure);
    CHECK(home.arrival.zone() == QStringLiteral("Asia/Seoul"));
    CHECK(f.page->currentId() == home.id);

    const Form leg { f.page->legEditor() };
    typeInto(leg.line("carrierEdit"), QStringLiteral("Asiana Airlines"));
    typeInto(leg.line("flightEdit"), QStringLiteral("OZ 574"));
    typeInto(leg.line("toPlaceEdit"), QStringLiteral("Seoul (ICN)"));
    auto* whole = child<QCheckBox>(f.page->legEditor(), "wholeDelegationCheck");
    REQUIRE(whole->isChecked());
    QTest::mouseClick(whole, Qt::LeftButton, {}, QPoint(5, whole->height() / 2));
    REQUIRE_FALSE(whole->isChecked());
    addSpeaker(leg.links("passengersEditor"), QStringLiteral("홍윤식"));
    TravelLeg edited = *ItineraryRepository(f.db()).getLeg(home.id);
    CHECK(edited.carrier == QStringLiteral("Asiana Airlines"));
    CHECK(edited.flightNumber == QStringLiteral("OZ 574"));
    CHECK(edited.toPlace == QStringLiteral("Seoul (ICN)"));
    CHECK(edited.passengerIds == std::vector<Uuid> { personNamed(b, "Hong").id });
    CHECK(f.document->undoStack()->undoText().startsWith(QStringLiteral("Edit travel leg 'Asiana Airlines OZ 574")));

    // An unknown zone of arrival is refused next to the zone and not written.
    const int before = f.document->undoStack()->count();
    typeInto(leg.combo("arrivalZoneCombo")->lineEdit(), QStringLiteral("Mars/Olympus"));
    CHECK(leg.label("errorLabel")->text().contains(QStringLiteral("Mars/Olympus")));
    CHECK(leg.combo("arrivalZoneCombo")->styleSheet().contains(QStringLiteral("border")));
    CHECK(f.document->undoStack()->count() == before);
    CHECK(*ItineraryRepository(f.db()).getLeg(home.id) == edited);
}

TEST_CASE("Deleting a stop lists what goes with it and asks, undo restores it")
{
    Fixture f;
    const TripBundle b = makeBundle();
    REQUIRE_OK(TripBundleStore(f.db()).save(b, false));
    f.open(b.trip.id);
    REQUIRE(f.page->selectRecord(b.stops.front().id));
    f.dialogs.answers = { false, true };
    f.page->deleteAction()->trigger();
    REQUIRE(f.dialogs.questions.size() == 1);
    CHECK(f.dialogs.questions[0].contains(b.forums.front().title));
    CHECK(f.dialogs.questions[0].contains(QStringLiteral("XA202")));
    CHECK(f.dialogs.questions[0].contains(QStringLiteral("MOU on records management")));
    CHECK(ItineraryRepository(f.db()).stops(b.trip.id)->size() == 2);  // declined

    f.page->deleteAction()->trigger();
    CHECK(ItineraryRepository(f.db()).stops(b.trip.id)->size() == 1);
    CHECK(ForumRepository(f.db()).list(b.trip.id)->empty());
    CHECK(f.document->undoStack()->undoText() == QStringLiteral("Delete stop 'Tashkent'"));
    f.document->undoStack()->undo();
    CHECK(*TripBundleStore(f.db()).load(b.trip.id) == b);
}

TEST_CASE("The search field filters the programme and the agenda, in any script")
{
    Fixture f;
    const TripBundle b = makeBundle();
    REQUIRE_OK(TripBundleStore(f.db()).save(b, false));
    f.open(b.trip.id);
    QSortFilterProxyModel* proxy = f.page->proxy();
    REQUIRE(proxy->rowCount() == 4);  // two stops, a leg, a forum

    QTest::keyClicks(f.page->searchField(), QStringLiteral("baku"));
    CHECK(proxy->rowCount() == 2);  // the stop and the leg to it

    // A speaker's name in Hangul finds the forum and, in its agenda, the session.
    f.page->searchField()->clear();
    QTest::sendKeyEvent(QTest::Click, f.page->searchField(), Qt::Key_unknown, QStringLiteral("홍윤식"), Qt::NoModifier);
    // The leg he travels on and the forum he speaks at.
    REQUIRE(proxy->rowCount() == 2);
    QStringList kinds;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        kinds << proxy->index(row, ProgrammeModel::KindColumn).data().toString();
    }
    CHECK(kinds == QStringList { QStringLiteral("Forum"), QStringLiteral("Travel") });
    REQUIRE(f.page->selectRecord(b.forums.front().id));
    CHECK(f.agenda().proxy()->rowCount() == 1);
    CHECK(f.agenda().proxy()->index(0, AgendaEditor::TitleColumn).data().toString()
        == QStringLiteral("Public administration in Korea's development"));
    // Selecting a record the search hides shows everything again.
    CHECK(f.page->selectRecord(b.stops.back().id));
    CHECK(f.page->searchField()->text().isEmpty());
}

TEST_CASE("Times are shown in each place's zone or in the home zone")
{
    Fixture f;
    const TripBundle b = makeBundle();
    REQUIRE_OK(TripBundleStore(f.db()).save(b, false));
    f.open(b.trip.id);
    ProgrammeModel* model = f.page->model();
    const int forumRow = model->rowOf(b.forums.front().id);
    CHECK(model->index(forumRow, ProgrammeModel::WhenColumn).data().toString().endsWith(QStringLiteral("09:30")));
    CHECK(model->index(forumRow, ProgrammeModel::ZoneColumn).data().toString()
        == QStringLiteral("Asia/Tashkent UTC+05:00"));
    f.page->setShowHomeTime(true);
    CHECK(model->index(forumRow, ProgrammeModel::WhenColumn).data().toString().endsWith(QStringLiteral("13:30")));
    CHECK(
        model->index(forumRow, ProgrammeModel::ZoneColumn).data().toString() == QStringLiteral("Asia/Seoul UTC+09:00"));
    REQUIRE(f.page->selectRecord(b.forums.front().id));
    CHECK(f.agenda()
              .model()
              ->index(0, AgendaEditor::TimeColumn)
              .data()
              .toString()
              .endsWith(QStringLiteral("13:30–14:00")));
}

TEST_CASE("Screenshots of the programme page on the sample trip at 1366x768")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    REQUIRE_OK(TripTransfer::createDatabase(path, true));
    auto dialogs = std::make_shared<ScriptedDialogs>();
    MainWindow window(dialogs);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(path));
    window.showSection(MainWindow::Section::Programme);
    auto* page = qobject_cast<ProgrammePage*>(window.page(MainWindow::Section::Programme));
    REQUIRE(page != nullptr);
    REQUIRE(page->model()->rowCount() > 0);
    const ProgrammeData& data = page->data();
    REQUIRE(!data.forums.empty());
    REQUIRE(page->selectRecord(data.forums.front().sessions.at(1).id));
    QTest::qWait(50);
    // At 1366x768 the session form fits beside the agenda without scrolling.
    CHECK_FALSE(page->agendaEditor()->formArea()->horizontalScrollBar()->isVisible());
    CHECK_FALSE(page->agendaEditor()->formArea()->verticalScrollBar()->isVisible());
    const QString out = qEnvironmentVariable("PLANNER_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        window.grab().save(out + QStringLiteral("/programme-agenda.png"));
        page->forumTabs()->setCurrentWidget(page->forumEditor());
        window.grab().save(out + QStringLiteral("/programme-forum.png"));
        page->selectRecord(data.stops.front().id);
        window.grab().save(out + QStringLiteral("/programme-stop.png"));
        page->selectRecord(data.legs.front().id);
        window.grab().save(out + QStringLiteral("/programme-leg.png"));
    }
    CHECK(dialogs->warnings.isEmpty());
}
