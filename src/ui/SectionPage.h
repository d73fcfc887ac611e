#pragma once

#include "commands/RecordChange.h"
#include "domain/Entities.h"

#include <QWidget>

namespace planner {

class DialogProvider;
class Document;

/// What the main window asks of the page of every section: the record
/// pages (a list with a form) and the pages of a trip that are not lists
/// (the timeline, the checks). A page shows the trip chosen in the window,
/// keeps itself up to date (the document's changes, a change by another
/// program), and reports what the window shows or opens. The window creates
/// a page the first time its section is shown and deletes it with the
/// document.
class SectionPage : public QWidget {
    Q_OBJECT
public:
    SectionPage(Document& document, DialogProvider& dialogs, QWidget* parent = nullptr);

    /// Shows the records of a trip (empty: none; pages of directories ignore it).
    virtual void setTrip(const Uuid& tripId);
    [[nodiscard]] Uuid tripId() const { return m_tripId; }
    /// The home zone of the trip shown (empty for none).
    [[nodiscard]] QString homeZone() const { return m_homeZone; }

    /// View ▸ Times in Home Zone.
    virtual void setShowHomeTime(bool home) = 0;

    /// Selects a record on the page; false when it is not there.
    virtual bool selectRecord(const Uuid& id);
    /// Edit ▸ Find in List: false when the page has no list to search.
    virtual bool focusSearch();

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
