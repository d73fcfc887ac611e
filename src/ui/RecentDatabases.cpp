#include "ui/RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace planner {

namespace {

const QString kRecentKey = QStringLiteral("recentDatabases");
const QString kLastKey = QStringLiteral("lastDatabase");

}  // namespace

QStringList RecentDatabases::list()
{
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    while (recent.size() > kMax) {
        recent.removeLast();
    }
    return recent;
}

void RecentDatabases::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = list();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMax) {
        recent.removeLast();
    }
    QSettings settings;
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastKey, absolute);
}

void RecentDatabases::remove(const QString& path)
{
    QStringList recent = list();
    recent.removeAll(path);
    QSettings().setValue(kRecentKey, recent);
}

void RecentDatabases::clear()
{
    QSettings().remove(kRecentKey);
}

QString RecentDatabases::last()
{
    const QString path = QSettings().value(kLastKey).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

}  // namespace planner
