#include "ui/MainWindow.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "models/CheckResults.h"
#include "models/ModelRoles.h"
#include "models/TripListModel.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "ui/AppIcons.h"
#include "ui/ChecksDock.h"
#include "ui/ChecksPage.h"
#include "ui/DelegationPage.h"
#include "ui/DialogProvider.h"
#include "ui/ExportController.h"
#include "ui/FileDrop.h"
#include "ui/HelpWindows.h"
#include "ui/MeetingsPage.h"
#include "ui/MousPage.h"
#include "ui/OrganisationsPage.h"
#include "ui/PeoplePage.h"
#include "ui/Preferences.h"
#include "ui/PreferencesDialog.h"
#include "ui/ProgrammePage.h"
#include "ui/ProtocolPage.h"
#include "ui/RecentDatabases.h"
#include "ui/RecordPage.h"
#include "ui/SearchDialog.h"
#include "ui/TimelinePage.h"
#include "ui/TripActions.h"
#include "ui/TripPage.h"
#include "ui/VenuesPage.h"
#include "ui/ViewSetup.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

namespace planner {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kTripPageKey = QStringLiteral("mainWindow/tripPage");
const QString kImportDirKey = QStringLiteral("dirs/import");
const QString kExportDirKey = QStringLiteral("dirs/export");
const QString kDatabaseDirKey = QStringLiteral("dirs/database");
const QString kHomeTimeKey = QStringLiteral("view/timesInHomeZone");
constexpr int kStatusTimeout = 5000;

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

}  // namespace

MainWindow::MainWindow(std::shared_ptr<DialogProvider> dialogs, QWidget* parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_dialogs(std::move(dialogs)),
      m_tripModel(new TripListModel(this))
{
    Q_ASSERT(m_dialogs);
    m_ui->setupUi(this);
    m_tripPage = new TripPage(m_ui->contentStack);
    m_ui->contentStack->addWidget(m_tripPage);
    m_tripProxy = setUpSortedView(m_ui->tripView, m_tripModel, TripListModel::StartColumn);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 320, 880 });

    m_ui->actionNewDatabase->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->tripView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::currentTripChanged);

    connect(m_ui->actionSaveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    setUpOutputs();
    m_tripActions = new TripActions(*this, *m_dialogs);
    connect(m_ui->actionNewTrip, &QAction::triggered, m_tripActions, &TripActions::newTrip);
    connect(m_ui->actionDuplicateTrip, &QAction::triggered, m_tripActions, &TripActions::duplicateTrip);
    connect(m_ui->actionDeleteTrip, &QAction::triggered, m_tripActions, &TripActions::deleteTrip);
    connect(m_ui->actionImportTrip, &QAction::triggered, m_tripActions, &TripActions::importTrip);
    connect(m_ui->actionExportTrip, &QAction::triggered, m_tripActions, &TripActions::exportTrip);
    setUpEditMenu();
    setUpViewMenu();
    setUpHelpMenu();
    setUpToolBar();
    new FileDrop(*this, [this](const QString& path) { openFile(path); });
    setUpNavigator();
    m_externalPoll = new QTimer(this);
    m_externalPoll->setInterval(2000);
    connect(m_externalPoll, &QTimer::timeout, this, [this] {
        if (m_document) {
            m_document->checkForExternalChanges();
        }
    });
    m_externalPoll->start();

    setWindowTitle(tr("Delegation Planner"));
    rebuildRecentMenu();
    restoreSettings();
    reloadTrips();
}

MainWindow::~MainWindow()
{
    commitPendingEdit();
    deletePages();  // pages refer to the document: they go first
}

Database* MainWindow::database() const
{
    return m_document ? &m_document->database() : nullptr;
}

