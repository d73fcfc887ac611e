// Faults and hostile inputs (issue 16): what must be refused, what must be
// kept private, and what must not be lost, tried as the real binary does it.
#include "TestSupport.h"
#include "domain/PlannedTime.h"
#include "services/AtomicFile.h"
#include "services/SampleTrip.h"
#include "services/TimelineLayout.h"
#include "services/TimelineRenderer.h"
#include "services/TripDocument.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace planner;
using planner::test::applicationBinary;
using planner::test::ProgramRun;
using planner::test::runProgram;

namespace {

const QString kTrip = QStringLiteral("PUBLIC GOVERNANCE");

/// A folder with a database made by "init --sample".
struct SampleDb {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    SampleDb()
    {
        REQUIRE(dir.isValid());
        REQUIRE(runProgram(applicationBinary(),
                    { QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--sample") })
                    .exitCode
            == 0);
    }
    [[nodiscard]] QString file(const QString& name) const { return dir.filePath(name); }
};

/// The application through a shell, for redirections (`> /dev/full`).
ProgramRun shell(const QString& arguments)
{
    return runProgram(QStringLiteral("sh"),
        { QStringLiteral("-c"), QStringLiteral("exec '%1' %2").arg(applicationBinary(), arguments) });
}

bool listsTheSampleTrip(const QString& db)
{
    const ProgramRun r = runProgram(
        applicationBinary(), { QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"), db });
    return r.exitCode == 0 && r.out.contains(QStringLiteral("Public Governance"), Qt::CaseInsensitive);
}

/// A file with these bytes, for the test to start from.
void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

mode_t modeOf(const QString& path)
{
    struct stat st { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode;
}

QByteArray sampleDocument()
{
    return sampleTripDocument();
}

/// The sample document with every occurrence of one text replaced.
QByteArray sampleWith(const QByteArray& from, const QByteArray& to)
{
    QByteArray bytes = sampleDocument();
    REQUIRE(bytes.contains(from));
    return bytes.replace(from, to);
}

}  // namespace

TEST_CASE("an export is never written onto a database or beside it", "[hostile]")
{
    SampleDb sample;
    const QByteArray before = [&] {
        QFile f(sample.path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    SECTION("export json onto the database it reads")
    {
        const ProgramRun r = runProgram(applicationBinary(),
            { QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), sample.path,
                QStringLiteral("--trip"), kTrip, QStringLiteral("-o"), sample.path });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is a database")));
    }
    SECTION("a roster onto the database's -wal file")
    {
        const ProgramRun r = runProgram(applicationBinary(),
            { QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--db"), sample.path,
                QStringLiteral("--trip"), kTrip, QStringLiteral("--preset"), QStringLiteral("protocol"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                sample.path + QStringLiteral("-wal") });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("belongs to the database")));
        CHECK_FALSE(QFileInfo::exists(sample.path + QStringLiteral("-wal.csv")));
    }
    SECTION("a timeline onto another database, through a symbolic link")
    {
        const QString link = sample.file(QStringLiteral("timeline.png"));
        REQUIRE(QFile::link(sample.path, link));
        const ProgramRun r = runProgram(applicationBinary(),
            { QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("--db"), sample.path,
                QStringLiteral("--trip"), kTrip, QStringLiteral("-o"), link });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is a database")));
    }
    SECTION("the window's writer refuses it as well")
    {
        const Status written = AtomicFile::write(sample.path, QByteArrayLiteral("{}"));
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().text().contains(QStringLiteral("is a database")));
    }
    QFile after(sample.path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
    CHECK(listsTheSampleTrip(sample.path));
}

TEST_CASE("outputs are the owner's alone, whatever the umask or the old file's mode", "[hostile]")
{
    SampleDb sample;
    const mode_t oldMask = ::umask(022);
    const QString fresh = sample.file(QStringLiteral("trip.json"));
    const QString open = sample.file(QStringLiteral("open.csv"));
    writeBytes(open, "old");
    REQUIRE(::chmod(QFile::encodeName(open).constData(), 0666) == 0);

    const ProgramRun json = runProgram(applicationBinary(),
        { QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), sample.path,
            QStringLiteral("--trip"), kTrip, QStringLiteral("-o"), fresh });
    const ProgramRun roster = runProgram(applicationBinary(),
        { QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--db"), sample.path,
            QStringLiteral("--trip"), kTrip, QStringLiteral("--preset"), QStringLiteral("immigration"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), open });
    ::umask(oldMask);
    REQUIRE(json.exitCode == 0);
    REQUIRE(roster.exitCode == 0);
    CHECK((modeOf(fresh) & 0777) == 0600);
    CHECK((modeOf(open) & 0777) == 0600);
    // Both say so.
    CHECK(json.err.contains(QStringLiteral("readable only by you")));
    CHECK(roster.err.contains(QStringLiteral("readable only by you")));
}

TEST_CASE("a pipe, a device or /dev/stdout is written as a stream and stays what it was", "[hostile]")
{
    SampleDb sample;
    const ProgramRun toStdout = runProgram(applicationBinary(),
        { QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), sample.path,
            QStringLiteral("--trip"), kTrip, QStringLiteral("-o"), QStringLiteral("/dev/stdout") });
    REQUIRE(toStdout.exitCode == 0);
    CHECK(QJsonDocument::fromJson(toStdout.out.toUtf8()).isObject());
    CHECK_FALSE(toStdout.err.contains(QStringLiteral("readable only by you")));

    const QString fifo = sample.file(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    const ProgramRun piped = runProgram(QStringLiteral("sh"),
        { QStringLiteral("-c"),
            QStringLiteral(
                "'%1' export roster --db '%2' --trip '%3' --preset protocol --format csv -o '%4' & cat '%4'; wait $!")
                .arg(applicationBinary(), sample.path, kTrip, fifo) });
    CHECK(piped.exitCode == 0);
    CHECK(piped.out.contains(QStringLiteral("HONG")));
    CHECK(S_ISFIFO(modeOf(fifo)));
}

TEST_CASE("a failed write to standard output exits 1 with the reason", "[hostile]")
{
    SampleDb sample;
    for (const QString& command : { QStringLiteral("export json --db '%1' --trip '%2'"),
             QStringLiteral("list people --db '%1'"), QStringLiteral("check --db '%1' --trip '%2' --json") }) {
        const ProgramRun r = shell(command.arg(sample.path, kTrip) + QStringLiteral(" > /dev/full"));
        INFO(command.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("could not write to standard output")));
        CHECK(r.err.contains(QStringLiteral("No space left on device")));
    }
}

TEST_CASE("hostile trip documents are refused with a place, and nothing crashes", "[hostile]")
{
    SECTION("an array nested 100,000 deep inside a field")
    {
        QByteArray bytes = sampleDocument();
        const qsizetype brace = bytes.indexOf('{');
        bytes.insert(brace + 1, "\"a\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + ",");
        const auto read = TripDocument::read(bytes);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().where.startsWith(QStringLiteral("$.a[0][0]")));
        CHECK(read.error().message.contains(QStringLiteral("nested more than")));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("deep.json"));
        writeBytes(file, bytes);
        const QString db = dir.filePath(QStringLiteral("p.sqlite"));
        REQUIRE(runProgram(applicationBinary(), { QStringLiteral("init"), QStringLiteral("--db"), db }).exitCode == 0);
        const ProgramRun r
            = runProgram(applicationBinary(), { QStringLiteral("import"), QStringLiteral("--db"), db, file });
        CHECK(r.exitCode == 1);  // not a crash (-1)
        CHECK(r.err.contains(QStringLiteral("nested more than")));
    }
    SECTION("bytes after a NUL at the end")
    {
        const auto read = TripDocument::read(sampleDocument() + QByteArray("\0{\"junk\":1}", 11));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("NUL byte")));
    }
    SECTION("a NUL or another control character inside a title")
    {
        for (const QByteArray& control : { QByteArrayLiteral("\\u0000"), QByteArrayLiteral("\\u0007") }) {
            const auto read = TripDocument::read(sampleWith(QByteArrayLiteral("\"title\": \"Korea-Uzbekistan"),
                QByteArrayLiteral("\"title\": \"Korea") + control + QByteArrayLiteral("-Uzbekistan")));
            REQUIRE_FALSE(read.ok());
            CHECK(read.error().message.contains(QStringLiteral("control character U+00")));
            CHECK(read.error().where.endsWith(QStringLiteral(".title")));
        }
        // Tabs and line breaks stay allowed.
        CHECK(TripDocument::read(sampleWith(QByteArrayLiteral("\"title\": \"Korea-Uzbekistan"),
                                     QByteArrayLiteral("\"title\": \"Korea\\n-Uzbekistan")))
                  .ok());
    }
    SECTION("a zone name of a million characters is quoted in a few dozen")
    {
        const QByteArray zone(1000 * 1000, 'Z');
        QByteArray bytes = sampleDocument();
        const QByteArray tashkent("\"Asia/Tashkent\"");
        bytes.replace(bytes.indexOf(tashkent), tashkent.size(), "\"" + zone + "\"");  // the first only
        const auto read = TripDocument::read(bytes);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().text().size() < 200);
        CHECK(read.error().message.contains(QStringLiteral("not a known IANA time zone")));
    }
}

