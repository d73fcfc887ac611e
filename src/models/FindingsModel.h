#pragma once

#include "models/ModelRoles.h"
#include "services/Finding.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QPointer>

#include <vector>

namespace planner {

class CheckResults;

/// The findings of the planning checks as a tree: groups (by severity or by
/// rule) with their findings below, or the findings alone. Sorted through
/// a QSortFilterProxyModel with SortRole. Follows its CheckResults: every
/// check resets the model.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, WhenColumn, RecordsColumn, StatusColumn, ColumnCount };
    enum class Grouping { None, BySeverity, ByRule };
    enum Role {
        FingerprintRole = SortRole + 20,  ///< QString; empty on group rows
        RecordKindRole,  ///< int(RecordKind) of the record to open first; invalid on group rows
        GroupRole,  ///< true on group rows
        AcknowledgedRole,  ///< bool
    };

    explicit FindingsModel(CheckResults* results, QObject* parent = nullptr);

    void setGrouping(Grouping grouping);
    [[nodiscard]] Grouping grouping() const { return m_grouping; }
    /// Times in this zone (the trip's home zone); empty: each in its own.
    void setDisplayZone(const QString& zone);

    /// Index into CheckResults::findings() of a row, or -1 for a group row.
    [[nodiscard]] int findingAt(const QModelIndex& index) const;
    /// The index (column 0) of the finding with this fingerprint; invalid when none.
    [[nodiscard]] QModelIndex indexOfFingerprint(const QString& fingerprint) const;

    /// A marker for a severity that reads without colour: a red octagon with
    /// a cross (error), an amber triangle with "!" (warning), a blue circle
    /// with "i" (note), a grey circle with a tick (acknowledged).
    static QIcon icon(Severity severity, bool acknowledged = false);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group {
        QString title;
        int order = 0;
        std::optional<Severity> severity;
        std::vector<int> findings;
        int open = 0;
    };

    void rebuild();
    QVariant groupData(const Group& group, int row, int column, int role) const;
    QVariant findingData(int finding, int column, int role) const;

    QPointer<CheckResults> m_results;
    Grouping m_grouping = Grouping::BySeverity;
    QString m_displayZone;
    std::vector<Group> m_groups;  ///< empty without grouping
    std::vector<int> m_flat;  ///< the findings without grouping
};

}  // namespace planner
