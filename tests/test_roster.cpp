// Delegation rosters, read back by real readers: openpyxl for XLSX, Python's
// csv module for CSV, pdftotext/pdffonts/pdfinfo for PDF, QJsonDocument.

#include "Fixtures.h"
#include "TestSupport.h"
#include "services/Roster.h"
#include "services/RosterWriter.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace planner;
using namespace planner::test;

namespace {

struct Output {
    int exitCode = -1;
    QString out;
    QString err;
};

Output runProcess(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

/// A Python 3 with openpyxl: Debian's python3-openpyxl is for /usr/bin/python3,
/// which another python3 earlier on PATH may hide.
QString python()
{
    static const QString found = [] {
        for (const QString& candidate : { QStringLiteral("/usr/bin/python3"), QStringLiteral("python3") }) {
            if (runProcess(candidate, { QStringLiteral("-c"), QStringLiteral("import openpyxl") }).exitCode == 0) {
                return candidate;
            }
        }
        return QString();
    }();
    REQUIRE_FALSE(found.isEmpty());
    return found;
}

QJsonValue runPython(const QString& script, const QString& file)
{
    const Output o = runProcess(python(), { QStringLiteral("-c"), script, file });
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(o.out.toUtf8(), &error);
    INFO(o.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

Person& person(TripBundle& b, const QString& family)
{
    for (auto& p : b.people) {
        if (p.familyName == family) {
            return p;
        }
    }
    FAIL("no such person");
    return b.people.front();
}

const char* const kReadXlsx = R"(
import datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
def plain(v):
    return v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v
rows = list(ws.iter_rows())
print(json.dumps({
    "freeze": ws.freeze_panes,
    "bold": [c.font.b for c in rows[0]],
    "headers": [c.value for c in rows[0]],
    "values": [[plain(c.value) for c in r] for r in rows[1:]],
    "isDate": [[c.is_date for c in r] for r in rows[1:]],
    "widths": [ws.column_dimensions[c.column_letter].width for c in rows[0]],
}, ensure_ascii=False))
)";

const char* const kReadCsv = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, strict=True)), ensure_ascii=False))
)";

}  // namespace

