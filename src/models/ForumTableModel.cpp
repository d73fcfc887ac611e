#include "models/ForumTableModel.h"

#include "domain/DateText.h"
#include "models/ModelRoles.h"
#include "storage/Repositories.h"

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

Status ForumTableModel::reload(Database* db, const Uuid& tripId)
{
    std::vector<Row> rows;
    Status status;
    if (db != nullptr && !tripId.isEmpty()) {
        status = load(*db, tripId, rows);
    }
    beginResetModel();
    m_rows = status.ok() ? std::move(rows) : std::vector<Row>();
    endResetModel();
    return status;
}

Status ForumTableModel::load(Database& db, const Uuid& tripId, std::vector<Row>& rows) const
{
    const auto trip = TripRepository(db).get(tripId);
    if (!trip.ok()) {
        return trip.error();
    }
    const auto forums = ForumRepository(db).list(tripId);
    if (!forums.ok()) {
        return forums.error();
    }
    const auto stops = ItineraryRepository(db).stops(tripId);
    if (!stops.ok()) {
        return stops.error();
    }
    const auto venues = VenueRepository(db).list();
    if (!venues.ok()) {
        return venues.error();
    }
    const auto organisations = OrganisationRepository(db).list();
    if (!organisations.ok()) {
        return organisations.error();
    }
    QHash<Uuid, QString> cityOfStop;
    for (const Stop& stop : stops.value()) {
        cityOfStop.insert(stop.id, stop.city);
    }
    QHash<Uuid, QString> venueName;
    for (const Venue& venue : venues.value()) {
        venueName.insert(venue.id, venue.name);
    }
    QHash<Uuid, QString> orgName;
    for (const Organisation& organisation : organisations.value()) {
        orgName.insert(organisation.id, organisation.name);
    }
    for (const Forum& forum : forums.value()) {
        QStringList hosts;
        for (const ForumHost& host : forum.hosts) {
            const QString name = orgName.value(host.organisationId);
            hosts << (host.role == HostRole::CoHost ? tr("%1 (co-host)").arg(name) : name);
        }
        QString homeStart;
        if (!forum.start.isNull() && !trip->homeZone.isEmpty()) {
            homeStart = tr("In %1: %2").arg(trip->homeZone, startText(forum.start.inZone(trip->homeZone)));
        }
        rows.push_back({ forum, cityOfStop.value(forum.stopId), venueName.value(forum.venueId),
            hosts.join(QStringLiteral("; ")), homeStart });
    }
    return Status::success();
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
        case SessionsColumn: return static_cast<int>(row.forum.sessions.size());
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
        case SessionsColumn: return static_cast<int>(row.forum.sessions.size());
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
