// The command line, run as the real binary (applicationBinary()) with QProcess.
#include "TestSupport.h"
#include "services/SampleTrip.h"
#include "services/TripDocument.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>

using namespace planner;
using planner::test::applicationBinary;

namespace {

const QString kForumTashkent = QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance");
const QString kForumBaku = QStringLiteral("Korea-Azerbaijan Cooperation Forum on Public Governance");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;

    [[nodiscard]] QStringList outLines() const
    {
        return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    [[nodiscard]] QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

Run run(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(applicationBinary(), arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    Run result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    INFO(arguments.join(QLatin1Char(' ')).toStdString() + " -> " + std::to_string(result.exitCode) + "\n"
        + result.err.toStdString());
    return result;
}

/// Lines of stderr from our program (the offscreen platform may add its own warnings).
QStringList ownErrorLines(const Run& r)
{
    QStringList lines;
    for (const QString& line : r.errLines()) {
        if (line.startsWith(QStringLiteral("delegation-planner"))) {
            lines << line;
        }
    }
    return lines;
}

QJsonArray jsonArray(const QByteArray& bytes)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

/// A folder with a database made by "init --sample".
struct SampleDb {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    SampleDb()
    {
        REQUIRE(dir.isValid());
        const Run r = run({ QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--sample") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

Trip sampleTrip()
{
    const Result<TripBundle> bundle = TripDocument::read(sampleTripDocument());
    REQUIRE_OK(bundle);
    return bundle->trip;
}

}  // namespace

TEST_CASE("init creates a database with the sample trip", "[cli]")
{
    SampleDb sample;
    REQUIRE(QFile::exists(sample.path));

    auto db = Database::open(sample.path, Database::Mode::OpenExisting);
    REQUIRE_OK(db);
    const auto trips = TripRepository(*db.value()).list();
    REQUIRE_OK(trips);
    REQUIRE(trips->size() == 1);
    CHECK(trips->front().id == sampleTrip().id);

    SECTION("init refuses an existing file")
    {
        const Run r = run({ QStringLiteral("init"), QStringLiteral("--db"), sample.path });
        CHECK(r.exitCode == 1);
        REQUIRE(ownErrorLines(r).size() == 1);
        CHECK(ownErrorLines(r).front().contains(QStringLiteral("already exists")));
    }
}

TEST_CASE("init without --sample creates an empty database", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(run({ QStringLiteral("init"), QStringLiteral("--db"), path }).exitCode == 0);
    const Run r = run({ QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"), path });
    CHECK(r.exitCode == 0);
    CHECK(r.outLines().size() == 1);  // the header only
}

TEST_CASE("list prints tables and JSON", "[cli]")
{
    SampleDb sample;
    const Trip trip = sampleTrip();
    auto list = [&sample](const QString& what, QStringList extra = {}) {
        return run(QStringList { QStringLiteral("list"), what, QStringLiteral("--db"), sample.path } + extra);
    };

    SECTION("trips")
    {
        const Run text = list(QStringLiteral("trips"));
        REQUIRE(text.exitCode == 0);
        const QStringList lines = text.outLines();
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(0).split(QLatin1Char('\t')).contains(QStringLiteral("title")));
        CHECK(lines.at(1).split(QLatin1Char('\t')).contains(trip.title));
        CHECK(lines.at(1).split(QLatin1Char('\t')).contains(trip.id));

        const Run json = list(QStringLiteral("trips"), { QStringLiteral("--json") });
        REQUIRE(json.exitCode == 0);
        const QJsonArray array = jsonArray(json.out);
        REQUIRE(array.size() == 1);
        CHECK(array.at(0)[QStringLiteral("id")].toString() == trip.id);
        CHECK(array.at(0)[QStringLiteral("title")].toString() == trip.title);
        CHECK(array.at(0)[QStringLiteral("start_date")].toString() == QStringLiteral("2016-08-15"));
        CHECK(array.at(0)[QStringLiteral("home_zone")].toString() == QStringLiteral("Asia/Seoul"));
    }

    SECTION("forums, also of one trip")
    {
        const Run text = list(QStringLiteral("forums"));
        REQUIRE(text.exitCode == 0);
        const QString out = QString::fromUtf8(text.out);
        CHECK(text.outLines().size() == 3);
        CHECK(out.contains(kForumTashkent));
        CHECK(out.contains(kForumBaku));

        const Run json = list(QStringLiteral("forums"),
            { QStringLiteral("--json"), QStringLiteral("--trip"), QStringLiteral("central asia") });
        REQUIRE(json.exitCode == 0);
        const QJsonArray array = jsonArray(json.out);
        REQUIRE(array.size() == 2);
        const QJsonObject tashkent = array.at(0).toObject();
        CHECK(tashkent[QStringLiteral("title")].toString() == kForumTashkent);
        CHECK(tashkent[QStringLiteral("start")].toString() == QStringLiteral("2016-08-17T09:30"));
        CHECK(tashkent[QStringLiteral("zone")].toString() == QStringLiteral("Asia/Tashkent"));
        CHECK(tashkent[QStringLiteral("utc_offset")].toString() == QStringLiteral("+05:00"));
        CHECK(tashkent[QStringLiteral("city")].toString() == QStringLiteral("Tashkent"));
        CHECK(tashkent[QStringLiteral("sessions")].toInt() > 0);
        CHECK(array.at(1)[QStringLiteral("title")].toString() == kForumBaku);
    }

    SECTION("people: everyone, or a trip's delegation in order of precedence")
    {
        const Run all = list(QStringLiteral("people"), { QStringLiteral("--json") });
        REQUIRE(all.exitCode == 0);
        const QJsonArray everyone = jsonArray(all.out);

        const Run delegation
            = list(QStringLiteral("people"), { QStringLiteral("--json"), QStringLiteral("--trip"), trip.id });
        REQUIRE(delegation.exitCode == 0);
        const QJsonArray members = jsonArray(delegation.out);
        REQUIRE(members.size() == 20);
        CHECK(everyone.size() >= members.size());
        CHECK(members.at(0)[QStringLiteral("precedence")].toInt() == 1);
        CHECK(members.at(0)[QStringLiteral("role")].toString() == QStringLiteral("head"));
        CHECK(members.at(0)[QStringLiteral("name")].toString() == QStringLiteral("HONG Yun-sik"));
        CHECK(members.at(0)[QStringLiteral("local_name")].toString() == QStringLiteral("홍윤식"));
        for (qsizetype i = 1; i < members.size(); ++i) {
            CHECK(members.at(i)[QStringLiteral("precedence")].toInt()
                > members.at(i - 1)[QStringLiteral("precedence")].toInt());
        }

        const Run text = list(QStringLiteral("people"), { QStringLiteral("--trip"), trip.id });
        REQUIRE(text.exitCode == 0);
        const QStringList lines = text.outLines();
        REQUIRE(lines.size() == 21);
        CHECK(lines.at(1).startsWith(QStringLiteral("1\thead\t")));
        CHECK(lines.at(1).contains(QStringLiteral("홍윤식")));
    }

    SECTION("organisations")
    {
        const Run json = list(QStringLiteral("organisations"), { QStringLiteral("--json") });
        REQUIRE(json.exitCode == 0);
        const QJsonArray array = jsonArray(json.out);
        REQUIRE(!array.isEmpty());
        bool cyrillic = false;
        for (const QJsonValue& value : array) {
            CHECK(!value[QStringLiteral("id")].toString().isEmpty());
            CHECK(!value[QStringLiteral("name")].toString().isEmpty());
            const QString local = value[QStringLiteral("local_name")].toString();
            cyrillic = cyrillic || std::any_of(local.begin(), local.end(), [](QChar c) {
                return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
            });
        }
        CHECK(cyrillic);
        const Run text = list(QStringLiteral("organisations"));
        REQUIRE(text.exitCode == 0);
        CHECK(text.outLines().size() == array.size() + 1);
        CHECK(text.outLines().at(0) == QStringLiteral("id\tname\tlocal_name\tabbreviation\tcountry\tkind"));
    }
}

TEST_CASE("export json writes what is in the database", "[cli]")
{
    SampleDb sample;
    const Trip trip = sampleTrip();
    QByteArray expected;
    {
        auto db = Database::open(sample.path, Database::Mode::OpenExisting);
        REQUIRE_OK(db);
        const auto bytes = TripTransfer::exportTrip(*db.value(), trip.id);
        REQUIRE_OK(bytes);
        expected = bytes.value();
    }

    const Run toStdout = run({ QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), sample.path,
        QStringLiteral("--trip"), QStringLiteral("PUBLIC GOVERNANCE") });
    REQUIRE(toStdout.exitCode == 0);
    CHECK(toStdout.out == expected);

    const QString file = sample.dir.filePath(QStringLiteral("out/trip.json"));
    REQUIRE(QDir().mkpath(sample.dir.filePath(QStringLiteral("out"))));
    const Run toFile = run({ QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), sample.path,
        QStringLiteral("--trip"), trip.id, QStringLiteral("-o"), file });
    REQUIRE(toFile.exitCode == 0);
    CHECK(toFile.out.isEmpty());
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == expected);

    SECTION("export needs --trip")
    {
        const Run r = run({ QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), sample.path });
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--trip")));
    }
}

TEST_CASE("import refuses an existing trip unless --replace", "[cli]")
{
    SampleDb sample;
    const QString json = sample.dir.filePath(QStringLiteral("trip.json"));
    REQUIRE(run({ QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), sample.path,
                    QStringLiteral("--trip"), QStringLiteral("2016"), QStringLiteral("-o"), json })
                .exitCode
        == 0);

    const QString other = sample.dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(run({ QStringLiteral("init"), QStringLiteral("--db"), other }).exitCode == 0);
    const Run first = run({ QStringLiteral("import"), QStringLiteral("--db"), other, json });
    CHECK(first.exitCode == 0);
    CHECK(first.err.trimmed().isEmpty());

    const Run again = run({ QStringLiteral("import"), QStringLiteral("--db"), other, json });
    CHECK(again.exitCode == 1);
    REQUIRE(ownErrorLines(again).size() == 1);
    CHECK(again.errLines().size() == 1);
    CHECK(ownErrorLines(again).front().startsWith(QStringLiteral("delegation-planner: ")));
    CHECK(ownErrorLines(again).front().contains(QStringLiteral("already")));
    CHECK(ownErrorLines(again).front().contains(QStringLiteral("--replace")));

    const Run replaced
        = run({ QStringLiteral("import"), QStringLiteral("--db"), other, QStringLiteral("--replace"), json });
    CHECK(replaced.exitCode == 0);

    const Run exported = run({ QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), other,
        QStringLiteral("--trip"), sampleTrip().id });
    REQUIRE(exported.exitCode == 0);
    QFile original(json);
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(exported.out == original.readAll());

    SECTION("from standard input")
    {
        const QString third = sample.dir.filePath(QStringLiteral("third.sqlite"));
        REQUIRE(run({ QStringLiteral("init"), QStringLiteral("--db"), third }).exitCode == 0);
        CHECK(
            run({ QStringLiteral("import"), QStringLiteral("--db"), third, QStringLiteral("-") }, sampleTripDocument())
                .exitCode
            == 0);
    }
}

TEST_CASE("import of a bad file fails with one line and writes nothing", "[cli]")
{
    SampleDb sample;
    const QString bad = sample.dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": \"delegation-planner-trip\", \"version\": 1, \"trip\": ");
    file.close();