void MainWindow::setUpOutputs()
{
    m_exports = new ExportController(*m_dialogs, this);
    connect(m_exports, &ExportController::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, kStatusTimeout); });
    struct Output {
        const char* name;
        QString text;
        QString tip;
        QKeySequence shortcut;
        std::function<void(Database&, const Uuid&)> run;
    };
    ExportController* exports = m_exports;
    const std::vector<Output> outputs {
        { "actionPrintAgenda", tr("&Print Agenda…"), tr("Print a forum's agenda, with a preview"), QKeySequence::Print,
            [exports](Database& db, const Uuid& trip) { exports->printAgenda(db, trip); } },
        { "actionExportAgenda", tr("Export A&genda…"), tr("Save a forum's agenda as PDF, HTML, DOCX or ODT"), {},
            [exports](Database& db, const Uuid& trip) { exports->exportAgenda(db, trip); } },
        { "actionExportRoster", tr("Export Ro&ster…"),
            tr("Save the delegation roster for the protocol office, the hotel or immigration"), {},
            [exports](Database& db, const Uuid& trip) { exports->exportRoster(db, trip); } },
        { "actionExportCalendar", tr("Export Ca&lendar…"), tr("Save the trip, or one traveller's part, as iCalendar"),
            {}, [exports](Database& db, const Uuid& trip) { exports->exportCalendar(db, trip); } },
        { "actionExportProgramme", tr("Export Progra&mme…"),
            tr("Save the trip programme, day by day, as PDF, DOCX or ODT"), {},
            [exports](Database& db, const Uuid& trip) { exports->exportProgramme(db, trip); } },
        { "actionExportItineraries", tr("Export I&tineraries…"),
            tr("Save the travellers' personal itineraries, in one file or a file each, as PDF, DOCX or ODT"), {},
            [exports](Database& db, const Uuid& trip) { exports->exportItineraries(db, trip); } },
        { "actionExportBadges", tr("Export &Badges…"),
            tr("Print name badges for the delegation, or the people of a forum or meeting, on sheets or cards"), {},
            [exports](Database& db, const Uuid& trip) { exports->exportBadges(db, trip); } },
    };
    QAction* before = m_ui->actionQuit;
    for (const Output& o : outputs) {
        auto* action = new QAction(o.text, this);
        action->setObjectName(QString::fromLatin1(o.name));
        action->setStatusTip(o.tip);
        action->setShortcut(o.shortcut);
        m_ui->menuFile->insertAction(before, action);
        m_outputActions << action;
        connect(action, &QAction::triggered, this, [this, run = o.run] {
            if (m_document && !currentTripId().isEmpty()) {
                run(m_document->database(), currentTripId());
            }
        });
    }
    m_ui->menuFile->insertSeparator(before);
}

