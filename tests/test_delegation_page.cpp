// The Delegation page on the sample trip: order of precedence, moving
// members (buttons, keys, dragging) as one undoable edit each, adding
// people through the chooser, setting roles, removing members.
#include "PageTestSupport.h"
#include "commands/Edits.h"
#include "models/DelegationOrderModel.h"
#include "models/ModelRoles.h"
#include "storage/Repositories.h"
#include "ui/DelegationPage.h"
#include "ui/PersonChooserDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>

using namespace planner;
using namespace planner::test;

namespace {

struct Fixture : SampleDocument {
    std::unique_ptr<DelegationPage> page;

    Fixture()
    {
        page = std::make_unique<DelegationPage>(*document, *dialogs);
        page->resize(1100, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
        page->setTrip(sample.trip.id);
    }
    /// Display names in order of precedence, as stored.
    QStringList storedOrder()
    {
        QStringList names;
        const auto members = TripRepository(db()).members(sample.trip.id).value();
        for (const DelegationMember& m : members) {
            names << PersonRepository(db()).get(m.personId)->displayName();
        }
        return names;
    }
    /// Display names in the order the page shows.
    QStringList shownOrder()
    {
        QStringList names;
        for (int row = 0; row < page->proxy()->rowCount(); ++row) {
            names << page->proxy()->index(row, DelegationPage::NameColumn).data().toString();
        }
        return names;
    }
    Uuid memberAt(int row) { return page->proxy()->index(row, 0).data(IdRole).toString(); }
};

}  // namespace

TEST_CASE("the delegation in order of precedence, searchable in Hangul", "[delegation]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.page->model()->rowCount() == static_cast<int>(f.sample.members.size()));
    CHECK(f.shownOrder() == f.storedOrder());
    CHECK(f.shownOrder().front() == QStringLiteral("HONG Yun-sik"));
    CHECK(f.page->proxy()->index(0, DelegationPage::PrecedenceColumn).data().toInt() == 1);
    CHECK(f.page->proxy()->index(0, DelegationPage::LocalNameColumn).data().toString() == QStringLiteral("홍윤식"));
    CHECK(f.page->proxy()->index(0, DelegationPage::RoleColumn).data().toString() == label(MemberRole::Head));
    CHECK(!f.page->duplicateAction()->isVisible());

    f.page->focusSearch();
    sendText(f.page->searchField(), QStringLiteral("홍"));
    CHECK(f.shownOrder().contains(QStringLiteral("HONG Yun-sik")));
    CHECK(f.page->proxy()->rowCount() < f.page->model()->rowCount());
    // Reordering needs the whole list.
    f.page->selectRecord(f.memberAt(0));
    CHECK(!f.page->moveDownAction()->isEnabled());
}

TEST_CASE("moving members is one undoable edit each", "[delegation]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList original = f.storedOrder();
    REQUIRE(f.page->selectRecord(f.memberAt(0)));
    CHECK(!f.page->moveUpAction()->isEnabled());
    REQUIRE(f.page->moveDownAction()->isEnabled());

    SECTION("Move Down, then undo and redo")
    {
        f.page->moveDownAction()->trigger();
        QStringList expected = original;
        expected.move(0, 1);
        CHECK(f.storedOrder() == expected);
        CHECK(f.shownOrder() == expected);
        CHECK(f.undo()->count() == 1);
        CHECK(f.undo()->undoText() == QStringLiteral("Move 'HONG Yun-sik' to precedence 2"));
        CHECK(f.page->currentId() == f.memberAt(1));  // the moved member stays selected
        CHECK(f.page->proxy()->index(1, DelegationPage::PrecedenceColumn).data().toInt() == 2);
        f.undo()->undo();
        CHECK(f.storedOrder() == original);
        CHECK(f.shownOrder() == original);
        f.undo()->redo();
        CHECK(f.storedOrder() == expected);
    }
    SECTION("Ctrl+Down and Ctrl+Up in the list")
    {
        f.page->view()->setFocus();
        QTest::keyClick(f.page->view(), Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(f.page->view(), Qt::Key_Down, Qt::ControlModifier);
        QStringList expected = original;
        expected.move(0, 2);
        CHECK(f.storedOrder() == expected);
        QTest::keyClick(f.page->view(), Qt::Key_Up, Qt::ControlModifier);
        expected.move(2, 1);
        CHECK(f.storedOrder() == expected);
        CHECK(f.undo()->count() == 3);
        f.undo()->setIndex(0);
        CHECK(f.storedOrder() == original);
    }
    SECTION("dragging a row to another place")
    {
        // What the view does on a drop between rows: the drag's data, dropped
        // before the row at index 1.
        const QModelIndex dragged = f.page->proxy()->index(5, DelegationPage::NameColumn);
        const QString name = dragged.data().toString();
        std::unique_ptr<QMimeData> data(f.page->proxy()->mimeData({ dragged }));
        REQUIRE(data != nullptr);
        CHECK(f.page->proxy()->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
        CHECK_FALSE(f.page->proxy()->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));  // rows move by the edit
        QTRY_COMPARE(f.undo()->count(), 1);
        QStringList expected = original;
        expected.move(5, 1);
        CHECK(f.storedOrder() == expected);
        CHECK(f.shownOrder() == expected);
        CHECK(f.undo()->undoText() == QStringLiteral("Move '%1' to precedence 2").arg(name));
        f.undo()->undo();
        CHECK(f.storedOrder() == original);
        f.undo()->redo();
        CHECK(f.storedOrder() == expected);

        // Dropped after the last row: to the end.
        std::unique_ptr<QMimeData> first(f.page->proxy()->mimeData({ f.page->proxy()->index(0, 0) }));
        f.page->proxy()->dropMimeData(first.get(), Qt::MoveAction, f.page->proxy()->rowCount(), 0, {});
        QTRY_COMPARE(f.undo()->count(), 2);
        CHECK(f.storedOrder().back() == expected.front());
    }
}

TEST_CASE("adding people through the chooser, setting a role, removing a member", "[delegation]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = f.page->model()->rowCount();
    Person newcomer;
    newcomer.id = newUuid();
    newcomer.familyName = QStringLiteral("Aliyev");
    newcomer.givenName = QStringLiteral("Rashad");
    newcomer.localName = QStringLiteral("Рашад Алиев");
    REQUIRE_OK(f.document->perform(QStringLiteral("Create person"), { edits::created(newcomer) }));
    f.undo()->clear();

    SECTION("the chooser lists only people not in the delegation; Cyrillic search; role chosen")
    {
        int offered = -1;
        QObject::connect(f.page.get(), &DelegationPage::chooserOpened, f.page.get(), [&](PersonChooserDialog* dialog) {
            QAbstractItemModelTester chooserTester(dialog->model());
            offered = dialog->model()->rowCount();
            for (int row = 0; row < dialog->model()->rowCount(); ++row) {
                CHECK(dialog->model()->index(row, 0).data().toString() != QStringLiteral("HONG Yun-sik"));
            }
            sendText(dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("Рашад"));
            REQUIRE(dialog->proxy()->rowCount() == 1);
            CHECK(dialog->chosen() == std::vector<Uuid> { newcomer.id });
            choose(dialog->findChild<QComboBox*>(QStringLiteral("roleCombo")), label(MemberRole::Interpreter));
            QTimer::singleShot(0, dialog, &QDialog::accept);
        });
        f.page->newAction()->trigger();
        CHECK(offered == static_cast<int>(PersonRepository(f.db()).list()->size()) - before);
        const auto members = TripRepository(f.db()).members(f.sample.trip.id).value();
        REQUIRE(static_cast<int>(members.size()) == before + 1);
        CHECK(members.back().personId == newcomer.id);
        CHECK(members.back().role == MemberRole::Interpreter);
        CHECK(members.back().precedence == before + 1);
        CHECK(f.undo()->undoText() == QStringLiteral("Add 'ALIYEV Rashad' to the delegation"));
        CHECK(f.page->model()->find(f.page->currentId())->person.id == newcomer.id);
        f.undo()->undo();
        CHECK(static_cast<int>(TripRepository(f.db()).members(f.sample.trip.id)->size()) == before);
        f.undo()->redo();
        CHECK(static_cast<int>(TripRepository(f.db()).members(f.sample.trip.id)->size()) == before + 1);
    }
    SECTION("cancelling the chooser adds nobody")
    {
        QObject::connect(f.page.get(), &DelegationPage::chooserOpened, f.page.get(),
            [&](PersonChooserDialog* dialog) { QTimer::singleShot(0, dialog, &QDialog::reject); });
        f.page->newAction()->trigger();
        CHECK(f.undo()->count() == 0);
        CHECK(f.page->model()->rowCount() == before);
    }
    SECTION("setting the role with the combo")
    {
        REQUIRE(f.page->selectRecord(f.memberAt(1)));
        auto* role = f.page->findChild<QComboBox*>(QStringLiteral("roleCombo"));
        REQUIRE(role != nullptr);
        choose(role, label(MemberRole::Adviser));
        const Uuid id = f.memberAt(1);
        const auto members = TripRepository(f.db()).members(f.sample.trip.id).value();
        CHECK(members.at(1).id == id);
        CHECK(members.at(1).role == MemberRole::Adviser);
        CHECK(f.undo()->undoText().startsWith(QStringLiteral("Set role of '")));
        f.undo()->undo();
        CHECK(TripRepository(f.db()).members(f.sample.trip.id)->at(1).role == f.sample.members.at(1).role);
    }
    SECTION("removing a member keeps the person and closes the gap")
    {
        const QStringList original = f.storedOrder();
        REQUIRE(f.page->selectRecord(f.memberAt(0)));
        const Uuid personId = f.page->model()->find(f.memberAt(0))->person.id;
        f.page->deleteAction()->trigger();
        CHECK(f.dialogs->questions.isEmpty());
        const auto members = TripRepository(f.db()).members(f.sample.trip.id).value();
        REQUIRE(static_cast<int>(members.size()) == before - 1);
        for (std::size_t i = 0; i < members.size(); ++i) {
            CHECK(members[i].precedence == static_cast<int>(i) + 1);
        }
        CHECK(PersonRepository(f.db()).get(personId).ok());
        CHECK(f.undo()->undoText() == QStringLiteral("Remove 'HONG Yun-sik' from the delegation"));
        f.undo()->undo();
        CHECK(f.storedOrder() == original);
    }
}
