#include "ui/FormBinding.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace planner {

namespace {

/// Reports a text area's edit when it loses focus after a change.
class FocusOutFilter : public QObject {
public:
    FocusOutFilter(QPlainTextEdit* edit, std::function<void()> edited) : QObject(edit), m_edited(std::move(edited))
    {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { m_dirty = true; });
        edit->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut && m_dirty) {
            m_dirty = false;
            m_edited();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_edited;
    bool m_dirty = false;
};

}  // namespace

void onEdited(QWidget* widget, std::function<void()> edited)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        QObject::connect(line, &QLineEdit::editingFinished, line, [line, edited] {
            if (line->isModified()) {
                line->setModified(false);
                edited();
            }
        });
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        QObject::connect(combo, &QComboBox::activated, combo, [edited](int) { edited(); });
    } else if (auto* check = qobject_cast<QCheckBox*>(widget)) {
        QObject::connect(check, &QCheckBox::toggled, check, [edited](bool) { edited(); });
    } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
        QObject::connect(spin, &QAbstractSpinBox::editingFinished, spin, edited);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        new FocusOutFilter(text, std::move(edited));
    }
}

}  // namespace planner
