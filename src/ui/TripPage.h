#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class TripPage;
}
QT_END_NAMESPACE

namespace planner {

class Database;
class DelegationTableModel;
class DialogProvider;
class Document;
class FieldErrors;
class ForumTableModel;

/// One trip: an editable overview (title, dates, home zone, lead
/// organisation, delegation name, purpose, notes; each edit one undoable
/// command "Edit trip 'X'"), and read-only summaries of its forums and its
/// delegation in order of precedence.
class TripPage : public QWidget {
    Q_OBJECT

public:
    explicit TripPage(QWidget* parent = nullptr);
    ~TripPage() override;

    /// The open document the overview's edits go to (null: read-only), and
    /// where refused edits are reported. The page reloads on its changes.
    void setDocument(Document* document, DialogProvider* dialogs);

    /// Shows a trip of the document (its shared snapshot); on failure the
    /// page is empty and the error returned.
    Status showTrip(const Uuid& tripId);
    void clear();
    [[nodiscard]] Uuid tripId() const { return m_tripId; }

    [[nodiscard]] ForumTableModel* forumModel() const { return m_forumModel; }
    [[nodiscard]] DelegationTableModel* delegationModel() const { return m_delegationModel; }

    /// Splitter and column layout, for QSettings.
    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray& state);

    [[nodiscard]] Ui::TripPage* ui() const { return m_ui.get(); }

private:
    void showOverview(Database& db, const Trip& trip);
    void commitOverview();
    void updateZoneAndLength();
    void setEditorsEnabled(bool enabled);

    std::unique_ptr<Ui::TripPage> m_ui;
    QPointer<Document> m_document;
    DialogProvider* m_dialogs = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    Trip m_trip;
    ForumTableModel* m_forumModel = nullptr;
    DelegationTableModel* m_delegationModel = nullptr;
    Uuid m_tripId;
    bool m_columnsFitted = false;
};

}  // namespace planner
