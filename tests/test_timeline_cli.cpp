// `delegation-planner export timeline`, run as the real binary with
// QProcess: the sample trip as PNG and as PDF (whole trip, and a page per
// day) whose text names both cities.

#include "TestSupport.h"
#include "services/TripTransfer.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace planner;
using planner::test::applicationBinary;

namespace {

using Run = planner::test::ProgramRun;

/// A program run to its end; a crash fails the test.
Run run(const QString& program, const QStringList& arguments)
{
    Run r = planner::test::runProgram(program, arguments);
    REQUIRE(r.exitCode != -1);
    return r;
}

Run runPlanner(const QStringList& arguments)
{
    return run(applicationBinary(), arguments);
}

QString pdfText(const QString& path)
{
    const Run r = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(r.exitCode == 0);
    return r.out;
}

int pdfPages(const QString& path)
{
    const Run r = run(QStringLiteral("pdfinfo"), { path });
    REQUIRE(r.exitCode == 0);
    for (const QString& line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

struct SampleDatabase {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    SampleDatabase()
    {
        REQUIRE(dir.isValid());
        REQUIRE_OK(TripTransfer::createDatabase(path, true));
    }
    [[nodiscard]] QString file(const QString& name) const { return dir.filePath(name); }
};

}  // namespace

TEST_CASE("export timeline: the sample trip as PNG and PDF naming both cities", "[cli]")
{
    SampleDatabase s;
    const QStringList common { QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("--db"), s.path,
        QStringLiteral("--trip"), QStringLiteral("Central Asia") };

    const QString png = s.file(QStringLiteral("trip.png"));
    const Run pngRun = runPlanner(common + QStringList { QStringLiteral("-o"), png });
    REQUIRE(pngRun.exitCode == 0);
    CHECK(pngRun.out.isEmpty());
    const QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.width() > 1000);
    CHECK(image.height() > 300);

    const QString pdf = s.file(QStringLiteral("trip.pdf"));
    REQUIRE(runPlanner(common + QStringList { QStringLiteral("-o"), pdf }).exitCode == 0);
    CHECK(pdfPages(pdf) == 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Tashkent")));
    CHECK(text.contains(QStringLiteral("Baku")));
    CHECK(text.contains(QStringLiteral("Korea–Central Asia public governance visit 2016")));

    const QString perDay = s.file(QStringLiteral("days.pdf"));
    REQUIRE(
        runPlanner(common + QStringList { QStringLiteral("-o"), perDay, QStringLiteral("--per-day") }).exitCode == 0);
    CHECK(pdfPages(perDay) >= 5);
    const QString daysText = pdfText(perDay);
    CHECK(daysText.contains(QStringLiteral("Tashkent")));
    CHECK(daysText.contains(QStringLiteral("Baku")));
}

TEST_CASE("export timeline: wrong use is refused and writes nothing", "[cli]")
{
    SampleDatabase s;
    const QStringList common { QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("--db"), s.path,
        QStringLiteral("--trip"), QStringLiteral("Central Asia") };

    const Run svg = runPlanner(common + QStringList { QStringLiteral("-o"), s.file(QStringLiteral("trip.svg")) });
    CHECK(svg.exitCode == 2);
    CHECK(svg.err.contains(QStringLiteral(".png or .pdf")));
    CHECK(!QFile::exists(s.file(QStringLiteral("trip.svg"))));

    const Run pngPerDay = runPlanner(
        common + QStringList { QStringLiteral("-o"), s.file(QStringLiteral("t.png")), QStringLiteral("--per-day") });
    CHECK(pngPerDay.exitCode == 2);
    CHECK(!QFile::exists(s.file(QStringLiteral("t.png"))));

    const Run noOutput = runPlanner(common);
    CHECK(noOutput.exitCode == 2);

    const Run unknownTrip = runPlanner({ QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("--db"),
        s.path, QStringLiteral("--trip"), QStringLiteral("no such trip"), QStringLiteral("-o"),
        s.file(QStringLiteral("x.pdf")) });
    CHECK(unknownTrip.exitCode == 1);
    CHECK(unknownTrip.err.count(QStringLiteral("delegation-planner: ")) == 1);
    CHECK(unknownTrip.err.contains(QStringLiteral("no trip matches 'no such trip'")));
    CHECK(!QFile::exists(s.file(QStringLiteral("x.pdf"))));

    const Run help = runPlanner({ QStringLiteral("--help") });
    CHECK(help.out.contains(QStringLiteral("export timeline --db FILE --trip T -o OUT.png|OUT.pdf [--per-day]")));
}
