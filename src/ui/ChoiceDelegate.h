#pragma once

#include "domain/Entities.h"

#include <QHash>
#include <QStyledItemDelegate>

namespace planner {

/// Edits a cell that holds a record's id (Qt::EditRole) with a searchable
/// combo box of choices: type any part of a name to find it.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Choice {
        QString text;
        Uuid id;  ///< empty: "none"
    };

    explicit ChoiceDelegate(QObject* parent = nullptr);

    /// The choices offered in a column.
    void setChoices(int column, std::vector<Choice> choices);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QHash<int, std::vector<Choice>> m_choices;
};

}  // namespace planner
