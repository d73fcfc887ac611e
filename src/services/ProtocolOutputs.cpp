#include "services/ProtocolOutputs.h"

#include "services/SeatingDiagram.h"

#include <QCoreApplication>

#include <algorithm>

namespace planner {

namespace {

struct ProtocolOutputsText {
    Q_DECLARE_TR_FUNCTIONS(planner::ProtocolOutputs)
};

template <typename T> const T* findById(const std::vector<T>& records, const Uuid& id)
{
    const auto it = std::find_if(records.begin(), records.end(), [&](const T& r) { return r.id == id; });
    return it == records.end() ? nullptr : &*it;
}

ProtocolScope headTable(ProtocolScope scope)
{
    scope.headTable = true;
    return scope;
}

QHash<Uuid, ProtocolPerson> byPerson(const std::vector<ProtocolPerson>& people)
{
    QHash<Uuid, ProtocolPerson> map;
    for (const ProtocolPerson& p : people) {
        map.insert(p.person.id, p);
    }
    return map;
}

}  // namespace

QString ProtocolOutputs::title(const TripBundle& bundle, const ProtocolScope& scope)
{
    if (const Forum* f = findById(bundle.forums, scope.forumId)) {
        return f->title;
    }
    if (const Meeting* m = findById(bundle.meetings, scope.meetingId)) {
        return m->title;
    }
    return bundle.trip.title;
}

Result<SeatingPlan> ProtocolOutputs::seating(
    const TripBundle& bundle, const ProtocolScope& scope, std::optional<SeatingLayout> layout)
{
    if (scope.forumId.isEmpty() && scope.meetingId.isEmpty()) {
        return makeError(ProtocolOutputsText::tr("A seating plan is for a meeting or a forum; choose one."));
    }
    const std::optional<SeatingPlan>* stored = nullptr;
    if (const Forum* f = findById(bundle.forums, scope.forumId)) {
        stored = &f->seating;
    } else if (const Meeting* m = findById(bundle.meetings, scope.meetingId)) {
        stored = &m->seating;
    }
    if (stored != nullptr && stored->has_value() && (!layout || (*stored)->layout == *layout)) {
        return **stored;
    }
    auto people = ProtocolPeople::select(bundle, headTable(scope));
    if (!people.ok()) {
        return people.error();
    }
    std::vector<SeatingCandidate> delegation;
    std::vector<SeatingCandidate> hosts;
    ProtocolPeople::candidates(*people, delegation, hosts);
    const SeatingLayout chosen
        = layout.value_or(scope.forumId.isEmpty() ? SeatingLayout::Bilateral : SeatingLayout::UShape);
    return arrangeSeating(chosen, delegation, hosts);
}

namespace {

Result<QByteArray> written(const Result<ProtocolPdf::Document>& document)
{
    return document.ok() ? ProtocolPdf::write(*document) : Result<QByteArray>(document.error());
}

}  // namespace

Result<QByteArray> ProtocolOutputs::badges(const TripBundle& bundle, const ProtocolScope& scope, BadgeOptions options)
{
    return written(badgePages(bundle, scope, std::move(options)));
}

Result<ProtocolPdf::Document> ProtocolOutputs::badgePages(
    const TripBundle& bundle, const ProtocolScope& scope, BadgeOptions options)
{
    auto people = ProtocolPeople::select(bundle, scope);
    if (!people.ok()) {
        return people.error();
    }
    if (options.title.isEmpty()) {
        options.title = ProtocolOutputsText::tr("Name badges — %1").arg(title(bundle, scope));
    }
    return BadgeSheets::pages(*people, options);
}

Result<QByteArray> ProtocolOutputs::placeCards(
    const TripBundle& bundle, const ProtocolScope& scope, PlaceCardOptions options)
{
    return written(placeCardPages(bundle, scope, std::move(options)));
}

Result<ProtocolPdf::Document> ProtocolOutputs::placeCardPages(
    const TripBundle& bundle, const ProtocolScope& scope, PlaceCardOptions options)
{
    auto people = ProtocolPeople::select(bundle, headTable(scope));
    if (!people.ok()) {
        return people.error();
    }
    std::vector<ProtocolPerson> ordered = *people;
    if (!scope.forumId.isEmpty() || !scope.meetingId.isEmpty()) {
        auto plan = seating(bundle, scope);
        if (!plan.ok()) {
            return plan.error();
        }
        ordered = ProtocolPeople::inSeatOrder(*people, *plan);
    }
    if (options.title.isEmpty()) {
        options.title = ProtocolOutputsText::tr("Place cards — %1").arg(title(bundle, scope));
    }
    return PlaceCards::pages(ordered, options);
}

Result<QByteArray> ProtocolOutputs::seatingDiagram(
    const TripBundle& bundle, const ProtocolScope& scope, std::optional<SeatingLayout> layout, bool png)
{
    if (!png) {
        return written(seatingPages(bundle, scope, layout));
    }
    auto plan = seating(bundle, scope, layout);
    if (!plan.ok()) {
        return plan.error();
    }
    auto people = ProtocolPeople::select(bundle, headTable(scope));
    if (!people.ok()) {
        return people.error();
    }
    return SeatingDiagram::toPng(*plan, byPerson(*people), title(bundle, scope));
}

Result<ProtocolPdf::Document> ProtocolOutputs::seatingPages(
    const TripBundle& bundle, const ProtocolScope& scope, std::optional<SeatingLayout> layout)
{
    auto plan = seating(bundle, scope, layout);
    if (!plan.ok()) {
        return plan.error();
    }
    auto people = ProtocolPeople::select(bundle, headTable(scope));
    if (!people.ok()) {
        return people.error();
    }
    return SeatingDiagram::pages(*plan, byPerson(*people), title(bundle, scope));
}

}  // namespace planner
