#include "ui/ChoiceDelegate.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace planner {

ChoiceDelegate::ChoiceDelegate(QObject* parent) : QStyledItemDelegate(parent)
{
}

void ChoiceDelegate::setChoices(int column, std::vector<Choice> choices)
{
    m_choices.insert(column, std::move(choices));
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const Choice& c : m_choices.value(index.column())) {
        combo->addItem(c.text, c.id);
    }
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    combo->lineEdit()->setPlaceholderText(tr("Type part of a name"));
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        return;
    }
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
    combo->lineEdit()->selectAll();
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        return;
    }
    // Only a choice of the list counts; other text leaves the cell as it was.
    const int chosen = combo->findText(combo->currentText(), Qt::MatchFixedString | Qt::MatchCaseSensitive);
    if (chosen >= 0) {
        model->setData(index, combo->itemData(chosen), Qt::EditRole);
    }
}

}  // namespace planner
