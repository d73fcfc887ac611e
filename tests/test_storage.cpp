#include "Fixtures.h"
#include "TestSupport.h"
#include "services/TripDocument.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace planner;
using namespace planner::test;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Raw access to a database file, bypassing Database (to build legacy or
/// foreign files as other programs would).
class RawSqlite {
public:
    explicit RawSqlite(const QString& path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawSqlite()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    QString scalar(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

Status saveFixture(Database& db, const TripBundle& b)
{
    return TripBundleStore(db).save(b, false);
}

qint64 countRows(const QString& path, const QString& table)
{
    RawSqlite raw(path);
    return raw.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

}  // namespace

TEST_CASE("A new database is set up as documented and readable by its owner only")
{
    TempDatabase t;
    CHECK(t.db().schemaVersion() == Database::currentSchemaVersion());
    CHECK(t.db().migrationBackupPath().isEmpty());
    const QFileDevice::Permissions perms = QFile::permissions(t.path());
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    t.close();
    RawSqlite raw(t.path());
    CHECK(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() == Database::kApplicationId);
    CHECK(raw.scalar(QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    for (const QString& table : schema::expectedTables()) {
        INFO(table.toStdString());
        CHECK(raw.scalar(
                  QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table))
            == QStringLiteral("1"));
    }
}

TEST_CASE("Every entity survives a round trip through the database")
{
    TempDatabase t;
    const TripBundle b = makeBundle();
    REQUIRE_OK(saveFixture(t.db(), b));
    t.reopen();
    auto loaded = TripBundleStore(t.db()).load(b.trip.id);
    REQUIRE_OK(loaded);
    CHECK(loaded->trip == b.trip);
    CHECK(loaded->members == b.members);
    CHECK(loaded->stops == b.stops);
    CHECK(loaded->legs == b.legs);
    CHECK(loaded->forums == b.forums);
    CHECK(loaded->meetings == b.meetings);
    CHECK(loaded->mous == b.mous);
    CHECK(loaded->organisations == b.organisations);
    CHECK(loaded->people == b.people);
    CHECK(loaded->venues == b.venues);
    CHECK(*loaded == b);
}

TEST_CASE("Single records are created, read, updated and listed by their repositories")
{
    TempDatabase t;
    const TripBundle b = makeBundle();
    REQUIRE_OK(saveFixture(t.db(), b));

    OrganisationRepository orgs(t.db());
    Organisation o = b.organisations.front();
    o.localName = QStringLiteral("Центральный архив — обновлено");
    REQUIRE_OK(orgs.update(o));
    CHECK(*orgs.get(o.id) == o);
    CHECK(orgs.list()->size() == 3);

    PersonRepository people(t.db());
    Person p = b.people.front();
    p.passportExpiry = QDate(2030, 1, 1);
    p.organisationId.clear();
    REQUIRE_OK(people.update(p));
    CHECK(*people.get(p.id) == p);

    VenueRepository venues(t.db());
    Venue v = b.venues.front();
    v.rooms = QStringList { QStringLiteral("Hall B") };
    REQUIRE_OK(venues.update(v));
    CHECK(venues.get(v.id)->rooms == QStringList { QStringLiteral("Hall B") });

    ForumRepository forums(t.db());
    AgendaSession s = b.forums.front().sessions.front();
    s.title = QStringLiteral("<b>x</b>");
    s.speakers = { { b.people.back().id, SpeakerRole::Panellist } };
    REQUIRE_OK(forums.updateSession(s));
    CHECK(*forums.getSession(s.id) == s);

    TripRepository trips(t.db());
    REQUIRE_OK(trips.reorderMembers(b.trip.id, { b.members[1].id, b.members[0].id }));
    auto members = trips.members(b.trip.id);
    REQUIRE_OK(members);
    CHECK(members->front().id == b.members[1].id);
    CHECK(members->front().precedence == 1);

    ItineraryRepository itinerary(t.db());
    TravelLeg leg = b.legs.front();
    leg.passengerIds = { b.members[0].personId };
    REQUIRE_OK(itinerary.updateLeg(leg));
    CHECK(*itinerary.getLeg(leg.id) == leg);

    MeetingRepository meetings(t.db());
    Meeting m = b.meetings.front();
    m.participantIds = {};
    REQUIRE_OK(meetings.update(m));
    CHECK(*meetings.get(m.id) == m);

    MouRepository mous(t.db());
    Mou mou = b.mous.front();
    mou.status = MouStatus::Agreed;
    mou.signedAt = {};
    REQUIRE_OK(mous.update(mou));
    CHECK(*mous.get(mou.id) == mou);

    TripSettingsRepository settings(t.db());
    CHECK(*settings.value(b.trip.id, QStringLiteral("arrivalBufferMinutes"), QStringLiteral("120"))
        == QStringLiteral("120"));
    REQUIRE_OK(settings.setValue(b.trip.id, QStringLiteral("arrivalBufferMinutes"), QStringLiteral("90")));
    REQUIRE_OK(settings.setValue(b.trip.id, QStringLiteral("arrivalBufferMinutes"), QStringLiteral("60")));
    CHECK(*settings.value(b.trip.id, QStringLiteral("arrivalBufferMinutes")) == QStringLiteral("60"));
}

TEST_CASE("Invalid records and constraint violations are refused with messages")
{
    TempDatabase t;
    const TripBundle b = makeBundle();
    REQUIRE_OK(saveFixture(t.db(), b));
    ForumRepository forums(t.db());
    TripRepository trips(t.db());

    SECTION("a session that ends before it starts")
    {
        AgendaSession s = b.forums.front().sessions.front();
        s.id = newUuid();
        s.end = s.start.addMinutes(-10);
        const Status st = forums.insertSession(s);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().where == QStringLiteral("end"));
        CHECK(st.error().message.contains(QStringLiteral("not after the start")));
    }
    SECTION("an unknown time zone")
    {
        Stop s = b.stops.front();
        s.id = newUuid();
        s.zone = QStringLiteral("Asia/Atlantis");
        const Status st = ItineraryRepository(t.db()).insertStop(s);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(QStringLiteral("Asia/Atlantis")));
    }
    SECTION("a session in another zone than its forum")
    {
        AgendaSession s = b.forums.front().sessions.front();
        s.id = newUuid();
        s.start = at(QStringLiteral("2016-08-17T11:00"), QStringLiteral("Asia/Baku"));
        s.end = at(QStringLiteral("2016-08-17T12:00"), QStringLiteral("Asia/Baku"));
        const Status st = forums.insertSession(s);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(QStringLiteral("Asia/Tashkent")));
    }
    SECTION("a duplicate order of precedence")
    {
        Person extra;
        extra.id = newUuid();
        extra.familyName = QStringLiteral("Lee");
        REQUIRE_OK(PersonRepository(t.db()).insert(extra));
        const Status st = trips.insertMember(b.trip.id, { newUuid(), extra.id, MemberRole::Member, 2 });
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(QStringLiteral("order of precedence")));
    }
    SECTION("a reference to a record that does not exist")
    {
        Person ghost;
        ghost.id = newUuid();
        ghost.familyName = QStringLiteral("Ghost");
        ghost.organisationId = newUuid();
        const Status st = PersonRepository(t.db()).insert(ghost);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(QStringLiteral("does not exist")));
    }
    SECTION("an empty required name")
    {
        Organisation o { newUuid(), QStringLiteral("  "), {}, {}, {}, OrganisationKind::Other, {} };
        const Status st = OrganisationRepository(t.db()).insert(o);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().where == QStringLiteral("name"));
    }
    SECTION("updating a record that is gone")
    {
        Organisation o { newUuid(), QStringLiteral("Nobody"), {}, {}, {}, OrganisationKind::Other, {} };
        const Status st = OrganisationRepository(t.db()).update(o);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(QStringLiteral("no organisation")));
    }
    // Whatever failed, the trip is as it was.
    CHECK(*TripBundleStore(t.db()).load(b.trip.id) == b);
}

