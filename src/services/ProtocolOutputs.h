#pragma once

// The protocol outputs of a trip, a forum or a meeting, from its bundle:
// badges, place cards (in seat order where there is a seating plan) and
// the seating plan itself.

#include "domain/Result.h"
#include "domain/Seating.h"
#include "services/BadgeSheets.h"
#include "services/PlaceCards.h"
#include "services/ProtocolPeople.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace planner {

class ProtocolOutputs {
public:
    /// The trip's, the forum's or the meeting's title.
    static QString title(const TripBundle& bundle, const ProtocolScope& scope);

    /// The plan stored with the meeting or forum (unless another layout is
    /// asked for), else its people seated by precedence in the given layout
    /// (Bilateral for a meeting, UShape for a forum when none is given).
    static Result<SeatingPlan> seating(
        const TripBundle& bundle, const ProtocolScope& scope, std::optional<SeatingLayout> layout = std::nullopt);

    static Result<QByteArray> badges(const TripBundle& bundle, const ProtocolScope& scope, BadgeOptions options);
    static Result<QByteArray> placeCards(
        const TripBundle& bundle, const ProtocolScope& scope, PlaceCardOptions options);

    /// The pages of the badges, place cards and seating plan, for the print
    /// preview (the PDFs above are written from them).
    static Result<ProtocolPdf::Document> badgePages(
        const TripBundle& bundle, const ProtocolScope& scope, BadgeOptions options);
    static Result<ProtocolPdf::Document> placeCardPages(
        const TripBundle& bundle, const ProtocolScope& scope, PlaceCardOptions options);
    static Result<ProtocolPdf::Document> seatingPages(
        const TripBundle& bundle, const ProtocolScope& scope, std::optional<SeatingLayout> layout = std::nullopt);
    /// The seating plan as a PDF or a PNG image.
    static Result<QByteArray> seatingDiagram(
        const TripBundle& bundle, const ProtocolScope& scope, std::optional<SeatingLayout> layout, bool png);
};

}  // namespace planner
