#pragma once

// Who a protocol office prints for: the delegation in order of precedence
// and the host side in the order of the host list, for the whole trip, one
// forum or one meeting; with what a badge, a place card or a seat shows.

#include "domain/Entities.h"
#include "domain/Result.h"
#include "domain/Seating.h"

#include <QString>

#include <optional>
#include <vector>

namespace planner {

struct ProtocolPerson {
    Person person;
    Organisation organisation;  ///< empty when the person has none
    std::optional<MemberRole> role;  ///< the role in the delegation; none for the host side
    int precedence = 0;  ///< the member's, or the place in the host list
    bool hostSide = false;

    /// "H.E. HONG Yun-sik": honorific and the Latin name.
    [[nodiscard]] QString latinName() const;
    /// The name in the local script, or empty.
    [[nodiscard]] QString localName() const { return person.localName.trimmed(); }
    /// The country of the organisation as a protocol document writes it
    /// ("Republic of Korea", "Republic of Uzbekistan": see Countries);
    /// empty when the organisation has none.
    [[nodiscard]] QString country() const;
    /// "Head of delegation", "Host", ...
    [[nodiscard]] QString roleText() const;
};

/// Whose badges or cards: the whole delegation, or the people of a forum
/// (its speakers and the people of its host organisations) or of a meeting
/// (its participants and counterparts). A forum's head table is the
/// speakers of its opening, keynote, signing and closing sessions and the
/// people of its hosts.
struct ProtocolScope {
    Uuid forumId;
    Uuid meetingId;
    bool headTable = false;
    /// When not empty, only these of the people above (a choice the user
    /// made); their order stays that of precedence and of the host list.
    std::vector<Uuid> personIds;
};

class ProtocolPeople {
public:
    /// The delegation first by precedence, then the host side in the order
    /// of the host list. Fails when the forum or meeting is not in the trip.
    static Result<std::vector<ProtocolPerson>> select(const TripBundle& bundle, const ProtocolScope& scope);

    /// The candidates of a seating plan for these people.
    static void candidates(const std::vector<ProtocolPerson>& people, std::vector<SeatingCandidate>& delegation,
        std::vector<SeatingCandidate>& hosts);

    /// The people in the order of the plan's seats; seats of people not
    /// among them are left out.
    static std::vector<ProtocolPerson> inSeatOrder(const std::vector<ProtocolPerson>& people, const SeatingPlan& plan);
};

}  // namespace planner
