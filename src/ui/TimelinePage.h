#pragma once

#include "services/TimelineLayout.h"
#include "ui/SectionPage.h"

#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QToolBar;
QT_END_NAMESPACE

namespace planner {

class CheckResults;
class TimelineView;

/// Section Timeline: the chosen trip on one time axis (TimelineView) with a
/// tool bar to zoom, fit, choose the zone of the labels and export. Dragging
/// an item is one undoable edit ("Move session 'Keynote'"); a click selects
/// the record, a double-click opens it. Items involved in open findings of
/// the planning checks are marked.
class TimelinePage : public SectionPage {
    Q_OBJECT
public:
    /// checks may be null (no marks).
    TimelinePage(
        Document& document, DialogProvider& dialogs, CheckResults* checks = nullptr, QWidget* parent = nullptr);

    [[nodiscard]] TimelineView* view() const { return m_view; }
    [[nodiscard]] QComboBox* labelZoneBox() const { return m_labelZone; }
    [[nodiscard]] QAction* exportPngAction() const { return m_exportPng; }
    [[nodiscard]] QAction* exportPdfAction() const { return m_exportPdf; }
    [[nodiscard]] QAction* exportPdfPerDayAction() const { return m_exportPdfPerDay; }

    void setShowHomeTime(bool home) override;
    void setLabelZone(TimelineLabelZone zone);

    /// Writes the trip's timeline (without the marks of the checks) to a
    /// PNG or PDF; asks for the file name through the DialogProvider.
    void exportTimeline(bool pdf, bool perDay);

public slots:
    void refresh() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void applyFlags();
    void onMoveRequested(RecordKind kind, const Uuid& id, const PlannedTime& newStart, const PlannedTime& newEnd);
    void updateActions();

    QPointer<CheckResults> m_checks;
    TimelineView* m_view = nullptr;
    QToolBar* m_toolBar = nullptr;
    QComboBox* m_labelZone = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QAction* m_exportPng = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportPdfPerDay = nullptr;
    Uuid m_loadedTrip;
    bool m_stale = true;  ///< the data changed while the page was hidden
    bool m_fitPending = true;  ///< fit the trip once the page is shown for a new trip
};

}  // namespace planner