TEST_CASE("Presets name the columns each recipient needs, only immigration carries passport data")
{
    using C = RosterColumn;
    CHECK(Roster::presetColumns(RosterPreset::Protocol)
        == std::vector<C> { C::Precedence, C::Name, C::LocalName, C::Position, C::Organisation, C::Role });
    CHECK(Roster::presetColumns(RosterPreset::Rooming)
        == std::vector<C> { C::Name, C::Sex, C::City, C::Lodging, C::CheckIn, C::CheckOut, C::Nights });
    CHECK(Roster::presetColumns(RosterPreset::Immigration)
        == std::vector<C> { C::FamilyName, C::GivenNames, C::Sex, C::DateOfBirth, C::Nationality, C::PassportNumber,
            C::PassportExpiry });
    CHECK_FALSE(Roster::containsPassportData(Roster::presetColumns(RosterPreset::Protocol)));
    CHECK_FALSE(Roster::containsPassportData(Roster::presetColumns(RosterPreset::Rooming)));
    CHECK(Roster::containsPassportData(Roster::presetColumns(RosterPreset::Immigration)));
    CHECK(Roster::containsPassportData({ C::Name, C::PassportNumber }));
    CHECK(Roster::containsPassportData({ C::Name, C::DateOfBirth }));

    auto parsed = Roster::parseColumns(QStringLiteral("name, localName,passportExpiry"));
    REQUIRE_OK(parsed);
    CHECK(*parsed == std::vector<C> { C::Name, C::LocalName, C::PassportExpiry });
    auto unknown = Roster::parseColumns(QStringLiteral("name,shoeSize"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().text().contains(QStringLiteral("shoeSize")));
    CHECK(unknown.error().text().contains(QStringLiteral("passportNumber")));
}

TEST_CASE("Rosters are in order of precedence, stop columns give one block per stop")
{
    TripBundle b = makeBundle();
    std::reverse(b.members.begin(), b.members.end());
    auto protocol = Roster::build(b, RosterPreset::Protocol);
    REQUIRE_OK(protocol);
    REQUIRE(protocol->rows().size() == 2);
    CHECK(Roster::text(protocol->rows()[0][0]) == QStringLiteral("1"));
    CHECK(Roster::text(protocol->rows()[0][1]) == QStringLiteral("HONG Yun-sik"));
    CHECK(Roster::text(protocol->rows()[0][2]) == QStringLiteral("홍윤식"));
    CHECK(Roster::text(protocol->rows()[0][5]) == label(MemberRole::Head));
    CHECK(Roster::text(protocol->rows()[1][1]) == QStringLiteral("PARK Ji-won"));

    auto rooming = Roster::build(b, RosterPreset::Rooming);
    REQUIRE_OK(rooming);
    REQUIRE(rooming->rows().size() == 4);
    CHECK(Roster::text(rooming->rows()[0][2]) == QStringLiteral("Tashkent"));
    CHECK(Roster::text(rooming->rows()[0][3]) == QStringLiteral("Hotel Uzbekistan"));
    CHECK(Roster::text(rooming->rows()[0][4]) == QStringLiteral("2016-08-15 18:00"));
    CHECK(Roster::text(rooming->rows()[0][5]) == QStringLiteral("2016-08-18 10:00"));
    CHECK(Roster::text(rooming->rows()[0][6]) == QStringLiteral("3"));
    CHECK(Roster::text(rooming->rows()[1][0]) == QStringLiteral("PARK Ji-won"));
    CHECK(Roster::text(rooming->rows()[2][2]) == QStringLiteral("Baku"));
    CHECK(Roster::text(rooming->rows()[2][4]) == QStringLiteral("2016-08-18 13:00"));
    CHECK(Roster::text(rooming->rows()[2][6]) == QStringLiteral("2"));
}

TEST_CASE("The rooming list follows the legs' passengers: who joins later has only their own nights")
{
    TripBundle b = makeBundle();  // Tashkent 15th 18:00 - 18th 10:00; Baku 18th 13:00 - 20th 22:00
    const Stop& tashkent = b.stops.at(0);
    const Stop& baku = b.stops.at(1);
    Person late;
    late.id = newUuid();
    late.familyName = QStringLiteral("Lee");
    late.givenName = QStringLiteral("Late-comer");
    b.people.push_back(late);
    DelegationMember member;
    member.personId = late.id;
    member.precedence = 3;
    member.role = MemberRole::Member;
    b.members.push_back(member);
    const std::vector<Uuid> firstTwo = b.legs.front().passengerIds;  // Hong and Park, to Baku
    REQUIRE(firstTwo.size() == 2);
    TravelLeg out;
    out.id = newUuid();
    out.tripId = b.trip.id;
    out.toStopId = tashkent.id;
    out.fromPlace = QStringLiteral("Seoul (ICN)");
    out.departure = PlannedTime(QDateTime(QDate(2016, 8, 15), QTime(9, 0)), QStringLiteral("Asia/Seoul"));
    out.arrival = PlannedTime(QDateTime(QDate(2016, 8, 15), QTime(18, 0)), tashkent.zone);
    out.passengerIds = firstTwo;
    TravelLeg joins = out;
    joins.id = newUuid();
    joins.toStopId = baku.id;
    joins.departure = PlannedTime(QDateTime(QDate(2016, 8, 19), QTime(1, 0)), QStringLiteral("Asia/Seoul"));
    joins.arrival = PlannedTime(QDateTime(QDate(2016, 8, 19), QTime(9, 0)), baku.zone);
    joins.passengerIds = { late.id };
    b.legs.push_back(out);
    b.legs.push_back(joins);

    auto rooming = Roster::build(b, RosterPreset::Rooming);
    REQUIRE_OK(rooming);
    QStringList rows;
    for (const auto& row : rooming->rows()) {
        QStringList cells;
        for (const auto& cell : row) {
            cells << Roster::text(cell);
        }
        rows << cells.join(QLatin1Char('|'));
    }
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    // Tashkent: the two who flew there; not the late-comer.
    CHECK(rows.filter(QStringLiteral("|Tashkent|")).size() == 2);
    CHECK(rows.filter(QStringLiteral("LEE Late-comer")).size() == 1);
    const QString lee = rows.filter(QStringLiteral("LEE Late-comer")).front();
    CHECK(lee.contains(QStringLiteral("|Baku|")));
    CHECK(lee.endsWith(QStringLiteral("|2016-08-19 09:00|2016-08-20 22:00|1")));
    CHECK(rows.filter(QStringLiteral("|Baku|")).size() == 3);
}

TEST_CASE("The XLSX roster reads back in openpyxl with a bold frozen header, real dates and Hangul")
{
    TripBundle b = makeBundle();
    auto roster = Roster::build(b,
        { RosterColumn::Precedence, RosterColumn::Name, RosterColumn::LocalName, RosterColumn::DateOfBirth,
            RosterColumn::Arrival, RosterColumn::Organisation },
        QStringLiteral("Custom list"));
    REQUIRE_OK(roster);
    auto xlsx = RosterWriter::toXlsx(*roster);
    REQUIRE_OK(xlsx);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("roster.xlsx"), *xlsx);
    const QJsonObject o = runPython(QString::fromUtf8(kReadXlsx), path).toObject();
    INFO(QJsonDocument(o).toJson().toStdString());

    CHECK(o[QStringLiteral("freeze")].toString() == QStringLiteral("A2"));
    for (const auto bold : o[QStringLiteral("bold")].toArray()) {
        CHECK(bold.toBool());
    }
    CHECK(o[QStringLiteral("headers")].toArray()
        == QJsonArray { QStringLiteral("No."), QStringLiteral("Name"), QStringLiteral("Name in local script"),
            QStringLiteral("Date of birth"), QStringLiteral("Arrival (local time)"), QStringLiteral("Organisation") });
    const QJsonArray values = o[QStringLiteral("values")].toArray();
    REQUIRE(values.size() == 4);  // two members at two stops
    const QJsonArray first = values[0].toArray();
    CHECK(first[0].toInt() == 1);
    CHECK(first[1].toString() == QStringLiteral("HONG Yun-sik"));
    CHECK(first[2].toString() == QStringLiteral("홍윤식"));
    CHECK(first[3].toString() == QStringLiteral("1960-01-02T00:00:00"));
    CHECK(first[4].toString() == QStringLiteral("2016-08-15T18:00:00"));
    const QJsonArray isDate = o[QStringLiteral("isDate")].toArray()[0].toArray();
    CHECK(isDate[3].toBool());
    CHECK(isDate[4].toBool());
    CHECK_FALSE(isDate[1].toBool());
    // Widths fit the longest entry (the organisation's name is 24 characters).
    const QJsonArray widths = o[QStringLiteral("widths")].toArray();
    CHECK(widths[5].toDouble() >= 24);
    CHECK(widths[0].toDouble() < widths[5].toDouble());
}

