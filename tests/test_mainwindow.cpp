// The main window on the sample trip, with its dialogs answered in advance.
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "models/DelegationTableModel.h"
#include "models/ForumTableModel.h"
#include "models/ModelRoles.h"
#include "models/TripListModel.h"
#include "services/SampleTrip.h"
#include "services/TripDocument.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/MainWindow.h"
#include "ui/OptionalDateEdit.h"
#include "ui/Preferences.h"
#include "ui/Preferences.h"
#include "ui/RecentDatabases.h"
#include "ui/TimeWidgets.h"
#include "ui/TripPage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTranslator>
#include <QTest>
#include <QTreeView>

#include <deque>

using namespace planner;
using namespace planner::test;

namespace {

const QString kForumTashkent = QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance");
const QString kForumBaku = QStringLiteral("Korea-Azerbaijan Cooperation Forum on Public Governance");

struct Fixture {
    IsolatedSettings settings;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    std::shared_ptr<ScriptedDialogs> dialogs = std::make_shared<ScriptedDialogs>();
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        REQUIRE(dir.isValid());
        REQUIRE_OK(TripTransfer::createDatabase(path, true));
        window = std::make_unique<MainWindow>(dialogs);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->openDatabase(path));
        REQUIRE(dialogs->warnings.isEmpty());
    }

    [[nodiscard]] QAbstractItemModel* view(const char* name) const
    {
        auto* tree = window->findChild<QTreeView*>(QString::fromLatin1(name));
        REQUIRE(tree != nullptr);
        return tree->model();
    }
    [[nodiscard]] QAction* action(const char* name) const
    {
        auto* found = window->findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(found != nullptr);
        return found;
    }
};

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        values << model->index(row, column).data().toString();
    }
    return values;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// A small trip document of its own (no delegation, no forums).
QByteArray smallTripDocument(const Uuid& id, const QString& title)
{
    TripBundle bundle;
    bundle.trip.id = id;
    bundle.trip.title = title;
    bundle.trip.homeZone = QStringLiteral("Asia/Seoul");
    bundle.trip.startDate = QDate(2017, 6, 1);
    bundle.trip.endDate = QDate(2017, 6, 4);
    return TripDocument::write(bundle);
}

/// The interface in a language for the scope, as at a start under its
/// locale; English again afterwards.
struct InterfaceLanguage {
    explicit InterfaceLanguage(const QLocale& locale)
    {
        reset();
        QLocale::setDefault(locale);
        Preferences::installTranslators(*QCoreApplication::instance(), locale);
    }
    ~InterfaceLanguage()
    {
        reset();
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QLocale::setDefault(english);
        Preferences::installTranslators(*QCoreApplication::instance(), english);
    }
    InterfaceLanguage(const InterfaceLanguage&) = delete;
    InterfaceLanguage& operator=(const InterfaceLanguage&) = delete;

    static void reset()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

}  // namespace

