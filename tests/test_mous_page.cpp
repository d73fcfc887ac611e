// The MOUs page driven through its widgets on a small trip.
#include "Fixtures.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "commands/Document.h"
#include "models/ModelRoles.h"
#include "models/MouPartyModel.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "ui/MousPage.h"
#include "ui/TimeWidgets.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace planner;
using namespace planner::test;

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
    std::unique_ptr<MousPage> page;
    Mou mou;
    Uuid mois, archives, asan, hong;

    PageFixture()
    {
        REQUIRE(dir.isValid());
        mou = bundle.mous.front();
        for (const Organisation& o : bundle.organisations) {
            (o.abbreviation == QStringLiteral("MOI")           ? mois
                    : o.abbreviation == QStringLiteral("ASAN") ? asan
                                                               : archives)
                = o.id;
        }
        for (const Person& p : bundle.people) {
            if (p.familyName == QStringLiteral("Hong")) {
                hong = p.id;
            }
        }
        auto db = TripTransfer::createDatabase(dir.filePath(QStringLiteral("t.sqlite")), false);
        REQUIRE_OK(db);
        REQUIRE_OK(TripBundleStore(**db).save(bundle, false));
        document = std::make_unique<Document>(std::move(db).value());
        page = std::make_unique<MousPage>(*document, dialogs);
        page->resize(1040, 640);
        page->setTrip(bundle.trip.id);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }

    Mou stored(const Uuid& id) const
    {
        auto m = MouRepository(document->database()).get(id);
        REQUIRE_OK(m);
        return *m;
    }
    std::size_t count() const
    {
        auto list = MouRepository(document->database()).list(bundle.trip.id);
        REQUIRE_OK(list);
        return list->size();
    }
    QString cell(int row, int column) const { return page->proxy()->index(row, column).data().toString(); }
};

/// Opens the table's editor on a cell (F2), chooses the entry with the id and confirms.
void chooseInCell(QTreeView* view, const QModelIndex& index, const Uuid& id)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
    REQUIRE(editor != nullptr);
    const int row = editor->findData(id);
    REQUIRE(row >= 0);
    editor->setCurrentIndex(row);
    QTest::keyClick(editor, Qt::Key_Return);

    // The view commits and closes the editor, then the page writes the edit: both queued.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

}  // namespace

TEST_CASE("the MOU list shows status, place, local time and parties", "[mous]")
{
    PageFixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester partyTester(f.page->partyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.page->proxy()->rowCount() == 1);
    CHECK(f.cell(0, MousPage::TitleColumn) == QStringLiteral("MOU on records management"));
    CHECK(f.cell(0, MousPage::StatusColumn) == label(MouStatus::Signed));
    CHECK(f.cell(0, MousPage::PlaceColumn)
        == QStringLiteral("Forum: Korea-Uzbekistan Cooperation Forum on Public Governance"));
    CHECK(f.cell(0, MousPage::WhenColumn).contains(QStringLiteral("16:30 (Asia/Tashkent, UTC+05:00)")));
    CHECK(f.cell(0, MousPage::PartiesColumn)
        == QStringLiteral("Ministry of the Interior (MOI) · Central State Archives of Uzbekistan"));

    REQUIRE(f.page->selectRecord(f.mou.id));
    CHECK(field<QComboBox>(*f.page, "placeCombo")->currentData().toString()
        == QStringLiteral("forum:") + f.mou.signedAtForumId);
    CHECK(field<QCheckBox>(*f.page, "timeCheck")->isChecked());
    CHECK(field<PlannedTimeEdit>(*f.page, "timeEdit")->value() == f.mou.signedAt);
    const MouPartyModel* parties = f.page->partyModel();
    REQUIRE(parties->rowCount() == 2);
    CHECK(parties->index(0, 1).data().toString() == QStringLiteral("HONG Yun-sik (홍윤식)"));
    CHECK(parties->index(1, 1).data().toString() == QStringLiteral("(not named yet)"));
}

