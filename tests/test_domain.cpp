#include "TestSupport.h"
#include "domain/Entities.h"
#include "domain/PlannedTime.h"

using namespace planner;

TEST_CASE("A planned time keeps its wall clock and derives UTC from the zone")
{
    const auto tashkent = PlannedTime::parse(QStringLiteral("2016-08-17T09:30"), QStringLiteral("Asia/Tashkent"));
    REQUIRE_OK(tashkent);
    CHECK(tashkent->localIso() == QStringLiteral("2016-08-17T09:30"));
    CHECK(tashkent->toUtc() == QDateTime(QDate(2016, 8, 17), QTime(4, 30), QTimeZone::utc()));
    CHECK(tashkent->utcOffsetText() == QStringLiteral("+05:00"));
    CHECK(tashkent->label() == QStringLiteral("09:30 Asia/Tashkent, UTC+05:00"));
    CHECK(tashkent->inZone(QStringLiteral("Asia/Seoul")).localIso() == QStringLiteral("2016-08-17T13:30"));
}

TEST_CASE("Baku had no daylight saving time in August 2016 but had in 2015")
{
    const auto baku2016 = PlannedTime::parse(QStringLiteral("2016-08-19T09:30"), QStringLiteral("Asia/Baku"));
    REQUIRE_OK(baku2016);
    CHECK(baku2016->utcOffsetText() == QStringLiteral("+04:00"));
    const auto baku2015 = PlannedTime::parse(QStringLiteral("2015-08-19T09:30"), QStringLiteral("Asia/Baku"));
    REQUIRE_OK(baku2015);
    CHECK(baku2015->utcOffsetText() == QStringLiteral("+05:00"));
}

TEST_CASE("Unknown zones, malformed times and times in a DST gap are refused")
{
    CHECK_FALSE(PlannedTime::parse(QStringLiteral("2016-08-17T09:30"), QStringLiteral("Asia/Atlantis")).ok());
    CHECK_FALSE(PlannedTime::parse(QStringLiteral("17.08.2016 09:30"), QStringLiteral("Asia/Tashkent")).ok());
    CHECK_FALSE(PlannedTime::parse(QStringLiteral("2016-08-17T09:30Z"), QStringLiteral("Asia/Tashkent")).ok());
    CHECK_FALSE(PlannedTime::parse(QStringLiteral("2016-02-30T09:30"), QStringLiteral("Asia/Tashkent")).ok());
    const auto gap = PlannedTime::parse(QStringLiteral("2016-03-27T02:30"), QStringLiteral("Europe/Berlin"));
    REQUIRE_FALSE(gap.ok());
    CHECK(gap.error().message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("Instants compare across zones")
{
    const auto tashkent = *PlannedTime::parse(QStringLiteral("2016-08-17T09:30"), QStringLiteral("Asia/Tashkent"));
    const auto seoul = *PlannedTime::parse(QStringLiteral("2016-08-17T13:00"), QStringLiteral("Asia/Seoul"));
    CHECK(compareInstants(seoul, tashkent) == std::partial_ordering::less);
    CHECK(seoul.minutesTo(tashkent) == 30);
}

TEST_CASE("UUIDs and display names")
{
    const Uuid id = newUuid();
    CHECK(isUuid(id));
    CHECK_FALSE(isUuid(QStringLiteral("{") + id + QStringLiteral("}")));
    Person p;
    p.familyName = QStringLiteral("Hong");
    p.givenName = QStringLiteral("Yun-sik");
    CHECK(p.displayName() == QStringLiteral("HONG Yun-sik"));
}
