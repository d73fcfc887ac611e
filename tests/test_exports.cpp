// The exports from a database to a file, as the command line and the GUI
// run them.

#include "Fixtures.h"
#include "TestSupport.h"
#include "services/ExportJobs.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace planner;
using namespace planner::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

}  // namespace

TEST_CASE("Each export runs from the database to a file")
{
    TempDatabase temp;
    const TripBundle b = makeBundle();
    REQUIRE_OK(TripBundleStore(temp.db()).save(b, false));
    QTemporaryDir dir;

    const QString pdf = dir.filePath(QStringLiteral("agenda.pdf"));
    REQUIRE_OK(ExportJobs::agenda(temp.db(), b.forums.front().id, ExportJobs::AgendaFormat::Pdf, {}, pdf));
    CHECK(readAll(pdf).startsWith("%PDF-"));
    const QString html = dir.filePath(QStringLiteral("agenda.html"));
    REQUIRE_OK(ExportJobs::agenda(temp.db(), b.forums.front().id, ExportJobs::AgendaFormat::Html, {}, html));
    CHECK(QString::fromUtf8(readAll(html)).contains(QStringLiteral("홍윤식")));

    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    REQUIRE_OK(ExportJobs::roster(
        temp.db(), b.trip.id, RosterPreset::Immigration, std::nullopt, RosterFormat::Xlsx, {}, xlsx));
    CHECK(readAll(xlsx).startsWith("PK"));
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    RosterWriteOptions bom;
    bom.byteOrderMark = true;
    REQUIRE_OK(ExportJobs::roster(temp.db(), b.trip.id, RosterPreset::Protocol,
        std::vector<RosterColumn> { RosterColumn::Name, RosterColumn::Email }, RosterFormat::Csv, bom, csv));
    CHECK(readAll(csv).startsWith("\xEF\xBB\xBFName,E-mail\r\nHONG Yun-sik,minister@example.org\r\n"));

    const QString ics = dir.filePath(QStringLiteral("trip.ics"));
    REQUIRE_OK(ExportJobs::calendar(temp.db(), b.trip.id, {}, ics));
    CHECK(readAll(ics).contains("UID:" + b.forums.front().id.toUtf8()));

    const Status noForum = ExportJobs::agenda(
        temp.db(), newUuid(), ExportJobs::AgendaFormat::Pdf, {}, dir.filePath(QStringLiteral("none.pdf")));
    CHECK_FALSE(noForum.ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
    CHECK_FALSE(ExportJobs::calendar(temp.db(), newUuid(), {}, dir.filePath(QStringLiteral("none.ics"))).ok());
}

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run runApp(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(applicationBinary(), args);
    REQUIRE(p.waitForFinished(60000));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError()) };
}

}  // namespace

