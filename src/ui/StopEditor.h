#pragma once

#include "domain/Entities.h"
#include "ui/FieldErrors.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class StopForm;
}
QT_END_NAMESPACE

namespace planner {

struct ProgrammeContext;
struct ProgrammeData;

/// The form of one stop: city, country, time zone, arrival and departure in
/// the city's local time, lodging, notes. Each field is written when its
/// edit is finished; changing the zone keeps the wall-clock times of the
/// stop and of everything at it (forums, sessions, legs) in the new zone.
class StopEditor : public QWidget {
    Q_OBJECT
public:
    StopEditor(ProgrammeContext& context, QWidget* parent = nullptr);
    ~StopEditor() override;

    /// Shows a stop of data (null: none).
    void showStop(const ProgrammeData& data, const Uuid& id);
    [[nodiscard]] Ui::StopForm* form() const { return m_form.get(); }
    [[nodiscard]] const FieldErrors& errors() const { return m_errors; }
    /// Puts the cursor in the city field, selected.
    void focusFirstField();

private:
    void commit();
    void zoneEdited();

    ProgrammeContext& m_context;
    std::unique_ptr<Ui::StopForm> m_form;
    FieldErrors m_errors;
    const ProgrammeData* m_data = nullptr;
    Uuid m_shown;
};

}  // namespace planner
