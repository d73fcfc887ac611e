#pragma once

#include "commands/RecordChange.h"
#include "domain/Entities.h"

#include <QWidget>

namespace planner {

class DialogProvider;
class Document;

/// A page of a trip that is not a list of records with a form (the
/// timeline, the checks): it follows the trip chosen in the main window,
/// reloads on the document's changes, and asks the main window to select or
/// open records in their editors.
class TripSectionPage : public QWidget {
    Q_OBJECT
public:
    TripSectionPage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);

    /// Shows this trip (empty: none).
    void setTrip(const Uuid& tripId);
    [[nodiscard]] Uuid tripId() const { return m_tripId; }
    /// The home zone of the trip shown.
    [[nodiscard]] QString homeZone() const { return m_homeZone; }

    /// View ▸ Times in Home Zone.
    virtual void setShowHomeTime(bool home) = 0;

public slots:
    /// Loads what the page shows again.
    virtual void refresh() = 0;

signals:
    /// Status-bar text.
    void message(const QString& text);
    /// A record was chosen on the page: the editors may select it too.
    void recordSelected(planner::RecordKind kind, const planner::Uuid& id);
    /// Open the record in its editor.
    void openRecordRequested(planner::RecordKind kind, const planner::Uuid& id);

protected:
    Document& m_document;
    DialogProvider& m_dialogs;

private:
    Uuid m_tripId;
    QString m_homeZone;
};

}  // namespace planner
