#pragma once

#include "domain/Result.h"
#include "ui/SectionPage.h"

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QToolBar;
class QTreeView;
QT_END_NAMESPACE

namespace planner {

/// A page of the editors: a searchable, sortable list of records on top and
/// a form below that edits the selected one, with New, Duplicate and Delete.
/// Subclasses load the rows, fill the form and turn its input into edits;
/// this class keeps the selection across reloads and routes every edit
/// through the document's undo stack.
class RecordPage : public SectionPage {
    Q_OBJECT
public:
    RecordPage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);

    /// Shows times in the trip's home zone instead of the local time of each
    /// place (View ▸ Times in Home Zone).
    void setShowHomeTime(bool home) override;
    [[nodiscard]] bool showHomeTime() const { return m_showHomeTime; }
    /// The zone times are shown in: empty for each place's own, or the
    /// trip's home zone. Pass it to formatPlannedTime().
    [[nodiscard]] QString displayZone() const;

    /// Selects a record in the list, clearing the search when it hides the
    /// record; false when the record is not on this page.
    bool selectRecord(const Uuid& id) override;
    [[nodiscard]] Uuid currentId() const;
    bool focusSearch() override;

    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QSortFilterProxyModel* proxy() const { return m_proxy; }
    [[nodiscard]] QToolBar* toolBar() const { return m_toolBar; }
    [[nodiscard]] QAction* newAction() const { return m_new; }
    [[nodiscard]] QAction* duplicateAction() const { return m_duplicate; }
    [[nodiscard]] QAction* deleteAction() const { return m_delete; }

    /// Splitter and header layout, for QSettings.
    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray& state);

public slots:
    /// Loads the rows again from the database and refreshes the form.
    void refresh() override;

protected:
    /// Call once from the subclass's constructor.
    void setUpList(QAbstractItemModel* model, int sortColumn, const QString& searchHint);
    void setForm(QWidget* form);

    /// Loads the rows for the current trip into the model.
    virtual Status reload() = 0;
    /// Whether an applied edit concerns this page.
    [[nodiscard]] virtual bool touches(const ChangeSet& changes) const = 0;
    /// Fills the form from the current record (an empty id: nothing selected).
    virtual void showRecord(const Uuid& id) = 0;
    virtual void createRecord() = 0;
    virtual void duplicateRecord(const Uuid& id) = 0;
    virtual void deleteRecord(const Uuid& id) = 0;

    /// Applies an edit as one undoable command; shows the reason when it
    /// fails. Returns whether it was applied.
    bool perform(const QString& text, std::vector<RecordChange> changes);
    /// Asks before deleting a record that others use (users from
    /// Repository::usages()); true when the user agrees or nothing uses it.
    bool confirmDelete(const QString& what, const QStringList& users);
    void showError(const QString& title, const Error& error);

private:
    void onChanged(const ChangeSet& changes);
    void onCurrentChanged();
    void updateActions();

    bool m_showHomeTime = false;
    QLineEdit* m_search = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_new = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QTreeView* m_view = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_count = nullptr;
    bool m_reloading = false;
};

}  // namespace planner
