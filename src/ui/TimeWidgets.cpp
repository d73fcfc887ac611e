#include "ui/TimeWidgets.h"

#include "domain/DateText.h"

#include <QCompleter>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace planner {

namespace {

QStringList zoneIds()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
            const QString name = QString::fromUtf8(id);
            // Region/City names are what people choose; skip legacy aliases.
            if (PlannedTime::isKnownZone(name) && name.contains(QLatin1Char('/'))
                && !name.startsWith(QLatin1String("Etc/")) && !name.startsWith(QLatin1String("SystemV/"))) {
                out << name;
            }
        }
        out << QStringLiteral("UTC");
        out.sort();
        return out;
    }();
    return ids;
}

}  // namespace

ZoneComboBox::ZoneComboBox(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItems(zoneIds());
    auto* completer = new QCompleter(zoneIds(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    setToolTip(tr("IANA time zone of the place, e.g. Asia/Tashkent; type part of a city to search"));
    connect(this, &QComboBox::activated, this, [this] {
        if (!zone().isEmpty()) {
            emit zoneEdited(zone());
        }
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (lineEdit()->isModified()) {
            lineEdit()->setModified(false);
            emit zoneEdited(zone());
        }
    });
}

QString ZoneComboBox::zone() const
{
    const QString text = currentText().trimmed();
    return PlannedTime::isKnownZone(text) ? text : QString();
}

void ZoneComboBox::setZone(const QString& zone)
{
    const int index = findText(zone);
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setEditText(zone);
    }
}

PlannedTimeEdit::PlannedTimeEdit(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QDateTimeEdit(this);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setCalendarPopup(true);
    m_edit->setTimeSpec(Qt::UTC);  // a plain wall-clock value; the zone is ours
    m_label = new QLabel(this);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_edit);
    layout->addWidget(m_label, 1);
    setFocusProxy(m_edit);
    connect(m_edit, &QDateTimeEdit::editingFinished, this, &PlannedTimeEdit::edited);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &PlannedTimeEdit::updateLabel);
}

void PlannedTimeEdit::setZone(const QString& zone)
{
    m_zone = zone;
    updateLabel();
}

void PlannedTimeEdit::setHomeZone(const QString& zone)
{
    m_homeZone = zone;
    updateLabel();
}

void PlannedTimeEdit::setValue(const PlannedTime& time)
{
    const QSignalBlocker blocker(m_edit);
    if (!time.zone().isEmpty()) {
        m_zone = time.zone();
    }
    m_edit->setDateTime(time.isNull() ? QDateTime(QDate(2000, 1, 1), QTime(9, 0), QTimeZone::utc())
                                      : QDateTime(time.localDate(), time.localTime(), QTimeZone::utc()));
    updateLabel();
}

PlannedTime PlannedTimeEdit::value() const
{
    const QDateTime shown = m_edit->dateTime();
    return PlannedTime(QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute())), m_zone);
}

void PlannedTimeEdit::updateLabel()
{
    const PlannedTime t = value();
    if (m_zone.isEmpty()) {
        m_label->setText(tr("(no time zone)"));
        return;
    }
    if (!t.isValid()) {
        m_label->setText(tr("%1 — this time does not exist there (clocks skip it)").arg(m_zone));
        return;
    }
    QString text = tr("%1, UTC%2").arg(m_zone, t.utcOffsetText());
    if (!m_homeZone.isEmpty() && m_homeZone != m_zone) {
        text += tr("  ·  %1 in %2").arg(formatPlannedTime(t, m_homeZone, true), m_homeZone);
    }
    m_label->setText(text);
}

QString formatPlannedTime(const PlannedTime& time, const QString& homeZone, bool brief)
{
    if (time.isNull()) {
        return {};
    }
    const PlannedTime shown = homeZone.isEmpty() ? time : time.inZone(homeZone);
    const QString text = datetext::dateTime(shown.localDate(), shown.localTime(), datetext::Part::Year);
    if (brief) {
        return text;
    }
    return QStringLiteral("%1 (%2, UTC%3)").arg(text, shown.zone(), shown.utcOffsetText());
}

}  // namespace planner
