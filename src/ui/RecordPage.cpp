#include "ui/RecordPage.h"

#include "commands/Document.h"
#include "models/ModelRoles.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/ViewSetup.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace planner {

RecordPage::RecordPage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : SectionPage(document, dialogs, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout();
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = m_toolBar->addAction(tr("&New"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicate = m_toolBar->addAction(tr("D&uplicate"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = m_toolBar->addAction(tr("&Delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction* a : { m_new, m_duplicate, m_delete }) {
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)));
    }
    // On the page too, so that the shortcuts work wherever the focus is in it
    // (list or form), not only on the tool bar.
    addActions({ m_new, m_duplicate, m_delete });
    top->addWidget(m_toolBar);
    top->addStretch(1);
    m_count = new QLabel(this);
    top->addWidget(m_count);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    top->addWidget(m_search);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTreeView(m_splitter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_splitter->addWidget(m_view);
    layout->addWidget(m_splitter, 1);

    // Ctrl+F is the window's Edit ▸ Find in List (MainWindow::findInPage
    // calls focusSearch()): a second Ctrl+F action here would make the
    // shortcut ambiguous, and Qt then runs neither.

    connect(m_new, &QAction::triggered, this, [this] { createRecord(); });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty()) {
            duplicateRecord(currentId());
        }
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty()) {
            deleteRecord(currentId());
        }
    });
    connect(&m_document, &Document::changed, this, &RecordPage::onChanged);
}

void RecordPage::setUpList(QAbstractItemModel* model, int sortColumn, const QString& searchHint)
{
    m_proxy = setUpSortedView(m_view, model, sortColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);  // any column
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_search->setPlaceholderText(searchHint);
    m_search->setToolTip(tr("Filter the list as you type (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_count->setText(text.isEmpty() ? QString() : tr("%n shown", nullptr, m_proxy->rowCount()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordPage::onCurrentChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordPage::updateActions);
}

void RecordPage::setForm(QWidget* form)
{
    auto* scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
}

void RecordPage::setShowHomeTime(bool home)
{
    if (home != m_showHomeTime) {
        m_showHomeTime = home;
        refresh();
    }
}

QString RecordPage::displayZone() const
{
    return m_showHomeTime ? homeZone() : QString();
}

void RecordPage::refresh()
{
    const Uuid current = currentId();
    m_reloading = true;
    const Status loaded = reload();
    m_reloading = false;
    if (!loaded) {
        showError(tr("Loading"), loaded.error());
    }
    if (!current.isEmpty() && selectRecord(current)) {
        showRecord(current);
    } else {
        onCurrentChanged();
    }
    updateActions();
}

bool RecordPage::selectRecord(const Uuid& id)
{
    const auto select = [&] {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(IdRole).toString() == id) {
                m_view->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_view->scrollTo(index);
                return true;
            }
        }
        return false;
    };
    if (select()) {
        return true;
    }
    // A record that is listed but hidden by the search: clear the search.
    QAbstractItemModel* source = m_proxy->sourceModel();
    if (m_search->text().isEmpty() || source->rowCount() == 0
        || source->match(source->index(0, 0), IdRole, id, 1, Qt::MatchExactly).isEmpty()) {
        return false;
    }
    m_search->clear();
    return select();
}

Uuid RecordPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(IdRole).toString() : Uuid();
}

bool RecordPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void RecordPage::onChanged(const ChangeSet& changes)
{
    if (touches(changes)) {
        refresh();
    }
}

void RecordPage::onCurrentChanged()
{
    if (!m_reloading) {
        showRecord(currentId());
    }
    updateActions();
}

void RecordPage::updateActions()
{
    const bool has = !currentId().isEmpty();
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
}

bool RecordPage::perform(const QString& text, std::vector<RecordChange> changes)
{
    const Status applied = m_document.perform(text, std::move(changes));
    if (!applied) {
        showError(text, applied.error());
        return false;
    }
    emit message(text);
    return true;
}

bool RecordPage::confirmDelete(const QString& what, const QStringList& users)
{
    if (users.isEmpty()) {
        return true;
    }
    constexpr int kShown = 12;
    QString list = QStringLiteral("• ") + users.mid(0, kShown).join(QStringLiteral("\n• "));
    if (users.size() > kShown) {
        list += tr("\n… and %n more", nullptr, static_cast<int>(users.size() - kShown));
    }
    return m_dialogs.question(this, tr("Delete %1?").arg(what),
        tr("%1 is used by:\n\n%2\n\nDelete it anyway? It is taken off these records. "
           "Edit ▸ Undo (Ctrl+Z) brings everything back.")
            .arg(what, list));
}

void RecordPage::showError(const QString& title, const Error& error)
{
    m_dialogs.warning(this, title, error.text());
}

QByteArray RecordPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_splitter->saveState() << m_view->header()->saveState();
    return state;
}

void RecordPage::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    QByteArray splitter;
    QByteArray header;
    stream >> splitter >> header;
    if (stream.status() == QDataStream::Ok) {
        m_splitter->restoreState(splitter);
        m_view->header()->restoreState(header);
    }
}

}  // namespace planner
