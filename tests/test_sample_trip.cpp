#include "TestSupport.h"
#include "services/SampleTrip.h"
#include "services/TripDocument.h"
#include "storage/Repositories.h"

using namespace planner;
using namespace planner::test;

TEST_CASE("The bundled sample trip is a valid trip document of the 2016 visit")
{
    const QByteArray bytes = sampleTripDocument();
    REQUIRE_FALSE(bytes.isEmpty());
    auto bundle = TripDocument::read(bytes);
    REQUIRE_OK(bundle);
    CHECK(bundle->trip.homeZone == QStringLiteral("Asia/Seoul"));
    REQUIRE(bundle->stops.size() == 2);
    CHECK(bundle->stops[0].city == QStringLiteral("Tashkent"));
    CHECK(bundle->stops[0].zone == QStringLiteral("Asia/Tashkent"));
    CHECK(bundle->stops[1].city == QStringLiteral("Baku"));
    CHECK(bundle->stops[1].zone == QStringLiteral("Asia/Baku"));
    REQUIRE(bundle->forums.size() == 2);
    const Forum& tashkent = bundle->forums[0];
    CHECK(tashkent.title == QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance"));
    CHECK(tashkent.start.localIso() == QStringLiteral("2016-08-17T09:30"));
    CHECK(tashkent.start.toUtc() == QDateTime(QDate(2016, 8, 17), QTime(4, 30), QTimeZone::utc()));
    CHECK(bundle->forums[1].title == QStringLiteral("Korea-Azerbaijan Cooperation Forum on Public Governance"));
    CHECK(bundle->forums[1].start.localDate() == QDate(2016, 8, 19));
    CHECK(bundle->mous.size() == 2);
    REQUIRE_FALSE(bundle->members.empty());
    CHECK(bundle->members.front().role == MemberRole::Head);
    const auto head = std::find_if(bundle->people.begin(), bundle->people.end(),
        [&](const Person& p) { return p.id == bundle->members.front().personId; });
    REQUIRE(head != bundle->people.end());
    CHECK(head->familyName == QStringLiteral("Hong"));
    CHECK(head->localName == QStringLiteral("홍윤식"));
}

TEST_CASE("The sample goes into a database and comes out byte for byte")
{
    TempDatabase t;
    const QByteArray original = sampleTripDocument();
    auto bundle = TripDocument::read(original);
    REQUIRE_OK(bundle);
    REQUIRE_OK(TripBundleStore(t.db()).save(*bundle, false));
    t.reopen();
    auto loaded = TripBundleStore(t.db()).load(bundle->trip.id);
    REQUIRE_OK(loaded);
    CHECK(*loaded == *bundle);
    const QByteArray exported = TripDocument::write(*loaded);
    CHECK(exported == original);

    // Export, import into another database, export again: the same bytes.
    TempDatabase second;
    auto reread = TripDocument::read(exported);
    REQUIRE_OK(reread);
    REQUIRE_OK(TripBundleStore(second.db()).save(*reread, false));
    auto again = TripBundleStore(second.db()).load(bundle->trip.id);
    REQUIRE_OK(again);
    CHECK(TripDocument::write(*again) == exported);
}
