#include "ui/LinkListEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace planner {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kRoleRole = Qt::UserRole + 1;

/// A tree whose rows the user reorders by dragging; reports the drop.
class ReorderTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;
    std::function<void()> dropped;

protected:
    void dropEvent(QDropEvent* event) override
    {
        QTreeWidget::dropEvent(event);
        if (dropped) {
            dropped();
        }
    }
};

}  // namespace

LinkListEditor::LinkListEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* tree = new ReorderTree(this);
    m_list = tree;
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("Name"), tr("Role") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(60);
    m_list->setToolTip(tr("In printed order. Del removes, Alt+Up/Alt+Down or drag to reorder"));
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);
    tree->dropped = [this] {
        updateButtons();
        emit edited();
    };

    auto* row = new QHBoxLayout();
    row->setSpacing(2);
    m_chooser = new QComboBox(this);
    m_chooser->setEditable(true);
    m_chooser->setInsertPolicy(QComboBox::NoInsert);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(8);
    m_chooser->lineEdit()->setPlaceholderText(tr("Type to search…"));
    m_chooser->setToolTip(tr("Type part of a name (any script) and press Return to add"));
    m_names = new QStringListModel(this);
    auto* completer = new QCompleter(m_names, m_chooser);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_chooser->setCompleter(completer);
    m_chooser->installEventFilter(this);
    m_chooser->lineEdit()->installEventFilter(this);
    m_role = new QComboBox(this);
    m_role->setToolTip(tr("Role of the selected entry, and of the next one added"));
    m_add = new QToolButton(this);
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add the chosen record to the list (Return)"));
    m_remove = new QToolButton(this);
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected entry (Del)"));
    m_up = new QToolButton(this);
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_down = new QToolButton(this);
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    row->addWidget(m_chooser, 1);
    row->addWidget(m_role);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addWidget(m_up);
    row->addWidget(m_down);
    layout->addLayout(row);
    setFocusProxy(m_list);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    connect(m_add, &QToolButton::clicked, this, &LinkListEditor::addChosen);
    connect(m_remove, &QToolButton::clicked, this, &LinkListEditor::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_role, &QComboBox::activated, this, &LinkListEditor::roleChosen);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &LinkListEditor::selectionChanged);
    setRoles({});
}

void LinkListEditor::setCandidates(const std::vector<Choice>& candidates)
{
    if (candidates == m_candidates) {
        return;
    }
    m_candidates = candidates;
    const QString typed = m_chooser->currentText();
    m_chooser->clear();
    QStringList names;
    for (const auto& [id, name] : m_candidates) {
        m_chooser->addItem(name, id);
        names << name;
    }
    m_names->setStringList(names);
    m_chooser->setCurrentIndex(-1);
    m_chooser->setEditText(typed);
    // Names may have changed: relabel the rows.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        item->setText(0, nameOf(item->data(0, kIdRole).toString()));
    }
}

void LinkListEditor::setRoles(const std::vector<Choice>& roles)
{
    m_roles = roles;
    m_role->clear();
    for (const auto& [token, text] : roles) {
        m_role->addItem(text, token);
    }
    m_role->setVisible(!roles.empty());
    m_list->setColumnHidden(1, roles.empty());
    m_list->setHeaderHidden(roles.empty());
}

void LinkListEditor::setNameHeader(const QString& header)
{
    m_list->headerItem()->setText(0, header);
}

void LinkListEditor::setEntries(const std::vector<Entry>& entries)
{
    if (entries == this->entries()) {
        // Keep the selection when nothing changed.
        updateButtons();
        return;
    }
    const int current = m_list->indexOfTopLevelItem(m_list->currentItem());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Entry& e : entries) {
        addRow(e);
    }
    if (current >= 0 && current < m_list->topLevelItemCount()) {
        m_list->setCurrentItem(m_list->topLevelItem(current));
    }
    updateButtons();
}

