#include "models/MouPartyModel.h"

#include "models/ModelRoles.h"

namespace planner {

MouPartyModel::MouPartyModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void MouPartyModel::setNames(QHash<Uuid, QString> organisations, QHash<Uuid, QString> people)
{
    m_organisationNames = std::move(organisations);
    m_personNames = std::move(people);
    if (!m_parties.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void MouPartyModel::setParties(std::vector<MouParty> parties)
{
    beginResetModel();
    m_parties = std::move(parties);
    endResetModel();
}

bool MouPartyModel::addParty(const MouParty& party)
{
    for (const MouParty& p : m_parties) {
        if (p.organisationId == party.organisationId) {
            return false;
        }
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_parties.push_back(party);
    endInsertRows();
    emit partiesEdited();
    return true;
}

bool MouPartyModel::removeParty(int row)
{
    if (row < 0 || row >= rowCount()) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_parties.erase(m_parties.begin() + row);
    endRemoveRows();
    emit partiesEdited();
    return true;
}

bool MouPartyModel::moveParty(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount() || delta == 0) {
        return false;
    }
    // beginMoveRows takes the destination as the row before which to insert.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target)) {
        return false;
    }
    std::swap(m_parties[static_cast<std::size_t>(row)], m_parties[static_cast<std::size_t>(target)]);
    endMoveRows();
    emit partiesEdited();
    return true;
}

int MouPartyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_parties.size());
}

int MouPartyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MouPartyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MouParty& p = m_parties[static_cast<std::size_t>(index.row())];
    const Uuid& id = index.column() == OrganisationColumn ? p.organisationId : p.signatoryId;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == OrganisationColumn) {
            return m_organisationNames.value(id, tr("(unknown organisation)"));
        }
        return id.isEmpty() ? tr("(not named yet)") : m_personNames.value(id, tr("(unknown person)"));
    case Qt::EditRole:
    case IdRole: return id;
    case Qt::ToolTipRole:
        return index.column() == OrganisationColumn ? tr("Double-click or F2 to choose another organisation")
                                                    : tr("Double-click or F2 to choose who signs for it (optional)");
    default: return {};
    }
}

bool MouPartyModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    MouParty& p = m_parties[static_cast<std::size_t>(index.row())];
    const Uuid id = value.toString();
    if (index.column() == OrganisationColumn) {
        if (id.isEmpty() || id == p.organisationId) {
            return false;
        }
        p.organisationId = id;
    } else {
        if (id == p.signatoryId) {
            return false;
        }
        p.signatoryId = id;
    }
    emit dataChanged(index, index);
    emit partiesEdited();
    return true;
}

QVariant MouPartyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case OrganisationColumn: return tr("Party (organisation)");
    case SignatoryColumn: return tr("Signatory");
    default: return {};
    }
}

Qt::ItemFlags MouPartyModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

}  // namespace planner