TEST_CASE("Deleting refuses records in use and names the users, owned records cascade")
{
    TempDatabase t;
    const TripBundle b = makeBundle();
    REQUIRE_OK(saveFixture(t.db(), b));
    const Person& hong = *std::find_if(
        b.people.begin(), b.people.end(), [](const Person& p) { return p.familyName == QStringLiteral("Hong"); });

    const Status person = PersonRepository(t.db()).remove(hong.id);
    REQUIRE_FALSE(person.ok());
    CHECK(person.error().message.contains(QStringLiteral("HONG Yun-sik")));
    CHECK(person.error().message.contains(QStringLiteral("Korea–Central Asia visit")));
    CHECK(person.error().message.contains(QStringLiteral("Public administration in Korea's development")));
    CHECK(person.error().message.contains(QStringLiteral("MOU 'MOU on records management'")));

    const Status org = OrganisationRepository(t.db()).remove(b.organisations.front().id);
    REQUIRE_FALSE(org.ok());
    CHECK(org.error().message.contains(QStringLiteral("Korea-Uzbekistan Cooperation Forum")));

    const Status venue = VenueRepository(t.db()).remove(b.venues.front().id);
    REQUIRE_FALSE(venue.ok());
    CHECK(venue.error().message.contains(QStringLiteral("forum")));

    const Status stop = ItineraryRepository(t.db()).removeStop(b.stops.front().id);
    REQUIRE_FALSE(stop.ok());
    CHECK(stop.error().message.contains(QStringLiteral("Tashkent")));

    const Status forumWithMou = ForumRepository(t.db()).remove(b.forums.front().id);
    REQUIRE_FALSE(forumWithMou.ok());
    CHECK(forumWithMou.error().message.contains(QStringLiteral("MOU on records management")));

    // A forum takes its sessions with it.
    REQUIRE_OK(MouRepository(t.db()).remove(b.mous.front().id));
    REQUIRE_OK(ForumRepository(t.db()).remove(b.forums.front().id));
    CHECK(countRows(t.path(), QStringLiteral("agenda_sessions")) == 0);
    CHECK(countRows(t.path(), QStringLiteral("session_speakers")) == 0);

    // A trip takes everything of its own; the directories stay.
    REQUIRE_OK(TripRepository(t.db()).remove(b.trip.id));
    for (const char* table : { "trips", "delegation_members", "stops", "travel_legs", "travel_leg_passengers", "forums",
             "meetings", "meeting_people", "mous", "mou_parties" }) {
        INFO(table);
        CHECK(countRows(t.path(), QString::fromLatin1(table)) == 0);
    }
    CHECK(countRows(t.path(), QStringLiteral("people")) == 3);
    REQUIRE_OK(PersonRepository(t.db()).remove(hong.id));
}

