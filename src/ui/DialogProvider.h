#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace planner {

/// File and message dialogs behind one small interface, so that tests can
/// answer them in advance (as KeePassXC's FileDialog and MessageBox do).
/// The default implementation shows the standard Qt dialogs.
class DialogProvider {
public:
    virtual ~DialogProvider() = default;

    /// An existing file chosen by the user; empty when cancelled.
    virtual QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    /// A file name to write; empty when cancelled.
    virtual QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    /// An existing folder chosen by the user; empty when cancelled.
    virtual QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir);
    /// A yes/no question; true for yes.
    virtual bool question(QWidget* parent, const QString& title, const QString& text);
    virtual void warning(QWidget* parent, const QString& title, const QString& text);
    virtual void information(QWidget* parent, const QString& title, const QString& text);
    virtual void about(QWidget* parent, const QString& title, const QString& text);
};

}  // namespace planner