void MainWindow::setUpEditMenu()
{
    m_undoGroup = new QUndoGroup(this);
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    redo->setObjectName(QStringLiteral("actionRedo"));
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->menuEdit->addSeparator();
    QAction* find = m_ui->menuEdit->addAction(tr("&Find in List"), this, &MainWindow::findInPage);
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Filter the list of the page shown"));
    find->setObjectName(QStringLiteral("actionFind"));
    QAction* search = m_ui->menuEdit->addAction(tr("&Search Everything…"), this, &MainWindow::openSearch);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    search->setStatusTip(tr("Find people, organisations, agenda sessions and MOUs by any name, in any script"));
    search->setObjectName(QStringLiteral("actionSearchEverything"));

    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    auto* history = new QUndoView(m_undoGroup, m_historyDock);
    history->setEmptyLabel(tr("<opened>"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction* showHistory = m_historyDock->toggleViewAction();
    showHistory->setText(tr("&History"));
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    showHistory->setStatusTip(tr("Every edit since the database was opened; click one to go back to it"));
    showHistory->setObjectName(QStringLiteral("actionHistory"));
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(showHistory);
    m_ui->menuEdit->addSeparator();
    QAction* preferences = m_ui->menuEdit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setIcon(icons::action(QStringLiteral("preferences-system")));
    preferences->setStatusTip(tr("Languages, page size, defaults for new trips, the export folder"));
}

void MainWindow::setUpHelpMenu()
{
    QAction* first = m_ui->menuHelp->actions().value(0);
    auto* guide = new QAction(icons::action(QStringLiteral("help-contents")), tr("&User Guide"), this);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How to plan a trip, the outputs and the checks"));
    connect(guide, &QAction::triggered, this, [this] {
        if (help::showUserGuide(this) == nullptr) {
            showError(tr("User Guide"),
                tr("The user guide is not installed (user-guide.md in share/doc/delegation-planner)."));
        }
    });
    auto* shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setStatusTip(tr("Every keyboard shortcut of the window"));
    connect(shortcuts, &QAction::triggered, this, [this] { help::showShortcuts(this); });
    m_ui->menuHelp->insertActions(first, { guide, shortcuts });
    m_ui->menuHelp->insertSeparator(first);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(database(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_homeTimeAction->setChecked(Preferences::showHomeTime());
        statusBar()->showMessage(tr("Preferences saved"), kStatusTimeout);
    }
}

void MainWindow::setUpViewMenu()
{
    m_homeTimeAction = m_ui->menuView->addAction(tr("Times in &Home Zone"));
    m_homeTimeAction->setObjectName(QStringLiteral("actionHomeTime"));
    m_homeTimeAction->setCheckable(true);
    m_homeTimeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_homeTimeAction->setStatusTip(
        tr("Show every time in the trip's home zone instead of the local time of each place"));
    m_homeTimeAction->setChecked(QSettings().value(kHomeTimeKey, false).toBool());
    connect(m_homeTimeAction, &QAction::toggled, this, [this](bool home) {
        QSettings().setValue(kHomeTimeKey, home);
        applyShowHomeTime();
    });
    m_ui->menuView->addSeparator();
    m_checksDock = new ChecksDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_checksDock);
    m_checksDock->hide();
    QAction* showChecks = m_checksDock->toggleViewAction();
    showChecks->setText(tr("&Checks"));
    showChecks->setObjectName(QStringLiteral("actionChecksDock"));
    showChecks->setStatusTip(tr("The findings of the planning checks beside any page"));
    m_ui->menuView->addAction(showChecks);
    connect(m_checksDock, &ChecksDock::openRecordRequested, this,
        [this](RecordKind kind, const Uuid& id) { openRecord(kind, id, currentTripId()); });
}

void MainWindow::setUpToolBar()
{
    // Theme names of the freedesktop icon naming specification; the bundled
    // drawings stand in where the theme has none.
    const std::vector<std::pair<const char*, const char*>> tools {
        { "actionNewDatabase", "document-new" },
        { "actionOpen", "document-open" },
        { "actionImportTrip", "document-import" },
        { "actionExportTrip", "document-export" },
        { nullptr, nullptr },
        { "actionPrintAgenda", "document-print" },
        { "actionExportCalendar", "x-office-calendar" },
        { nullptr, nullptr },
        { "actionUndo", "edit-undo" },
        { "actionRedo", "edit-redo" },
        { "actionSearchEverything", "edit-find" },
        { "actionChecksDock", "dialog-warning" },
    };
    auto* bar = addToolBar(tr("Main Tool Bar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    for (const auto& [name, icon] : tools) {
        if (name == nullptr) {
            bar->addSeparator();
            continue;
        }
        auto* action = findChild<QAction*>(QString::fromLatin1(name));
        Q_ASSERT(action);
        action->setIcon(icons::action(QString::fromLatin1(icon)));
        bar->addAction(action);
    }
    bar->toggleViewAction()->setText(tr("&Tool Bar"));
    m_ui->menuView->addAction(bar->toggleViewAction());
}

void MainWindow::applyShowHomeTime()
{
    const bool home = m_homeTimeAction->isChecked();
    for (SectionPage* page : std::as_const(m_pages)) {
        page->setShowHomeTime(home);
    }
}

void MainWindow::updateChecksEntry()
{
    const QString open = m_checks ? m_checks->openSummary() : QString();
    for (int row = 0; row < m_ui->sectionList->count(); ++row) {
        QListWidgetItem* item = m_ui->sectionList->item(row);
        if ((item->flags() & Qt::ItemIsSelectable)
            && item->data(Qt::UserRole).toInt() == static_cast<int>(Section::Checks)) {
            if (open.isEmpty()) {
                item->setText(m_checks && m_checks->isChecking() ? tr("Checks (checking…)") : tr("Checks"));
            } else {
                item->setText(tr("Checks (%1)").arg(open));
            }
        }
    }
}

void MainWindow::selectInEditors(RecordKind kind, const Uuid& id)
{
    // The record pages that list this kind select it too, without being shown.
    const Section section = kind == RecordKind::Meeting ? Section::Meetings
        : kind == RecordKind::Mou                       ? Section::Mous
                                                        : Section::Programme;
    // Only a page that exists: one not yet shown selects nothing.
    if (SectionPage* page = m_pages.value(section); page && page->tripId() == currentTripId()) {
        page->selectRecord(id);
    }
}

void MainWindow::setUpNavigator()
{
    struct Entry {
        Section section;
        QString text;
        QString tip;
    };
    const std::vector<Entry> entries {
        { Section::Overview, tr("Overview"), tr("The trip: title, dates, home zone, purpose") },
        { Section::Delegation, tr("Delegation"), tr("Members of the delegation in order of precedence") },
        { Section::Programme, tr("Programme"), tr("Stops, travel legs, forums and their agendas") },
        { Section::Meetings, tr("Meetings"), tr("Bilateral meetings and courtesy calls") },
        { Section::Mous, tr("MOUs"), tr("Memoranda of understanding to be signed") },
        { Section::Timeline, tr("Timeline"), tr("The whole journey on one axis, in local times") },
        { Section::Checks, tr("Checks"), tr("Conflicts and protocol problems found in the plan") },
        { Section::Protocol, tr("Protocol"), tr("Seating plans, name badges and place cards") },
        { Section::Organisations, tr("Organisations"), tr("Shared directory: ministries and host organisations") },
        { Section::People, tr("People"), tr("Shared directory: people, names in both scripts, passports") },
        { Section::Venues, tr("Venues"), tr("Shared directory: venues and their rooms") },
    };
    QListWidget* list = m_ui->sectionList;
    for (const Entry& e : entries) {
        if (e.section == Section::Organisations) {
            auto* header = new QListWidgetItem(tr("Directories"), list);
            header->setFlags(Qt::NoItemFlags);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
        }
        auto* item = new QListWidgetItem(e.text, list);
        item->setData(Qt::UserRole, static_cast<int>(e.section));
        const int shortcut = static_cast<int>(e.section) + 1;
        if (shortcut > 10) {
            item->setToolTip(e.tip);
            continue;
        }
        item->setToolTip(QStringLiteral("%1 (Alt+%2)").arg(e.tip).arg(shortcut % 10));
        auto* jump = new QAction(tr("Show %1").arg(e.text), this);
        jump->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + shortcut % 10)));
        connect(jump, &QAction::triggered, this, [this, section = e.section] { showSection(section); });
        addAction(jump);
    }
    connect(list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && (item->flags() & Qt::ItemIsSelectable)) {
            showSection(static_cast<Section>(item->data(Qt::UserRole).toInt()));
        }
    });
    list->setCurrentRow(0);
}

