// The Meetings page driven through its widgets on a small trip.
#include "Fixtures.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "commands/Document.h"
#include "models/ModelRoles.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "ui/MeetingsPage.h"
#include "ui/PersonChooser.h"
#include "ui/TimeWidgets.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace planner;
using namespace planner::test;

// The form's widgets, found by their names in ui/MeetingForm.ui.
template <typename W> W* field(QWidget& page, const char* name)
{
    auto* w = page.findChild<W*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

namespace {

struct PageFixture {
    QTemporaryDir dir;
    TripBundle bundle = makeBundle();
    std::unique_ptr<Document> document;
    ScriptedDialogs dialogs;
    std::unique_ptr<MeetingsPage> page;
    Meeting meeting;
    Uuid hong, karimov, aide, tashkent, baku;

    PageFixture()
    {
        REQUIRE(dir.isValid());
        meeting = bundle.meetings.front();
        // The MOU is signed at the meeting rather than the forum here.
        bundle.mous.front().signedAtForumId.clear();
        bundle.mous.front().signedAtMeetingId = meeting.id;
        for (const Person& p : bundle.people) {
            (p.familyName == QStringLiteral("Hong")             ? hong
                    : p.familyName == QStringLiteral("Karimov") ? karimov
                                                                : aide)
                = p.id;
        }
        tashkent = bundle.stops.at(0).id;
        baku = bundle.stops.at(1).id;
        auto db = TripTransfer::createDatabase(dir.filePath(QStringLiteral("t.sqlite")), false);
        REQUIRE_OK(db);
        REQUIRE_OK(TripBundleStore(**db).save(bundle, false));
        document = std::make_unique<Document>(std::move(db).value());
        page = std::make_unique<MeetingsPage>(*document, dialogs);
        page->resize(1100, 700);
        page->setTrip(bundle.trip.id);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }

    Meeting stored(const Uuid& id) const
    {
        auto m = MeetingRepository(document->database()).get(id);
        REQUIRE_OK(m);
        return *m;
    }
    std::vector<Meeting> all() const
    {
        auto list = MeetingRepository(document->database()).list(bundle.trip.id);
        REQUIRE_OK(list);
        return *list;
    }
    QString cell(int row, int column) const { return page->proxy()->index(row, column).data().toString(); }
    void select(const Uuid& id) const { REQUIRE(page->selectRecord(id)); }
};

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void typeTime(PlannedTimeEdit* edit, const QString& text)
{
    QDateTimeEdit* e = edit->editor();
    e->setFocus();
    e->selectAll();
    QTest::keyClicks(e, text);
    QTest::keyClick(e, Qt::Key_Return);
}

}  // namespace

TEST_CASE("the meetings list shows local times, stops and counterparts", "[meetings]")
{
    PageFixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.page->proxy()->rowCount() == 1);
    CHECK(f.cell(0, MeetingsPage::StartColumn).contains(QStringLiteral("15:00")));
    CHECK(f.cell(0, MeetingsPage::StartColumn).contains(QStringLiteral("Asia/Baku, UTC+04:00")));
    CHECK(f.cell(0, MeetingsPage::TitleColumn) == QStringLiteral("Talks with the ASAN chairman"));
    CHECK(f.cell(0, MeetingsPage::StopColumn) == QStringLiteral("Baku"));
    CHECK(f.cell(0, MeetingsPage::CounterpartsColumn) == QStringLiteral("KARIMOV Inam (İnam Kərimov)"));
    CHECK(f.page->model()
              ->headerData(MeetingsPage::StartColumn, Qt::Horizontal)
              .toString()
              .contains(QStringLiteral("local")));

    // View ▸ Times in Home Zone: the same instant in Seoul.
    f.page->setShowHomeTime(true);
    CHECK(f.cell(0, MeetingsPage::StartColumn).contains(QStringLiteral("20:00 (Asia/Seoul, UTC+09:00)")));
    f.page->setShowHomeTime(false);

    // The form shows the record, times labelled with zone and offset.
    f.select(f.meeting.id);
    CHECK(field<QLineEdit>(*f.page, "titleEdit")->text() == f.meeting.title);
    CHECK(field<QComboBox>(*f.page, "stopCombo")->currentData().toString() == f.baku);
    CHECK(field<PlannedTimeEdit>(*f.page, "startEdit")->value() == f.meeting.start);
    auto* participants = field<QListWidget>(*f.page, "participantList");
    REQUIRE(participants->count() == 2);  // the delegation, in order of precedence
    CHECK(participants->item(0)->text().startsWith(QStringLiteral("1. HONG Yun-sik (홍윤식)")));
    CHECK(participants->item(0)->checkState() == Qt::Checked);
    CHECK(field<QListWidget>(*f.page, "counterpartList")->count() == 1);
}

