#include "TestSupport.h"
#include "domain/DateText.h"
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

TEST_CASE("dates are written in the order and words of the interface's language", "[domain][locale]")
{
    using datetext::Part;
    const QDate day(2016, 8, 17);
    const QTime time(9, 30);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    CHECK(
        datetext::dateTime(day, time, Part::Weekday | Part::Year, english) == QStringLiteral("Wed 17 Aug 2016 09:30"));
    CHECK(datetext::dateTime(day, time, Part::Weekday | Part::Year, korean)
        == QStringLiteral("2016년 8월 17일 (수) 09:30"));
    CHECK(datetext::date(day, Part::Year, english) == QStringLiteral("17 Aug 2016"));
    CHECK(datetext::date(day, Part::Year, korean) == QStringLiteral("2016년 8월 17일"));
    CHECK(datetext::date(day, Part::Weekday, korean) == QStringLiteral("8월 17일 (수)"));
    CHECK(datetext::date(day, Part::None, english) == QStringLiteral("17 Aug"));
    CHECK(datetext::longDate(day, Part::Weekday | Part::Year, english) == QStringLiteral("Wednesday 17 August 2016"));
    CHECK(datetext::longDate(day, Part::Weekday | Part::Year, korean) == QStringLiteral("2016년 8월 17일 수요일"));
    CHECK(datetext::date(QDate(), Part::Year, english).isEmpty());
}

TEST_CASE("Local times are written by hand the same way for any year: ISO text, the clock and the label")
{
    const auto at = [](int year, int h, int m, int s) {
        return PlannedTime(QDateTime(QDate(year, 8, 17), QTime(h, m, s)), QStringLiteral("Asia/Tashkent"));
    };
    CHECK(at(2016, 9, 5, 0).localIso() == QStringLiteral("2016-08-17T09:05"));
    CHECK(at(2016, 9, 5, 7).localIso() == QStringLiteral("2016-08-17T09:05:07"));
    CHECK(at(16, 23, 59, 0).localIso() == QStringLiteral("0016-08-17T23:59"));
    CHECK(at(12016, 9, 30, 0).localIso() == QStringLiteral("12016-08-17T09:30"));
    for (int year : { 16, 2016, 12016 }) {
        const PlannedTime t = at(year, 9, 30, 0);
        CHECK(t.localClock() == QStringLiteral("09:30"));
        CHECK(t.label().startsWith(QStringLiteral("09:30 Asia/Tashkent, UTC")));
    }
    CHECK(PlannedTime().localClock().isEmpty());
    CHECK(formatUtcOffset(5 * 3600) == QStringLiteral("+05:00"));
    CHECK(formatUtcOffset(-(3 * 3600 + 30 * 60)) == QStringLiteral("-03:30"));
    CHECK(formatUtcOffset(0) == QStringLiteral("+00:00"));
}
