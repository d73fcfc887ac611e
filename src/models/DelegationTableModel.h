#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QAbstractTableModel>

#include <vector>

namespace planner {

class Database;

/// The delegation of one trip in order of precedence: precedence, name
/// ("HONG Yun-sik"), local-script name, position, organisation, role.
/// Read from the repositories.
class DelegationTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        PrecedenceColumn,
        NameColumn,
        LocalNameColumn,
        PositionColumn,
        OrganisationColumn,
        RoleColumn,
        ColumnCount
    };

    explicit DelegationTableModel(QObject* parent = nullptr);

    /// Loads the delegation of a trip (none when db is null or tripId empty).
    Status reload(Database* db, const Uuid& tripId);

    [[nodiscard]] const DelegationMember& member(int row) const
    {
        return m_rows.at(static_cast<std::size_t>(row)).member;
    }
    [[nodiscard]] const Person& person(int row) const { return m_rows.at(static_cast<std::size_t>(row)).person; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        DelegationMember member;
        Person person;
        QString organisation;
    };
    static Status load(Database& db, const Uuid& tripId, std::vector<Row>& rows);

    std::vector<Row> m_rows;
};

}  // namespace planner
