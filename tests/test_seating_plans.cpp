// Seating plans stored with their meeting or forum: written and read back by
// the repositories, carried by the trip document (version 2) byte for byte,
// used by the printed plan, and checked against who takes part.

#include "TestSupport.h"
#include "services/CheckRules.h"
#include "services/ProtocolOutputs.h"
#include "services/SampleTrip.h"
#include "services/TripDocument.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"

using namespace planner;
using planner::test::TempDatabase;

namespace {

struct SampleTrip {
    TempDatabase t;
    TripBundle bundle;

    SampleTrip()
    {
        auto imported = TripTransfer::importTrip(t.db(), sampleTripDocument(), false);
        REQUIRE_OK(imported);
        bundle = *imported;
    }

    Meeting azimov() const
    {
        for (const Meeting& m : bundle.meetings) {
            if (m.title.contains(QStringLiteral("Azimov"))) {
                return m;
            }
        }
        FAIL("no meeting with Azimov in the sample");
        return {};
    }

    TripBundle load()
    {
        auto loaded = TripBundleStore(t.db()).load(bundle.trip.id);
        REQUIRE_OK(loaded);
        return *loaded;
    }

    /// The meeting with a plan arranged by precedence, stored.
    Meeting seatAzimov()
    {
        Meeting m = azimov();
        ProtocolScope scope;
        scope.meetingId = m.id;
        auto plan = ProtocolOutputs::seating(bundle, scope);
        REQUIRE_OK(plan);
        m.seating = *plan;
        REQUIRE_OK(MeetingRepository(t.db()).update(m));
        return m;
    }
};

std::vector<Finding> staleFindings(const TripBundle& bundle)
{
    return checks::seatingStale(bundle, CheckSettings {});
}

}  // namespace

TEST_CASE("A meeting's seating plan is stored with it and read back as it was")
{
    SampleTrip s;
    const Meeting seated = s.seatAzimov();
    REQUIRE(seated.seating);
    CHECK(seated.seating->seats.size() == 4);
    const auto read = MeetingRepository(s.t.db()).get(seated.id);
    REQUIRE_OK(read);
    CHECK(*read == seated);
    s.t.reopen();
    CHECK(*MeetingRepository(s.t.db()).get(seated.id) == seated);

    // Taking the plan away removes its seats.
    Meeting without = seated;
    without.seating.reset();
    REQUIRE_OK(MeetingRepository(s.t.db()).update(without));
    CHECK_FALSE(MeetingRepository(s.t.db()).get(seated.id)->seating.has_value());
}

TEST_CASE("A forum's head table plan is stored with the forum")
{
    SampleTrip s;
    Forum forum = s.bundle.forums.front();
    ProtocolScope scope;
    scope.forumId = forum.id;
    auto plan = ProtocolOutputs::seating(s.bundle, scope, SeatingLayout::Theatre);
    REQUIRE_OK(plan);
    forum.seating = *plan;
    REQUIRE_OK(ForumRepository(s.t.db()).update(forum));
    const auto read = ForumRepository(s.t.db()).get(forum.id);
    REQUIRE_OK(read);
    REQUIRE(read->seating);
    CHECK(read->seating->layout == SeatingLayout::Theatre);
    CHECK(*read == forum);
}

TEST_CASE("The trip document carries seating plans and comes back byte for byte")
{
    SampleTrip s;
    s.seatAzimov();
    const TripBundle loaded = s.load();
    const QByteArray bytes = TripDocument::write(loaded);
    CHECK(bytes.contains("\"seating\": {\n        \"layout\": \"bilateral\",\n        \"seats\": ["));
    CHECK(bytes.contains("\"side\": \"host\""));
    const auto read = TripDocument::read(bytes);
    REQUIRE_OK(read);
    CHECK(*read == loaded);
    CHECK(TripDocument::write(*read) == bytes);

    TempDatabase other;
    REQUIRE_OK(TripBundleStore(other.db()).save(*read, false));
    const auto again = TripBundleStore(other.db()).load(loaded.trip.id);
    REQUIRE_OK(again);
    CHECK(TripDocument::write(*again) == bytes);

    // A seat for someone the document does not hold is refused.
    QByteArray broken = bytes;
    const Meeting m = s.azimov();
    broken.replace(m.counterpartIds.front().toUtf8() + "\",\n            \"side\"",
        QByteArray("00000000-0000-4000-8000-000000000000\",\n            \"side\""));
    CHECK_FALSE(TripDocument::read(broken).ok());
}

TEST_CASE("The printed plan is the stored one, with its swaps")
{
    SampleTrip s;
    Meeting m = s.seatAzimov();
    const auto ids = m.seating->personIds();
    REQUIRE(m.seating->swap(ids[0], ids[1]));
    REQUIRE_OK(MeetingRepository(s.t.db()).update(m));
    ProtocolScope scope;
    scope.meetingId = m.id;
    const auto plan = ProtocolOutputs::seating(s.load(), scope);
    REQUIRE_OK(plan);
    CHECK(*plan == *m.seating);
    // Another layout asked for arranges afresh.
    const auto theatre = ProtocolOutputs::seating(s.load(), scope, SeatingLayout::Theatre);
    REQUIRE_OK(theatre);
    CHECK(theatre->layout == SeatingLayout::Theatre);
}

TEST_CASE("A seating plan that seats someone who left or misses a newcomer is a finding")
{
    SampleTrip s;
    Meeting m = s.seatAzimov();
    CHECK(staleFindings(s.load()).empty());

    const Uuid left = m.participantIds.back();
    m.participantIds.pop_back();
    const Uuid newcomer = s.bundle.members.at(5).personId;
    m.participantIds.push_back(newcomer);
    REQUIRE_OK(MeetingRepository(s.t.db()).update(m));
    const auto findings = staleFindings(s.load());
    REQUIRE(findings.size() == 1);
    const Finding& f = findings.front();
    CHECK(f.ruleId == QStringLiteral("seating-stale"));
    CHECK(f.severity == Severity::Warning);
    CHECK(f.involves(RecordKind::Meeting, m.id));
    const TripIndex index(s.bundle);
    CHECK(f.message.contains(QStringLiteral("seats %1, who no longer take part").arg(index.personName(left))));
    CHECK(f.message.contains(QStringLiteral("has no seat for %1").arg(index.personName(newcomer))));
}

TEST_CASE("A version 1 trip document, from before seating plans, is still read")
{
    QByteArray old = sampleTripDocument();
    REQUIRE(old.contains("\"version\": 2,"));
    old.replace("\"version\": 2,", "\"version\": 1,");
    const auto read = TripDocument::read(old);
    REQUIRE_OK(read);
    CHECK(read->meetings.size() == 5);
    CHECK_FALSE(read->meetings.front().seating.has_value());
}
