#include "storage/Database.h"

#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <sqlite3.h>
#include <unistd.h>

// Everything specific to SQLite (pragmas, the file header, the backup API,
// BEGIN IMMEDIATE) lives in this file; repositories use portable SQL.

namespace planner {

namespace {

constexpr int kBusyTimeoutMs = 5000;
/// How long a first look waits for a lock: in WAL mode readers never wait for
/// writers, so a lock that outlasts this is another program holding the file.
constexpr int kInspectTimeoutMs = 1500;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(planner::Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("planner-%1").arg(++counter);
}

/// True when the file starts with SQLite's magic string (read without
/// SQLite, so that a refused file is never written to).
Result<bool> looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            DatabaseText::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

/// What the file's header says (read without SQLite, so that a foreign
/// database is refused before SQLite could put a -wal or -shm file beside
/// it): the application id, the user version and the size in pages.
struct Header {
    qint64 applicationId = -1;
    qint64 userVersion = -1;
    qint64 pages = -1;

    /// A database just begun (by init, a moment ago): nothing in it yet.
    [[nodiscard]] bool isBlank() const { return applicationId == 0 && userVersion == 0 && pages <= 1; }
};

Header readHeader(const QString& path)
{
    QFile file(path);
    Header header;
    if (!file.open(QIODevice::ReadOnly)) {
        return header;
    }
    const QByteArray bytes = file.read(100);
    if (bytes.size() != 100) {
        return header;
    }
    const auto be32 = [&](int at) {
        const auto* u = reinterpret_cast<const unsigned char*>(bytes.constData() + at);
        return static_cast<qint64>(
            static_cast<qint32>((quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3])));
    };
    header.pages = be32(28);
    header.userVersion = be32(60);
    header.applicationId = be32(68);
    return header;
}

/// True when this process may write both the file and its folder (SQLite
/// puts its -wal and -shm files beside the database). access() also answers
/// for root on a read-only file system.
bool mayWrite(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::access(file.constData(), W_OK) == 0 && ::access(folder.constData(), W_OK) == 0;
}

/// Points connection at path; readOnly opens without writing anything. A
/// database in a folder nobody may write to has no -wal (one could not be
/// made there), so it is opened as immutable: SQLite would otherwise fail to
/// create the -shm file that reading in WAL mode needs.
void setTarget(QSqlDatabase& connection, const QString& path, bool readOnly, int timeoutMs)
{
    const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(timeoutMs);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const bool immutable
        = readOnly && ::access(folder.constData(), W_OK) != 0 && !QFileInfo::exists(path + QStringLiteral("-wal"));
    if (immutable) {
        connection.setDatabaseName(
            QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + timeout);
    } else {
        connection.setDatabaseName(path);
        connection.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout : timeout);
    }
}

QString emptyFile(const QString& native)
{
    return DatabaseText::tr(
        "%1 is empty, not a Delegation Planner database; it was left unchanged (create a database with 'init')")
        .arg(native);
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(handle.constData());
    }
    return nullptr;
}

