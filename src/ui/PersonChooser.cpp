#include "ui/PersonChooser.h"

#include <QCompleter>
#include <QLineEdit>

namespace planner {

PersonChooser::PersonChooser(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
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
