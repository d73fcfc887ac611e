#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace planner::help {

/// The user guide to show: user-guide.LANG.md for the interface language
/// where there is one, else user-guide.md; installed (share/doc), or in the
/// source tree of a build. Empty when none is found.
QString userGuidePath();

/// Help ▸ User Guide: the guide in a window of its own (null when no guide is
/// found). The window deletes itself when closed.
QWidget* showUserGuide(QWidget* parent);

/// Help ▸ Keyboard Shortcuts: every shortcut of the actions of window, as
/// the actions themselves say (text, shortcuts, tip), in a window of its own.
QWidget* showShortcuts(QWidget* window);

/// The text of Help ▸ About: version, licence, Qt and SQLite versions, data
/// folder.
QString aboutText();

}  // namespace planner::help
