#include "models/ProgrammeModel.h"

#include "domain/DateText.h"
#include "models/ProgrammeData.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace planner {

namespace {

QString text(const char* source, int n = -1)
{
    return QCoreApplication::translate("planner::ProgrammeModel", source, nullptr, n);
}

QString zoneWithOffset(const PlannedTime& t)
{
    return t.isNull() ? QString() : QStringLiteral("%1 UTC%2").arg(t.zone(), t.utcOffsetText());
}

}  // namespace

ProgrammeModel::ProgrammeModel(QObject* parent)
    : RecordTableModel<ProgrammeItem>(
        {
            RecordTableModel<ProgrammeItem>::Column { text("When"),
                [this](const ProgrammeItem& i) { return timeText(i.start); },
                [](const ProgrammeItem& i) { return i.start.toUtc(); },
                [](const ProgrammeItem& i) { return i.start.label(); } },
            RecordTableModel<ProgrammeItem>::Column { text("Until"),
                [this](const ProgrammeItem& i) { return untilText(i); },
                [](const ProgrammeItem& i) { return i.end.toUtc(); },
                [](const ProgrammeItem& i) { return i.end.label(); } },
            RecordTableModel<ProgrammeItem>::Column {
                text("Zone"), [this](const ProgrammeItem& i) { return zoneText(i); } },
            RecordTableModel<ProgrammeItem>::Column {
                text("Kind"), [](const ProgrammeItem& i) { return kindLabel(i.kind); } },
            RecordTableModel<ProgrammeItem>::Column { text("Title"), [](const ProgrammeItem& i) { return i.title; }, {},
                [](const ProgrammeItem& i) { return i.title; } },
            RecordTableModel<ProgrammeItem>::Column { text("Place"), [](const ProgrammeItem& i) { return i.place; } },
            RecordTableModel<ProgrammeItem>::Column { text("Details"), [](const ProgrammeItem& i) { return i.details; },
                {}, [](const ProgrammeItem& i) { return i.details; } },
        },
        parent)
{
}

void ProgrammeModel::setData(const ProgrammeData& data)
{
    setRecords(items(data));
}

void ProgrammeModel::setDisplayZone(const QString& zone)
{
    if (zone == m_displayZone) {
        return;
    }
    m_displayZone = zone;
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

QVariant ProgrammeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProgrammeItem& item = record(index.row());
    switch (role) {
    case KindRole: return static_cast<int>(item.kind);
    case SearchRole: return item.search;
    case Qt::FontRole:
        if (item.kind == RecordKind::Forum && index.column() == TitleColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return RecordTableModel<ProgrammeItem>::data(index, role);
    }
}

QString ProgrammeModel::timeText(const PlannedTime& t) const
{
    if (t.isNull()) {
        return {};
    }
    const PlannedTime shown = m_displayZone.isEmpty() ? t : t.inZone(m_displayZone);
    return datetext::dateTime(shown.localDate(), shown.localTime(), datetext::Part::Weekday);
}

QString ProgrammeModel::untilText(const ProgrammeItem& item) const
{
    if (item.end.isNull()) {
        return {};
    }
    const PlannedTime start = m_displayZone.isEmpty() ? item.start : item.start.inZone(m_displayZone);
    const PlannedTime end = m_displayZone.isEmpty() ? item.end : item.end.inZone(m_displayZone);
    if (!start.isNull() && start.localDate() == end.localDate()) {
        return QLocale().toString(end.localTime(), QStringLiteral("HH:mm"));
    }
    return datetext::dateTime(end.localDate(), end.localTime(), datetext::Part::Weekday);
}

QString ProgrammeModel::zoneText(const ProgrammeItem& item) const
{
    if (!m_displayZone.isEmpty()) {
        return zoneWithOffset(item.start.inZone(m_displayZone));
    }
    if (item.kind == RecordKind::Leg && item.start.zone() != item.end.zone()) {
        return QStringLiteral("UTC%1 → UTC%2").arg(item.start.utcOffsetText(), item.end.utcOffsetText());
    }
    return zoneWithOffset(item.start);
}

QString ProgrammeModel::kindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Stop: return text("Stop");
    case RecordKind::Leg: return text("Travel");
    case RecordKind::Forum: return text("Forum");
    default: return {};
    }
}

std::vector<ProgrammeItem> ProgrammeModel::items(const ProgrammeData& data)
{
    std::vector<ProgrammeItem> out;
    out.reserve(data.stops.size() + data.legs.size() + data.forums.size());
    for (const Stop& s : data.stops) {
        ProgrammeItem i;
        i.id = s.id;
        i.kind = RecordKind::Stop;
        i.start = s.arrival;
        i.end = s.departure;
        i.title = data.stopName(s.id);
        i.place = s.lodging;
        int forums = 0;
        for (const Forum& f : data.forums) {
            forums += f.stopId == s.id ? 1 : 0;
        }
        i.details = forums == 0 ? QString() : text("%n forum(s)", forums);
        i.search = QStringList { s.city, s.country, s.zone, s.lodging, s.notes }.join(QLatin1Char('\n'));
        out.push_back(std::move(i));
    }
    for (const TravelLeg& l : data.legs) {
        ProgrammeItem i;
        i.id = l.id;
        i.kind = RecordKind::Leg;
        i.start = l.departure;
        i.end = l.arrival;
        i.title = data.legTitle(l);
        QStringList passengers;
        for (const Uuid& p : l.passengerIds) {
            passengers << data.personName(p);
        }
        i.details = l.passengerIds.empty() ? text("whole delegation")
                                           : text("%n passenger(s)", static_cast<int>(l.passengerIds.size()));
        i.search
            = QStringList { i.title, l.carrier + l.flightNumber, l.notes, passengers.join(QLatin1Char('\n')) }.join(
                QLatin1Char('\n'));
        out.push_back(std::move(i));
    }
    for (const Forum& f : data.forums) {
        ProgrammeItem i;
        i.id = f.id;
        i.kind = RecordKind::Forum;
        i.start = f.start;
        i.end = f.end;
        i.title = f.title;
        const Stop* stop = data.stop(f.stopId);
        const QString venue = data.venueName(f.venueId);
        i.place = stop ? (venue.isEmpty() ? stop->city : QStringLiteral("%1, %2").arg(venue, stop->city)) : venue;
        QStringList hosts;
        QStringList search { f.title, f.description, i.place };
        for (const ForumHost& h : f.hosts) {
            hosts << data.organisationName(h.organisationId);
        }
        search << hosts;
        for (const AgendaSession& s : f.sessions) {
            search << s.title << s.room << s.notes << data.organisationName(s.presentingOrganisationId);
            for (const SessionSpeaker& sp : s.speakers) {
                search << data.personName(sp.personId);
            }
        }
        i.details = text("%n session(s)", static_cast<int>(f.sessions.size()));
        if (!hosts.isEmpty()) {
            i.details += QStringLiteral(" · ") + hosts.join(QStringLiteral(", "));
        }
        i.search = search.join(QLatin1Char('\n'));
        out.push_back(std::move(i));
    }
    std::stable_sort(out.begin(), out.end(), [](const ProgrammeItem& a, const ProgrammeItem& b) {
        return compareInstants(a.start, b.start) == std::partial_ordering::less;
    });
    return out;
}

}  // namespace planner
