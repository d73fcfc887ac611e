#pragma once

#include "commands/RecordChange.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

#include <functional>
#include <vector>

namespace planner {

class DialogProvider;
class Document;
struct ProgrammeData;

/// What the editors of the programme page share: the document they edit,
/// the dialogs they ask through, and the page's way of applying an edit
/// (one undoable command, the reason shown when it fails).
struct ProgrammeContext {
    Document& document;
    DialogProvider& dialogs;
    /// Applies changes as one undoable command named text; false when refused.
    std::function<bool(const QString& text, std::vector<RecordChange> changes)> perform;
    /// Shows a failure to the user.
    std::function<void(const QString& title, const Error& error)> showError;
    /// Asks before a deletion that takes other records with it (true: go on).
    std::function<bool(const QString& what, const QStringList& consequences)> confirmDelete;
};

/// Lays out a form of the programme compactly: planned-time editors keep
/// their height (and, with wrap, let their zone label wrap in a narrow
/// column); choosers are as wide as their longest entry.
void tidyProgrammeForm(QWidget* form, bool wrapTimeLabels = false);

}  // namespace planner
