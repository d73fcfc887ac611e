#include "models/TripListModel.h"

#include "domain/DateText.h"
#include "models/ModelRoles.h"
#include "storage/Repositories.h"

#include <QLocale>

namespace planner {

namespace {

QString dateText(const QDate& date)
{
    return datetext::date(date, datetext::Part::Year);
}

}  // namespace

TripListModel::TripListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

Status TripListModel::reload(Database* db)
{
    Status status;
    beginResetModel();
    m_trips.clear();
    if (db != nullptr) {
        auto trips = TripRepository(*db).list();
        if (trips.ok()) {
            m_trips = std::move(trips).value();
        } else {
            status = trips.error();
        }
    }
    endResetModel();
    return status;
}

int TripListModel::rowOf(const Uuid& id) const
{
    for (std::size_t i = 0; i < m_trips.size(); ++i) {
        if (m_trips[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int TripListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_trips.size());
}

int TripListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TripListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Trip& t = trip(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return t.title;
        case StartColumn: return dateText(t.startDate);
        case EndColumn: return dateText(t.endDate);
        default: return {};
        }
    case Qt::ToolTipRole: return t.purpose.isEmpty() ? t.title : t.title + QLatin1Char('\n') + t.purpose;
    case IdRole: return t.id;
    case SortRole:
        switch (index.column()) {
        case TitleColumn: return t.title.toLower();
        case StartColumn: return t.startDate;
        case EndColumn: return t.endDate;
        default: return {};
        }
    default: return {};
    }
}

QVariant TripListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn: return tr("Trip");
    case StartColumn: return tr("From");
    case EndColumn: return tr("To");
    default: return {};
    }
}

}  // namespace planner
