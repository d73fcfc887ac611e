// The application as a desktop citizen: files given on the command line or by
// the file manager, the tool bar and its icons, the man page.
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "app/CommandLine.h"
#include "services/TripDocument.h"
#include "services/TripTransfer.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "ui/AppIcons.h"
#include "ui/ExportController.h"
#include "ui/ExportDialogs.h"
#include "ui/HelpWindows.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/PreferencesDialog.h"
#include "ui/TimeWidgets.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QTreeWidget>

using namespace planner;
using namespace planner::test;

namespace {

QByteArray smallTrip(const Uuid& id, const QString& title)
{
    TripBundle bundle;
    bundle.trip.id = id;
    bundle.trip.title = title;
    bundle.trip.homeZone = QStringLiteral("Asia/Seoul");
    bundle.trip.startDate = QDate(2017, 6, 1);
    bundle.trip.endDate = QDate(2017, 6, 4);
    return TripDocument::write(bundle);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

LaunchRequest launch(const QStringList& arguments, QString* errors = nullptr)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    LaunchRequest request
        = CommandLine::run(QStringList { QStringLiteral("delegation-planner") } + arguments, outStream, errStream);
    errStream.flush();
    if (errors != nullptr) {
        *errors = err;
    }
    return request;
}

QAction* action(QWidget* window, const char* name)
{
    auto* found = window->findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

/// Runs edit on the modal dialog an action opens, then presses its OK.
template <typename Edit> void answerPreferences(QAction* open, Edit edit)
{
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        edit(*dialog);
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    open->trigger();
    REQUIRE(answered);
}

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Desktop {
    IsolatedSettings settings;
    QTemporaryDir dir;
    QString database = dir.filePath(QStringLiteral("planner.dpdb"));
    QString trip = dir.filePath(QStringLiteral("astana.dptrip"));
    Uuid tripId = newUuid();
    std::shared_ptr<ScriptedDialogs> dialogs = std::make_shared<ScriptedDialogs>();
    std::unique_ptr<MainWindow> window;

    Desktop()
    {
        REQUIRE(dir.isValid());
        REQUIRE_OK(TripTransfer::createDatabase(database, true));
        writeFile(trip, smallTrip(tripId, QStringLiteral("Study visit to Astana")));
        window = std::make_unique<MainWindow>(dialogs);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

}  // namespace

TEST_CASE("a file as the command's argument starts the window on it", "[desktop]")
{
    Desktop d;
    const QStringList trip { d.trip };
    CHECK(CommandLine::applicationKind(QStringList { QStringLiteral("delegation-planner") } + trip)
        == CommandLine::ApplicationKind::Widgets);

    SECTION("a database opens in place of the last one")
    {
        const LaunchRequest request = launch({ d.database });
        CHECK(request.startGui);
        CHECK(request.databasePath == d.database);
        CHECK(request.tripDocument.isEmpty());
    }
    SECTION("a trip document is passed on for import into the database")
    {
        const LaunchRequest request = launch({ QStringLiteral("--db"), d.database, d.trip });
        CHECK(request.startGui);
        CHECK(request.databasePath == d.database);
        CHECK(request.tripDocument == QFileInfo(d.trip).absoluteFilePath());
    }
    SECTION("a database together with --db is wrong usage")
    {
        QString errors;
        const LaunchRequest request = launch({ QStringLiteral("--db"), d.database, d.database }, &errors);
        CHECK(!request.startGui);
        CHECK(request.exitCode == CommandLine::UsageError);
        CHECK(errors.contains(QStringLiteral("is a database")));
    }
    SECTION("a name that is neither a command nor a file is still an unknown command")
    {
        QString errors;
        const LaunchRequest request = launch({ d.dir.filePath(QStringLiteral("missing.dptrip")) }, &errors);
        CHECK(!request.startGui);
        CHECK(request.exitCode == CommandLine::UsageError);
        CHECK(errors.contains(QStringLiteral("unknown command")));
    }
}

TEST_CASE("Qt's own options for the window (-style, -stylesheet, -platform, -reverse) are not refused", "[desktop]")
{
    const QString app = QStringLiteral("delegation-planner");
    const QStringList given { app, QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("-stylesheet=a.qss"),
        QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("-reverse"), QStringLiteral("--sample") };
    CHECK(CommandLine::withoutQtOptions(given) == QStringList { app, QStringLiteral("--sample") });
    CHECK(CommandLine::applicationKind(CommandLine::withoutQtOptions(given)) == CommandLine::ApplicationKind::Widgets);
    // A subcommand's own arguments are kept, and so are unknown options, to be refused.
    const QStringList command { app, QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"),
        QStringLiteral("x.db"), QStringLiteral("-q") };
    CHECK(CommandLine::withoutQtOptions(command) == command);
}

TEST_CASE("opening a trip document from the file manager offers to import it", "[desktop]")
{
    Desktop d;
    REQUIRE(d.window->openDatabase(d.database));
    TripRepository trips(*d.window->database());

    SECTION("declining imports nothing")
    {
        d.dialogs->answers = { false };
        d.window->openFile(d.trip);
        REQUIRE(d.dialogs->questions.size() == 1);
        CHECK(d.dialogs->questions.front().contains(QStringLiteral("Study visit to Astana")));
        CHECK(d.dialogs->questions.front().contains(QStringLiteral("planner.dpdb")));
        CHECK(!trips.get(d.tripId).ok());
    }
    SECTION("accepting imports it and shows it")
    {
        d.dialogs->answers = { true };
        d.window->openFile(d.trip);
        CHECK(d.dialogs->warnings.isEmpty());
        REQUIRE(trips.get(d.tripId).ok());
        CHECK(d.window->currentTripId() == d.tripId);

        // Opened again after an edit elsewhere: the one question is the existing
        // one about replacing the trip.
        writeFile(d.trip, smallTrip(d.tripId, QStringLiteral("Study visit to Astana, revised")));
        d.dialogs->answers = { true };
        d.window->openFile(d.trip);
        REQUIRE(d.dialogs->questions.size() == 2);
        CHECK(d.dialogs->questions.at(1).contains(QStringLiteral("Replace it")));
        CHECK(trips.get(d.tripId)->title == QStringLiteral("Study visit to Astana, revised"));
    }
}

TEST_CASE("opening a database from the file manager opens it", "[desktop]")
{
    Desktop d;
    const QString other = d.dir.filePath(QStringLiteral("other.dpdb"));
    REQUIRE_OK(TripTransfer::createDatabase(other, false));
    REQUIRE(d.window->openDatabase(d.database));
    d.window->openFile(other);
    CHECK(d.dialogs->warnings.isEmpty());
    CHECK(d.window->windowFilePath() == other);

    // A trip document without an open database is refused with a reason.
    MainWindow empty(d.dialogs);
    empty.openFile(d.trip);
    REQUIRE(d.dialogs->warnings.size() == 1);
    CHECK(d.dialogs->warnings.front().contains(QStringLiteral("Open a database first")));
}

TEST_CASE("a trip document dropped on the window is offered for import", "[desktop]")
{
    Desktop d;
    REQUIRE(d.window->openDatabase(d.database));
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(d.trip) });
    const QPoint at(d.window->width() / 2, d.window->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(d.window.get(), &enter);
    CHECK(enter.isAccepted());
    d.dialogs->answers = { true };
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(d.window.get(), &drop);
    CHECK(drop.isAccepted());
    CHECK(d.dialogs->questions.size() == 1);
    CHECK(TripRepository(*d.window->database()).get(d.tripId).ok());

    // Text that is not a file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("Astana"));
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(d.window.get(), &refused);
    CHECK(!refused.isAccepted());
}

TEST_CASE("the tool bar holds the main actions, each with an icon", "[desktop]")
{
    Desktop d;
    auto* bar = d.window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    REQUIRE(bar != nullptr);
    QStringList names;
    for (const QAction* action : bar->actions()) {
        if (!action->isSeparator()) {
            names << action->objectName();
            CHECK(!action->icon().isNull());
            CHECK(!action->icon().pixmap(24, 24).isNull());
        }
    }
    CHECK(names.contains(QStringLiteral("actionOpen")));
    CHECK(names.contains(QStringLiteral("actionImportTrip")));
    CHECK(names.contains(QStringLiteral("actionUndo")));
    CHECK(!icons::application().pixmap(64, 64).isNull());
    CHECK(icons::applicationId() == QStringLiteral("org.delegationplanner.DelegationPlanner"));
}

TEST_CASE("the man page names every subcommand and option of --help", "[desktop]")
{
    QFile man(QStringLiteral(PLANNER_SOURCE_DIR "/docs/man/delegation-planner.1"));
    REQUIRE(man.open(QIODevice::ReadOnly));
    // Unescape roff's \- so that "\-\-page\-size" reads "--page-size".
    const QString page = QString::fromUtf8(man.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));

    QString help;
    QTextStream out(&help);
    QTextStream err(stderr);
    CommandLine::run({ QStringLiteral("delegation-planner"), QStringLiteral("--help") }, out, err);
    out.flush();
    const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]+"));
    int options = 0;
    for (const auto& match : option.globalMatch(help)) {
        INFO(match.captured().toStdString());
        CHECK(page.contains(match.captured()));
        ++options;
    }
    CHECK(options > 15);
    const QRegularExpression usage(
        QStringLiteral("^  delegation-planner ((?:[a-z]+ ?){1,2})"), QRegularExpression::MultilineOption);
    int commands = 0;
    for (const auto& match : usage.globalMatch(help)) {
        // "export agenda" is one synopsis line; "list trips|forums|..." another.
        const QStringList words = match.captured(1).trimmed().split(QLatin1Char(' '));
        INFO(words.join(QLatin1Char(' ')).toStdString());
        CHECK(page.contains(QStringLiteral(".B delegation-planner ") + words.constFirst()));
        CHECK(page.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(words.constLast()))));
        ++commands;
    }
    CHECK(commands >= 12);
    CHECK(page.contains(QStringLiteral(".SH EXIT STATUS")));
}

