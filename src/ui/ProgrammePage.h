#pragma once

#include "models/ProgrammeData.h"
#include "ui/ProgrammeContext.h"
#include "ui/RecordPage.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace planner {

class AgendaEditor;
class ForumEditor;
class LegEditor;
class ProgrammeModel;
class StopEditor;

/// The programme of a trip: its stops, travel legs and forums in time order
/// on top, and below the editor of the selected one; for a forum, its
/// agenda editor and its own fields. New Stop, New Travel Leg and New Forum
/// start from sensible times (after what is selected); every edit is one
/// undoable command. The search field filters the programme and the agenda
/// (cities, flights, forums, sessions, speakers in any script).
class ProgrammePage : public RecordPage {
    Q_OBJECT
public:
    ProgrammePage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);
    ~ProgrammePage() override;

    /// Selects a stop, travel leg, forum or agenda session by id (a session
    /// selects its forum and shows it in the agenda).
    bool selectRecord(const Uuid& id) override;

    [[nodiscard]] ProgrammeModel* model() const { return m_model; }
    [[nodiscard]] const ProgrammeData& data() const { return m_data; }
    [[nodiscard]] StopEditor* stopEditor() const { return m_stopEditor; }
    [[nodiscard]] LegEditor* legEditor() const { return m_legEditor; }
    [[nodiscard]] ForumEditor* forumEditor() const { return m_forumEditor; }
    [[nodiscard]] AgendaEditor* agendaEditor() const { return m_agenda; }
    [[nodiscard]] QTabWidget* forumTabs() const { return m_forumTabs; }
    [[nodiscard]] QAction* newStopAction() const { return newAction(); }
    [[nodiscard]] QAction* newLegAction() const { return m_newLeg; }
    [[nodiscard]] QAction* newForumAction() const { return m_newForum; }

    void createStop();
    void createLeg();
    void createForum();

protected:
    Status reload() override;
    [[nodiscard]] bool touches(const ChangeSet& changes) const override;
    void showRecord(const Uuid& id) override;
    void createRecord() override;
    void duplicateRecord(const Uuid& id) override;
    void deleteRecord(const Uuid& id) override;

private:
    /// The stop the selection is at (a stop, a forum's stop, a leg's
    /// destination), else the last stop.
    [[nodiscard]] const Stop* contextStop() const;
    /// What a deletion takes with it or changes, for the confirmation.
    [[nodiscard]] QStringList consequences(const std::vector<RecordChange>& changes, const Uuid& deleted) const;
    bool performAndSelect(const QString& text, std::vector<RecordChange> changes, const Uuid& select);

    ProgrammeContext m_context;
    ProgrammeData m_data;
    ProgrammeModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_hint = nullptr;
    StopEditor* m_stopEditor = nullptr;
    LegEditor* m_legEditor = nullptr;
    ForumEditor* m_forumEditor = nullptr;
    AgendaEditor* m_agenda = nullptr;
    QTabWidget* m_forumTabs = nullptr;
    QAction* m_newLeg = nullptr;
    QAction* m_newForum = nullptr;
};

}  // namespace planner
