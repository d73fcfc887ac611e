#include "domain/Seating.h"

#include <QCoreApplication>

#include <algorithm>

namespace planner {

namespace {

struct LayoutName {
    SeatingLayout layout;
    const char* token;
};

constexpr LayoutName kLayouts[] = { { SeatingLayout::Bilateral, "bilateral" }, { SeatingLayout::UShape, "u-shape" },
    { SeatingLayout::Theatre, "theatre" } };

/// The candidates by rank, interpreters apart; a stable sort keeps equal
/// ranks in the order given.
struct Ranked {
    std::vector<Uuid> principals;
    std::vector<Uuid> interpreters;
};

Ranked rank(std::vector<SeatingCandidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const SeatingCandidate& a, const SeatingCandidate& b) { return a.precedence < b.precedence; });
    Ranked ranked;
    for (const SeatingCandidate& c : candidates) {
        (c.interpreter ? ranked.interpreters : ranked.principals).push_back(c.personId);
    }
    return ranked;
}

/// A table (Bilateral, UShape): principals at row 0, interpreters behind the head.
void seatAtTable(SeatingLayout layout, SeatingSide side, const Ranked& ranked, std::vector<Seat>& seats)
{
    const bool alternate = layout == SeatingLayout::Bilateral;
    for (int i = 0; i < static_cast<int>(ranked.principals.size()); ++i) {
        seats.push_back(
            { ranked.principals[static_cast<std::size_t>(i)], side, 0, alternate ? alternatingPlace(i) : i });
    }
    for (int i = 0; i < static_cast<int>(ranked.interpreters.size()); ++i) {
        seats.push_back({ ranked.interpreters[static_cast<std::size_t>(i)], side, 1, alternatingPlace(i) });
    }
}

/// Theatre: the interpreters beside the head, then rows filled by rank from
/// the front.
void seatInRows(SeatingSide side, const Ranked& ranked, int perRow, std::vector<Seat>& seats)
{
    std::vector<Uuid> order = ranked.principals;
    const auto afterHead = order.empty() ? order.end() : order.begin() + 1;
    order.insert(afterHead, ranked.interpreters.begin(), ranked.interpreters.end());
    for (int i = 0; i < static_cast<int>(order.size()); ++i) {
        seats.push_back({ order[static_cast<std::size_t>(i)], side, i / perRow, i % perRow });
    }
}

}  // namespace

QString token(SeatingLayout layout)
{
    for (const LayoutName& name : kLayouts) {
        if (name.layout == layout) {
            return QString::fromLatin1(name.token);
        }
    }
    return {};
}

std::optional<SeatingLayout> seatingLayoutFromToken(const QString& token)
{
    for (const LayoutName& name : kLayouts) {
        if (token == QLatin1String(name.token)) {
            return name.layout;
        }
    }
    return std::nullopt;
}

QString label(SeatingLayout layout)
{
    switch (layout) {
    case SeatingLayout::Bilateral: return QCoreApplication::translate("planner::Seating", "Bilateral table");
    case SeatingLayout::UShape: return QCoreApplication::translate("planner::Seating", "U-shape");
    case SeatingLayout::Theatre: return QCoreApplication::translate("planner::Seating", "Theatre rows");
    }
    return {};
}

QString token(SeatingSide side)
{
    return side == SeatingSide::Host ? QStringLiteral("host") : QStringLiteral("delegation");
}

std::optional<SeatingSide> seatingSideFromToken(const QString& token)
{
    if (token == QLatin1String("host")) {
        return SeatingSide::Host;
    }
    if (token == QLatin1String("delegation")) {
        return SeatingSide::Delegation;
    }
    return std::nullopt;
}

const Seat* SeatingPlan::seatOf(const Uuid& personId) const
{
    const auto it = std::find_if(seats.begin(), seats.end(), [&](const Seat& s) { return s.personId == personId; });
    return it == seats.end() ? nullptr : &*it;
}

std::vector<Uuid> SeatingPlan::personIds() const
{
    std::vector<Uuid> ids;
    ids.reserve(seats.size());
    for (const Seat& seat : seats) {
        ids.push_back(seat.personId);
    }
    return ids;
}

bool SeatingPlan::swap(const Uuid& first, const Uuid& second)
{
    auto find = [this](const Uuid& id) {
        return std::find_if(seats.begin(), seats.end(), [&](const Seat& s) { return s.personId == id; });
    };
    const auto a = find(first);
    const auto b = find(second);
    if (a == seats.end() || b == seats.end()) {
        return false;
    }
    std::swap(a->personId, b->personId);
    return true;
}

int alternatingPlace(int rank)
{
    return rank == 0 ? 0 : ((rank % 2 == 1) ? (rank + 1) / 2 : -(rank / 2));
}

SeatingPlan arrangeSeating(SeatingLayout layout, std::vector<SeatingCandidate> delegation,
    std::vector<SeatingCandidate> hosts, int theatreSeatsPerSide)
{
    SeatingPlan plan;
    plan.layout = layout;
    const Ranked guests = rank(std::move(delegation));
    const Ranked home = rank(std::move(hosts));
    if (layout == SeatingLayout::Theatre) {
        const int perRow = std::max(1, theatreSeatsPerSide);
        seatInRows(SeatingSide::Delegation, guests, perRow, plan.seats);
        seatInRows(SeatingSide::Host, home, perRow, plan.seats);
    } else {
        seatAtTable(layout, SeatingSide::Delegation, guests, plan.seats);
        seatAtTable(layout, SeatingSide::Host, home, plan.seats);
    }
    return plan;
}

}  // namespace planner