TEST_CASE("a page size chosen in Preferences reaches the next agenda export", "[desktop][preferences]")
{
    Desktop d;
    REQUIRE(d.window->openDatabase(d.database));
    const QString outputs = d.dir.filePath(QStringLiteral("outputs"));
    answerPreferences(action(d.window.get(), "actionPreferences"), [&](PreferencesDialog& dialog) {
        auto* size = child<QComboBox>(&dialog, "pageSizeCombo");
        size->setCurrentIndex(size->findData(static_cast<int>(QPageSize::Letter)));
        child<QLineEdit>(&dialog, "exportFolderEdit")->setText(outputs);
    });
    CHECK(Preferences::pageSize() == QPageSize::Letter);
    CHECK(Preferences::exportFolder() == outputs);

    QPageSize::PageSizeId offered = QPageSize::A4;
    d.window->exports()->runDialog = [&](QDialog& dialog) {
        auto* agenda = qobject_cast<AgendaDialog*>(&dialog);
        REQUIRE(agenda != nullptr);
        offered = agenda->pageSize();
        return true;
    };
    const QString pdf = d.dir.filePath(QStringLiteral("agenda.pdf"));
    d.dialogs->fileNames = { pdf };
    action(d.window.get(), "actionExportAgenda")->trigger();
    REQUIRE(d.dialogs->warnings.isEmpty());
    CHECK(offered == QPageSize::Letter);
    CHECK(run(QStringLiteral("pdfinfo"), { pdf }).contains(QStringLiteral("612 x 792 pts (letter)")));
    CHECK(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).contains(QStringLiteral("August 2016")));

    // The programme's dialog starts at the chosen size too.
    d.window->exports()->runDialog = [&](QDialog& dialog) {
        auto* programme = qobject_cast<TripDocumentDialog*>(&dialog);
        REQUIRE(programme != nullptr);
        offered = programme->pageSize();
        return false;
    };
    offered = QPageSize::A4;
    action(d.window.get(), "actionExportProgramme")->trigger();
    CHECK(offered == QPageSize::Letter);
    d.window->exports()->runDialog = [](QDialog&) { return true; };

    // The output language: the agenda's dates in Korean from the next export on.
    answerPreferences(action(d.window.get(), "actionPreferences"), [&](PreferencesDialog& dialog) {
        auto* language = child<QComboBox>(&dialog, "outputLanguageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("ko")));
    });
    d.dialogs->fileNames = { pdf };
    action(d.window.get(), "actionExportAgenda")->trigger();
    REQUIRE(d.dialogs->warnings.isEmpty());
    CHECK(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).contains(QStringLiteral("2016년 8월")));
}

