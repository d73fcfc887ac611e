#pragma once

#include "domain/PlannedTime.h"

#include <QComboBox>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QDateTimeEdit;
class QLabel;
QT_END_NAMESPACE

namespace planner {

/// Chooses an IANA time zone: an editable combo box over every zone of the
/// system's tzdata, filtering as one types ("tash" finds Asia/Tashkent).
class ZoneComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ZoneComboBox(QWidget* parent = nullptr);

    /// The zone typed or chosen; empty when the text is not a known zone.
    [[nodiscard]] QString zone() const;
    void setZone(const QString& zone);

signals:
    /// A known zone was chosen or typed and confirmed.
    void zoneEdited(const QString& zone);
};

/// Edits a planned time: the local date and time of the place, labelled
/// with its zone and UTC offset ("Asia/Tashkent, UTC+05:00"), and the same
/// instant in the home zone when one is set.
class PlannedTimeEdit : public QWidget {
    Q_OBJECT
public:
    explicit PlannedTimeEdit(QWidget* parent = nullptr);

    /// The zone the time is entered in (the place's).
    void setZone(const QString& zone);
    [[nodiscard]] QString zone() const { return m_zone; }
    /// Also shows the instant in this zone (e.g. the trip's home zone).
    void setHomeZone(const QString& zone);

    void setValue(const PlannedTime& time);
    /// The time entered, in zone(); may be invalid (e.g. in a DST gap):
    /// check with Validation before writing.
    [[nodiscard]] PlannedTime value() const;

    [[nodiscard]] QDateTimeEdit* editor() const { return m_edit; }

signals:
    /// The user confirmed an edit (Return or focus left the field).
    void edited();

private:
    void updateLabel();

    QDateTimeEdit* m_edit = nullptr;
    QLabel* m_label = nullptr;
    QString m_zone;
    QString m_homeZone;
};

/// "17 Aug 2016 09:30" in the time's own zone, followed by the zone and
/// offset unless brief; in homeZone instead when it is not empty.
QString formatPlannedTime(const PlannedTime& time, const QString& homeZone = {}, bool brief = false);

}  // namespace planner
