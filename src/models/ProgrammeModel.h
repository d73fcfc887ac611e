#pragma once

#include "commands/RecordChange.h"
#include "models/RecordTableModel.h"

namespace planner {

struct ProgrammeData;

/// One row of a trip's programme: a stop, a travel leg or a forum.
struct ProgrammeItem {
    Uuid id;
    RecordKind kind = RecordKind::Stop;
    PlannedTime start;
    PlannedTime end;
    QString title;
    QString place;
    QString details;
    QString search;  ///< every name the row can be found by (incl. its sessions)
    bool operator==(const ProgrammeItem&) const = default;
};

/// The stops, travel legs and forums of a trip in one table, in time
/// order: when, until, zone, kind, title, place, details. Times are shown
/// in the local time of each place, or in displayZone() when one is set.
class ProgrammeModel : public RecordTableModel<ProgrammeItem> {
public:
    enum Column { WhenColumn, UntilColumn, ZoneColumn, KindColumn, TitleColumn, PlaceColumn, DetailsColumn };
    enum Role {
        KindRole = SortRole + 20,  ///< RecordKind as int
        SearchRole,  ///< text the search field matches
    };

    explicit ProgrammeModel(QObject* parent = nullptr);

    /// Shows the programme of data (keeps rows that did not change).
    void setData(const ProgrammeData& data);
    /// The zone times are shown in; empty for each place's own.
    void setDisplayZone(const QString& zone);
    [[nodiscard]] QString displayZone() const { return m_displayZone; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The rows for data, in time order.
    static std::vector<ProgrammeItem> items(const ProgrammeData& data);
    /// "Stop", "Travel", "Forum"
    static QString kindLabel(RecordKind kind);

private:
    QString timeText(const PlannedTime& t) const;
    QString untilText(const ProgrammeItem& item) const;
    QString zoneText(const ProgrammeItem& item) const;

    QString m_displayZone;
};

}  // namespace planner
