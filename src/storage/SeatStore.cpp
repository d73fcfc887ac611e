// The seats of meetings' and forums' seating plans (table seats, schema
// version 4), shared by MeetingRepository and ForumRepository.

#include "storage/RepositorySupport.h"

namespace planner::storage {

Result<ChildMap<Seat>> readSeats(Database& db, const SeatOwner& owner, const QString& where, const Uuid& key)
{
    SqlQuery q(db,
        QStringLiteral("SELECT st.%1, st.person_id, st.side, st.seat_row, st.place FROM seats st "
                       "JOIN %2 %3 ON %3.id = st.%1 WHERE %4 ORDER BY st.%1, st.position")
            .arg(owner.column, owner.table, owner.alias, where));
    if (!key.isNull()) {
        q.bind(QStringLiteral(":key"), key);
    }
    if (Status s = q.exec(); !s) {
        return s.error();
    }
    ChildMap<Seat> seats;
    while (q.next()) {
        seats[q.text(0)].push_back({ q.text(1), seatingSideFromToken(q.text(2)).value_or(SeatingSide::Delegation),
            q.integer(3), q.integer(4) });
    }
    return seats;
}

Status writeSeats(Database& db, const SeatOwner& owner, const Uuid& id, const std::optional<SeatingPlan>& plan)
{
    SqlQuery clear(db, QStringLiteral("DELETE FROM seats WHERE %1 = :id").arg(owner.column));
    clear.bind(QStringLiteral(":id"), id);
    if (Status s = clear.exec(); !s) {
        return s;
    }
    if (!plan) {
        return {};
    }
    int position = 0;
    for (const Seat& seat : plan->seats) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO seats (%1, person_id, side, seat_row, place, position) "
                           "VALUES (:owner, :person, :side, :row, :place, :position)")
                .arg(owner.column));
        q.bind(QStringLiteral(":owner"), id)
            .bind(QStringLiteral(":person"), seat.personId)
            .bind(QStringLiteral(":side"), token(seat.side))
            .bind(QStringLiteral(":row"), seat.row)
            .bind(QStringLiteral(":place"), seat.place)
            .bind(QStringLiteral(":position"), position++);
        if (Status s = q.exec(); !s) {
            return s;
        }
    }
    return {};
}

QVariant layoutColumn(const std::optional<SeatingPlan>& plan)
{
    return plan ? QVariant(token(plan->layout)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<SeatingPlan> seatingPlan(const QString& layout, std::vector<Seat> seats)
{
    if (layout.isEmpty()) {
        return std::nullopt;
    }
    SeatingPlan plan;
    plan.layout = seatingLayoutFromToken(layout).value_or(SeatingLayout::Bilateral);
    plan.seats = std::move(seats);
    return plan;
}

}  // namespace planner::storage
