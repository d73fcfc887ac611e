#include "models/SearchResultModel.h"

#include "models/ModelRoles.h"

#include <QFont>

namespace planner {

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractItemModel(parent)
{
}

QString SearchResultModel::kindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Person: return tr("People");
    case RecordKind::Organisation: return tr("Organisations");
    case RecordKind::Session: return tr("Agenda sessions");
    case RecordKind::Mou: return tr("MOUs");
    }
    return {};
}

void SearchResultModel::setHits(std::vector<SearchHit> hits)
{
    beginResetModel();
    m_groups.clear();
    for (RecordKind kind : { RecordKind::Person, RecordKind::Organisation, RecordKind::Session, RecordKind::Mou }) {
        Group group { kind, {} };
        for (SearchHit& h : hits) {
            if (h.kind == kind) {
                group.hits.push_back(std::move(h));
            }
        }
        if (!group.hits.empty()) {
            m_groups.push_back(std::move(group));
        }
    }
    endResetModel();
}

int SearchResultModel::hitCount() const
{
    int count = 0;
    for (const Group& g : m_groups) {
        count += static_cast<int>(g.hits.size());
    }
    return count;
}

const SearchHit* SearchResultModel::hit(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId) {
        return nullptr;
    }
    const Group& g = m_groups.at(static_cast<std::size_t>(index.internalId()));
    return &g.hits.at(static_cast<std::size_t>(index.row()));
}

QModelIndex SearchResultModel::firstHit() const
{
    return m_groups.empty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kGroupId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex SearchResultModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId()), 0, kGroupId);
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.column() != 0 || parent.internalId() != kGroupId) {
        return 0;
    }
    return static_cast<int>(m_groups.at(static_cast<std::size_t>(parent.row())).hits.size());
}

int SearchResultModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == kGroupId) {
        const Group& g = m_groups.at(static_cast<std::size_t>(index.row()));
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TitleColumn ? QStringLiteral("%1 (%2)").arg(kindLabel(g.kind)).arg(g.hits.size())
                                                 : QVariant();
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case KindRole: return static_cast<int>(g.kind);
        case IsHitRole: return false;
        default: return {};
        }
    }
    const SearchHit* h = hit(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn: return h->title;
        case DetailColumn: return h->detail;
        case TripColumn: return h->tripId.isEmpty() && h->tripTitle.isEmpty() ? tr("(directory)") : h->tripTitle;
        default: return {};
        }
    case IdRole: return h->id;
    case KindRole: return static_cast<int>(h->kind);
    case TripIdRole: return h->tripId;
    case IsHitRole: return true;
    default: return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn: return tr("Found");
    case DetailColumn: return tr("Details");
    case TripColumn: return tr("Trip");
    default: return {};
    }
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    if (index.internalId() == kGroupId) {
        return Qt::ItemIsEnabled;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

}  // namespace planner