TEST_CASE("a document beyond sane sizes is refused with a clear message", "[hostile]")
{
    SECTION("a text over 1 MB")
    {
        QByteArray bytes = sampleDocument();
        const QByteArray title("\"title\": \"Korea-Uzbekistan");
        bytes.replace(bytes.indexOf(title), title.size(), "\"title\": \"" + QByteArray(2 * 1024 * 1024, 'x'));
        const auto read = TripDocument::read(bytes);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("the text is 2.0 MB long")));
        CHECK(read.error().where.endsWith(QStringLiteral(".title")));
    }
    SECTION("more than a million objects and arrays")
    {
        QByteArray bytes = sampleDocument();
        QByteArray many = "\"a\":[";
        for (int i = 0; i < 1000001; ++i) {
            many += i == 0 ? "{}" : ",{}";
        }
        many += "],";
        bytes.insert(bytes.indexOf('{') + 1, many);
        const auto read = TripDocument::read(bytes);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("more than 1,000,000 objects and arrays")));
    }
}

TEST_CASE("every name of the system's tzdata is a zone, and an offset is not", "[hostile][zones]")
{
    for (const char* name : { "Etc/UTC", "UTC", "Etc/GMT-14", "Europe/Kiev", "Europe/Kyiv", "Asia/Calcutta",
             "Asia/Kolkata", "Asia/Tashkent", "US/Pacific" }) {
        INFO(name);
        CHECK(PlannedTime::isKnownZone(QString::fromLatin1(name)));
    }
    for (const char* name : { "UTC+05:00", "UTC-14:00", "UTC+14:00", "Asia/Nowhere", "", "../../etc/passwd" }) {
        INFO(name);
        CHECK_FALSE(PlannedTime::isKnownZone(QString::fromLatin1(name)));
    }
    // A link converts as the zone it names.
    const auto kiev = PlannedTime::parse(QStringLiteral("2016-08-17T09:30"), QStringLiteral("Europe/Kiev"));
    REQUIRE_OK(kiev);
    CHECK(kiev->utcOffsetText() == QStringLiteral("+03:00"));
    const auto gmt14 = PlannedTime::parse(QStringLiteral("2016-08-17T09:30"), QStringLiteral("Etc/GMT-14"));
    REQUIRE_OK(gmt14);
    CHECK(gmt14->utcOffsetText() == QStringLiteral("+14:00"));
    CHECK(PlannedTime::knownZones().size() > 500);
    CHECK(PlannedTime::knownZones().contains(QStringLiteral("Europe/Kiev")));

    // Any name of tzdata is taken in a trip document.
    CHECK(
        TripDocument::read(sampleWith(QByteArrayLiteral("\"Asia/Tashkent\""), QByteArrayLiteral("\"Asia/Samarkand\"")))
            .ok());
    const auto offset
        = TripDocument::read(sampleWith(QByteArrayLiteral("\"Asia/Tashkent\""), QByteArrayLiteral("\"UTC+05:00\"")));
    REQUIRE_FALSE(offset.ok());
    CHECK(offset.error().message.contains(QStringLiteral("'UTC+05:00' is not a known IANA time zone")));
}