TEST_CASE("the main window shows the sample: trips, forums and delegation", "[mainwindow]")
{
    Fixture f;
    const TripBundle sample = TripDocument::read(sampleTripDocument()).value();

    CHECK(f.window->windowTitle() == QStringLiteral("planner.sqlite[*] — Delegation Planner"));
    CHECK(f.window->windowFilePath() == f.path);

    QAbstractItemModel* trips = f.view("tripView");
    REQUIRE(trips->rowCount() == 1);
    CHECK(trips->index(0, TripListModel::TitleColumn).data().toString() == sample.trip.title);
    CHECK(f.window->currentTripId() == sample.trip.id);

    // The overview is a form of editors showing the trip.
    auto* title = f.window->tripPage()->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    REQUIRE(title != nullptr);
    CHECK(title->text() == sample.trip.title);
    CHECK(f.window->tripPage()->findChild<ZoneComboBox*>(QStringLiteral("homeZoneCombo"))->zone()
        == QStringLiteral("Asia/Seoul"));
    CHECK(f.window->tripPage()->findChild<QLabel*>(QStringLiteral("homeZoneLabel"))->text()
        == QStringLiteral("UTC+09:00"));
    CHECK(f.window->tripPage()->findChild<OptionalDateEdit*>(QStringLiteral("startDateEdit"))->date()
        == QDate(2016, 8, 15));
    CHECK(f.window->tripPage()->findChild<QLabel*>(QStringLiteral("datesLabel"))->text() == QStringLiteral("7 days"));
    CHECK(!f.window->tripPage()
               ->findChild<QComboBox*>(QStringLiteral("leadOrganisationCombo"))
               ->currentData()
               .toString()
               .isEmpty());

    QAbstractItemModel* forums = f.view("forumView");
    REQUIRE(forums->rowCount() == 2);
    const QStringList forumTitles = column(forums, ForumTableModel::TitleColumn);
    CHECK(forumTitles.contains(kForumTashkent));
    CHECK(forumTitles.contains(kForumBaku));
    CHECK(column(forums, ForumTableModel::StartColumn)
              .contains(QStringLiteral("17 Aug 2016 09:30 Asia/Tashkent, UTC+05:00")));

    QAbstractItemModel* delegation = f.view("delegationView");
    REQUIRE(delegation->rowCount() == 20);
    CHECK(delegation->index(0, DelegationTableModel::PrecedenceColumn).data().toInt() == 1);
    CHECK(delegation->index(0, DelegationTableModel::NameColumn).data().toString() == QStringLiteral("HONG Yun-sik"));
    CHECK(delegation->index(0, DelegationTableModel::LocalNameColumn).data().toString() == QStringLiteral("홍윤식"));
    CHECK(delegation->index(0, DelegationTableModel::RoleColumn).data().toString() == label(MemberRole::Head));

    // Sorting by a column and back.
    auto* delegationView = f.window->findChild<QTreeView*>(QStringLiteral("delegationView"));
    delegationView->sortByColumn(DelegationTableModel::PrecedenceColumn, Qt::DescendingOrder);
    CHECK(delegation->index(0, DelegationTableModel::PrecedenceColumn).data().toInt() == 20);
    delegationView->sortByColumn(DelegationTableModel::PrecedenceColumn, Qt::AscendingOrder);
    CHECK(delegation->index(0, DelegationTableModel::PrecedenceColumn).data().toInt() == 1);

    // The window fits a 1366x768 screen.
    CHECK(f.window->minimumSizeHint().width() <= 1366);
    CHECK(f.window->minimumSizeHint().height() <= 740);
    CHECK(f.window->width() <= 1366);
    CHECK(f.window->height() <= 768);

    // Renders (Hangul and Cyrillic included) without trouble.
    CHECK(!f.window->grab().isNull());

    CHECK(RecentDatabases::list() == QStringList { QFileInfo(f.path).absoluteFilePath() });
    CHECK(RecentDatabases::last() == QFileInfo(f.path).absoluteFilePath());
}

