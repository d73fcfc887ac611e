#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QAbstractTableModel>

#include <vector>

namespace planner {

class Database;

/// The trips of a database (title, start, end), read from TripRepository.
class TripListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, StartColumn, EndColumn, ColumnCount };

    explicit TripListModel(QObject* parent = nullptr);

    /// Loads the trips of db (none when db is null). On failure the model is empty.
    Status reload(Database* db);

    [[nodiscard]] const Trip& trip(int row) const { return m_trips.at(static_cast<std::size_t>(row)); }
    /// The row of a trip, or -1.
    [[nodiscard]] int rowOf(const Uuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Trip> m_trips;
};

}  // namespace planner