namespace {

/// The window on the sample, with TMPDIR in a folder of the test's own.
struct SampleWindow {
    QProcess process;
    explicit SampleWindow(const QString& tmp)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("TMPDIR"), tmp);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp + QStringLiteral("/data"));
        process.setProcessEnvironment(env);
        process.start(applicationBinary(), { QStringLiteral("--sample") });
        REQUIRE(process.waitForStarted(10000));
    }
};

QStringList sampleFolders(const QString& tmp)
{
    return QDir(tmp).entryList({ QStringLiteral("delegation-planner-*") }, QDir::Dirs | QDir::NoDotAndDotDot);
}

/// Waits until the window's sample copy exists.
void waitForSampleCopy(const QString& tmp, int count)
{
    for (int i = 0; i < 200 && sampleFolders(tmp).size() < count; ++i) {
        QThread::msleep(50);
    }
    REQUIRE(sampleFolders(tmp).size() == count);
    QThread::msleep(500);  // past the copy, into the event loop
}

}  // namespace

TEST_CASE("the temporary sample copy goes with the window, killed or not", "[hostile][sample]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    for (const int signal : { SIGTERM, SIGHUP, SIGINT }) {
        INFO("signal " << signal);
        SampleWindow window(tmp.path());
        waitForSampleCopy(tmp.path(), 1);
        REQUIRE(::kill(static_cast<pid_t>(window.process.processId()), signal) == 0);
        REQUIRE(window.process.waitForFinished(20000));
        CHECK(window.process.exitStatus() == QProcess::NormalExit);
        CHECK(sampleFolders(tmp.path()).isEmpty());
    }

    SECTION("a copy left by a window killed outright goes at the next start")
    {
        {
            SampleWindow killed(tmp.path());
            waitForSampleCopy(tmp.path(), 1);
            killed.process.kill();  // SIGKILL: nothing can clean up
            REQUIRE(killed.process.waitForFinished(20000));
        }
        REQUIRE(sampleFolders(tmp.path()).size() == 1);
        const QString left = sampleFolders(tmp.path()).constFirst();
        SampleWindow next(tmp.path());
        for (int i = 0; i < 200 && sampleFolders(tmp.path()).contains(left); ++i) {
            QThread::msleep(50);
        }
        CHECK_FALSE(sampleFolders(tmp.path()).contains(left));
        waitForSampleCopy(tmp.path(), 1);  // its own, in use, stays
        next.process.terminate();
        REQUIRE(next.process.waitForFinished(20000));
        CHECK(sampleFolders(tmp.path()).isEmpty());
    }
}

