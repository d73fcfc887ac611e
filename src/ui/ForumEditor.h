#pragma once

#include "domain/Entities.h"
#include "ui/FieldErrors.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class ForumForm;
}
QT_END_NAMESPACE

namespace planner {

struct ProgrammeContext;
struct ProgrammeData;

/// The form of a forum's own fields: title, stop, venue, start and end in
/// the stop's local time, hosts and co-hosts (organisations with a role, in
/// printed order), description. Moving the start moves the agenda with it;
/// moving the forum to a stop in another zone keeps its wall-clock times.
class ForumEditor : public QWidget {
    Q_OBJECT
public:
    ForumEditor(ProgrammeContext& context, QWidget* parent = nullptr);
    ~ForumEditor() override;

    void showForum(const ProgrammeData& data, const Uuid& id);
    [[nodiscard]] Ui::ForumForm* form() const { return m_form.get(); }
    void focusFirstField();

private:
    void commit();

    ProgrammeContext& m_context;
    std::unique_ptr<Ui::ForumForm> m_form;
    FieldErrors m_errors;
    const ProgrammeData* m_data = nullptr;
    Uuid m_shown;
};

}  // namespace planner