TEST_CASE("A trip bundle is written in one transaction: all or nothing")
{
    TempDatabase t;
    TripBundle b = makeBundle();
    SECTION("a broken reference deep inside leaves nothing behind")
    {
        b.forums.front().sessions.back().speakers = { { newUuid(), SpeakerRole::Speaker } };
        const Status st = TripBundleStore(t.db()).save(b, false);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().text().contains(QStringLiteral("Coffee break")));
        for (const char* table : { "trips", "people", "organisations", "venues", "forums" }) {
            INFO(table);
            CHECK(countRows(t.path(), QString::fromLatin1(table)) == 0);
        }
    }
    SECTION("an existing trip is refused unless replaced")
    {
        REQUIRE_OK(TripBundleStore(t.db()).save(b, false));
        TripBundle changed = b;
        changed.trip.title = QStringLiteral("Changed");
        changed.forums.front().sessions.pop_back();
        const Status refused = TripBundleStore(t.db()).save(changed, false);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("already in this database")));
        CHECK(TripBundleStore(t.db()).load(b.trip.id)->trip.title == b.trip.title);
        REQUIRE_OK(TripSettingsRepository(t.db()).setValue(
            b.trip.id, QStringLiteral("arrivalBufferMinutes"), QStringLiteral("90")));
        REQUIRE_OK(TripBundleStore(t.db()).save(changed, true));
        // Settings are not trip data: replacing the trip keeps them.
        CHECK(*TripSettingsRepository(t.db()).value(b.trip.id, QStringLiteral("arrivalBufferMinutes"))
            == QStringLiteral("90"));
        auto loaded = TripBundleStore(t.db()).load(b.trip.id);
        REQUIRE_OK(loaded);
        CHECK(*loaded == changed);
    }
}