void MainWindow::createChecks()
{
    // The planning checks of the chosen trip, shared by the Checks page and
    // dock, the timeline's marks and the navigator's counts.
    m_checks = new CheckResults(*m_document, m_document.get());
    connect(m_checks, &CheckResults::updated, this, &MainWindow::updateChecksEntry);
    connect(m_checks, &CheckResults::checkingChanged, this, &MainWindow::updateChecksEntry);
    m_checksDock->setResults(m_checks);
}

SectionPage* MainWindow::makePage(Section section)
{
    Document& document = *m_document;
    DialogProvider& dialogs = *m_dialogs;
    switch (section) {
    case Section::Overview: return nullptr;  // the TripPage, made with the window
    case Section::Delegation: {
        auto* delegation = new DelegationPage(document, dialogs);
        connect(delegation, &DelegationPage::itinerariesRequested, this, [this](const std::vector<Uuid>& people) {
            if (m_document && !currentTripId().isEmpty()) {
                m_exports->exportItineraries(m_document->database(), currentTripId(), people);
            }
        });
        return delegation;
    }
    case Section::Programme: return new ProgrammePage(document, dialogs);
    case Section::Meetings: return new MeetingsPage(document, dialogs);
    case Section::Mous: return new MousPage(document, dialogs);
    case Section::Timeline: return new TimelinePage(document, dialogs, m_checks);
    case Section::Checks: return new ChecksPage(document, dialogs, *m_checks);
    case Section::Protocol: {
        auto* protocol = new ProtocolPage(document, dialogs);
        connect(protocol, &ProtocolPage::exportRequested, this, &MainWindow::exportProtocol);
        return protocol;
    }
    case Section::Organisations: return new OrganisationsPage(document, dialogs);
    case Section::People: return new PeoplePage(document, dialogs);
    case Section::Venues: return new VenuesPage(document, dialogs);
    }
    return nullptr;
}

