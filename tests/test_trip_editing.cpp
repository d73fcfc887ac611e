// The trip itself in the main window: the editable overview and the Trip
// menu (New, Duplicate, Delete), each edit undoable.
#include "PageTestSupport.h"
#include "models/TripListModel.h"
#include "storage/Repositories.h"
#include "ui/DelegationPage.h"
#include "ui/MainWindow.h"
#include "ui/OptionalDateEdit.h"
#include "ui/PeoplePage.h"
#include "ui/TimeWidgets.h"
#include "ui/TripPage.h"
#include "ui/VenuesPage.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace planner;
using namespace planner::test;

namespace {

struct Fixture {
    IsolatedSettings settings;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    std::shared_ptr<ScriptedDialogs> dialogs = std::make_shared<ScriptedDialogs>();
    std::unique_ptr<MainWindow> window;
    TripBundle sample = TripDocument::read(sampleTripDocument()).value();

    Fixture()
    {
        REQUIRE(dir.isValid());
        REQUIRE_OK(TripTransfer::createDatabase(path, true));
        window = std::make_unique<MainWindow>(dialogs);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        REQUIRE(window->openDatabase(path));
        REQUIRE(dialogs->warnings.isEmpty());
    }
    Database& db() { return *window->database(); }
    QUndoStack* undo() { return window->document()->undoStack(); }
    /// A widget of the trip page, else of the window (the pages' forms share
    /// field names, so the trip page is looked in first).
    template <typename T> T* w(const char* name)
    {
        auto* found = window->tripPage()->findChild<T*>(QString::fromLatin1(name));
        if (found == nullptr) {
            found = window->findChild<T*>(QString::fromLatin1(name));
        }
        INFO(name);
        REQUIRE(found != nullptr);
        return found;
    }
    QAction* action(const char* name) { return w<QAction>(name); }
    QLabel* tripError()
    {
        auto* label = window->tripPage()->findChild<QLabel*>(QStringLiteral("errorLabel"));
        REQUIRE(label != nullptr);
        return label;
    }
    Trip stored() { return TripRepository(db()).get(sample.trip.id).value(); }
    int tripCount() { return static_cast<int>(TripRepository(db()).list()->size()); }
};

}  // namespace