TEST_CASE("a half-made copy of an update of the schema is removed at the next open", "[hostile]")
{
    SampleDb sample;
    const QString part = sample.file(QStringLiteral("planner.before-schema-9-20260101-000000.sqlite.part"));
    const QString fresh = sample.file(QStringLiteral("planner.before-schema-9-20260101-000001.sqlite.part"));
    for (const QString& path : { part, fresh }) {
        writeBytes(path, "half");
    }
    {
        QFile f(part);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    auto db = Database::open(sample.path, Database::Mode::OpenExisting);
    REQUIRE_OK(db);
    CHECK_FALSE(QFileInfo::exists(part));
    CHECK(QFileInfo::exists(fresh));  // being written now, perhaps: left alone
}

TEST_CASE("only regular files are opened, and only init creates a database", "[hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto list = [](const QString& db) {
        return runProgram(
            applicationBinary(), { QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"), db });
    };

    SECTION("a pipe is not a database, and nothing appears beside it")
    {
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        const ProgramRun r = list(fifo);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("not a regular file")));
        CHECK((modeOf(fifo) & 0777) == 0644);
        CHECK_FALSE(QFileInfo::exists(fifo + QStringLiteral("-journal")));
        CHECK_FALSE(QFileInfo::exists(fifo + QStringLiteral("-wal")));
    }
    SECTION("an empty file stays an empty file of its own mode")
    {
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        writeBytes(empty, {});
        REQUIRE(::chmod(QFile::encodeName(empty).constData(), 0644) == 0);
        const ProgramRun r = list(empty);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is empty")));
        CHECK(QFileInfo(empty).size() == 0);
        CHECK((modeOf(empty) & 0777) == 0644);
        // init does not take it over either.
        const ProgramRun init
            = runProgram(applicationBinary(), { QStringLiteral("init"), QStringLiteral("--db"), empty });
        CHECK(init.exitCode == 1);
        CHECK(init.err.contains(QStringLiteral("already exists")));
    }
    SECTION("another application's database is refused before SQLite touches it")
    {
        const QString foreign = dir.filePath(QStringLiteral("other.db"));
        {
            const QString name = QStringLiteral("foreign-test");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(foreign);
                REQUIRE(db.open());
                QSqlQuery q(db);
                REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
                REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        REQUIRE_FALSE(QFileInfo::exists(foreign + QStringLiteral("-wal")));
        const ProgramRun r = list(foreign);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("not a Delegation Planner database")));
        CHECK_FALSE(QFileInfo::exists(foreign + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(foreign + QStringLiteral("-shm")));
    }
}

