#pragma once

#include <QtGlobal>

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace planner {

/// Calls edited when the user has finished an edit of the widget: a line
/// edit's Return or focus-out, a choice in a combo box, a toggle, a date or
/// time confirmed, a text area left. Changes made by code (under a
/// QSignalBlocker) do not count. The widget owns the connection.
void onEdited(QWidget* widget, std::function<void()> edited);

}  // namespace planner
