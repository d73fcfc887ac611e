#pragma once

#include "storage/SearchRepository.h"

#include <QAbstractItemModel>

namespace planner {

/// The hits of the global search as a tree: one top-level row per kind
/// ("People (3)"), the hits of that kind below it.
class SearchResultModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, DetailColumn, TripColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 100,  ///< RecordKind as int (on groups and hits)
        TripIdRole,  ///< the hit's trip (QString)
        IsHitRole,  ///< true on a hit, false on a group
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setHits(std::vector<SearchHit> hits);
    [[nodiscard]] int hitCount() const;
    /// The hit at index; null for a group row or an invalid index.
    [[nodiscard]] const SearchHit* hit(const QModelIndex& index) const;
    /// The index of the first hit (invalid when there is none).
    [[nodiscard]] QModelIndex firstHit() const;

    static QString kindLabel(RecordKind kind);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group {
        RecordKind kind;
        std::vector<SearchHit> hits;
    };
    static constexpr quintptr kGroupId = ~quintptr(0);
    std::vector<Group> m_groups;
};

}  // namespace planner