TEST_CASE("init --sample racing an import on a new file: one clear outcome each round", "[hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QTemporaryDir docs;
    const QString doc = docs.filePath(QStringLiteral("trip.json"));
    writeBytes(doc, sampleDocument());
    for (int round = 0; round < 10; ++round) {
        INFO("round " << round);
        const QString db = dir.filePath(QStringLiteral("race-%1.sqlite").arg(round));
        QProcess init;
        QProcess import;
        init.start(
            applicationBinary(), { QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--sample") });
        import.start(applicationBinary(),
            { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--replace"), doc });
        REQUIRE(init.waitForFinished(60000));
        REQUIRE(import.waitForFinished(60000));
        const QString importErr = QString::fromUtf8(import.readAllStandardError());
        INFO("init: " << QString::fromUtf8(init.readAllStandardError()).toStdString());
        INFO("import: " << importErr.toStdString());
        CHECK(init.exitCode() == 0);
        CHECK_FALSE(importErr.contains(QStringLiteral("schema")));
        if (import.exitCode() != 0) {
            // Each a clear outcome: too early, or the other program busy.
            CHECK((importErr.contains(QStringLiteral("there is no database"))
                || importErr.contains(QStringLiteral("is empty")) || importErr.contains(QStringLiteral("busy"))
                || importErr.contains(QStringLiteral("another program"))));
        }
        CHECK(listsTheSampleTrip(db));
    }
}

TEST_CASE("a date typed ten years off neither stretches the timeline nor exhausts memory", "[hostile][timeline]")
{
    // Everything of one day in Tashkent typed 2026 instead of 2016.
    QByteArray bytes = sampleDocument();
    bytes.replace("\"2016-08-17T", "\"2026-08-17T");
    const auto bundle = TripDocument::read(bytes);
    REQUIRE_OK(bundle);
    const TimelineInput input = TimelineInput::fromBundle(*bundle);

    // Export names the record and refuses, for PNG and PDF alike.
    const Status span = checkTimelineSpan(input);
    REQUIRE_FALSE(span.ok());
    CHECK(span.error().message.contains(QStringLiteral("is dated")));
    CHECK(span.error().message.contains(QStringLiteral("2026")));
    QTemporaryDir dir;
    for (const QString& name : { QStringLiteral("t.png"), QStringLiteral("t.pdf") }) {
        const Status written = TimelineRenderer::exportToFile(input, dir.filePath(name), {});
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().message == span.error().message);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(name)));
    }
    // The window draws the trip's own days: a range of days, not of years.
    const TimelineLayoutResult layout = layoutTimeline(input, TimelineOptions {});
    CHECK(layout.options.rangeStart.daysTo(layout.options.rangeEnd) <= input.tripStart.daysTo(input.tripEnd) + 3);
    CHECK(layout.size.width() < 20000);
}

/// A file system of the test's own, mounted over a temporary folder and gone
/// with it: a small tmpfs, or a read-only view of another folder. Mounting
/// needs root (CI has it); mounted() is false elsewhere and the test skips.
class TestMount {
public:
    static TestMount smallTmpfs()
    {
        return TestMount({ QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
            QStringLiteral("size=64k"), QStringLiteral("tmpfs") });
    }
    static TestMount readOnlyView(const QString& folder)
    {
        TestMount m({ QStringLiteral("--bind"), folder });
        if (m.m_mounted
            && runProgram(QStringLiteral("mount"),
                   { QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), m.m_point.path() })
                    .exitCode
                != 0) {
            m.m_mounted = false;
            runProgram(QStringLiteral("umount"), { m.m_point.path() });
        }
        return m;
    }
    TestMount(TestMount&& other) noexcept : m_point(std::move(other.m_point)), m_mounted(other.m_mounted)
    {
        other.m_mounted = false;
    }
    TestMount(const TestMount&) = delete;
    TestMount& operator=(const TestMount&) = delete;
    TestMount& operator=(TestMount&&) = delete;
    ~TestMount()
    {
        if (m_mounted) {
            runProgram(QStringLiteral("umount"), { m_point.path() });
        }
    }
    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] QString path(const QString& name) const { return m_point.filePath(name); }

    /// Fills the file system to its last block.
    void fill() const
    {
        QFile f(path(QStringLiteral("fill")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray block(1024, 'x');
        while (f.write(block) == block.size() && f.flush()) { }
    }

private:
    explicit TestMount(QStringList arguments)
    {
        REQUIRE(m_point.isValid());
        arguments << m_point.path();
        m_mounted = runProgram(QStringLiteral("mount"), arguments).exitCode == 0;
    }
    QTemporaryDir m_point;
    bool m_mounted = false;
};

ProgramRun exportRoster(const QString& db, const QString& format, const QString& target,
    const std::vector<std::pair<QString, QString>>& environment = {})
{
    return runProgram(applicationBinary(),
        { QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--db"), db, QStringLiteral("--trip"),
            kTrip, QStringLiteral("--preset"), QStringLiteral("protocol"), QStringLiteral("--format"), format,
            QStringLiteral("-o"), target },
        environment);
}

TEST_CASE("a full disk is said as such, and the old file stays", "[hostile][disk]")
{
    SampleDb sample;
    const TestMount disk = TestMount::smallTmpfs();
    if (!disk.mounted()) {
        WARN("cannot mount a small tmpfs here (not root): skipped");
        return;
    }
    const QString old = disk.path(QStringLiteral("roster.csv"));
    writeBytes(old, "the old roster");
    disk.fill();
    for (const QString& format : { QStringLiteral("csv"), QStringLiteral("xlsx") }) {
        const QString target = format == QLatin1String("csv") ? old : disk.path(QStringLiteral("r.xlsx"));
        const ProgramRun r = exportRoster(sample.path, format, target);
        INFO(format.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("the disk is full")));
    }
    QFile f(old);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArrayLiteral("the old roster"));
    CHECK_FALSE(QFileInfo::exists(disk.path(QStringLiteral("r.xlsx"))));

    SECTION("a full temporary folder, where the spreadsheet is built, without the library's raw lines")
    {
        const ProgramRun r = exportRoster(sample.path, QStringLiteral("xlsx"), sample.file(QStringLiteral("r.xlsx")),
            { { QStringLiteral("TMPDIR"), disk.path(QString()) } });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("the disk is full")));
        CHECK_FALSE(r.err.contains(QStringLiteral("[ERROR]")));
        CHECK_FALSE(QFileInfo::exists(sample.file(QStringLiteral("r.xlsx"))));
    }
}

