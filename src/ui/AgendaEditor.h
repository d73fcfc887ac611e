#pragma once

#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "ui/FieldErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
namespace Ui {
class SessionForm;
}
class QAction;
class QLabel;
class QScrollArea;
class QSortFilterProxyModel;
class QSplitter;
class QToolBar;
class QTreeView;
QT_END_NAMESPACE

namespace planner {

struct ProgrammeContext;
struct ProgrammeData;

/// The agenda of one forum: its sessions in time order on the left, the
/// selected session's form on the right, and the actions a desk officer
/// builds an agenda with: Add Session After (Ctrl+Return: starts when the
/// selected one ends, with the usual length of its kind), Shift This and
/// Later Sessions, Move to Day, Duplicate (Ctrl+D in the list) and Delete
/// (Del in the list). Each is one undoable edit.
class AgendaEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, TitleColumn, PresenterColumn, SpeakersColumn, RoomColumn };

    AgendaEditor(ProgrammeContext& context, QWidget* parent = nullptr);
    ~AgendaEditor() override;

    /// Shows the agenda of a forum of data; list times in displayZone when
    /// it is set (the trip's home zone), else in the forum's own.
    void showForum(const ProgrammeData& data, const Uuid& forumId, const QString& displayZone);
    [[nodiscard]] Uuid forumId() const { return m_forumId; }

    bool selectSession(const Uuid& id);
    [[nodiscard]] Uuid currentSessionId() const;
    /// Filters the list (titles, kinds, organisations, speakers, rooms).
    void setFilter(const QString& text);

    /// Adds a session after the selected one (or the first one, or after
    /// the last when none is selected), selects it and puts the cursor in
    /// its title. kind: the kind to add; by default one that usually
    /// follows the selected one.
    void addSessionAfter(std::optional<SessionKind> kind = std::nullopt);
    /// Shifts the selected session and every later one by minutes.
    void shiftSessions(int minutes);
    /// Asks for the minutes (ShiftSessionsDialog.ui) and shifts.
    void shiftSessionsInteractively();
    void moveSessionToDay(const QDate& day);
    /// Asks for the day (MoveSessionDialog.ui) and moves.
    void moveSessionToDayInteractively();
    void duplicateSession();
    void deleteSession();

    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] RecordTableModel<AgendaSession>* model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel* proxy() const { return m_proxy; }
    [[nodiscard]] Ui::SessionForm* form() const { return m_form.get(); }
    [[nodiscard]] const FieldErrors& errors() const { return m_errors; }
    [[nodiscard]] QAction* addAfterAction() const { return m_addAfter; }
    [[nodiscard]] QAction* shiftAction() const { return m_shift; }
    [[nodiscard]] QAction* moveToDayAction() const { return m_moveToDay; }
    [[nodiscard]] QAction* duplicateAction() const { return m_duplicate; }
    [[nodiscard]] QAction* deleteAction() const { return m_delete; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }
    /// The scroll area around the session form.
    [[nodiscard]] QScrollArea* formArea() const { return m_formArea; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpActions();
    void showSession(const Uuid& id);
    /// Writes the form; false when its input is refused (reason shown).
    bool commitSession();
    void updateActions();
    [[nodiscard]] const Forum* forum() const;
    [[nodiscard]] const AgendaSession* shownSession() const;
    [[nodiscard]] QString timeText(const AgendaSession& s) const;
    [[nodiscard]] QString speakersText(const AgendaSession& s) const;
    [[nodiscard]] std::vector<QDate> days() const;

    ProgrammeContext& m_context;
    std::unique_ptr<Ui::SessionForm> m_form;
    FieldErrors m_errors;
    const ProgrammeData* m_data = nullptr;
    Uuid m_forumId;
    Uuid m_shown;
    QString m_displayZone;
    bool m_multiDay = false;
    RecordTableModel<AgendaSession>* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTreeView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_formWidget = nullptr;
    QScrollArea* m_formArea = nullptr;
    QAction* m_addAfter = nullptr;
    QAction* m_shift = nullptr;
    QAction* m_moveToDay = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
};

}  // namespace planner