void MainWindow::exportProtocol(ProtocolOutput output, const ProtocolScope& scope)
{
    if (!m_document || currentTripId().isEmpty()) {
        return;
    }
    Database& db = m_document->database();
    switch (output) {
    case ProtocolOutput::Badges: m_exports->exportBadges(db, currentTripId(), scope); break;
    case ProtocolOutput::PlaceCards: m_exports->exportPlaceCards(db, currentTripId(), scope); break;
    case ProtocolOutput::Seating: m_exports->exportSeating(db, currentTripId(), scope); break;
    case ProtocolOutput::PrintSeating: m_exports->printSeating(db, currentTripId(), scope); break;
    }
}

SectionPage* MainWindow::ensurePage(Section section)
{
    if (SectionPage* page = m_pages.value(section)) {
        return page;
    }
    if (!m_document) {
        return nullptr;
    }
    SectionPage* page = makePage(section);
    if (!page) {
        return nullptr;
    }
    m_pages.insert(section, page);
    m_ui->contentStack->addWidget(page);
    connect(page, &SectionPage::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, kStatusTimeout); });
    connect(page, &SectionPage::openRecordRequested, this,
        [this](RecordKind kind, const Uuid& id) { openRecord(kind, id, currentTripId()); });
    connect(page, &SectionPage::recordSelected, this, &MainWindow::selectInEditors);
    page->setShowHomeTime(m_homeTimeAction->isChecked());
    return page;
}

QWidget* MainWindow::page(Section section)
{
    if (section == Section::Overview) {
        return m_tripPage;
    }
    SectionPage* page = ensurePage(section);
    if (page && page->tripId() != currentTripId()) {
        page->setTrip(currentTripId());
    }
    return page;
}

void MainWindow::deletePages()
{
    for (SectionPage* page : std::as_const(m_pages)) {
        m_ui->contentStack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
}

void MainWindow::showSection(Section section)
{
    m_section = section;
    for (int row = 0; row < m_ui->sectionList->count(); ++row) {
        QListWidgetItem* item = m_ui->sectionList->item(row);
        if ((item->flags() & Qt::ItemIsSelectable) && item->data(Qt::UserRole).toInt() == static_cast<int>(section)) {
            const QSignalBlocker blocker(m_ui->sectionList);
            m_ui->sectionList->setCurrentItem(item);
        }
    }
    currentTripChanged();
}

SearchDialog* MainWindow::searchDialog() const
{
    return m_searchDialog;
}

void MainWindow::openSearch()
{
    if (!m_document) {
        return;
    }
    if (!m_searchDialog) {
        m_searchDialog = new SearchDialog(*m_document, this);
        m_searchDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_searchDialog, &SearchDialog::recordChosen, this, &MainWindow::openRecord);
    }
    m_searchDialog->show();
    m_searchDialog->raise();
    m_searchDialog->activateWindow();
    m_searchDialog->focusField();
}