namespace {

/// The fixture with `copies` more copies of its forum's sessions (new ids,
/// the same speakers): a larger programme of the same shape.
TripBundle withMoreSessions(int copies)
{
    TripBundle b = makeBundle();
    Forum& forum = b.forums.front();
    const std::vector<AgendaSession> originals = forum.sessions;
    for (int i = 0; i < copies; ++i) {
        for (AgendaSession s : originals) {
            s.id = newUuid();
            s.title += QStringLiteral(" (%1)").arg(i + 1);
            forum.sessions.push_back(s);
        }
    }
    std::stable_sort(forum.sessions.begin(), forum.sessions.end(),
        [](const AgendaSession& a, const AgendaSession& c) { return a.start.toUtc() < c.start.toUtc(); });
    return b;
}

/// The statements a piece of work executes on the connection.
template <typename Work> quint64 statementsOf(Database& db, Work&& work)
{
    const quint64 before = db.statementsExecuted();
    work();
    return db.statementsExecuted() - before;
}

}  // namespace

TEST_CASE("Lists load children with a fixed number of queries")
{
    TempDatabase small;
    TempDatabase large;
    const TripBundle few = makeBundle();
    const TripBundle many = withMoreSessions(50);
    REQUIRE_OK(TripBundleStore(small.db()).save(few, false));
    REQUIRE_OK(TripBundleStore(large.db()).save(many, false));

    Result<std::vector<Forum>> fewForums = Error {};
    Result<std::vector<Forum>> manyForums = Error {};
    const quint64 smallCount = statementsOf(small.db(), [&] { fewForums = ForumRepository(small.db()).list(); });
    const quint64 largeCount = statementsOf(large.db(), [&] { manyForums = ForumRepository(large.db()).list(); });
    REQUIRE_OK(fewForums);
    REQUIRE_OK(manyForums);
    REQUIRE(fewForums->size() == 1);
    CHECK(fewForums->front().sessions.size() == 2);
    CHECK(fewForums->front().sessions.front().speakers.size() == 2);
    CHECK(fewForums->front().hosts.size() == 2);
    CHECK(manyForums->front().sessions.size() == 102);
    CHECK(smallCount == largeCount);
    CHECK(largeCount <= 5);

    // A whole trip loads with as many statements, whatever its size.
    const quint64 smallTrip
        = statementsOf(small.db(), [&] { REQUIRE_OK(TripBundleStore(small.db()).load(few.trip.id)); });
    const quint64 largeTrip
        = statementsOf(large.db(), [&] { REQUIRE_OK(TripBundleStore(large.db()).load(many.trip.id)); });
    CHECK(smallTrip == largeTrip);
}

TEST_CASE("One edit in a large programme executes a few statements, not one per record")
{
    TempDatabase t;
    const TripBundle many = withMoreSessions(50);
    REQUIRE_OK(TripBundleStore(t.db()).save(many, false));
    AgendaSession s = many.forums.front().sessions.at(40);
    s.title = QStringLiteral("Renamed");
    ForumRepository forums(t.db());
    const quint64 count = statementsOf(t.db(), [&] { REQUIRE_OK(forums.updateSession(s)); });
    CHECK(count <= 12);
    CHECK(forums.getSession(s.id)->title == QStringLiteral("Renamed"));
}