TEST_CASE("The command line exports the sample trip's agendas, rosters and calendar")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sample.sqlite"));
    REQUIRE(runApp({ QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--sample") }).exitCode == 0);
    auto out = [&dir](const QString& name) { return dir.filePath(name); };
    const QString dbArg = QStringLiteral("--db");

    SECTION("agendas")
    {
        for (const QString& forum : { QStringLiteral("Uzbekistan"), QStringLiteral("Azerbaijan") }) {
            for (const QString& format : { QStringLiteral("pdf"), QStringLiteral("html") }) {
                const QString file = out(forum + QLatin1Char('.') + format);
                const Run r = runApp({ QStringLiteral("export"), QStringLiteral("agenda"), dbArg, db,
                    QStringLiteral("--forum"), forum, QStringLiteral("--format"), format, QStringLiteral("--page-size"),
                    QStringLiteral("Letter"), QStringLiteral("-o"), file });
                INFO(r.err.toStdString());
                CHECK(r.exitCode == 0);
                CHECK(readAll(file).startsWith(format == QStringLiteral("pdf") ? "%PDF-" : "<!DOCTYPE html>"));
            }
        }
        CHECK(QString::fromUtf8(readAll(out(QStringLiteral("Azerbaijan.html"))))
                  .contains(QStringLiteral("Asia/Baku, UTC+04:00")));
    }
    SECTION("rosters in every preset and format")
    {
        for (const QString& preset :
            { QStringLiteral("protocol"), QStringLiteral("rooming"), QStringLiteral("immigration") }) {
            for (const QString& format :
                { QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("json") }) {
                const QString file = out(preset + QLatin1Char('.') + format);
                const Run r = runApp({ QStringLiteral("export"), QStringLiteral("roster"), dbArg, db,
                    QStringLiteral("--trip"), QStringLiteral("2016"), QStringLiteral("--preset"), preset,
                    QStringLiteral("--format"), format, QStringLiteral("-o"), file });
                INFO(r.err.toStdString());
                CHECK(r.exitCode == 0);
                CHECK(QFileInfo(file).size() > 100);
                // The passport warning is given exactly when passport data is written.
                CHECK(r.err.contains(QStringLiteral("passport data")) == (preset == QStringLiteral("immigration")));
            }
        }
        const Run custom = runApp({ QStringLiteral("export"), QStringLiteral("roster"), dbArg, db,
            QStringLiteral("--trip"), QStringLiteral("2016"), QStringLiteral("--preset"), QStringLiteral("protocol"),
            QStringLiteral("--columns"), QStringLiteral("name,localName"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--bom"), QStringLiteral("-o"), out(QStringLiteral("custom.csv")) });
        CHECK(custom.exitCode == 0);
        const QByteArray csv = readAll(out(QStringLiteral("custom.csv")));
        CHECK(csv.startsWith("\xEF\xBB\xBFName,Name in local script\r\nHONG Yun-sik,"));
        CHECK(QString::fromUtf8(csv).contains(QStringLiteral("홍윤식")));
    }
    SECTION("a passport that expires too soon is a warning on stderr when a roster carries passport data")
    {
        {
            auto opened = Database::open(db);
            REQUIRE_OK(opened);
            Database& database = **opened;
            auto people = PersonRepository(database).list();
            REQUIRE_OK(people);
            for (Person p : *people) {
                if (p.familyName == QStringLiteral("Hong")) {
                    p.passportExpiry = QDate(2016, 9, 1);
                    REQUIRE_OK(PersonRepository(database).update(p));
                }
            }
        }
        const QStringList roster { QStringLiteral("export"), QStringLiteral("roster"), dbArg, db,
            QStringLiteral("--trip"), QStringLiteral("2016"), QStringLiteral("--format"), QStringLiteral("csv") };
        const Run immigration = runApp(roster
            + QStringList { QStringLiteral("--preset"), QStringLiteral("immigration"), QStringLiteral("-o"),
                out(QStringLiteral("immigration.csv")) });
        CHECK(immigration.exitCode == 0);
        CHECK(immigration.err.contains(QStringLiteral("warning: ")));
        CHECK(immigration.err.contains(QStringLiteral("HONG Yun-sik")));
        CHECK(QFileInfo(out(QStringLiteral("immigration.csv"))).size() > 100);
        const Run protocol = runApp(roster
            + QStringList { QStringLiteral("--preset"), QStringLiteral("protocol"), QStringLiteral("-o"),
                out(QStringLiteral("protocol.csv")) });
        CHECK(protocol.exitCode == 0);
        CHECK_FALSE(protocol.err.contains(QStringLiteral("warning: ")));
    }
    SECTION("calendars for the trip and for one person")
    {
        const Run trip = runApp({ QStringLiteral("export"), QStringLiteral("ics"), dbArg, db, QStringLiteral("--trip"),
            QStringLiteral("2016"), QStringLiteral("-o"), out(QStringLiteral("trip.ics")) });
        CHECK(trip.exitCode == 0);
        const Run person = runApp({ QStringLiteral("export"), QStringLiteral("ics"), dbArg, db,
            QStringLiteral("--trip"), QStringLiteral("2016"), QStringLiteral("--person"), QStringLiteral("홍윤식"),
            QStringLiteral("-o"), out(QStringLiteral("hong.ics")) });
        INFO(person.err.toStdString());
        CHECK(person.exitCode == 0);
        const QByteArray all = readAll(out(QStringLiteral("trip.ics")));
        const QByteArray his = readAll(out(QStringLiteral("hong.ics")));
        CHECK(all.count("BEGIN:VEVENT") > his.count("BEGIN:VEVENT"));
        CHECK(his.count("BEGIN:VEVENT") > 0);
        CHECK(his.contains("TZID:Asia/Tashkent"));
    }
    SECTION("wrong usage and errors leave no file")
    {
        const QString file = out(QStringLiteral("x.pdf"));
        CHECK(runApp({ QStringLiteral("export"), QStringLiteral("agenda"), dbArg, db, QStringLiteral("--forum"),
                         QStringLiteral("Uzbekistan"), QStringLiteral("--format"), QStringLiteral("rtf"),
                         QStringLiteral("-o"), file })
                  .exitCode
            == 2);
        CHECK(runApp({ QStringLiteral("export"), QStringLiteral("agenda"), dbArg, db, QStringLiteral("--forum"),
                         QStringLiteral("Cooperation"), QStringLiteral("--format"), QStringLiteral("pdf"),
                         QStringLiteral("-o"), file })
                  .exitCode
            == 1);  // two forums match
        CHECK(runApp({ QStringLiteral("export"), QStringLiteral("roster"), dbArg, db, QStringLiteral("--trip"),
                         QStringLiteral("2016"), QStringLiteral("--preset"), QStringLiteral("protocol"),
                         QStringLiteral("--columns"), QStringLiteral("name,shoeSize"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("-o"), file })
                  .exitCode
            == 2);
        CHECK(runApp({ QStringLiteral("export"), QStringLiteral("roster"), dbArg, db, QStringLiteral("--trip"),
                         QStringLiteral("2016"), QStringLiteral("--preset"), QStringLiteral("protocol"),
                         QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--bom"),
                         QStringLiteral("-o"), file })
                  .exitCode
            == 2);
        CHECK(runApp({ QStringLiteral("export"), QStringLiteral("ics"), dbArg, db, QStringLiteral("--trip"),
                         QStringLiteral("2016"), QStringLiteral("--person"), QStringLiteral("Nobody"),
                         QStringLiteral("-o"), file })
                  .exitCode
            == 1);
        CHECK_FALSE(QFile::exists(file));
    }
}
