#pragma once

#include "commands/RecordChange.h"
#include "domain/Entities.h"
#include "domain/Result.h"
#include "models/CheckResults.h"
#include "storage/Database.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class MainWindow;
}
class QSortFilterProxyModel;
class QUndoGroup;
class QDockWidget;
class QLockFile;
class QTimer;
QT_END_NAMESPACE

namespace planner {

enum class ProtocolOutput;
struct ProtocolScope;
class ChecksDock;
class DialogProvider;
class Document;
class ExportController;
class SearchDialog;
class TripListModel;
class SectionPage;
class TripActions;
class TripPage;

/// The main window: the trips of the open database on the left, the chosen
/// trip (overview, forums, delegation) on the right, and the File and Help
/// menus. Owns the open Database. Dialogs go through a DialogProvider so
/// that tests can answer them.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class OpenFlag {
        Remember,  ///< add to Open Recent and reopen next time
        Temporary,  ///< a throw-away copy (--sample): not remembered
    };

    explicit MainWindow(std::shared_ptr<DialogProvider> dialogs, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates, with Mode::OpenOrCreate) a database and shows its
    /// first trip. On failure a warning is shown and the current database
    /// stays open.
    bool openDatabase(
        const QString& path, OpenFlag flag = OpenFlag::Remember, Database::Mode mode = Database::Mode::OpenOrCreate);

    /// Opens a file from the command line, the file manager or dropped on
    /// the window: a database
    /// opens in place of the current one; a trip document is offered for
    /// import into the open database (asking to replace a trip it holds).
    void openFile(const QString& path);

    /// The parts of the window the navigator shows, in navigator order.
    enum class Section {
        Overview,
        Delegation,
        Programme,
        Meetings,
        Mous,
        Timeline,
        Checks,
        Organisations,
        People,
        Venues,
        Protocol,  ///< shown after Checks; the Alt keys go to the first ten
    };

    [[nodiscard]] Database* database() const;
    [[nodiscard]] Document* document() const { return m_document.get(); }
    /// Shows a section (for the chosen trip where it is a part of a trip).
    void showSection(Section section);
    [[nodiscard]] Section currentSection() const { return m_section; }
    /// The page of a section, created when it is first asked for (shown);
    /// null without a database.
    [[nodiscard]] QWidget* page(Section section);
    [[nodiscard]] ExportController* exports() const { return m_exports; }
    [[nodiscard]] Uuid currentTripId() const;
    /// Selects a trip in the list; false when it is not there.
    bool selectTrip(const Uuid& tripId);
    [[nodiscard]] TripListModel* tripModel() const { return m_tripModel; }
    [[nodiscard]] TripPage* tripPage() const { return m_tripPage; }
    /// The planning checks of the chosen trip (owned by the document; null
    /// without a database) and the dock that lists them (View ▸ Checks).
    [[nodiscard]] CheckResults* checks() const { return m_checks; }
    [[nodiscard]] ChecksDock* checksDock() const { return m_checksDock; }

    /// The Search Everything dialog while it is open.
    [[nodiscard]] SearchDialog* searchDialog() const;

public slots:
    /// Shows a record: selects its trip (when it has one), the section that
    /// edits its kind, and the record on that page.
    void openRecord(planner::RecordKind kind, const planner::Uuid& id, const planner::Uuid& tripId);
    /// Edit ▸ Search Everything (Ctrl+Shift+F).
    void openSearch();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void newDatabase();
    void openDatabaseDialog();
    void showAbout();
    void currentTripChanged();
    void reloadTrips(const Uuid& select = {});
    void rebuildRecentMenu();
    void openRecent(const QString& path);
    void adopt(std::unique_ptr<Database> db, OpenFlag flag);
    /// The page of a section, created and connected the first time.
    SectionPage* ensurePage(Section section);
    [[nodiscard]] SectionPage* makePage(Section section);
    void exportProtocol(ProtocolOutput output, const ProtocolScope& scope);
    void deletePages();
    void createChecks();
    void commitPendingEdit();
    void setUpOutputs();
    void setUpEditMenu();
    void setUpNavigator();
    void setUpViewMenu();
    void setUpToolBar();
    void setUpHelpMenu();
    void showPreferences();
    void applyShowHomeTime();
    void updateChecksEntry();
    void selectInEditors(RecordKind kind, const Uuid& id);
    void saveCopy();
    void findInPage();
    void externalChange();
    void warnIfOpenElsewhere(const QString& path);
    void updateActions();
    void showError(const QString& title, const QString& text);
    void saveSettings() const;
    void restoreSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<DialogProvider> m_dialogs;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QLockFile> m_lock;
    QUndoGroup* m_undoGroup = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QTimer* m_externalPoll = nullptr;
    ExportController* m_exports = nullptr;
    QList<QAction*> m_outputActions;
    QHash<Section, SectionPage*> m_pages;  ///< the pages shown so far (not the Overview)
    Section m_section = Section::Overview;
    bool m_temporary = false;
    TripListModel* m_tripModel = nullptr;
    QSortFilterProxyModel* m_tripProxy = nullptr;
    TripPage* m_tripPage = nullptr;
    TripActions* m_tripActions = nullptr;
    QPointer<CheckResults> m_checks;
    ChecksDock* m_checksDock = nullptr;
    QAction* m_homeTimeAction = nullptr;
    QPointer<SearchDialog> m_searchDialog;
};

}  // namespace planner