TEST_CASE("Several trip documents import in one transaction: all or none")
{
    TempDatabase t;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto writeDocument = [&](const QString& name, const QByteArray& bytes) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    };
    const TripBundle first = makeBundle();
    const TripBundle second = makeBundle();
    const QString a = writeDocument(QStringLiteral("a.json"), TripDocument::write(first));
    const QString b = writeDocument(QStringLiteral("b.json"), TripDocument::write(second));
    const QString bad = writeDocument(QStringLiteral("bad.json"), QByteArrayLiteral("{ \"format\": "));

    SECTION("a bad file among good ones imports nothing and is named")
    {
        const auto r = TripTransfer::importFiles(t.db(), { a, bad, b }, false);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().text().contains(QStringLiteral("bad.json")));
        CHECK(countRows(t.path(), QStringLiteral("trips")) == 0);
        CHECK(countRows(t.path(), QStringLiteral("people")) == 0);
    }
    SECTION("the same trip in two files is refused")
    {
        const QString copy = writeDocument(QStringLiteral("copy.json"), TripDocument::write(first));
        const auto r = TripTransfer::importFiles(t.db(), { a, copy }, true);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().text().contains(QStringLiteral("copy.json")));
        CHECK(r.error().text().contains(QStringLiteral("a.json")));
        CHECK(countRows(t.path(), QStringLiteral("trips")) == 0);
    }
    SECTION("good files import together, in order")
    {
        const auto r = TripTransfer::importFiles(t.db(), { a, b }, false);
        REQUIRE_OK(r);
        REQUIRE(r->size() == 2);
        CHECK(r->at(0).id == first.trip.id);
        CHECK(r->at(1).id == second.trip.id);
        CHECK(*TripBundleStore(t.db()).load(second.trip.id) == second);
        // again without --replace: refused, and the database is as it was
        const auto again = TripTransfer::importFiles(t.db(), { b }, false);
        REQUIRE_FALSE(again.ok());
        CHECK(countRows(t.path(), QStringLiteral("trips")) == 2);
    }
}

TEST_CASE("An older database is copied with the backup API, then migrated")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const Uuid orgId = newUuid();
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        for (const QString& statement : schema::migrations().front().statements) {
            raw.exec(statement);
        }
        raw.exec(QStringLiteral("INSERT INTO organisations (id, name, kind) VALUES ('%1', '국가기록원', 'archive')")
                     .arg(orgId));
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId));
        raw.exec(QStringLiteral("PRAGMA user_version = 1"));
    }
    auto opened = Database::open(path);
    REQUIRE_OK(opened);
    Database& db = **opened;
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(OrganisationRepository(db).get(orgId)->name == QStringLiteral("국가기록원"));
    REQUIRE_FALSE(db.migrationBackupPath().isEmpty());
    REQUIRE(QFile::exists(db.migrationBackupPath()));
    CHECK_FALSE(QFile::permissions(db.migrationBackupPath()).testFlag(QFileDevice::ReadOther));
    {
        RawSqlite backup(db.migrationBackupPath());
        CHECK(backup.scalar(QStringLiteral("PRAGMA user_version")) == QStringLiteral("1"));
        CHECK(backup.scalar(QStringLiteral("SELECT name FROM organisations")) == QStringLiteral("국가기록원"));
        CHECK(backup.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'trip_settings'"))
            == QStringLiteral("0"));
    }
    // Version 2's table is there and works.
    Trip trip;
    trip.id = newUuid();
    trip.title = QStringLiteral("Trip");
    trip.homeZone = QStringLiteral("Asia/Seoul");
    REQUIRE_OK(TripRepository(db).insert(trip));
    REQUIRE_OK(TripSettingsRepository(db).setValue(trip.id, QStringLiteral("k"), QStringLiteral("v")));
}

