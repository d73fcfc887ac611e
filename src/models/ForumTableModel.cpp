#include "models/ForumTableModel.h"

#include "domain/DateText.h"
#include "models/ModelRoles.h"

#include <QHash>
#include <QLocale>

namespace planner {

ForumTableModel::ForumTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

QString ForumTableModel::startText(const PlannedTime& time)
{
    if (time.isNull()) {
        return {};
    }
    return datetext::date(time.localDate(), datetext::Part::Year) + QLatin1Char(' ') + time.label();
}

void ForumTableModel::setTrip(const TripBundle* trip)
{
    std::vector<Row> rows;
    if (trip != nullptr) {
        QHash<Uuid, QString> cityOfStop;
        for (const Stop& stop : trip->stops) {
            cityOfStop.insert(stop.id, stop.city);
        }
        QHash<Uuid, QString> venueName;
        for (const Venue& venue : trip->venues) {
            venueName.insert(venue.id, venue.name);
        }
        QHash<Uuid, QString> orgName;
        for (const Organisation& organisation : trip->organisations) {
            orgName.insert(organisation.id, organisation.name);
        }
        rows.reserve(trip->forums.size());
        for (const Forum& forum : trip->forums) {
            QStringList hosts;
            for (const ForumHost& host : forum.hosts) {
                const QString name = orgName.value(host.organisationId);
                hosts << (host.role == HostRole::CoHost ? tr("%1 (co-host)").arg(name) : name);
            }
            QString homeStart;
            if (!forum.start.isNull() && !trip->trip.homeZone.isEmpty()) {
                homeStart
                    = tr("In %1: %2").arg(trip->trip.homeZone, startText(forum.start.inZone(trip->trip.homeZone)));
            }
            // Everything but the sessions: a summit's would be copied for a count.
            Forum heading;
            heading.id = forum.id;
            heading.tripId = forum.tripId;
            heading.stopId = forum.stopId;
            heading.venueId = forum.venueId;
            heading.title = forum.title;
            heading.start = forum.start;
            heading.end = forum.end;
            heading.hosts = forum.hosts;
            heading.description = forum.description;
            heading.seating = forum.seating;
            rows.push_back(
                { std::move(heading), static_cast<int>(forum.sessions.size()), cityOfStop.value(forum.stopId),
                    venueName.value(forum.venueId), hosts.join(QStringLiteral("; ")), homeStart });
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ForumTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ForumTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForumTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Row& row = m_rows.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return row.forum.title;
        case CityColumn: return row.city;
        case VenueColumn: return row.venue;
        case StartColumn: return startText(row.forum.start);
        case SessionsColumn: return row.sessions;
        case HostsColumn: return row.hosts;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StartColumn: return row.homeStart;
        case TitleColumn: return row.forum.description.isEmpty() ? row.forum.title : row.forum.description;
        case HostsColumn: return row.hosts;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == SessionsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return row.forum.id;
    case SortRole:
        switch (index.column()) {
        case StartColumn:
            return row.forum.start.isNull() ? QVariant(qint64(0))
                                            : QVariant(row.forum.start.toUtc().toMSecsSinceEpoch());
        case SessionsColumn: return row.sessions;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    default: return {};
    }
}

QVariant ForumTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn: return tr("Forum");
    case CityColumn: return tr("City");
    case VenueColumn: return tr("Venue");
    case StartColumn: return tr("Starts (local time)");
    case SessionsColumn: return tr("Sessions");
    case HostsColumn: return tr("Hosts and co-hosts");
    default: return {};
    }
}

}  // namespace planner
