#pragma once

// Helpers for tests that drive the editor pages on a database holding the
// sample trip: the document, dialogs answered in advance, and typing into
// the widgets of a form as a person would.

#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "commands/Document.h"
#include "services/SampleTrip.h"
#include "services/TripDocument.h"
#include "services/TripTransfer.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace planner::test {

/// A document on a fresh database holding the sample trip.
struct SampleDocument {
    QTemporaryDir dir;
    std::shared_ptr<ScriptedDialogs> dialogs = std::make_shared<ScriptedDialogs>();
    std::unique_ptr<Document> document;
    TripBundle sample = TripDocument::read(sampleTripDocument()).value();

    SampleDocument()
    {
        REQUIRE(dir.isValid());
        auto db = TripTransfer::createDatabase(dir.filePath(QStringLiteral("planner.sqlite")), true);
        REQUIRE_OK(db);
        document = std::make_unique<Document>(std::move(db).value());
    }
    Database& db() { return document->database(); }
    QUndoStack* undo() { return document->undoStack(); }
};

/// Replaces a line edit's text by typing (Latin text) and presses Return.
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty()) {
        QTest::keyClicks(edit, text);
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Types any text (Hangul, Cyrillic: keyClicks cannot) into a widget as
/// one key event.
inline void sendText(QWidget* widget, const QString& text)
{
    QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text, Qt::NoModifier);
}

/// Replaces a line edit's text with any text and presses Return.
inline void typeAnyInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    sendText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Chooses the entry with this text as a user does (activated is emitted).
inline void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    INFO(text.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

/// Types into a text area and leaves it (the edit is committed on focus out).
inline void typeIntoArea(QPlainTextEdit* edit, const QString& text, QWidget* next)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    next->setFocus();
}

}  // namespace planner::test