TEST_CASE("The CSV roster reads back through an RFC 4180 reader with quotes, commas, newlines and no formulas")
{
    TripBundle b = makeBundle();
    Person& hong = person(b, QStringLiteral("Hong"));
    hong.position = QStringLiteral("Minister of the \"Interior\", Seoul\nsecond line");
    hong.phone = QStringLiteral("+82 2 0000 0000");
    Person& park = person(b, QStringLiteral("Park"));
    park.position = QStringLiteral("=HYPERLINK(\"http://example.com\",\"click\")");
    park.email = QStringLiteral("@SUM(1+1)");
    park.phone = QStringLiteral("-1+2");
    park.honorific = QStringLiteral("\tTAB");
    auto roster = Roster::build(b,
        { RosterColumn::Name, RosterColumn::LocalName, RosterColumn::Position, RosterColumn::Email, RosterColumn::Phone,
            RosterColumn::Honorific },
        QStringLiteral("Contacts"));
    REQUIRE_OK(roster);

    const QByteArray plain = RosterWriter::toCsv(*roster, false);
    const QByteArray withBom = RosterWriter::toCsv(*roster, true);
    CHECK_FALSE(plain.startsWith("\xEF\xBB\xBF"));
    CHECK(withBom.startsWith("\xEF\xBB\xBF"));
    CHECK(withBom.mid(3) == plain);
    CHECK(plain.startsWith("Name,Name in local script,Position,E-mail,Phone,Title\r\n"));

    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("roster.csv"), withBom);
    const QJsonArray rows = runPython(QString::fromUtf8(kReadCsv), path).toArray();
    INFO(QJsonDocument(rows).toJson().toStdString());
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].toArray()[0].toString() == QStringLiteral("Name"));
    const QJsonArray hongRow = rows[1].toArray();
    CHECK(hongRow[0].toString() == QStringLiteral("HONG Yun-sik"));
    CHECK(hongRow[1].toString() == QStringLiteral("홍윤식"));
    CHECK(hongRow[2].toString() == QStringLiteral("Minister of the \"Interior\", Seoul\nsecond line"));
    CHECK(hongRow[4].toString() == QStringLiteral("'+82 2 0000 0000"));
    const QJsonArray parkRow = rows[2].toArray();
    CHECK(parkRow[2].toString() == QStringLiteral("'=HYPERLINK(\"http://example.com\",\"click\")"));
    CHECK(parkRow[3].toString() == QStringLiteral("'@SUM(1+1)"));
    CHECK(parkRow[4].toString() == QStringLiteral("'-1+2"));
    CHECK(parkRow[5].toString() == QStringLiteral("'\tTAB"));
}

