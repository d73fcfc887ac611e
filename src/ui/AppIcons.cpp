#include "ui/AppIcons.h"

namespace planner::icons {

QString applicationId()
{
    return QStringLiteral(PLANNER_APP_ID);
}

QIcon application()
{
    const QIcon bundled(QStringLiteral(":/icons/%1.svg").arg(applicationId()));
    return QIcon::fromTheme(applicationId(), bundled);
}

QIcon action(const QString& themeName)
{
    const QIcon bundled(QStringLiteral(":/icons/actions/%1.svg").arg(themeName));
    return QIcon::fromTheme(themeName, bundled);
}

}  // namespace planner::icons
