#include "ui/MainWindow.h"

#include "models/ModelRoles.h"
#include "models/TripListModel.h"
#include "services/TripTransfer.h"
#include "ui/DialogProvider.h"
#include "ui/TripPage.h"
#include "ui/ViewSetup.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>

namespace planner {

namespace {

const QString kRecentKey = QStringLiteral("recentDatabases");
const QString kLastKey = QStringLiteral("lastDatabase");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kTripPageKey = QStringLiteral("mainWindow/tripPage");
const QString kImportDirKey = QStringLiteral("dirs/import");
const QString kExportDirKey = QStringLiteral("dirs/export");
const QString kDatabaseDirKey = QStringLiteral("dirs/database");
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
    connect(m_ui->actionImportTrip, &QAction::triggered, this, &MainWindow::importTrip);
    connect(m_ui->actionExportTrip, &QAction::triggered, this, &MainWindow::exportTrip);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->tripView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::currentTripChanged);

    setWindowTitle(tr("Delegation Planner"));
    rebuildRecentMenu();
    restoreSettings();
    reloadTrips();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::adopt(std::unique_ptr<Database> db, OpenFlag flag)
{
    m_tripPage->clear();
    m_db = std::move(db);
    m_temporary = flag == OpenFlag::Temporary;
    const QString path = m_db->path();
    const QString name = QFileInfo(path).fileName();
    setWindowFilePath(path);
    setWindowTitle(m_temporary ? tr("%1 (temporary copy)[*] — Delegation Planner").arg(name)
                               : tr("%1[*] — Delegation Planner").arg(name));
    if (!m_temporary) {
        QSettings settings;
        QStringList recent = recentDatabases();
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
        while (recent.size() > kMaxRecent) {
            recent.removeLast();
        }
        settings.setValue(kRecentKey, recent);
        settings.setValue(kLastKey, absolute);
        rebuildRecentMenu();
    }
    reloadTrips();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusTimeout);
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
    const Status loaded = m_tripModel->reload(m_db.get());
    if (!loaded.ok()) {
        showError(tr("Trips"), loaded.error().text());
    }
    if (m_tripModel->rowCount() == 0) {
        m_tripPage->clear();
        m_ui->emptyLabel->setText(m_db ? tr("This database holds no trips yet.\n\nImport a trip document with "
                                            "File ▸ Import Trip… (Ctrl+I).")
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
    if (!m_db || tripId.isEmpty()) {
        m_tripPage->clear();
        updateActions();
        return;
    }
    if (tripId != m_tripPage->tripId()) {
        const Status shown = m_tripPage->showTrip(*m_db, tripId);
        if (!shown.ok()) {
            showError(tr("Trip"), shown.error().text());
        }
    }
    m_ui->contentStack->setCurrentWidget(m_tripPage);
    updateActions();
}

void MainWindow::updateActions()
{
    m_ui->actionImportTrip->setEnabled(m_db != nullptr);
    m_ui->actionExportTrip->setEnabled(m_db != nullptr && !currentTripId().isEmpty());
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
        this, tr("Open Database"), folder, tr("Delegation Planner databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(kDatabaseDirKey, QFileInfo(path).absolutePath());
    openDatabase(path, OpenFlag::Remember, Database::Mode::OpenExisting);
}

void MainWindow::importTrip()
{
    if (!m_db) {
        return;
    }
    QSettings settings;
    const QString folder = settings.value(kImportDirKey, documentsFolder()).toString();
    const QString path
        = m_dialogs->getOpenFileName(this, tr("Import Trip"), folder, tr("Trip documents (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(kImportDirKey, QFileInfo(path).absolutePath());
    const Result<QByteArray> bytes = TripTransfer::readFile(path);
    if (!bytes.ok()) {
        showError(tr("Import Trip"), bytes.error().text());
        return;
    }
    const Result<TripBundle> bundle = TripTransfer::readDocument(bytes.value());
    if (!bundle.ok()) {
        showError(tr("Import Trip"),
            tr("%1 is not a trip document that can be imported:\n%2")
                .arg(QFileInfo(path).fileName(), bundle.error().text()));
        return;
    }
    TripTransfer::ImportFailure failure = TripTransfer::ImportFailure::None;
    Result<TripBundle> imported = TripTransfer::importTrip(*m_db, bundle.value(), false, &failure);
    if (!imported.ok() && failure == TripTransfer::ImportFailure::TripExists) {
        const bool replace = m_dialogs->question(this, tr("Replace Trip?"),
            tr("This database already holds the trip “%1”.\n\nReplace it with the trip from %2? Its delegation, "
               "itinerary, forums, meetings and MOUs in this database are replaced.")
                .arg(bundle->trip.title, QFileInfo(path).fileName()));
        if (!replace) {
            return;
        }
        imported = TripTransfer::importTrip(*m_db, bundle.value(), true, &failure);
    }
    if (!imported.ok()) {
        showError(tr("Import Trip"), imported.error().text());
        return;
    }
    m_tripPage->clear();
    reloadTrips(imported->trip.id);
    statusBar()->showMessage(tr("Imported “%1”").arg(imported->trip.title), kStatusTimeout);
}

void MainWindow::exportTrip()
{
    const Uuid tripId = currentTripId();
    if (!m_db || tripId.isEmpty()) {
        return;
    }
    const int row = m_tripModel->rowOf(tripId);
    if (row < 0) {
        return;
    }
    const Trip trip = m_tripModel->trip(row);
    QSettings settings;
    const QString folder = settings.value(kExportDirKey, documentsFolder()).toString();
    QString path = m_dialogs->getSaveFileName(this, tr("Export Trip"),
        QDir(folder).filePath(TripTransfer::suggestedFileName(trip)), tr("Trip documents (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".json");
    }
    settings.setValue(kExportDirKey, QFileInfo(path).absolutePath());
    const Result<QByteArray> bytes = TripTransfer::exportTrip(*m_db, tripId);
    if (!bytes.ok()) {
        showError(tr("Export Trip"), bytes.error().text());
        return;
    }
    const Status written = TripTransfer::writeFile(path, bytes.value());
    if (!written.ok()) {
        showError(tr("Export Trip"), written.error().text());
        return;
    }
    statusBar()->showMessage(tr("Exported “%1” to %2").arg(trip.title, QDir::toNativeSeparators(path)), kStatusTimeout);
}

void MainWindow::showAbout()
{
    m_dialogs->about(this, tr("About Delegation Planner"),
        tr("<h3>Delegation Planner %1</h3>"
           "<p>Plan official delegation trips: the delegation, the itinerary, cooperation forums "
           "and their agendas, meetings and MOU signings.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(PLANNER_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_ui->menuOpenRecent;
    // Not QMenu::clear(): this runs inside the triggered() of one of these actions.
    for (QAction* action : menu->actions()) {
        menu->removeAction(action);
        action->deleteLater();
    }
    const QStringList recent = recentDatabases();
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
        QSettings().remove(kRecentKey);
        rebuildRecentMenu();
    });
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::openRecent(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        QStringList recent = recentDatabases();
        recent.removeAll(path);
        QSettings().setValue(kRecentKey, recent);
        rebuildRecentMenu();
        showError(tr("Open Recent"),
            tr("%1 no longer exists; it was removed from the menu.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, OpenFlag::Remember, Database::Mode::OpenExisting);
}

QStringList MainWindow::recentDatabases()
{
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    return recent;
}

QString MainWindow::lastDatabase()
{
    const QString path = QSettings().value(kLastKey).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void MainWindow::showError(const QString& title, const QString& text)
{
    m_dialogs->warning(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
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