Status createOwnerOnlyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return makeError(
            DatabaseText::tr("cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.close();
    if (!file.setPermissions(kOwnerOnly)) {
        QFile::remove(path);
        return makeError(
            DatabaseText::tr("cannot make %1 readable by its owner only").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Status execute(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return makeError(
            query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText());
    }
    return {};
}

Result<QString> scalarText(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return makeError(query.lastError().text());
    }
    return query.value(0).toString();
}

/// What a read-only look at an existing file tells. The application id and
/// schema version are read through SQLite, not from the file header: after a
/// crash or while another instance has the file open, the newest values may
/// still be in the write-ahead log.
struct Inspection {
    qint64 applicationId = 0;
    int userVersion = 0;
    QString integrity;  ///< "ok" or what quick_check found
    bool blank = false;  ///< no id, no version, no tables: a database still being created
};

Result<Inspection> inspect(const QString& path)
{
    const QString name = nextConnectionName();
    Result<Inspection> result = makeError(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        setTarget(db, path, true, kInspectTimeoutMs);
        if (!db.open()) {
            result = makeError(db.lastError().text());
        } else {
            Inspection inspection;
            auto id = scalarText(db, QStringLiteral("PRAGMA application_id"));
            auto version = scalarText(db, QStringLiteral("PRAGMA user_version"));
            if (!id.ok() || !version.ok()) {
                result = makeError(!id.ok() ? id.error().message : version.error().message);
            } else {
                inspection.applicationId = id->toLongLong();
                inspection.userVersion = version->toInt();
                if (inspection.applicationId == 0 && inspection.userVersion == 0) {
                    auto tables = scalarText(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
                    inspection.blank = tables.ok() && tables->toInt() == 0;
                }
                // Only a file of ours is worth the full read of quick_check.
                if (inspection.applicationId == Database::kApplicationId) {
                    auto check = scalarText(db, QStringLiteral("PRAGMA quick_check"));
                    inspection.integrity = check.ok() ? *check : check.error().message;
                }
                result = inspection;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

}  // namespace

int Database::currentSchemaVersion()
{
    return schema::migrations().back().version;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Status Database::execute(const QString& sql)
{
    ++m_statementsExecuted;
    return planner::execute(m_db, sql);
}

Result<QString> Database::scalar(const QString& sql)
{
    ++m_statementsExecuted;
    return scalarText(m_db, sql);
}

Database::Statement* Database::cachedStatement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        // Texts built for a number of ids ("IN (:p0, :p1)") vary: keep the
        // cache bounded by letting go of the statements not in use.
        constexpr std::size_t kMaxStatements = 256;
        if (m_statements.size() >= kMaxStatements) {
            std::erase_if(m_statements, [](const auto& entry) { return !entry.second->inUse; });
        }
        auto statement = std::make_unique<Statement>(m_db);
        statement->query.setForwardOnly(true);  // rows are read once; no client-side cache
        ++m_statementsPrepared;
        if (!statement->query.prepare(sql)) {
            return nullptr;  // the caller prepares its own and reports why it failed
        }
        it = m_statements.emplace(sql, std::move(statement)).first;
    }
    return it->second->inUse ? nullptr : it->second.get();
}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

bool Database::looksLikeDatabase(const QString& path)
{
    // Only a regular file can be one; reading a pipe would wait for a writer.
    if (!QFileInfo(path).isFile()) {
        return false;
    }
    const Result<bool> sqlite = looksLikeSqlite(path);
    return sqlite.ok() && sqlite.value();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    const QString native = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        return makeError(DatabaseText::tr("no database file was given"));
    }
    const QFileInfo info(path);
    bool created = false;
    bool madeFile = false;  ///< the file is ours to remove when it never becomes a database
    bool readOnly = false;  ///< an existing database this process may not write: opened for reading
    if (info.exists() && mode == Mode::CreateNew) {
        return makeError(DatabaseText::tr("%1 already exists; choose a new file name").arg(native));
    }
    if (info.exists() && !info.isDir() && !info.isFile()) {
        // A device, a pipe or a socket: SQLite would write a journal beside
        // it and the mode of /dev/null would change.
        return makeError(
            DatabaseText::tr("%1 is not a regular file (a device, a pipe or a socket), so not a database").arg(native));
    }
    if (!info.exists()) {
        if (mode == Mode::OpenExisting) {
            return makeError(DatabaseText::tr("there is no database at %1").arg(native));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return makeError(
                DatabaseText::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        if (Status s = createOwnerOnlyFile(path); !s) {
            return s.error();
        }
        created = true;
        madeFile = true;
    } else if (info.isDir()) {
        return makeError(DatabaseText::tr("%1 is a folder, not a database file").arg(native));
    } else if (info.size() == 0) {
        if (mode == Mode::OpenExisting) {
            // Only init (or the window, asked to make one) creates a
            // database; an empty file may also be one that init is making.
            return makeError(emptyFile(native));
        }
        created = true;  // an empty file given to be a database: its mode stays the owner's choice
    } else {
        auto sqlite = looksLikeSqlite(path);
        if (!sqlite.ok()) {
            return sqlite.error();
        }
        const QString foreign
            = DatabaseText::tr("%1 is not a Delegation Planner database; it was left unchanged").arg(native);
        if (!*sqlite) {
            return makeError(foreign);
        }
        const QString blank = emptyFile(native);
        // The header is up to date unless a write-ahead log holds newer pages.
        if (const Header header = readHeader(path);
            header.applicationId != kApplicationId && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
            return makeError(header.isBlank() ? blank : foreign);
        }
        auto inspection = inspect(path);
        if (!inspection.ok()) {
            if (inspection.error().message.contains(QLatin1String("locked"))) {
                return makeError(DatabaseText::tr("another program holds %1 locked (it is writing to it, or keeps it "
                                                  "to itself); close that program or try again in a moment")
                                     .arg(native));
            }
            return makeError(DatabaseText::tr("%1 cannot be read (%2); it was left unchanged")
                                 .arg(native, inspection.error().message));
        }
        if (inspection->applicationId != kApplicationId) {
            return makeError(inspection->blank ? blank : foreign);
        }
        if (inspection->userVersion > currentSchemaVersion()) {
            return makeError(
                DatabaseText::tr("%1 was written by a newer version of Delegation Planner (schema %2; this version "
                                 "reads up to %3); it was left unchanged. Please update the application.")
                    .arg(native)
                    .arg(inspection->userVersion)
                    .arg(currentSchemaVersion()));
        }
        if (inspection->integrity != QLatin1String("ok")) {
            return makeError(
                DatabaseText::tr("%1 is damaged (%2); it was left unchanged. Restore it from a backup copy.")
                    .arg(native, inspection->integrity));
        }
        readOnly = !mayWrite(path);
        if (readOnly && inspection->userVersion < currentSchemaVersion()) {
            return makeError(DatabaseText::tr("%1 was written by an older version of Delegation Planner and needs "
                                              "updating, but it or its folder is read-only here; copy it to a "
                                              "folder you may write to and open the copy")
                                 .arg(native));
        }
    }
    if (created && !mayWrite(path)) {
        return makeError(DatabaseText::tr("%1 cannot become a database: it or its folder is read-only").arg(native));
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName()));
    const QString absolute = db->m_path;
    // A file made here that did not become a database goes again: a retry
    // of init must not find "already exists".
    const auto failed = [&](const QString& message) -> Result<std::unique_ptr<Database>> {
        db.reset();
        if (madeFile) {
            for (const QLatin1String suffix :
                { QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal") }) {
                QFile::remove(absolute + suffix);
            }
        }
        return makeError(message);
    };
    db->m_readOnly = readOnly;
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    setTarget(db->m_db, db->m_path, readOnly, kBusyTimeoutMs);
    if (!db->m_db.open()) {
        return failed(DatabaseText::tr("cannot open %1: %2").arg(native, db->m_db.lastError().text()));
    }
    if (Status s = db->checkAndMigrate(created); !s) {
        return failed(s.error().text());
    }
    return db;
}

Status Database::configure()
{
    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs) };
    if (!m_readOnly) {
        // Setting the journal mode writes the file; a file only read keeps its own.
        pragmas.insert(1, QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    for (const QString& pragma : pragmas) {
        if (Status s = execute(pragma); !s) {
            return makeError(
                DatabaseText::tr("cannot set up %1 (%2)").arg(QDir::toNativeSeparators(m_path), s.error().message));
        }
    }
    auto fk = scalar(QStringLiteral("PRAGMA foreign_keys"));
    if (!fk.ok() || *fk != QLatin1String("1")) {
        return makeError(DatabaseText::tr("the SQLite library does not enforce foreign keys"));
    }
    return {};
}

namespace {

/// Removes the half-made copies (".part") that an update of the schema,
/// killed while it copied the database, left beside it. A copy being made
/// now is written to all the time; one untouched for five minutes is not.
void removeStaleCopies(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QDir dir = info.dir();
    const QStringList parts = dir.entryList(
        { info.completeBaseName() + QStringLiteral(".before-schema-*.sqlite.part") }, QDir::Files | QDir::Hidden);
    for (const QString& name : parts) {
        const QFileInfo part(dir.filePath(name));
        if (part.lastModified().secsTo(QDateTime::currentDateTime()) > 300) {
            QFile::remove(part.filePath());
        }
    }
}

}  // namespace

Status Database::checkAndMigrate(bool created)
{
    const int from = created ? 0 : schemaVersion();
    const int to = currentSchemaVersion();
    if (!created && !m_readOnly && !m_path.isEmpty()) {
        removeStaleCopies(m_path);
    }
    if (from < to && !created) {
        const QFileInfo info(m_path);
        m_backupPath
            = info.dir().filePath(QStringLiteral("%1.before-schema-%2-%3.sqlite")
                                      .arg(info.completeBaseName())
                                      .arg(to)
                                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (Status s = backupTo(m_backupPath); !s) {
            return makeError(
                DatabaseText::tr("a copy of %1 could not be made before updating it, so it was left unchanged (%2)")
                    .arg(QDir::toNativeSeparators(m_path), s.error().message));
        }
    }
    if (Status s = configure(); !s) {
        return s;
    }
    if (from == to) {
        return {};
    }
    Status migrated = transaction([&]() -> Status {
        // Another program may have made or updated the schema since the
        // version was read (two first opens of a new file): read it again
        // under the write lock.
        const int now = schemaVersion();
        if (now >= to) {
            return {};
        }
        for (const schema::Migration& migration : schema::migrations()) {
            if (migration.version <= now) {
                continue;
            }
            for (const QString& statement : migration.statements) {
                if (Status s = execute(statement); !s) {
                    return makeError(DatabaseText::tr("updating the database to schema %1 failed (%2)")
                                         .arg(migration.version)
                                         .arg(s.error().message));
                }
            }
        }
        if (Status s = execute(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s) {
            return s;
        }
        return execute(QStringLiteral("PRAGMA user_version = %1").arg(to));
    });
    if (!migrated) {
        return migrated;
    }
    // Put the new header into the main file at once (not only the log).
    static_cast<void>(execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return {};
}

qint64 Database::dataVersion()
{
    auto version = scalar(QStringLiteral("PRAGMA data_version"));
    return version.ok() ? version->toLongLong() : -1;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = m_db;
    auto version = scalarText(db, QStringLiteral("PRAGMA user_version"));
    return version.ok() ? version->toInt() : -1;
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        if (!status) {
            m_transactionFailed = true;
        }
        return status;
    }
    if (m_readOnly) {
        return makeError(DatabaseText::tr("%1 can only be read here: the file or its folder is read-only, so nothing "
                                          "was changed")
                             .arg(QDir::toNativeSeparators(m_path)));
    }
    if (Status s = execute(QStringLiteral("BEGIN IMMEDIATE")); !s) {
        return makeError(s.error().message.contains(QLatin1String("locked"))
                ? DatabaseText::tr("the database is busy: another program is writing to it; try again in a moment")
                : DatabaseText::tr("cannot start a change (%1)").arg(s.error().message));
    }
    m_transactionDepth = 1;
    m_transactionFailed = false;
    Status status = work();
    m_transactionDepth = 0;
    if (status && m_transactionFailed) {
        status = makeError(DatabaseText::tr("part of the change failed"));
    }
    // A failed ROLLBACK leaves nothing more to say than the original error.
    if (!status) {
        static_cast<void>(execute(QStringLiteral("ROLLBACK")));
        return status;
    }
    if (Status s = execute(QStringLiteral("COMMIT")); !s) {
        static_cast<void>(execute(QStringLiteral("ROLLBACK")));
        return makeError(DatabaseText::tr("the change could not be saved (%1)").arg(s.error().message));
    }
    ++m_revision;
    return {};
}

Status Database::backupTo(const QString& target) const
{
    sqlite3* source = sqliteHandle(m_db);
    if (source == nullptr) {
        return makeError(DatabaseText::tr("the database connection is not SQLite"));
    }
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (Status s = createOwnerOnlyFile(partial); !s) {
        return s;
    }
    sqlite3* destination = nullptr;
    int rc = sqlite3_open_v2(
        QFile::encodeName(partial).constData(), &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup == nullptr) {
            rc = sqlite3_errcode(destination);
        } else {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? sqlite3_errcode(destination) : rc;
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return makeError(DatabaseText::tr("the copy to %1 failed: %2").arg(QDir::toNativeSeparators(target), message));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(DatabaseText::tr("the copy could not be written to %1").arg(QDir::toNativeSeparators(target)));
    }
    return {};
}

}  // namespace planner