TEST_CASE("The JSON roster carries typed values and says when it holds passport data")
{
    TripBundle b = makeBundle();
    auto columns = Roster::presetColumns(RosterPreset::Immigration);
    columns.push_back(RosterColumn::Arrival);
    auto roster = Roster::build(b, columns, Roster::title(RosterPreset::Immigration));
    REQUIRE_OK(roster);
    const QJsonObject o = QJsonDocument::fromJson(RosterWriter::toJson(*roster)).object();
    CHECK(o[QStringLiteral("containsPassportData")].toBool());
    CHECK(o[QStringLiteral("title")].toString() == QStringLiteral("Immigration list"));
    const QJsonArray rows = o[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 4);
    const QJsonObject first = rows[0].toObject();
    CHECK(first[QStringLiteral("familyName")].toString() == QStringLiteral("HONG"));
    CHECK(first[QStringLiteral("givenNames")].toString() == QStringLiteral("Yun-sik"));
    CHECK(first[QStringLiteral("passportNumber")].toString() == QStringLiteral("M00000001"));
    CHECK(first[QStringLiteral("passportExpiry")].toString() == QStringLiteral("2022-05-06"));
    CHECK(first[QStringLiteral("nationality")].toString() == QStringLiteral("KOR"));
    const QJsonObject arrival = first[QStringLiteral("arrival")].toObject();
    CHECK(arrival[QStringLiteral("local")].toString() == QStringLiteral("2016-08-15T18:00"));
    CHECK(arrival[QStringLiteral("zone")].toString() == QStringLiteral("Asia/Tashkent"));
    CHECK(arrival[QStringLiteral("utc")].toString() == QStringLiteral("2016-08-15T13:00:00Z"));
    CHECK(rows[1].toObject()[QStringLiteral("dateOfBirth")].isNull());
}

TEST_CASE("The PDF roster is a landscape table with embedded fonts")
{
    TripBundle b = makeBundle();
    auto roster = Roster::build(b, RosterPreset::Protocol);
    REQUIRE_OK(roster);
    RosterWriteOptions options;
    options.printedOn = QDate(2016, 8, 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.pdf"));
    REQUIRE_OK(RosterWriter::write(*roster, RosterFormat::Pdf, path, options));
    const Output info = runProcess(QStringLiteral("pdfinfo"), { path });
    INFO(info.out.toStdString());
    CHECK(info.out.contains(QStringLiteral("842 x 595 pts (A4)")));
    const Output text
        = runProcess(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    INFO(text.out.toStdString());
    CHECK(text.out.contains(QStringLiteral("Protocol list")));
    CHECK(text.out.contains(QStringLiteral("Organisation")));
    CHECK(text.out.contains(QStringLiteral("홍윤식")));
    CHECK(text.out.indexOf(QStringLiteral("HONG Yun-sik")) < text.out.indexOf(QStringLiteral("PARK Ji-won")));
    CHECK(text.out.contains(QStringLiteral("Page 1 of 1")));
    const Output fonts = runProcess(QStringLiteral("pdffonts"), { path });
    for (const QString& line : fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes"));
    }
}

TEST_CASE("Custom roster columns are remembered per trip")
{
    TempDatabase temp;
    TripBundle b = makeBundle();
    REQUIRE_OK(TripBundleStore(temp.db()).save(b, false));
    auto initial = Roster::rememberedColumns(temp.db(), b.trip.id);
    REQUIRE_OK(initial);
    CHECK(*initial == Roster::presetColumns(RosterPreset::Protocol));
    const std::vector<RosterColumn> chosen { RosterColumn::Name, RosterColumn::Email, RosterColumn::Phone };
    REQUIRE_OK(Roster::rememberColumns(temp.db(), b.trip.id, chosen));
    temp.reopen();
    auto again = Roster::rememberedColumns(temp.db(), b.trip.id);
    REQUIRE_OK(again);
    CHECK(*again == chosen);
    auto stored = TripSettingsRepository(temp.db()).value(b.trip.id, QStringLiteral("rosterColumns"));
    REQUIRE_OK(stored);
    CHECK(*stored == QStringLiteral("name,email,phone"));
}

TEST_CASE("Each roster format is written whole through a temporary file")
{
    TripBundle b = makeBundle();
    auto roster = Roster::build(b, RosterPreset::Rooming);
    REQUIRE_OK(roster);
    QTemporaryDir dir;
    for (RosterFormat f : { RosterFormat::Xlsx, RosterFormat::Csv, RosterFormat::Pdf, RosterFormat::Json }) {
        const QString path = dir.filePath(QStringLiteral("rooming.") + RosterWriter::token(f));
        REQUIRE_OK(RosterWriter::write(*roster, f, path));
        CHECK(RosterWriter::formatFromFileName(path) == f);
        CHECK(QFileInfo(path).size() > 100);
    }
    CHECK_FALSE(
        RosterWriter::write(*roster, RosterFormat::Csv, dir.filePath(QStringLiteral("no/such/folder.csv"))).ok());
}