TEST_CASE("creating and editing an MOU through the form, with undo and redo", "[mous]")
{
    PageFixture f;
    QAbstractItemModelTester partyTester(f.page->partyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* undo = f.document->undoStack();
    f.page->newAction()->trigger();
    REQUIRE(f.count() == 2);
    const Uuid id = f.page->currentId();
    CHECK(f.stored(id).title == QStringLiteral("New MOU"));
    CHECK(f.stored(id).status == MouStatus::Draft);

    // A Hangul title, typed as one key event (QTest::keyClicks cannot type Hangul).
    auto* title = field<QLineEdit>(*f.page, "titleEdit");
    title->setFocus();
    title->selectAll();
    QTest::sendKeyEvent(QTest::Click, title, Qt::Key_unknown, QStringLiteral("전자정부 협력 MOU"), Qt::NoModifier);
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(f.stored(id).title == QStringLiteral("전자정부 협력 MOU"));

    auto* subject = field<QPlainTextEdit>(*f.page, "subjectEdit");
    subject->setFocus();
    QTest::keyClicks(subject, QStringLiteral("E-government cooperation with ASAN"));
    title->setFocus();
    CHECK(f.stored(id).subject == QStringLiteral("E-government cooperation with ASAN"));

    auto* status = field<QComboBox>(*f.page, "statusCombo");
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    CHECK(f.stored(id).status == MouStatus::Agreed);

    // Where: the meeting in Baku (after "not fixed" and the forum); then a time.
    auto* place = field<QComboBox>(*f.page, "placeCombo");
    place->setFocus();
    QTest::keyClick(place, Qt::Key_Down);
    QTest::keyClick(place, Qt::Key_Down);
    const Meeting& meeting = f.bundle.meetings.front();
    CHECK(f.stored(id).signedAtMeetingId == meeting.id);
    CHECK(f.stored(id).signedAtForumId.isEmpty());
    CHECK(f.stored(id).signedAt.isNull());
    QTest::mouseClick(field<QCheckBox>(*f.page, "timeCheck"), Qt::LeftButton);
    CHECK(f.stored(id).signedAt == meeting.start);  // the meeting's start, in Baku
    auto* time = field<PlannedTimeEdit>(*f.page, "timeEdit");
    time->editor()->setFocus();
    time->editor()->selectAll();
    QTest::keyClicks(time->editor(), QStringLiteral("2016-08-19 15:40"));
    QTest::keyClick(time->editor(), Qt::Key_Return);
    CHECK(f.stored(id).signedAt == at(QStringLiteral("2016-08-19T15:40"), QStringLiteral("Asia/Baku")));
    // Moved to the Tashkent forum: the agreed 15:40 is read in Tashkent's zone.
    place->setFocus();
    QTest::keyClick(place, Qt::Key_Up);
    CHECK(f.stored(id).signedAtForumId == f.bundle.forums.front().id);
    CHECK(f.stored(id).signedAtMeetingId.isEmpty());
    CHECK(f.stored(id).signedAt == at(QStringLiteral("2016-08-19T15:40"), QStringLiteral("Asia/Tashkent")));

    // Parties: the trip's lead organisation comes first, then the directory by name.
    auto* view = field<QTreeView>(*f.page, "partyView");
    QTest::mouseClick(field<QPushButton>(*f.page, "addPartyButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    QTest::mouseClick(field<QPushButton>(*f.page, "addPartyButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(f.stored(id).parties == std::vector<MouParty> { { f.mois, {} }, { f.archives, {} } });
    // Another organisation and a signatory, chosen in the table.
    chooseInCell(view, f.page->partyModel()->index(1, MouPartyModel::OrganisationColumn), f.asan);
    chooseInCell(view, f.page->partyModel()->index(0, MouPartyModel::SignatoryColumn), f.hong);
    CHECK(f.stored(id).parties == std::vector<MouParty> { { f.mois, f.hong }, { f.asan, {} } });
    // Reorder and remove.
    view->setCurrentIndex(f.page->partyModel()->index(0, 0));
    QTest::mouseClick(field<QPushButton>(*f.page, "downButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(f.stored(id).parties == std::vector<MouParty> { { f.asan, {} }, { f.mois, f.hong } });
    CHECK(view->currentIndex().row() == 1);
    QTest::mouseClick(field<QPushButton>(*f.page, "upButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(f.stored(id).parties == std::vector<MouParty> { { f.mois, f.hong }, { f.asan, {} } });
    view->setCurrentIndex(f.page->partyModel()->index(1, 0));
    QTest::mouseClick(field<QPushButton>(*f.page, "removePartyButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(f.stored(id).parties == std::vector<MouParty> { { f.mois, f.hong } });
    CHECK(undo->undoText() == QStringLiteral("Edit MOU '전자정부 협력 MOU'"));

    // The list filters with a Hangul string.
    QTest::sendKeyEvent(QTest::Click, f.page->searchField(), Qt::Key_unknown, QStringLiteral("전자"), Qt::NoModifier);
    REQUIRE(f.page->proxy()->rowCount() == 1);
    CHECK(f.page->proxy()->index(0, 0).data(IdRole).toString() == id);
    f.page->searchField()->clear();

    // Undo back to before it existed, then redo it all.
    const Mou last = f.stored(id);
    const int steps = undo->index();
    while (undo->canUndo()) {
        undo->undo();
    }
    CHECK(f.count() == 1);
    CHECK(f.page->proxy()->rowCount() == 1);
    while (undo->index() < steps) {
        undo->redo();
    }
    CHECK(f.stored(id) == last);
    REQUIRE(f.page->selectRecord(id));
    CHECK(f.page->partyModel()->rowCount() == 1);

    // Duplicate: a draft copy.
    f.page->duplicateAction()->trigger();
    CHECK(f.count() == 3);
    CHECK(f.stored(f.page->currentId()).title == QStringLiteral("Copy of 전자정부 협력 MOU"));
    CHECK(f.stored(f.page->currentId()).status == MouStatus::Draft);
}

TEST_CASE("invalid MOU input is refused at the form with the reason", "[mous]")
{
    PageFixture f;
    REQUIRE(f.page->selectRecord(f.mou.id));
    auto* error = field<QLabel>(*f.page, "mouErrorLabel");

    SECTION("an empty title")
    {
        auto* title = field<QLineEdit>(*f.page, "titleEdit");
        title->setFocus();
        title->selectAll();
        QTest::keyClick(title, Qt::Key_Backspace);
        QTest::keyClick(title, Qt::Key_Return);
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("title")));
    }
    SECTION("an organisation listed twice among the parties")
    {
        chooseInCell(field<QTreeView>(*f.page, "partyView"),
            f.page->partyModel()->index(1, MouPartyModel::OrganisationColumn), f.mois);
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("twice")));
        // The table shows again what is written.
        CHECK(f.page->partyModel()->parties() == f.mou.parties);
    }
    CHECK(f.stored(f.mou.id) == f.mou);
    CHECK(f.document->undoStack()->count() == 0);
}

TEST_CASE("deleting a signed MOU asks first and undo brings it back", "[mous]")
{
    PageFixture f;
    REQUIRE(f.page->selectRecord(f.mou.id));
    f.dialogs.answers = { false };
    f.page->deleteAction()->trigger();
    REQUIRE(f.dialogs.questions.size() == 1);
    CHECK(f.dialogs.questions.front().contains(QStringLiteral("signed, 2 parties")));
    CHECK(f.count() == 1);
    f.dialogs.answers = { true };
    f.page->deleteAction()->trigger();
    CHECK(f.count() == 0);
    CHECK(f.page->proxy()->rowCount() == 0);
    f.document->undoStack()->undo();
    CHECK(f.stored(f.mou.id) == f.mou);
    CHECK(f.page->proxy()->rowCount() == 1);
}