TEST_CASE("creating and editing a meeting through the form, with undo and redo", "[meetings]")
{
    PageFixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* undo = f.document->undoStack();
    f.select(f.meeting.id);
    f.page->newAction()->trigger();
    REQUIRE(f.all().size() == 2);
    const Uuid id = f.page->currentId();
    REQUIRE(id != f.meeting.id);
    Meeting created = f.stored(id);
    CHECK(created.stopId == f.baku);  // the stop of the meeting selected before
    CHECK(created.start.zone() == QStringLiteral("Asia/Baku"));
    CHECK(created.end.local() == created.start.local().addSecs(3600));
    CHECK(undo->undoText() == QStringLiteral("Create meeting"));

    auto* title = field<QLineEdit>(*f.page, "titleEdit");
    CHECK(title->hasFocus());
    typeInto(title, QStringLiteral("Courtesy call on the Prosecutor General"));
    CHECK(f.stored(id).title == QStringLiteral("Courtesy call on the Prosecutor General"));
    CHECK(undo->undoText() == QStringLiteral("Edit meeting 'Courtesy call on the Prosecutor General'"));

    typeTime(field<PlannedTimeEdit>(*f.page, "startEdit"), QStringLiteral("2016-08-19 09:00"));
    typeTime(field<PlannedTimeEdit>(*f.page, "endEdit"), QStringLiteral("2016-08-19 09:45"));
    CHECK(f.stored(id).start == at(QStringLiteral("2016-08-19T09:00"), QStringLiteral("Asia/Baku")));
    CHECK(f.stored(id).end == at(QStringLiteral("2016-08-19T09:45"), QStringLiteral("Asia/Baku")));

    // Another stop: the agreed 09:00 stays and is read in Tashkent's zone.
    auto* stop = field<QComboBox>(*f.page, "stopCombo");
    stop->setFocus();
    QTest::keyClick(stop, Qt::Key_Up);
    CHECK(f.stored(id).stopId == f.tashkent);
    CHECK(f.stored(id).start == at(QStringLiteral("2016-08-19T09:00"), QStringLiteral("Asia/Tashkent")));
    CHECK(f.stored(id).end == at(QStringLiteral("2016-08-19T09:45"), QStringLiteral("Asia/Tashkent")));

    typeInto(field<QLineEdit>(*f.page, "placeEdit"), QStringLiteral("Prosecutor's Office"));
    auto* purpose = field<QPlainTextEdit>(*f.page, "purposeEdit");
    purpose->setFocus();
    QTest::keyClicks(purpose, QStringLiteral("Legal cooperation"));
    title->setFocus();  // leaving the text area commits it
    CHECK(f.stored(id).place == QStringLiteral("Prosecutor's Office"));
    CHECK(f.stored(id).purpose == QStringLiteral("Legal cooperation"));

    // Counterparts: chosen in the searchable chooser (Hangul finds Hong).
    auto* chooser = field<PersonChooser>(*f.page, "counterpartChooser");
    const auto offered = [chooser](const QString& typed) {
        // As typed (QTest types ASCII only): the text and the edit signal.
        chooser->lineEdit()->setText(typed);
        emit chooser->lineEdit()->textEdited(typed);
        QStringList texts;
        const QAbstractItemModel* list = chooser->completer()->completionModel();
        for (int row = 0; row < list->rowCount(); ++row) {
            texts << list->index(row, 0).data().toString();
        }
        chooser->completer()->popup()->hide();
        return texts;
    };
    CHECK(offered(QStringLiteral("홍")).size() == 1);
    CHECK(offered(QStringLiteral("kərimov")).size() == 1);
    // Where it starts a word comes first: "Minis" finds ministers before "Administration".
    const QStringList minis = offered(QStringLiteral("Minis"));
    REQUIRE(minis.size() >= 2);
    CHECK(PersonChooser::matchRank(minis.front(), QStringLiteral("Minis")) < 2);
    CHECK(PersonChooser::matchRank(minis.back(), QStringLiteral("Minis"))
        >= PersonChooser::matchRank(minis.front(), QStringLiteral("Minis")));
    chooser->setPersonId(f.karimov);
    QTest::mouseClick(field<QPushButton>(*f.page, "addCounterpartButton"), Qt::LeftButton);
    chooser->setPersonId(f.hong);
    QTest::mouseClick(field<QPushButton>(*f.page, "addCounterpartButton"), Qt::LeftButton);
    CHECK(f.stored(id).counterpartIds == std::vector<Uuid> { f.karimov, f.hong });
    auto* counterparts = field<QListWidget>(*f.page, "counterpartList");
    counterparts->setCurrentRow(0);
    QTest::mouseClick(field<QPushButton>(*f.page, "removeCounterpartButton"), Qt::LeftButton);
    CHECK(f.stored(id).counterpartIds == std::vector<Uuid> { f.hong });

    // Participants: ticking a member of the delegation.
    auto* participants = field<QListWidget>(*f.page, "participantList");
    REQUIRE(participants->count() == 2);
    participants->item(1)->setCheckState(Qt::Checked);
    CHECK(f.stored(id).participantIds == std::vector<Uuid> { f.aide });

    // Undo everything back to before the meeting existed, then redo it all.
    const Meeting last = f.stored(id);
    const int steps = undo->index();
    while (undo->canUndo()) {
        undo->undo();
    }
    CHECK(f.all().size() == 1);
    CHECK(f.page->proxy()->rowCount() == 1);
    while (undo->index() < steps) {
        undo->redo();
    }
    CHECK(f.stored(id) == last);
    CHECK(f.page->proxy()->rowCount() == 2);

    // The list filters as one types, Hangul included.
    f.page->searchField()->setFocus();
    QTest::sendKeyEvent(QTest::Click, f.page->searchField(), Qt::Key_unknown, QStringLiteral("홍윤식"), Qt::NoModifier);
    REQUIRE(f.page->proxy()->rowCount() == 1);
    CHECK(f.page->proxy()->index(0, 0).data(IdRole).toString() == id);
    f.page->searchField()->clear();
    CHECK(f.page->proxy()->rowCount() == 2);

    // Duplicate.
    f.select(id);
    f.page->duplicateAction()->trigger();
    CHECK(f.all().size() == 3);
    CHECK(f.stored(f.page->currentId()).title == QStringLiteral("Copy of Courtesy call on the Prosecutor General"));
    CHECK(f.stored(f.page->currentId()).counterpartIds == std::vector<Uuid> { f.hong });
}

