#pragma once

#include <QIcon>
#include <QString>

namespace planner::icons {

/// The application's reverse-DNS id: the name of its desktop file, metainfo
/// and icon (PLANNER_APP_ID, set once in the top CMakeLists.txt).
QString applicationId();

/// The application icon: the installed theme icon when there is one, else
/// the bundled SVG (so a build run from its folder has it too).
QIcon application();

/// An icon of the freedesktop icon theme by its standard name
/// ("document-open"), falling back to the bundled drawing of that name when
/// the theme has none.
QIcon action(const QString& themeName);

}  // namespace planner::icons