    const Run r = run({ QStringLiteral("import"), QStringLiteral("--db"), sample.path, bad });
    CHECK(r.exitCode == 1);
    CHECK(ownErrorLines(r).size() == 1);
    CHECK(r.errLines().size() == 1);

    const Run missing = run({ QStringLiteral("import"), QStringLiteral("--db"), sample.path,
        sample.dir.filePath(QStringLiteral("nothing-here.json")) });
    CHECK(missing.exitCode == 1);
    CHECK(ownErrorLines(missing).size() == 1);

    // several files: all or none, and the message says so
    const QString empty = sample.dir.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(run({ QStringLiteral("init"), QStringLiteral("--db"), empty }).exitCode == 0);
    const QString good = sample.dir.filePath(QStringLiteral("good.json"));
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(sampleTripDocument());
    goodFile.close();
    const Run several = run({ QStringLiteral("import"), QStringLiteral("--db"), empty, good, bad });
    CHECK(several.exitCode == 1);
    REQUIRE(ownErrorLines(several).size() == 1);
    CHECK(ownErrorLines(several).front().contains(QStringLiteral("bad.json")));
    CHECK(ownErrorLines(several).front().contains(QStringLiteral("nothing was imported")));
    CHECK(
        run({ QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"), empty }).outLines().size() <= 1);

    const Run trips = run({ QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"), sample.path });
    CHECK(trips.outLines().size() == 2);
}

TEST_CASE("a trip selector must match exactly one trip", "[cli]")
{
    planner::test::TempDatabase temp;
    TripRepository trips(temp.db());
    Trip tashkent;
    tashkent.id = newUuid();
    tashkent.title = QStringLiteral("Forum trip to Tashkent");
    tashkent.homeZone = QStringLiteral("Asia/Seoul");
    tashkent.startDate = QDate(2016, 8, 15);
    tashkent.endDate = QDate(2016, 8, 18);
    Trip baku = tashkent;
    baku.id = newUuid();
    baku.title = QStringLiteral("Forum trip to Baku");
    REQUIRE_OK(trips.insert(tashkent));
    REQUIRE_OK(trips.insert(baku));
    temp.close();

    const Run ambiguous = run({ QStringLiteral("list"), QStringLiteral("forums"), QStringLiteral("--db"), temp.path(),
        QStringLiteral("--trip"), QStringLiteral("forum TRIP") });
    CHECK(ambiguous.exitCode == 1);
    REQUIRE(ownErrorLines(ambiguous).size() == 1);
    const QString line = ownErrorLines(ambiguous).front();
    CHECK(line.contains(QStringLiteral("several trips match 'forum TRIP'")));
    CHECK(line.contains(QStringLiteral("Forum trip to Tashkent (%1)").arg(tashkent.id)));
    CHECK(line.contains(QStringLiteral("Forum trip to Baku (%1)").arg(baku.id)));

    const Run none = run({ QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), temp.path(),
        QStringLiteral("--trip"), QStringLiteral("Ulaanbaatar") });
    CHECK(none.exitCode == 1);
    REQUIRE(ownErrorLines(none).size() == 1);
    CHECK(ownErrorLines(none).front() == QStringLiteral("delegation-planner: no trip matches 'Ulaanbaatar'"));

    const Run one = run({ QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"), temp.path(),
        QStringLiteral("--trip"), QStringLiteral("baku"), QStringLiteral("--json") });
    REQUIRE(one.exitCode == 0);
    const QJsonArray array = jsonArray(one.out);
    REQUIRE(array.size() == 1);
    CHECK(array.at(0)[QStringLiteral("id")].toString() == baku.id);
}

TEST_CASE("wrong usage exits 2 with a hint", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    const std::vector<QStringList> wrong {
        { QStringLiteral("frobnicate"), QStringLiteral("--db"), path },
        { QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--db"), path },
        { QStringLiteral("list"), QStringLiteral("--db"), path },
        { QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--db"), path },
        { QStringLiteral("init") },
        { QStringLiteral("init"), QStringLiteral("--db") },
        { QStringLiteral("list"), QStringLiteral("trips") },
        { QStringLiteral("import"), QStringLiteral("--db"), path },
        { QStringLiteral("import"), QStringLiteral("a.json") },
        { QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--replace") },
        { QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"), path, QStringLiteral("extra") },
        { QStringLiteral("--no-such-option") },
        { QStringLiteral("--json") },
    };
    for (const QStringList& arguments : wrong) {
        const Run r = run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() + "\n" + r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--help")));
        CHECK(r.out.isEmpty());
    }
    CHECK(!QFile::exists(path));

    const Run unknown = run({ QStringLiteral("frobnicate") });
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    const Run noDb = run({ QStringLiteral("init") });
    CHECK(noDb.err.contains(QStringLiteral("--db")));
}

TEST_CASE("a missing database is a user error, not a new file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    const Run r = run({ QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"), path });
    CHECK(r.exitCode == 1);
    CHECK(ownErrorLines(r).size() == 1);
    CHECK(!QFile::exists(path));
}

TEST_CASE("--help and --version", "[cli]")
{
    const Run help = run({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    const QString text = QString::fromUtf8(help.out);
    for (const char* expected : { "init --db FILE [--sample]", "import --db FILE [--replace] TRIP.json",
             "export json --db FILE --trip T [-o OUT]", "list trips", "list organisations", "--version" }) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }

    const Run version = run({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(QString::fromUtf8(version.out).trimmed() == QStringLiteral("delegation-planner " PLANNER_VERSION));
}