TEST_CASE("importing through the window, asking before replacing", "[mainwindow]")
{
    Fixture f;
    const Uuid id = newUuid();
    const QString json = f.dir.filePath(QStringLiteral("small.json"));
    writeFile(json, smallTripDocument(id, QStringLiteral("Study visit to Astana")));

    f.dialogs->fileNames = { json };
    f.action("actionImportTrip")->trigger();
    CHECK(f.dialogs->warnings.isEmpty());
    CHECK(f.dialogs->questions.isEmpty());
    QAbstractItemModel* trips = f.view("tripView");
    REQUIRE(trips->rowCount() == 2);
    CHECK(f.window->currentTripId() == id);
    CHECK(f.view("forumView")->rowCount() == 0);

    SECTION("declining leaves the trip as it was")
    {
        writeFile(json, smallTripDocument(id, QStringLiteral("Study visit to Astana, revised")));
        f.dialogs->fileNames = { json };
        f.dialogs->answers = { false };
        f.action("actionImportTrip")->trigger();
        REQUIRE(f.dialogs->questions.size() == 1);
        CHECK(f.dialogs->questions.front().contains(QStringLiteral("Study visit to Astana, revised")));
        CHECK(f.dialogs->warnings.isEmpty());
        CHECK(TripRepository(*f.window->database()).get(id)->title == QStringLiteral("Study visit to Astana"));
    }

    SECTION("accepting replaces it")
    {
        writeFile(json, smallTripDocument(id, QStringLiteral("Study visit to Astana, revised")));
        f.dialogs->fileNames = { json };
        f.dialogs->answers = { true };
        f.action("actionImportTrip")->trigger();
        CHECK(f.dialogs->questions.size() == 1);
        CHECK(f.dialogs->warnings.isEmpty());
        CHECK(trips->rowCount() == 2);
        CHECK(TripRepository(*f.window->database()).get(id)->title == QStringLiteral("Study visit to Astana, revised"));
        auto* title = f.window->tripPage()->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        CHECK(title->text() == QStringLiteral("Study visit to Astana, revised"));
    }

    SECTION("a bad document gives a warning with the error's text")
    {
        writeFile(json, QByteArrayLiteral("{\"format\": \"delegation-planner-trip\""));
        f.dialogs->fileNames = { json };
        f.action("actionImportTrip")->trigger();
        REQUIRE(f.dialogs->warnings.size() == 1);
        CHECK(f.dialogs->warnings.front().contains(QStringLiteral("small.json")));
        CHECK(trips->rowCount() == 2);
    }

    SECTION("cancelling the file dialog does nothing")
    {
        f.dialogs->fileNames = { QString() };
        f.action("actionImportTrip")->trigger();
        CHECK(f.dialogs->warnings.isEmpty());
        CHECK(trips->rowCount() == 2);
    }
}

TEST_CASE("exporting the selected trip through the window", "[mainwindow]")
{
    Fixture f;
    const QString target = f.dir.filePath(QStringLiteral("exported"));
    f.dialogs->fileNames = { target };
    f.action("actionExportTrip")->trigger();
    CHECK(f.dialogs->warnings.isEmpty());
    QFile written(target + QStringLiteral(".dptrip"));  // the trip document's own extension
    REQUIRE(written.open(QIODevice::ReadOnly));
    const auto expected = TripTransfer::exportTrip(*f.window->database(), f.window->currentTripId());
    REQUIRE_OK(expected);
    CHECK(written.readAll() == expected.value());
}

TEST_CASE("new and open database through the window", "[mainwindow]")
{
    Fixture f;
    const QString fresh = f.dir.filePath(QStringLiteral("fresh.sqlite"));
    f.dialogs->fileNames = { fresh };
    f.action("actionNewDatabase")->trigger();
    CHECK(f.dialogs->warnings.isEmpty());
    CHECK(QFile::exists(fresh));
    CHECK(f.window->windowTitle() == QStringLiteral("fresh.sqlite[*] — Delegation Planner"));
    CHECK(f.view("tripView")->rowCount() == 0);
    CHECK(!f.action("actionExportTrip")->isEnabled());
    CHECK(f.action("actionImportTrip")->isEnabled());

    const QStringList recent = RecentDatabases::list();
    REQUIRE(recent.size() == 2);
    CHECK(recent.at(0) == QFileInfo(fresh).absoluteFilePath());
    auto* recentMenu = f.window->findChild<QMenu*>(QStringLiteral("menuOpenRecent"));
    REQUIRE(recentMenu != nullptr);
    CHECK(recentMenu->actions().size() == 4);  // two files, a separator, Clear Menu

    // Open the first one again from Open Recent.
    recentMenu->actions().at(1)->trigger();
    CHECK(f.window->windowTitle() == QStringLiteral("planner.sqlite[*] — Delegation Planner"));
    CHECK(f.view("forumView")->rowCount() == 2);

    SECTION("a file that is not a database is refused with a message")
    {
        const QString notADatabase = f.dir.filePath(QStringLiteral("notes.sqlite"));
        writeFile(notADatabase, QByteArrayLiteral("just some notes, not a database\n"));
        f.dialogs->fileNames = { notADatabase };
        f.action("actionOpen")->trigger();
        REQUIRE(f.dialogs->warnings.size() == 1);
        CHECK(f.dialogs->warnings.front().contains(QStringLiteral("notes.sqlite")));
        CHECK(f.window->windowTitle() == QStringLiteral("planner.sqlite[*] — Delegation Planner"));
    }

    SECTION("a recent file that is gone is removed from the menu")
    {
        REQUIRE(QFile::remove(fresh));
        recentMenu->actions().at(1)->trigger();  // fresh.sqlite, now second
        REQUIRE(f.dialogs->warnings.size() == 1);
        CHECK(f.dialogs->warnings.front().contains(QStringLiteral("fresh.sqlite")));
        CHECK(RecentDatabases::list() == QStringList { QFileInfo(f.path).absoluteFilePath() });
        CHECK(recentMenu->actions().size() == 3);
    }

    SECTION("New refuses an existing file")
    {
        f.dialogs->fileNames = { fresh };
        f.action("actionNewDatabase")->trigger();
        REQUIRE(f.dialogs->warnings.size() == 1);
        CHECK(f.dialogs->warnings.front().contains(QStringLiteral("already exists")));
    }
}

