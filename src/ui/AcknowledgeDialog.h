#pragma once

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class AcknowledgeDialog;
}
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace planner {

/// Asks for the reason a finding of the planning checks is acceptable. The
/// OK button ("Acknowledge") is enabled once a reason is typed.
class AcknowledgeDialog : public QDialog {
    Q_OBJECT
public:
    explicit AcknowledgeDialog(const QString& findingText, QWidget* parent = nullptr);
    ~AcknowledgeDialog() override;

    [[nodiscard]] QString reason() const;
    [[nodiscard]] QLineEdit* reasonEdit() const;
    [[nodiscard]] QPushButton* acknowledgeButton() const;

private:
    std::unique_ptr<Ui::AcknowledgeDialog> m_ui;
};

}  // namespace planner
