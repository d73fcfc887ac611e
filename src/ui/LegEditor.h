#pragma once

#include "domain/Entities.h"
#include "ui/FieldErrors.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class LegForm;
}
class QComboBox;
QT_END_NAMESPACE

namespace planner {

struct ProgrammeContext;
struct ProgrammeData;

/// The form of one travel leg: from a stop or another place, to a stop or
/// another place, departure in the zone of departure and arrival in the
/// zone of arrival (a stop's zone, or one chosen for another place),
/// carrier and flight, and the passengers: the whole delegation or a chosen
/// subset of its members.
class LegEditor : public QWidget {
    Q_OBJECT
public:
    LegEditor(ProgrammeContext& context, QWidget* parent = nullptr);
    ~LegEditor() override;

    void showLeg(const ProgrammeData& data, const Uuid& id);
    [[nodiscard]] Ui::LegForm* form() const { return m_form.get(); }
    void focusFirstField();

private:
    void commit();
    void updateEnabled();
    static void fillStops(QComboBox* combo, const ProgrammeData& data, const Uuid& current);

    ProgrammeContext& m_context;
    std::unique_ptr<Ui::LegForm> m_form;
    FieldErrors m_errors;
    const ProgrammeData* m_data = nullptr;
    Uuid m_shown;
};

}  // namespace planner