TEST_CASE("the menus have mnemonics and standard shortcuts", "[mainwindow]")
{
    Fixture f;
    CHECK(f.action("actionNewDatabase")->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(f.action("actionOpen")->shortcut() == QKeySequence(QKeySequence::Open));
    CHECK(f.action("actionImportTrip")->shortcut() == QKeySequence(QStringLiteral("Ctrl+I")));
    CHECK(f.action("actionExportTrip")->shortcut() == QKeySequence(QStringLiteral("Ctrl+E")));
    CHECK(f.action("actionQuit")->shortcut() == QKeySequence(QKeySequence::Quit));
    for (QMenu* menu : f.window->findChildren<QMenu*>()) {
        if (menu->title().isEmpty()) {
            continue;  // a tool bar's overflow menu, not a menu of the menu bar
        }
        INFO(menu->title().toStdString());
        CHECK(menu->title().contains(QLatin1Char('&')));
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator() && !action->text().isEmpty()) {
                INFO(action->text().toStdString());
                CHECK(action->text().contains(QLatin1Char('&')));
            }
        }
    }
}

TEST_CASE("under a Korean locale the window is Korean: menus, pages, Qt's own buttons and dates", "[mainwindow][ko]")
{
    InterfaceLanguage korean(QLocale(QLocale::Korean, QLocale::SouthKorea));
    Fixture f;
    QStringList menus;
    for (QAction* menu : f.window->menuBar()->actions()) {
        menus << menu->text();
    }
    INFO(menus.join(QLatin1Char(' ')).toStdString());
    CHECK(menus.join(QLatin1Char(' ')).startsWith(QStringLiteral("파일(&F) 편집(&E)")));
    // No English left in a menu item.
    for (QMenu* menu : f.window->findChildren<QMenu*>()) {
        if (menu->objectName() == QStringLiteral("menuOpenRecent")) {
            continue;  // file names, not words of the interface
        }
        for (QAction* action : menu->actions()) {
            const QString text = action->text();
            if (action->isSeparator() || text.isEmpty()) {
                continue;
            }
            INFO(text.toStdString());
            CHECK(text.contains(QRegularExpression(QStringLiteral("[가-힣]"))));
        }
    }
    CHECK(f.window->tripPage()->findChild<QLabel*>(QStringLiteral("datesLabel"))->text().contains(QStringLiteral("7")));
    CHECK(f.window->tripPage()->findChild<QLabel*>(QStringLiteral("datesLabel"))->text().contains(QStringLiteral("일")));
    QAbstractItemModel* trips = f.view("tripView");
    CHECK(trips->index(0, TripListModel::StartColumn).data().toString() == QStringLiteral("2016년 8월 15일"));
    CHECK(trips->headerData(TripListModel::TitleColumn, Qt::Horizontal)
              .toString()
              .contains(QRegularExpression(QStringLiteral("[가-힣]"))));
    // Qt's own words (qtbase_ko.qm of qt6-translations-l10n).
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("취소"));
}