TEST_CASE("the interface language of Preferences chooses the translations loaded at start", "[desktop][preferences]")
{
    IsolatedSettings settings;
    const QString cancel = QStringLiteral("Cancel");
    Preferences::setInterfaceLanguage(QStringLiteral("ko"));
    Preferences::installTranslators(*QCoreApplication::instance());
    // Qt's own words (qtbase_ko.qm, package qt6-translations-l10n) and the locale.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("취소"));
    CHECK(QLocale().language() == QLocale::Korean);
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == cancel);
}

TEST_CASE("Preferences for new trips and home time take effect", "[desktop][preferences]")
{
    Desktop d;
    REQUIRE(d.window->openDatabase(d.database));
    QString leadName;
    answerPreferences(action(d.window.get(), "actionPreferences"), [&](PreferencesDialog& dialog) {
        child<ZoneComboBox>(&dialog, "homeZoneCombo")->setZone(QStringLiteral("Asia/Tokyo"));
        auto* lead = child<QComboBox>(&dialog, "leadOrganisationCombo");
        REQUIRE(lead->count() > 1);  // None and the sample's organisations
        lead->setCurrentIndex(1);
        leadName = lead->currentText();
        child<QCheckBox>(&dialog, "homeTimeCheck")->setChecked(true);
    });
    CHECK(action(d.window.get(), "actionHomeTime")->isChecked());

    action(d.window.get(), "actionNewTrip")->trigger();
    REQUIRE(d.dialogs->warnings.isEmpty());
    auto trip = TripRepository(*d.window->database()).get(d.window->currentTripId());
    REQUIRE(trip.ok());
    CHECK(trip->homeZone == QStringLiteral("Asia/Tokyo"));
    auto lead = OrganisationRepository(*d.window->database()).get(trip->leadOrganisationId);
    REQUIRE(lead.ok());
    CHECK(lead->name == leadName);
}

