#include "ui/ProgrammeContext.h"

#include "ui/TimeWidgets.h"

#include <QComboBox>
#include <QLabel>

namespace planner {

void tidyProgrammeForm(QWidget* form, bool wrapTimeLabels)
{
    for (PlannedTimeEdit* edit : form->findChildren<PlannedTimeEdit*>()) {
        edit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        if (wrapTimeLabels) {
            for (QLabel* label : edit->findChildren<QLabel*>()) {
                label->setWordWrap(true);
            }
        }
    }
    for (QComboBox* combo : form->findChildren<QComboBox*>()) {
        if (!combo->isEditable()) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        }
    }
}

}  // namespace planner
