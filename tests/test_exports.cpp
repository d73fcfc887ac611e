// The exports from a database to a file, as the command line and the GUI
// run them.

#include "Fixtures.h"
#include "TestSupport.h"
#include "services/ExportJobs.h"
#include "storage/Repositories.h"

#include <QFile>
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