TEST_CASE("Help: the user guide, every shortcut, and what About names", "[desktop][help]")
{
    Desktop d;
    REQUIRE(d.window->openDatabase(d.database));

    action(d.window.get(), "actionUserGuide")->trigger();
    REQUIRE(d.dialogs->warnings.isEmpty());
    auto* guide = child<QWidget>(d.window.get(), "userGuideWindow");
    CHECK(child<QTextBrowser>(guide, "guideBrowser")->toPlainText().contains(QStringLiteral("Delegation Planner")));
    CHECK(help::userGuidePath().endsWith(QStringLiteral("user-guide.md")));

    action(d.window.get(), "actionShortcuts")->trigger();
    auto* list = child<QTreeWidget>(child<QWidget>(d.window.get(), "shortcutsWindow"), "shortcutList");
    // Every shortcut of every action is on a row.
    QStringList shown;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        shown += list->topLevelItem(i)->text(1).split(QStringLiteral(", "));
    }
    for (const QAction* a : d.window->findChildren<QAction*>()) {
        for (const QKeySequence& key : a->text().isEmpty() ? QList<QKeySequence>() : a->shortcuts()) {
            INFO(a->text().toStdString());
            CHECK(shown.contains(key.toString(QKeySequence::NativeText)));
        }
    }
    CHECK(list->topLevelItemCount() > 20);
    const auto row = [&](const QString& text) {
        const auto found = list->findItems(text, Qt::MatchExactly, 0);
        return found.isEmpty() ? QString() : found.front()->text(1);
    };
    CHECK(row(QStringLiteral("Open")) == QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    CHECK(row(QStringLiteral("Show Timeline")) == QStringLiteral("Alt+6"));
    CHECK(row(QStringLiteral("Search Everything")) == QStringLiteral("Ctrl+Shift+F"));

    const QString about = help::aboutText();
    CHECK(about.contains(QStringLiteral(PLANNER_VERSION)));
    CHECK(about.contains(QStringLiteral("GNU General Public License")));
    CHECK(about.contains(QString::fromLatin1(qVersion())));
    CHECK(about.contains(Database::sqliteVersion()));
    CHECK(Database::sqliteVersion().startsWith(QStringLiteral("3.")));
    CHECK(about.contains(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toHtmlEscaped()));
}
