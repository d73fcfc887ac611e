#pragma once

#include "commands/RecordChange.h"
#include "domain/Entities.h"

#include <QDialog>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class SearchDialog;
}
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QTimer;
QT_END_NAMESPACE

namespace planner {

class Document;
class SearchResultModel;

/// Edit ▸ Search Everything: finds people, organisations, agenda sessions
/// and MOUs of the open database by any part of a name, in any script, as
/// one types, and goes to the record chosen.
class SearchDialog : public QDialog {
    Q_OBJECT
public:
    explicit SearchDialog(Document& document, QWidget* parent = nullptr);
    ~SearchDialog() override;

    /// Milliseconds of quiet typing before the search runs.
    static constexpr int kDebounceMs = 150;
    static constexpr int kLimitPerKind = 50;

    [[nodiscard]] QLineEdit* searchField() const;
    [[nodiscard]] QTreeView* resultView() const;
    [[nodiscard]] QLabel* statusLabel() const;
    [[nodiscard]] SearchResultModel* model() const { return m_model; }

    /// Puts the cursor in the search field, its text selected.
    void focusField();
    /// Runs the search for the field's text now (the timer does it while typing).
    void searchNow();
    /// Goes to the current hit (or the first one): emits recordChosen and closes.
    bool chooseCurrent();

signals:
    /// The user chose a record: show it (tripId is empty for directory records
    /// outside any trip).
    void recordChosen(planner::RecordKind kind, const planner::Uuid& id, const planner::Uuid& tripId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void moveHit(int step);

    std::unique_ptr<Ui::SearchDialog> m_form;
    QPointer<Document> m_document;
    SearchResultModel* m_model = nullptr;
    QTimer* m_debounce = nullptr;
    QPushButton* m_goButton = nullptr;
};

}  // namespace planner