TEST_CASE("the overview edits the trip, one undoable edit per field", "[trip]")
{
    Fixture f;
    REQUIRE(f.window->currentSection() == MainWindow::Section::Overview);
    auto* title = f.w<QLineEdit>("titleEdit");
    REQUIRE(title->isEnabled());
    typeInto(title, QStringLiteral("Visit to Uzbekistan and Azerbaijan"));
    CHECK(f.stored().title == QStringLiteral("Visit to Uzbekistan and Azerbaijan"));
    CHECK(f.undo()->undoText() == QStringLiteral("Edit trip 'Visit to Uzbekistan and Azerbaijan'"));
    // The list of trips follows.
    QAbstractItemModel* trips = f.w<QTreeView>("tripView")->model();
    CHECK(trips->index(0, TripListModel::TitleColumn).data().toString()
        == QStringLiteral("Visit to Uzbekistan and Azerbaijan"));
    CHECK(title->text() == QStringLiteral("Visit to Uzbekistan and Azerbaijan"));

    typeInto(f.w<QLineEdit>("delegationNameEdit"), QStringLiteral("Korean delegation"));
    CHECK(f.stored().delegationName == QStringLiteral("Korean delegation"));

    // The end date one day later: the length follows.
    QDateEdit* end = f.w<OptionalDateEdit>("endDateEdit")->editor();
    end->setFocus();
    end->setDate(QDate(2016, 8, 22));
    QTest::keyClick(end, Qt::Key_Return);
    CHECK(f.stored().endDate == QDate(2016, 8, 22));
    CHECK(f.w<QLabel>("datesLabel")->text() == QStringLiteral("8 days"));

    // Another home zone, typed.
    auto* zone = f.w<ZoneComboBox>("homeZoneCombo");
    typeInto(zone->lineEdit(), QStringLiteral("Asia/Tokyo"));
    CHECK(f.stored().homeZone == QStringLiteral("Asia/Tokyo"));
    CHECK(f.w<QLabel>("homeZoneLabel")->text() == QStringLiteral("UTC+09:00"));

    // No lead organisation.
    choose(f.w<QComboBox>("leadOrganisationCombo"), QStringLiteral("(none)"));
    CHECK(f.stored().leadOrganisationId.isEmpty());

    // Purpose: typed, committed when the field is left.
    typeIntoArea(f.w<QPlainTextEdit>("purposeEdit"), QStringLiteral("Cooperation forums"), title);
    CHECK(f.stored().purpose == QStringLiteral("Cooperation forums"));
    CHECK(f.undo()->count() == 6);

    SECTION("undo all and redo all")
    {
        f.undo()->setIndex(0);
        CHECK(f.stored() == f.sample.trip);
        CHECK(title->text() == f.sample.trip.title);
        CHECK(f.w<ZoneComboBox>("homeZoneCombo")->zone() == QStringLiteral("Asia/Seoul"));
        f.undo()->setIndex(6);
        CHECK(f.stored().purpose == QStringLiteral("Cooperation forums"));
        CHECK(f.stored().homeZone == QStringLiteral("Asia/Tokyo"));
        CHECK(f.w<QPlainTextEdit>("purposeEdit")->toPlainText() == QStringLiteral("Cooperation forums"));
    }
    SECTION("invalid input is refused with the reason, nothing written")
    {
        const Trip before = f.stored();
        typeInto(title, QString());
        CHECK(f.tripError()->text().contains(QStringLiteral("needs a title")));
        CHECK(f.stored() == before);
        typeInto(title, before.title);
        CHECK(f.tripError()->text().isEmpty());

        typeInto(f.w<ZoneComboBox>("homeZoneCombo")->lineEdit(), QStringLiteral("Asia/Atlantis"));
        CHECK(f.tripError()->text().contains(QStringLiteral("not a known IANA time zone")));
        CHECK(f.stored() == before);
        typeInto(f.w<ZoneComboBox>("homeZoneCombo")->lineEdit(), before.homeZone);
        CHECK(f.tripError()->text().isEmpty());

        QDateEdit* start = f.w<OptionalDateEdit>("startDateEdit")->editor();
        start->setFocus();
        start->setDate(QDate(2016, 9, 1));
        QTest::keyClick(start, Qt::Key_Return);
        CHECK(f.tripError()->text().contains(QStringLiteral("before it starts")));
        CHECK(f.stored() == before);
        CHECK(f.undo()->count() == 6);
    }
}

