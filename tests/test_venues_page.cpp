// The Venues page on the sample: the form, the rooms list, undo and redo,
// deleting a venue in use.
#include "PageTestSupport.h"
#include "storage/Repositories.h"
#include "ui/VenuesPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace planner;
using namespace planner::test;

namespace {

struct Fixture : SampleDocument {
    std::unique_ptr<VenuesPage> page;

    Fixture()
    {
        page = std::make_unique<VenuesPage>(*document, *dialogs);
        page->resize(1100, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }
    template <typename T> T* w(const char* name)
    {
        auto* found = page->findChild<T*>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(found != nullptr);
        return found;
    }
    QLineEdit* edit(const char* name) { return w<QLineEdit>(name); }
    QPushButton* button(const char* name) { return w<QPushButton>(name); }
    QListWidget* rooms() { return w<QListWidget>("roomsList"); }
    Venue stored(const Uuid& id) { return VenueRepository(db()).get(id).value(); }
};

}  // namespace

TEST_CASE("a venue is created and edited with its rooms, with undo and redo", "[venues]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = f.page->model()->rowCount();
    REQUIRE(before == static_cast<int>(f.sample.venues.size()));
    f.page->newAction()->trigger();
    const Uuid id = f.page->currentId();
    REQUIRE(!id.isEmpty());
    typeInto(f.edit("nameEdit"), QStringLiteral("Hyatt Regency Tashkent"));
    typeInto(f.edit("addressEdit"), QStringLiteral("1A Navoi Street"));
    typeInto(f.edit("cityEdit"), QStringLiteral("Tashkent"));
    typeInto(f.edit("countryEdit"), QStringLiteral("uz"));
    Venue v = f.stored(id);
    CHECK(v.name == QStringLiteral("Hyatt Regency Tashkent"));
    CHECK(v.address == QStringLiteral("1A Navoi Street"));
    CHECK(v.city == QStringLiteral("Tashkent"));
    CHECK(v.country == QStringLiteral("UZ"));
    CHECK(f.undo()->undoText() == QStringLiteral("Edit venue 'Hyatt Regency Tashkent'"));

    // Rooms: add two, rename them in the list, reorder, remove one.
    QTest::mouseClick(f.button("addRoomButton"), Qt::LeftButton);
    QTest::mouseClick(f.button("addRoomButton"), Qt::LeftButton);
    CHECK(f.stored(id).rooms == QStringList({ QStringLiteral("New room"), QStringLiteral("New room 2") }));
    f.rooms()->item(0)->setText(QStringLiteral("Ballroom"));  // what the item editor commits
    f.rooms()->setCurrentRow(1);
    f.rooms()->item(1)->setText(QStringLiteral("대회의실"));
    CHECK(f.stored(id).rooms == QStringList({ QStringLiteral("Ballroom"), QStringLiteral("대회의실") }));
    CHECK(f.undo()->undoText() == QStringLiteral("Rename room of 'Hyatt Regency Tashkent' to '대회의실'"));
    f.rooms()->setCurrentRow(1);
    QTest::mouseClick(f.button("roomUpButton"), Qt::LeftButton);
    CHECK(f.stored(id).rooms == QStringList({ QStringLiteral("대회의실"), QStringLiteral("Ballroom") }));
    CHECK(f.rooms()->currentRow() == 0);
    CHECK(!f.button("roomUpButton")->isEnabled());
    f.rooms()->setCurrentRow(1);
    QTest::mouseClick(f.button("removeRoomButton"), Qt::LeftButton);
    CHECK(f.stored(id).rooms == QStringList({ QStringLiteral("대회의실") }));
    v = f.stored(id);

    SECTION("a room without a name or a duplicate is refused")
    {
        const int steps = f.undo()->count();
        QTest::mouseClick(f.button("addRoomButton"), Qt::LeftButton);
        f.rooms()->item(1)->setText(QStringLiteral("대회의실"));
        CHECK(f.w<QLabel>("errorLabel")->text().contains(QStringLiteral("already has a room")));
        CHECK(f.stored(id).rooms.size() == 2);
        f.rooms()->item(1)->setText(QStringLiteral("  "));
        CHECK(f.w<QLabel>("errorLabel")->text().contains(QStringLiteral("needs a name")));
        CHECK(f.undo()->count() == steps + 1);
    }
    SECTION("an empty name is refused with the reason, nothing written")
    {
        typeInto(f.edit("nameEdit"), QString());
        CHECK(f.w<QLabel>("errorLabel")->text().contains(QStringLiteral("needs a name")));
        CHECK(f.stored(id).name == QStringLiteral("Hyatt Regency Tashkent"));
    }
    SECTION("the search finds a room in Hangul")
    {
        f.page->focusSearch();
        sendText(f.page->searchField(), QStringLiteral("회의"));
        REQUIRE(f.page->proxy()->rowCount() == 1);
        CHECK(f.page->proxy()->index(0, VenuesPage::NameColumn).data().toString()
            == QStringLiteral("Hyatt Regency Tashkent"));
    }
    SECTION("undo all the way back and redo")
    {
        const int steps = f.undo()->index();
        f.undo()->undo();
        CHECK(f.stored(id).rooms == QStringList({ QStringLiteral("대회의실"), QStringLiteral("Ballroom") }));
        CHECK(f.rooms()->count() == 2);
        f.undo()->setIndex(0);
        CHECK_FALSE(VenueRepository(f.db()).get(id).ok());
        CHECK(f.page->model()->rowCount() == before);
        f.undo()->setIndex(steps);
        CHECK(f.stored(id) == v);
    }
}

TEST_CASE("deleting a venue in use asks first", "[venues]")
{
    Fixture f;
    const Venue& used = f.sample.venues.front();
    REQUIRE(f.page->selectRecord(used.id));
    const int forumsBefore = static_cast<int>(ForumRepository(f.db()).list(f.sample.trip.id)->size());

    SECTION("declined")
    {
        f.dialogs->answers = { false };
        f.page->deleteAction()->trigger();
        REQUIRE(f.dialogs->questions.size() == 1);
        CHECK(f.dialogs->questions.front().contains(used.name));
        CHECK(VenueRepository(f.db()).get(used.id).ok());
        CHECK(f.undo()->count() == 0);
    }
    SECTION("accepted, then undone")
    {
        f.dialogs->answers = { true };
        f.page->deleteAction()->trigger();
        CHECK(f.dialogs->warnings.isEmpty());
        CHECK_FALSE(VenueRepository(f.db()).get(used.id).ok());
        f.undo()->undo();
        CHECK(f.stored(used.id) == used);
        CHECK(static_cast<int>(ForumRepository(f.db()).list(f.sample.trip.id)->size()) == forumsBefore);
        bool linked = false;
        for (const Forum& forum : ForumRepository(f.db()).list(f.sample.trip.id).value()) {
            linked = linked || forum.venueId == used.id;
        }
        CHECK(linked);
    }
}
