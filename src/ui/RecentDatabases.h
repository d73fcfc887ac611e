#pragma once

#include <QString>
#include <QStringList>

namespace planner {

/// File ▸ Open Recent and the database opened at start: the files opened
/// last, newest first, kept with QSettings.
class RecentDatabases {
public:
    static constexpr int kMax = 8;

    /// At most kMax, newest first.
    static QStringList list();
    /// Puts a file first (and makes it the one opened next time).
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
    /// The database opened last, when it still exists; otherwise empty.
    static QString last();
};

}  // namespace planner
