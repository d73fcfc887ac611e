#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace planner {

/// An open Delegation Planner database file (SQLite).
///
/// open() creates a new file (readable by its owner only) or opens an
/// existing one: it sets the pragmas on the connection (foreign keys, WAL,
/// synchronous=FULL, busy timeout), checks the application id and schema
/// version, and migrates an older schema after copying the file with
/// SQLite's backup API. A file from a newer version, a file of another
/// program and a damaged file are refused with a message and left untouched.
///
/// Each Database owns one QSqlDatabase connection, used from the thread that
/// opened it. Only src/storage uses connection().
class Database {
public:
    enum class Mode {
        OpenOrCreate,  ///< create the file when it does not exist
        OpenExisting,  ///< fail when it does not exist
    };

    /// 'DLGP': the SQLite application_id of Delegation Planner files.
    static constexpr int kApplicationId = 0x444C4750;
    /// The schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::OpenOrCreate);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
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

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status checkAndMigrate(bool created);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_backupPath;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    quint64 m_revision = 0;
};

}  // namespace planner
