#pragma once

#include "domain/Entities.h"

#include <QAbstractTableModel>

#include <vector>

namespace planner {

/// The delegation of one trip in order of precedence: precedence, name
/// ("HONG Yun-sik"), local-script name, position, organisation, role.
/// Read from the trip's shared snapshot (Document::trip()): the people it
/// names are there, so the directory of every person is not read for it.
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

    /// Shows the delegation of a trip (none when trip is null).
    void setTrip(const TripBundle* trip);

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
    std::vector<Row> m_rows;
};

}  // namespace planner
