#include "ui/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace planner {

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_set = new QCheckBox(this);
    m_set->setToolTip(tr("Tick when the date is known; clear it to leave the date unset"));
    m_edit = new QDateEdit(this);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(QDate(1900, 1, 1));
    m_edit->setMaximumDate(QDate(2199, 12, 31));
    layout->addWidget(m_set);
    layout->addWidget(m_edit, 1);
    m_set->setAccessibleName(tr("Date set"));
    setFocusProxy(m_set);
    setFocusPolicy(Qt::StrongFocus);
    setDate({});

    connect(m_set, &QCheckBox::clicked, this, [this](bool checked) {
        m_edit->setEnabled(checked);
        if (checked) {
            m_edit->setFocus(Qt::OtherFocusReason);
        }
        emit edited();
    });
    connect(m_edit, &QDateEdit::editingFinished, this, [this] {
        if (m_set->isChecked()) {
            emit edited();
        }
    });
}

QDate OptionalDateEdit::date() const
{
    return m_set->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    const QSignalBlocker b1(m_set);
    const QSignalBlocker b2(m_edit);
    m_set->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : (m_default.isValid() ? m_default : QDate::currentDate()));
}

}  // namespace planner