TEST_CASE("invalid meeting input is refused at the form with the reason", "[meetings]")
{
    PageFixture f;
    QUndoStack* undo = f.document->undoStack();
    f.select(f.meeting.id);
    auto* error = field<QLabel>(*f.page, "meetingErrorLabel");

    SECTION("an end before the start")
    {
        typeTime(field<PlannedTimeEdit>(*f.page, "endEdit"), QStringLiteral("2016-08-19 14:00"));
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("not after the start")));
        CHECK(f.stored(f.meeting.id) == f.meeting);
        CHECK(undo->count() == 0);
        // Correcting it clears the reason and writes.
        typeTime(field<PlannedTimeEdit>(*f.page, "endEdit"), QStringLiteral("2016-08-19 16:30"));
        CHECK_FALSE(error->isVisible());
        CHECK(f.stored(f.meeting.id).end == at(QStringLiteral("2016-08-19T16:30"), QStringLiteral("Asia/Baku")));
    }
    SECTION("an empty title")
    {
        typeInto(field<QLineEdit>(*f.page, "titleEdit"), QStringLiteral("  "));
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("title")));
        CHECK(f.stored(f.meeting.id) == f.meeting);
        CHECK(undo->count() == 0);
    }
    SECTION("a counterpart named twice, or a name that is no one")
    {
        auto* chooser = field<PersonChooser>(*f.page, "counterpartChooser");
        chooser->setPersonId(f.karimov);
        QTest::mouseClick(field<QPushButton>(*f.page, "addCounterpartButton"), Qt::LeftButton);
        CHECK(error->text().contains(QStringLiteral("already a counterpart")));
        chooser->setEditText(QStringLiteral("Nobody at all"));
        QTest::mouseClick(field<QPushButton>(*f.page, "addCounterpartButton"), Qt::LeftButton);
        CHECK(error->text().contains(QStringLiteral("Nobody at all")));
        CHECK(f.stored(f.meeting.id) == f.meeting);
        CHECK(undo->count() == 0);
    }
}

