#include "ui/FieldErrors.h"

#include <QLabel>
#include <QWidget>

namespace planner {

namespace {
const char* const kInvalidStyle = "border: 2px solid #c0392b;";
}

FieldErrors::FieldErrors(QLabel* messageLabel) : m_label(messageLabel)
{
    if (m_label) {
        m_label->setWordWrap(true);
        m_label->setStyleSheet(QStringLiteral("color: #a93226;"));
        m_label->setAccessibleName(tr("Input problem"));
        m_label->hide();
    }
}

void FieldErrors::addField(const QString& field, QWidget* widget)
{
    m_fields.insert(field, widget);
}

void FieldErrors::show(const Error& error)
{
    clear();
    QWidget* field = m_fields.value(error.where);
    if (m_label) {
        m_label->setText(QStringLiteral("⚠ ") + (field ? error.message : error.text()));
        m_label->show();
    }
    if (field) {
        m_markedToolTip = field->toolTip();
        field->setStyleSheet(QString::fromLatin1(kInvalidStyle));
        field->setToolTip(error.message);
        m_marked = field;
    }
}

void FieldErrors::clear()
{
    if (m_marked) {
        m_marked->setStyleSheet(QString());
        m_marked->setToolTip(m_markedToolTip);  // the field's own help comes back
        m_marked.clear();
    }
    if (m_label) {
        m_label->clear();
        m_label->hide();
    }
}

bool FieldErrors::isShowing() const
{
    return m_label && m_label->isVisible();
}

}  // namespace planner
