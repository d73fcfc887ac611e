#include "ui/PersonChooser.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSortFilterProxyModel>

namespace planner {

int PersonChooser::matchRank(const QString& text, const QString& typed)
{
    const QString needle = typed.trimmed();
    if (needle.isEmpty()) {
        return 0;
    }
    qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0) {
        return -1;
    }
    int rank = 2;  // inside a word: "Minis" in "Administration"
    for (; at >= 0; at = text.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
        if (at == 0) {
            return 0;  // the start of the entry, i.e. of the name
        }
        if (!text.at(at - 1).isLetterOrNumber()) {
            rank = 1;  // the start of a word
        }
    }
    return rank;
}

namespace {

/// The entries that contain what is typed, those where it starts the name
/// or a word first ("Minis": "Minister of …" before "Administration").
class RankedMatches : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setTyped(const QString& typed)
    {
        m_typed = typed;
        invalidate();
        sort(0);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QString text = sourceModel()->index(row, 0, parent).data().toString();
        return !sourceModel()->index(row, 0, parent).data(Qt::UserRole).toString().isEmpty()
            && PersonChooser::matchRank(text, m_typed) >= 0;
    }
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const int a = PersonChooser::matchRank(left.data().toString(), m_typed);
        const int b = PersonChooser::matchRank(right.data().toString(), m_typed);
        return a != b ? a < b : left.row() < right.row();
    }

private:
    QString m_typed;
};

}  // namespace

PersonChooser::PersonChooser(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    auto* matches = new RankedMatches(this);
    matches->setSourceModel(model());
    auto* completer = new QCompleter(matches, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(lineEdit(), &QLineEdit::textEdited, this, [matches, completer](const QString& text) {
        matches->setTyped(text);
        if (!text.trimmed().isEmpty()) {
            completer->complete();
        }
    });
    lineEdit()->setPlaceholderText(tr("Type part of a name, in any script"));
    connect(this, &QComboBox::activated, this, [this] {
        if (const Uuid id = personId(); !id.isEmpty()) {
            emit personChosen(id);
        }
    });
}

QString PersonChooser::describe(const Person& p, const QString& organisationName)
{
    QString text = p.displayName();
    if (!p.localName.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(p.localName);
    }
    QStringList more;
    if (!p.position.isEmpty()) {
        more << p.position;
    }
    if (!organisationName.isEmpty() && !p.position.contains(organisationName)) {
        more << organisationName;
    }
    if (!more.isEmpty()) {
        text += QStringLiteral(" — ") + more.join(QStringLiteral(", "));
    }
    return text;
}

void PersonChooser::setPeople(
    const std::vector<Person>& people, const QHash<Uuid, QString>& organisationNames, const QString& noneText)
{
    const QSignalBlocker blocker(this);
    const Uuid current = personId();
    clear();
    if (!noneText.isEmpty()) {
        addItem(noneText, QString());
    }
    for (const Person& p : people) {
        addItem(describe(p, organisationNames.value(p.organisationId)), p.id);
    }
    setPersonId(current);
}

Uuid PersonChooser::personId() const
{
    const int index = findText(currentText(), Qt::MatchFixedString | Qt::MatchCaseSensitive);
    return index < 0 ? Uuid() : itemData(index).toString();
}

void PersonChooser::setPersonId(const Uuid& id)
{
    const QSignalBlocker blocker(this);
    const int index = findData(id);
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(-1);
        setEditText(QString());
    }
}

}  // namespace planner
