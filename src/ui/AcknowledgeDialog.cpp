#include "ui/AcknowledgeDialog.h"

#include "ui_AcknowledgeDialog.h"

#include <QPushButton>

namespace planner {

AcknowledgeDialog::AcknowledgeDialog(const QString& findingText, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AcknowledgeDialog>())
{
    m_ui->setupUi(this);
    m_ui->findingLabel->setText(findingText);
    QPushButton* ok = acknowledgeButton();
    ok->setText(tr("&Acknowledge"));
    ok->setEnabled(false);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this,
        [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    m_ui->reasonEdit->setFocus();
}

AcknowledgeDialog::~AcknowledgeDialog() = default;

QString AcknowledgeDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}

QLineEdit* AcknowledgeDialog::reasonEdit() const
{
    return m_ui->reasonEdit;
}

QPushButton* AcknowledgeDialog::acknowledgeButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

}  // namespace planner