TEST_CASE("Newer, foreign and damaged files are refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));

    SECTION("a file from a newer version")
    {
        {
            auto db = Database::open(path);
            REQUIRE_OK(db);
        }
        {
            RawSqlite raw(path);
            raw.exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        const QByteArray before = fileHash(path);
        auto refused = Database::open(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("newer version")));
        CHECK(fileHash(path) == before);
    }
    SECTION("an SQLite file of another program")
    {
        {
            RawSqlite raw(path);
            raw.exec(QStringLiteral("CREATE TABLE notes (x TEXT)"));
            raw.exec(QStringLiteral("INSERT INTO notes VALUES ('mine')"));
        }
        const QByteArray before = fileHash(path);
        auto refused = Database::open(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("not a Delegation Planner database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a file that is not SQLite at all")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("family,given\nHong,Yun-sik\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto refused = Database::open(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("not a Delegation Planner database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a damaged file")
    {
        {
            auto db = Database::open(path);
            REQUIRE_OK(db);
            const TripBundle b = makeBundle();
            REQUIRE_OK(TripBundleStore(**db).save(b, false));
            for (int i = 0; i < 200; ++i) {
                Organisation o { newUuid(),
                    QStringLiteral("Organisation %1 with a long enough name to fill pages").arg(i), {}, {}, {},
                    OrganisationKind::Other, QString(200, QLatin1Char('x')) };
                REQUIRE_OK(OrganisationRepository(**db).insert(o));
            }
        }
        REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            REQUIRE(size > 8 * 4096);
            f.seek(3 * 4096);  // inside the b-tree pages
            f.write(QByteArray(2 * 4096, '\x5a'));
        }
        const QByteArray before = fileHash(path);
        auto refused = Database::open(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a missing file when one must exist")
    {
        auto refused = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("no database")));
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("A copy made with the backup API holds the same data")
{
    TempDatabase t;
    const TripBundle b = makeBundle();
    REQUIRE_OK(saveFixture(t.db(), b));
    const QString copy = t.dirPath() + QStringLiteral("/copy.sqlite");
    REQUIRE_OK(t.db().backupTo(copy));
    CHECK_FALSE(QFile::permissions(copy).testFlag(QFileDevice::ReadOther));
    auto opened = Database::open(copy, Database::Mode::OpenExisting);
    REQUIRE_OK(opened);
    CHECK(*TripBundleStore(**opened).load(b.trip.id) == b);
}

TEST_CASE("The records that refer to a person, organisation, stop or venue can be listed")
{
    TempDatabase t;
    const TripBundle b = makeBundle();
    REQUIRE_OK(saveFixture(t.db(), b));
    const Person& hong = *std::find_if(
        b.people.begin(), b.people.end(), [](const Person& p) { return p.familyName == QStringLiteral("Hong"); });
    const Stop& tashkent = b.stops.front();
    const Stop& baku = b.stops.back();
    const Uuid mois = b.trip.leadOrganisationId;

    CHECK(TripRepository(t.db()).membershipsOf(hong.id)->size() == 1);
    CHECK(TripRepository(t.db()).tripsLedBy(mois)->size() == 1);
    CHECK(PersonRepository(t.db()).peopleOf(mois)->size() == 2);
    CHECK(ForumRepository(t.db()).sessionsReferencing(hong.id)->size() == 1);
    CHECK(ForumRepository(t.db()).sessionsReferencing(mois)->size() == 1);
    CHECK(ForumRepository(t.db()).referencing(mois)->size() == 1);
    CHECK(ForumRepository(t.db()).referencing(tashkent.id)->size() == 1);
    CHECK(ForumRepository(t.db()).referencing(b.venues.front().id)->size() == 1);
    CHECK(ForumRepository(t.db()).referencing(baku.id)->empty());
    // The same placeholder used twice in one statement binds both places.
    CHECK(ItineraryRepository(t.db()).legsReferencing(tashkent.id)->size() == 1);
    CHECK(ItineraryRepository(t.db()).legsReferencing(baku.id)->size() == 1);
    CHECK(ItineraryRepository(t.db()).legsReferencing(hong.id)->size() == 1);
    CHECK(MeetingRepository(t.db()).referencing(hong.id)->size() == 1);
    CHECK(MeetingRepository(t.db()).referencing(baku.id)->size() == 1);
    CHECK(MeetingRepository(t.db()).referencing(tashkent.id)->empty());
    CHECK(MouRepository(t.db()).referencing(hong.id)->size() == 1);
    CHECK(MouRepository(t.db()).referencing(b.forums.front().id)->size() == 1);
    CHECK(MouRepository(t.db()).referencing(mois)->size() == 1);
    CHECK(MouRepository(t.db()).referencing(newUuid())->empty());
}