void MainWindow::openRecord(RecordKind kind, const Uuid& id, const Uuid& tripId)
{
    static const QHash<RecordKind, Section> sections {
        { RecordKind::Person, Section::People },
        { RecordKind::Organisation, Section::Organisations },
        { RecordKind::Venue, Section::Venues },
        { RecordKind::Trip, Section::Overview },
        { RecordKind::Member, Section::Delegation },
        { RecordKind::Stop, Section::Programme },
        { RecordKind::Leg, Section::Programme },
        { RecordKind::Forum, Section::Programme },
        { RecordKind::Session, Section::Programme },
        { RecordKind::Meeting, Section::Meetings },
        { RecordKind::Mou, Section::Mous },
    };
    if (!tripId.isEmpty() || kind == RecordKind::Trip) {
        selectTrip(kind == RecordKind::Trip ? id : tripId);
    }
    showSection(sections.value(kind, Section::Overview));
    if (SectionPage* page = m_pages.value(m_section)) {
        page->selectRecord(id);
    }
}

void MainWindow::findInPage()
{
    auto* page = qobject_cast<SectionPage*>(m_ui->contentStack->currentWidget());
    if (!page || !page->focusSearch()) {
        m_ui->tripView->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::externalChange()
{
    statusBar()->showMessage(tr("The file was changed by another program; the view was updated"), kStatusTimeout);
    m_tripPage->clear();
    reloadTrips();  // the pages refresh themselves (SectionPage)
}

void MainWindow::warnIfOpenElsewhere(const QString& path)
{
    m_lock.reset();
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return;
    }
    if (lock->error() != QLockFile::LockFailedError) {
        // No lock file can be made (a read-only folder): nothing says that
        // another window has the database open.
        return;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    lock->getLockInfo(&pid, &host, &app);
    m_dialogs->warning(this, tr("Database in use"),
        tr("%1 is already open in another Delegation Planner window (process %2 on %3).\n\n"
           "You can work in both: every edit is saved at once, and each window shows the "
           "other's edits within a few seconds. Undo in this window undoes only the edits "
           "made here.")
            .arg(QDir::toNativeSeparators(path))
            .arg(pid)
            .arg(host));
}

void MainWindow::saveCopy()
{
    if (!m_document) {
        return;
    }
    QSettings settings;
    const QString folder = settings.value(kDatabaseDirKey, documentsFolder()).toString();
    const QString base = QFileInfo(database()->path()).completeBaseName();
    QString path
        = m_dialogs->getSaveFileName(this, tr("Save a Copy As"), QDir(folder).filePath(tr("%1 copy.sqlite").arg(base)),
            tr("Delegation Planner databases (*.sqlite);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".sqlite");
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(database()->path()).absoluteFilePath()) {
        showError(tr("Save a Copy As"), tr("Choose another file than the open database."));
        return;
    }
    const Status copied = database()->backupTo(path);
    if (!copied) {
        showError(tr("Save a Copy As"), copied.error().text());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), kStatusTimeout);
}

bool MainWindow::openDatabase(const QString& path, OpenFlag flag, Database::Mode mode)
{
    auto opened = Database::open(path, mode);
    if (!opened.ok()) {
        showError(
            tr("Open Database"), tr("Cannot open %1:\n%2").arg(QDir::toNativeSeparators(path), opened.error().text()));
        return false;
    }
    adopt(std::move(opened).value(), flag);
    return true;
}

void MainWindow::commitPendingEdit()
{
    // A form commits when its field loses focus: let that happen now, while
    // the pages and the document are alive, rather than while they go.
    if (QWidget* focused = QApplication::focusWidget(); focused && isAncestorOf(focused)) {
        focused->clearFocus();
    }
}

void MainWindow::adopt(std::unique_ptr<Database> db, OpenFlag flag)
{
    commitPendingEdit();
    m_tripPage->clear();
    const QString path = db->path();
    deletePages();
    m_document = std::make_unique<Document>(std::move(db));
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &Document::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(RecordKind::Trip)) {
            reloadTrips();
        } else if (m_section == Section::Overview) {
            m_tripPage->clear();
            currentTripChanged();
        }
    });
    connect(m_document.get(), &Document::changedExternally, this, &MainWindow::externalChange);
    connect(m_document.get(), &Document::errorOccurred, this,
        [this](const QString& message) { showError(tr("Undo"), message); });
    warnIfOpenElsewhere(path);
    m_tripPage->setDocument(m_document.get(), m_dialogs.get());
    createChecks();
    m_temporary = flag == OpenFlag::Temporary;
    const QString name = QFileInfo(path).fileName();
    const bool readOnly = m_document->database().isReadOnly();
    setWindowFilePath(path);
    setWindowTitle(m_temporary ? tr("%1 (temporary copy)[*] — Delegation Planner").arg(name)
            : readOnly         ? tr("%1 (read-only)[*] — Delegation Planner").arg(name)
                               : tr("%1[*] — Delegation Planner").arg(name));
    if (!m_temporary) {
        RecentDatabases::add(path);
        rebuildRecentMenu();
    }
    reloadTrips();
    statusBar()->showMessage(readOnly
            ? tr("Opened %1 for reading only: the file or its folder is read-only").arg(QDir::toNativeSeparators(path))
            : tr("Opened %1").arg(QDir::toNativeSeparators(path)),
        kStatusTimeout);
}