TEST_CASE("deleting a meeting at which an MOU is signed asks first and undoes completely", "[meetings]")
{
    PageFixture f;
    const Uuid mouId = f.bundle.mous.front().id;
    f.select(f.meeting.id);

    f.dialogs.answers = { false };
    f.page->deleteAction()->trigger();
    REQUIRE(f.dialogs.questions.size() == 1);
    CHECK(f.dialogs.questions.front().contains(QStringLiteral("MOU on records management")));
    CHECK(f.all().size() == 1);

    f.dialogs.answers = { true };
    f.page->deleteAction()->trigger();
    CHECK(f.all().empty());
    CHECK(f.page->proxy()->rowCount() == 0);
    auto mou = MouRepository(f.document->database()).get(mouId);
    REQUIRE_OK(mou);
    CHECK(mou->signedAtMeetingId.isEmpty());
    CHECK(f.document->undoStack()->undoText() == QStringLiteral("Delete meeting 'Talks with the ASAN chairman'"));

    f.document->undoStack()->undo();
    CHECK(f.stored(f.meeting.id) == f.meeting);
    mou = MouRepository(f.document->database()).get(mouId);
    REQUIRE_OK(mou);
    CHECK(mou->signedAtMeetingId == f.meeting.id);
    CHECK(f.page->proxy()->rowCount() == 1);
}

TEST_CASE("a trip without stops cannot have meetings yet, and says why", "[meetings]")
{
    PageFixture f;
    // A trip of its own with nothing in it.
    Trip empty;
    empty.id = newUuid();
    empty.title = QStringLiteral("Empty trip");
    empty.homeZone = QStringLiteral("Asia/Seoul");
    REQUIRE_OK(TripRepository(f.document->database()).insert(empty));
    f.page->setTrip(empty.id);
    CHECK(f.page->proxy()->rowCount() == 0);
    CHECK_FALSE(field<QLineEdit>(*f.page, "titleEdit")->isEnabled());
    f.page->newAction()->trigger();
    REQUIRE(f.dialogs.warnings.size() == 1);
    CHECK(f.dialogs.warnings.front().contains(QStringLiteral("stops")));
    CHECK(f.document->undoStack()->count() == 0);
}
