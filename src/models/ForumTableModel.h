#pragma once

#include "domain/Entities.h"

#include <QAbstractTableModel>

#include <vector>

namespace planner {

/// The forums of one trip: title, city, venue, local start (labelled with
/// zone and UTC offset; the tooltip gives the trip's home time), number of
/// sessions, hosts and co-hosts. Read from the trip's shared snapshot
/// (Document::trip()), so that showing it costs no query of its own.
class ForumTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, CityColumn, VenueColumn, StartColumn, SessionsColumn, HostsColumn, ColumnCount };

    explicit ForumTableModel(QObject* parent = nullptr);

    /// Shows the forums of a trip (none when trip is null).
    void setTrip(const TripBundle* trip);

    /// The forum of a row, without its sessions (sessionCount() has them).
    [[nodiscard]] const Forum& forum(int row) const { return m_rows.at(static_cast<std::size_t>(row)).forum; }
    [[nodiscard]] int sessionCount(int row) const { return m_rows.at(static_cast<std::size_t>(row)).sessions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "17 Aug 2016 09:30 Asia/Tashkent, UTC+05:00"
    static QString startText(const PlannedTime& time);

private:
    struct Row {
        Forum forum;  ///< without its sessions
        int sessions = 0;
        QString city;
        QString venue;
        QString hosts;
        QString homeStart;  ///< the start in the trip's home zone
    };
    std::vector<Row> m_rows;
};

}  // namespace planner
