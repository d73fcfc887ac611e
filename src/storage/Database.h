#pragma once

#include "domain/Result.h"

#include <QHashFunctions>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

namespace planner {

/// An open Delegation Planner database file (SQLite).
///
/// open() creates a new file (readable by its owner only) or opens an
/// existing one: it sets the pragmas on the connection (foreign keys, WAL,
/// synchronous=FULL, busy timeout), checks the application id and schema
/// version, and migrates an older schema after copying the file with
/// SQLite's backup API. A file from a newer version, a file of another
/// program and a damaged file are refused with a message and left untouched.
/// A database the process may not write (a read-only file, folder or file
/// system) is opened for reading only.
///
/// Each Database owns one QSqlDatabase connection, used from the thread that
/// opened it. Only src/storage uses connection().
class Database {
public:
    enum class Mode {
        OpenOrCreate,  ///< create the file when it does not exist (or take an empty one)
        OpenExisting,  ///< fail when it does not exist or is not yet a database (empty)
        CreateNew,  ///< create the file; fail when it exists (init)
    };

    /// 'DLGP': the SQLite application_id of Delegation Planner files.
    static constexpr int kApplicationId = 0x444C4750;
    /// The schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();

    /// True when path is a readable regular file that starts as an SQLite database
    /// does (read without SQLite; says nothing of its schema).
    static bool looksLikeDatabase(const QString& path);
    /// The version of the SQLite library in use ("3.40.1").
    static QString sqliteVersion();
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::OpenOrCreate);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    /// True when the file or its folder may not be written by this process:
    /// the database was opened for reading, and every change is refused with
    /// a message saying so (list, check and export work as usual).
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// The copy made before the last migration, or empty when none was needed.
    [[nodiscard]] QString migrationBackupPath() const { return m_backupPath; }

    /// Runs work inside BEGIN IMMEDIATE ... COMMIT; rolls back when work
    /// fails or the commit fails. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()>& work);

    /// Copies the whole database to target with SQLite's online backup API
    /// (a consistent snapshot, safe while open). The copy is owner-only.
    Status backupTo(const QString& target) const;

    /// The raw connection: for repositories in src/storage only.
    QSqlDatabase& connection() { return m_db; }

    /// Bumped after every committed write; models use it to notice changes.
    [[nodiscard]] quint64 revision() const { return m_revision; }

    /// Changes whenever another connection (another program) commits to the
    /// file (SQLite's PRAGMA data_version); -1 when it cannot be read.
    [[nodiscard]] qint64 dataVersion();

    /// Statements executed on this connection so far (every query, pragma,
    /// BEGIN and COMMIT): tests count what a load or an edit costs.
    [[nodiscard]] quint64 statementsExecuted() const { return m_statementsExecuted; }
    /// Statements prepared so far (each distinct SQL text once, see SqlQuery).
    [[nodiscard]] quint64 statementsPrepared() const { return m_statementsPrepared; }

private:
    friend class SqlQuery;
    /// A statement prepared once for the life of the connection.
    struct Statement {
        explicit Statement(const QSqlDatabase& db) : query(db) { }
        QSqlQuery query;
        bool inUse = false;
    };
    /// The prepared statement for sql, reused while it is not in use; null
    /// when it is in use (a nested query of the same text prepares its own).
    Statement* cachedStatement(const QString& sql);

    Database(QString path, QString connectionName);
    Status execute(const QString& sql);
    Result<QString> scalar(const QString& sql);
    Status configure();
    Status checkAndMigrate(bool created);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_backupPath;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    quint64 m_revision = 0;
    quint64 m_statementsExecuted = 0;
    quint64 m_statementsPrepared = 0;
    struct TextHash {
        std::size_t operator()(const QString& text) const { return qHash(text); }
    };
    std::unordered_map<QString, std::unique_ptr<Statement>, TextHash> m_statements;
};

}  // namespace planner