void LinkListEditor::startOver()
{
    m_list->setCurrentItem(nullptr);
    if (!m_roles.empty()) {
        m_role->setCurrentIndex(0);
    }
    updateButtons();
}

std::vector<LinkListEditor::Entry> LinkListEditor::entries() const
{
    std::vector<Entry> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        out.push_back(Entry { item->data(0, kIdRole).toString(), item->data(1, kRoleRole).toString() });
    }
    return out;
}

void LinkListEditor::addRow(const Entry& entry)
{
    auto* item = new QTreeWidgetItem(m_list);
    item->setFlags((item->flags() | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
    item->setData(0, kIdRole, entry.id);
    item->setText(0, nameOf(entry.id));
    item->setData(1, kRoleRole, entry.role);
    item->setText(1, roleLabel(entry.role));
}

QString LinkListEditor::nameOf(const Uuid& id) const
{
    for (const auto& [candidate, name] : m_candidates) {
        if (candidate == id) {
            return name;
        }
    }
    return tr("(unknown record)");
}

QString LinkListEditor::roleLabel(const QString& token) const
{
    for (const auto& [t, text] : m_roles) {
        if (t == token) {
            return text;
        }
    }
    return token;
}

void LinkListEditor::addChosen()
{
    // The text typed wins over a stale current index (the completer's choice).
    const QString text = m_chooser->currentText().trimmed();
    Uuid id;
    for (const auto& [candidate, name] : m_candidates) {
        if (name.compare(text, Qt::CaseInsensitive) == 0) {
            id = candidate;
            break;
        }
    }
    if (id.isEmpty() && !text.isEmpty()) {
        // A unique partial match is good enough ("홍" for one person).
        for (const auto& [candidate, name] : m_candidates) {
            if (name.contains(text, Qt::CaseInsensitive)) {
                if (!id.isEmpty()) {
                    return;  // ambiguous
                }
                id = candidate;
            }
        }
    }
    if (id.isEmpty()) {
        return;
    }
    for (const Entry& e : entries()) {
        if (e.id == id) {
            return;  // already listed
        }
    }
    addRow(Entry { id, m_roles.empty() ? QString() : m_role->currentData().toString() });
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    m_chooser->setCurrentIndex(-1);
    m_chooser->clearEditText();
    updateButtons();
    emit edited();
}

void LinkListEditor::removeSelected()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    delete item;
    updateButtons();
    emit edited();
}

void LinkListEditor::moveSelected(int delta)
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const int from = m_list->indexOfTopLevelItem(item);
    const int to = from + delta;
    if (to < 0 || to >= m_list->topLevelItemCount()) {
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->takeTopLevelItem(from);
    m_list->insertTopLevelItem(to, item);
    m_list->setCurrentItem(item);
    updateButtons();
    emit edited();
}

void LinkListEditor::selectionChanged()
{
    if (QTreeWidgetItem* item = m_list->currentItem(); item && !m_roles.empty()) {
        m_role->setCurrentIndex(m_role->findData(item->data(1, kRoleRole)));
    }
    updateButtons();
}

void LinkListEditor::roleChosen()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item || item->data(1, kRoleRole).toString() == m_role->currentData().toString()) {
        return;
    }
    item->setData(1, kRoleRole, m_role->currentData());
    item->setText(1, m_role->currentText());
    emit edited();
}

void LinkListEditor::updateButtons()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->topLevelItemCount());
}

bool LinkListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_list) {
        const bool del = key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier;
        const bool move
            = (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && key->modifiers() == Qt::AltModifier;
        if (event->type() == QEvent::ShortcutOverride) {
            // Del here removes an entry, not the page's record.
            if (del || move) {
                event->accept();
                return true;
            }
        } else if (del) {
            removeSelected();
            return true;
        } else if (move) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    } else if (event->type() == QEvent::KeyPress && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && key->modifiers() == Qt::NoModifier) {
        addChosen();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace planner
