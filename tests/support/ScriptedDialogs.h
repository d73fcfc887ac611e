#pragma once

#include "ui/DialogProvider.h"

#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <deque>

namespace planner::test {

/// Dialogs answered from queues; every call is recorded.
class ScriptedDialogs : public planner::DialogProvider {
public:
    std::deque<QString> fileNames;
    std::deque<bool> answers;
    QStringList questions;
    QStringList warnings;

    QString getOpenFileName(QWidget*, const QString&, const QString&, const QString&) override { return next(); }
    QString getSaveFileName(QWidget*, const QString&, const QString&, const QString&) override { return next(); }
    QString getExistingDirectory(QWidget*, const QString&, const QString&) override { return next(); }
    bool question(QWidget*, const QString&, const QString& text) override
    {
        questions << text;
        REQUIRE(!answers.empty());
        const bool answer = answers.front();
        answers.pop_front();
        return answer;
    }
    void warning(QWidget*, const QString&, const QString& text) override { warnings << text; }
    void information(QWidget*, const QString&, const QString&) override { }
    void about(QWidget*, const QString&, const QString&) override { }

private:
    QString next()
    {
        REQUIRE(!fileNames.empty());
        QString name = fileNames.front();
        fileNames.pop_front();
        return name;
    }
};

/// Settings in a temporary folder, so that tests do not see each other's
/// recent files or the user's.
struct IsolatedSettings {
    QTemporaryDir dir;
    IsolatedSettings()
    {
        REQUIRE(dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
    }
};

}  // namespace planner::test