Uuid MainWindow::currentTripId() const
{
    return m_ui->tripView->currentIndex().data(IdRole).toString();
}

bool MainWindow::selectTrip(const Uuid& tripId)
{
    const int row = m_tripModel->rowOf(tripId);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_tripProxy->mapFromSource(m_tripModel->index(row, TripListModel::TitleColumn));
    m_ui->tripView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->tripView->scrollTo(index);
    return true;
}

void MainWindow::reloadTrips(const Uuid& select)
{
    const Uuid previous = select.isEmpty() ? currentTripId() : select;
    const Status loaded = m_tripModel->reload(database());
    if (!loaded.ok()) {
        showError(tr("Trips"), loaded.error().text());
    }
    if (m_tripModel->rowCount() == 0) {
        m_tripPage->clear();
        m_ui->emptyLabel->setText(m_document
                ? tr("This database holds no trips yet.\n\nStart one with Trip ▸ New Trip (Ctrl+T) or "
                     "import a trip document with File ▸ Import Trip… (Ctrl+I).\n"
                     "Organisations, People and Venues (Alt+8, Alt+9, Alt+0) can be "
                     "filled in before any trip.")
                : tr("No database is open.\n\nOpen one with File ▸ Open… (Ctrl+O) or "
                     "create one with File ▸ New Database… (Ctrl+N)."));
        m_ui->contentStack->setCurrentWidget(m_ui->emptyLabel);
    } else if (previous.isEmpty() || !selectTrip(previous)) {
        fitColumns(m_ui->tripView, 240);
        const QModelIndex first = m_tripProxy->index(0, TripListModel::TitleColumn);
        m_ui->tripView->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    currentTripChanged();
}

void MainWindow::currentTripChanged()
{
    const Uuid tripId = currentTripId();
    if (m_checks) {
        m_checks->setTrip(tripId);
    }
    // Pages still showing a trip that is gone (deleted, or its creation
    // undone) show none: they would fail to reload it on the next edit.
    for (SectionPage* page : std::as_const(m_pages)) {
        if (!page->tripId().isEmpty() && m_tripModel->rowOf(page->tripId()) < 0) {
            page->setTrip({});
        }
    }
    if (!m_document || tripId.isEmpty()) {
        m_tripPage->clear();
        // The shared directories need no trip: a new database is filled
        // with organisations and people before the first trip is made.
        const bool directory
            = m_section == Section::Organisations || m_section == Section::People || m_section == Section::Venues;
        QWidget* page = m_document && directory ? ensurePage(m_section) : nullptr;
        m_ui->contentStack->setCurrentWidget(page ? page : m_ui->emptyLabel);
        updateActions();
        return;
    }
    SectionPage* page = m_section == Section::Overview ? nullptr : ensurePage(m_section);
    if (!page) {
        if (tripId != m_tripPage->tripId()) {
            const Status shown = m_tripPage->showTrip(tripId);
            if (!shown.ok()) {
                showError(tr("Trip"), shown.error().text());
            }
        }
        m_ui->contentStack->setCurrentWidget(m_tripPage);
    } else {
        if (page->tripId() != tripId) {
            page->setTrip(tripId);
        }
        m_ui->contentStack->setCurrentWidget(page);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    m_ui->actionImportTrip->setEnabled(m_document != nullptr);
    m_ui->actionSaveCopy->setEnabled(m_document != nullptr);
    for (QAction* action : std::as_const(m_outputActions)) {
        action->setEnabled(m_document != nullptr && !currentTripId().isEmpty());
    }
    m_ui->actionExportTrip->setEnabled(m_document != nullptr && !currentTripId().isEmpty());
    m_ui->actionNewTrip->setEnabled(m_document != nullptr);
    m_ui->actionDuplicateTrip->setEnabled(m_document != nullptr && !currentTripId().isEmpty());
    m_ui->actionDeleteTrip->setEnabled(m_document != nullptr && !currentTripId().isEmpty());
}

void MainWindow::newDatabase()
{
    QSettings settings;
    const QString folder = settings.value(kDatabaseDirKey, documentsFolder()).toString();
    QString path
        = m_dialogs->getSaveFileName(this, tr("New Database"), QDir(folder).filePath(QStringLiteral("planner.sqlite")),
            tr("Delegation Planner databases (*.sqlite);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".sqlite");
    }
    settings.setValue(kDatabaseDirKey, QFileInfo(path).absolutePath());
    auto created = TripTransfer::createDatabase(path, false);
    if (!created.ok()) {
        showError(tr("New Database"), created.error().text());
        return;
    }
    adopt(std::move(created).value(), OpenFlag::Remember);
}

void MainWindow::openDatabaseDialog()
{
    QSettings settings;
    const QString folder = settings.value(kDatabaseDirKey, documentsFolder()).toString();
    const QString path = m_dialogs->getOpenFileName(
        this, tr("Open Database"), folder, tr("Delegation Planner databases (*.dpdb *.sqlite *.db);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(kDatabaseDirKey, QFileInfo(path).absolutePath());
    openDatabase(path, OpenFlag::Remember, Database::Mode::OpenExisting);
}

void MainWindow::openFile(const QString& path)
{
    if (Database::looksLikeDatabase(path)) {
        openDatabase(path, OpenFlag::Remember, Database::Mode::OpenExisting);
    } else if (!m_document) {
        showError(tr("Import Trip"),
            tr("Open a database first; then the trip in %1 can be imported into it.")
                .arg(QDir::toNativeSeparators(path)));
    } else {
        m_tripActions->importTripFile(path, true);
    }
}

void MainWindow::showAbout()
{
    m_dialogs->about(this, tr("About Delegation Planner"), help::aboutText());
}

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_ui->menuOpenRecent;
    // Not QMenu::clear(): this runs inside the triggered() of one of these actions.
    for (QAction* action : menu->actions()) {
        menu->removeAction(action);
        action->deleteLater();
    }
    const QStringList recent = RecentDatabases::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QString text = QDir::toNativeSeparators(path);
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(text) : text);
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentDatabases::clear();
        rebuildRecentMenu();
    });
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::openRecent(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        RecentDatabases::remove(path);
        rebuildRecentMenu();
        showError(tr("Open Recent"),
            tr("%1 no longer exists; it was removed from the menu.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, OpenFlag::Remember, Database::Mode::OpenExisting);
}

void MainWindow::showError(const QString& title, const QString& text)
{
    m_dialogs->warning(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    commitPendingEdit();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, QMainWindow::saveState());
    settings.setValue(kSplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(kTripPageKey, m_tripPage->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (!restored) {
        // Fits a 1366x768 screen with room for panels.
        QSize size(1200, 680);
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            size = size.boundedTo(screen->availableSize() * 0.95);
        }
        resize(size);
    }
    QMainWindow::restoreState(settings.value(kStateKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_tripPage->restoreState(settings.value(kTripPageKey).toByteArray());
}

}  // namespace planner