TEST_CASE("the Trip menu: new, duplicate and delete, each undoable", "[trip]")
{
    Fixture f;
    QMenu* menu = f.w<QMenu>("menuTrip");
    CHECK(menu->title() == QStringLiteral("&Trip"));
    CHECK(f.action("actionNewTrip")->shortcut() == QKeySequence(QStringLiteral("Ctrl+T")));

    SECTION("New Trip (Ctrl+T)")
    {
        QTest::keyClick(f.window.get(), Qt::Key_T, Qt::ControlModifier);
        REQUIRE(f.tripCount() == 2);
        const Uuid id = f.window->currentTripId();
        REQUIRE(id != f.sample.trip.id);
        const Trip trip = TripRepository(f.db()).get(id).value();
        CHECK(trip.title == QStringLiteral("New trip"));
        CHECK(trip.homeZone == QStringLiteral("Asia/Seoul"));
        CHECK(f.undo()->undoText() == QStringLiteral("Create trip 'New trip'"));
        CHECK(f.w<QLineEdit>("titleEdit")->text() == QStringLiteral("New trip"));
        f.undo()->undo();
        CHECK(f.tripCount() == 1);
        CHECK(f.window->currentTripId() == f.sample.trip.id);
        f.undo()->redo();
        CHECK(f.tripCount() == 2);
    }
    SECTION("Duplicate Trip")
    {
        f.action("actionDuplicateTrip")->trigger();
        REQUIRE(f.tripCount() == 2);
        const Uuid id = f.window->currentTripId();
        REQUIRE(id != f.sample.trip.id);
        const TripBundle copy = TripBundleStore(f.db()).load(id).value();
        CHECK(copy.trip.title == QStringLiteral("Copy of %1").arg(f.sample.trip.title));
        CHECK(copy.members.size() == f.sample.members.size());
        CHECK(copy.forums.size() == f.sample.forums.size());
        CHECK(f.undo()->undoText() == QStringLiteral("Duplicate trip '%1'").arg(f.sample.trip.title));
        f.undo()->undo();
        CHECK(f.tripCount() == 1);
    }
    SECTION("Delete Trip: declined, then accepted and undone")
    {
        const TripBundle before = TripBundleStore(f.db()).load(f.sample.trip.id).value();
        f.dialogs->answers = { false };
        f.action("actionDeleteTrip")->trigger();
        REQUIRE(f.dialogs->questions.size() == 1);
        const QString question = f.dialogs->questions.front();
        CHECK(question.contains(f.sample.trip.title));
        CHECK(question.contains(QStringLiteral("a delegation of %1 members").arg(before.members.size())));
        CHECK(question.contains(QStringLiteral("%1 forums").arg(before.forums.size())));
        CHECK(f.tripCount() == 1);
        CHECK(f.undo()->count() == 0);

        f.dialogs->answers = { true };
        f.action("actionDeleteTrip")->trigger();
        CHECK(f.dialogs->warnings.isEmpty());
        CHECK(f.tripCount() == 0);
        CHECK(f.undo()->undoText() == QStringLiteral("Delete trip '%1'").arg(f.sample.trip.title));
        CHECK(!f.action("actionDeleteTrip")->isEnabled());
        f.undo()->undo();
        CHECK(f.tripCount() == 1);
        CHECK(TripBundleStore(f.db()).load(f.sample.trip.id).value() == before);
        CHECK(f.window->currentTripId() == f.sample.trip.id);
        f.undo()->redo();
        CHECK(f.tripCount() == 0);
    }
}

TEST_CASE("the pages of people, venues and the delegation are in the window", "[trip]")
{
    Fixture f;
    CHECK(qobject_cast<PeoplePage*>(f.window->page(MainWindow::Section::People)) != nullptr);
    CHECK(qobject_cast<VenuesPage*>(f.window->page(MainWindow::Section::Venues)) != nullptr);
    auto* delegation = qobject_cast<DelegationPage*>(f.window->page(MainWindow::Section::Delegation));
    REQUIRE(delegation != nullptr);
    f.window->showSection(MainWindow::Section::Delegation);
    CHECK(delegation->tripId() == f.sample.trip.id);
    CHECK(delegation->model()->rowCount() == static_cast<int>(f.sample.members.size()));
    // Screens for people: each page of this window as the desk officer sees it.
    const QString shots = qEnvironmentVariable("PLANNER_SCREENSHOTS");
    if (!shots.isEmpty()) {
        f.window->resize(1366, 740);
        const std::pair<MainWindow::Section, const char*> pages[] = {
            { MainWindow::Section::Overview, "overview" },
            { MainWindow::Section::Delegation, "delegation" },
            { MainWindow::Section::People, "people" },
            { MainWindow::Section::Venues, "venues" },
        };
        for (const auto& [section, name] : pages) {
            f.window->showSection(section);
            if (auto* page = qobject_cast<RecordPage*>(f.window->page(section)); page && page->currentId().isEmpty()) {
                page->view()->setCurrentIndex(page->proxy()->index(0, 0));
            }
            QTest::qWait(50);
            f.window->grab().save(shots + QStringLiteral("/%1.png").arg(QString::fromLatin1(name)));
        }
    }
}
