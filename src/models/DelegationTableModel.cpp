#include "models/DelegationTableModel.h"

#include "models/ModelRoles.h"

#include <QHash>

#include <algorithm>

namespace planner {

DelegationTableModel::DelegationTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void DelegationTableModel::setTrip(const TripBundle* trip)
{
    std::vector<Row> rows;
    if (trip != nullptr) {
        QHash<Uuid, const Person*> personById;
        for (const Person& person : trip->people) {
            personById.insert(person.id, &person);
        }
        QHash<Uuid, QString> orgName;
        for (const Organisation& organisation : trip->organisations) {
            orgName.insert(organisation.id, organisation.name);
        }
        rows.reserve(trip->members.size());
        for (const DelegationMember& member : trip->members) {
            const Person* person = personById.value(member.personId);
            Row row { member, person != nullptr ? *person : Person {}, {} };
            row.organisation = orgName.value(row.person.organisationId);
            rows.push_back(std::move(row));
        }
        std::stable_sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return a.member.precedence < b.member.precedence; });
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DelegationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DelegationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DelegationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Row& row = m_rows.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrecedenceColumn: return row.member.precedence;
        case NameColumn: return row.person.displayName();
        case LocalNameColumn: return row.person.localName;
        case PositionColumn: return row.person.position;
        case OrganisationColumn: return row.organisation;
        case RoleColumn: return label(row.member.role);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !row.person.honorific.isEmpty()) {
            return row.person.honorific + QLatin1Char(' ') + row.person.displayName();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == PrecedenceColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return row.member.id;
    case SortRole:
        switch (index.column()) {
        case PrecedenceColumn: return row.member.precedence;
        case RoleColumn: return static_cast<int>(row.member.role);
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    default: return {};
    }
}

QVariant DelegationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PrecedenceColumn: return tr("#");
    case NameColumn: return tr("Name");
    case LocalNameColumn: return tr("Local name");
    case PositionColumn: return tr("Position");
    case OrganisationColumn: return tr("Organisation");
    case RoleColumn: return tr("Role");
    default: return {};
    }
}

}  // namespace planner
