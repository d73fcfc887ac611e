#pragma once

#include <QDate>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDateEdit;
QT_END_NAMESPACE

namespace planner {

/// A date that may be unknown (a date of birth, a passport expiry, a trip's
/// dates): a check box that says whether it is set and a date editor beside
/// it. An unset date reads as a null QDate.
class OptionalDateEdit : public QWidget {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    /// The date entered; null when not set.
    [[nodiscard]] QDate date() const;
    /// Sets the date (a null date: not set), without emitting edited().
    void setDate(const QDate& date);
    /// The date proposed when the user ticks the box of an unset date.
    void setDefaultDate(const QDate& date) { m_default = date; }

    [[nodiscard]] QCheckBox* checkBox() const { return m_set; }
    [[nodiscard]] QDateEdit* editor() const { return m_edit; }

signals:
    /// The user ticked or cleared the box or confirmed a date.
    void edited();

private:
    QCheckBox* m_set = nullptr;
    QDateEdit* m_edit = nullptr;
    QDate m_default;
};

}  // namespace planner