TEST_CASE("a database on a read-only file system is read, and a change is refused in words", "[hostile][readonly]")
{
    SampleDb sample;
    const TestMount view = TestMount::readOnlyView(sample.dir.path());
    if (!view.mounted()) {
        WARN("cannot mount a read-only view here (not root): skipped");
        return;
    }
    const QString db = view.path(QStringLiteral("planner.sqlite"));
    REQUIRE_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    CHECK(listsTheSampleTrip(db));
    const ProgramRun exported = runProgram(applicationBinary(),
        { QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--db"), db, QStringLiteral("--trip"), kTrip,
            QStringLiteral("-o"), QStringLiteral("-") });
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("\"people\"")));
    const ProgramRun checked = runProgram(
        applicationBinary(), { QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--trip"), kTrip });
    CHECK(checked.exitCode != 2);
    CHECK_FALSE(checked.err.contains(QStringLiteral("cannot be read")));

    const QString document = sample.file(QStringLiteral("trip.json"));
    writeBytes(document, sampleDocument());
    const ProgramRun imported = runProgram(applicationBinary(),
        { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--replace"), document });
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.contains(QStringLiteral("can only be read here")));

    auto opened = Database::open(db, Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    CHECK(opened.value()->isReadOnly());
    CHECK_FALSE(TripRepository(*opened.value()).list().value().empty());
    const Status change = opened.value()->transaction([] { return Status {}; });
    REQUIRE_FALSE(change.ok());
    CHECK(change.error().message.contains(QStringLiteral("read-only")));
}

TEST_CASE("a database another program holds locked is said to be locked", "[hostile]")
{
    SampleDb sample;
    const QString name = QStringLiteral("locker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sample.path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("UPDATE trips SET notes = notes")));
        const ProgramRun r = runProgram(applicationBinary(),
            { QStringLiteral("list"), QStringLiteral("trips"), QStringLiteral("--db"), sample.path });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("another program holds")));
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(listsTheSampleTrip(sample.path));
}
