#pragma once

#include "commands/RecordChange.h"
#include "domain/Entities.h"
#include "domain/Result.h"
#include "services/CheckService.h"
#include "services/CheckSettings.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace planner {

class Document;
struct TimelineFlag;

/// The planning checks of the trip shown, kept up to date: after every edit,
/// undo and redo of the document (and after a change by another program)
/// the trip's snapshot is checked again. A small trip is checked at once (a
/// few milliseconds); a large one (more than kInlineItems sessions, meetings
/// and legs) in a worker thread on the shared snapshot, so that the window
/// stays responsive: until the findings are in, isChecking() is true and the
/// previous findings, with the snapshot they were found in, stay. A result
/// overtaken by a later change is dropped. One object per open document,
/// shared by the Checks page, the Checks dock, the timeline and the
/// navigator's counts.
///
/// Acknowledgements and the check settings are not trip data: they are
/// written at once through CheckService, not as undoable edits.
class CheckResults : public QObject {
    Q_OBJECT

public:
    /// Trips with more timed items than this are checked in a worker thread.
    static constexpr std::size_t kInlineItems = 500;

    explicit CheckResults(Document& document, QObject* parent = nullptr);
    ~CheckResults() override;

    /// Checks this trip from now on (empty: none).
    void setTrip(const Uuid& tripId);
    [[nodiscard]] Uuid tripId() const { return m_tripId; }

    [[nodiscard]] const std::vector<ReviewedFinding>& findings() const { return m_findings; }
    [[nodiscard]] const CheckSettings& settings() const { return m_settings; }
    /// The trip as it was checked (names of the records involved).
    [[nodiscard]] const TripBundle& bundle() const;
    /// Why the last check could not run; empty when it did.
    [[nodiscard]] QString errorText() const { return m_error; }
    /// True while a large trip is being checked in the background.
    [[nodiscard]] bool isChecking() const { return m_checking; }

    /// Open (not acknowledged) findings of a severity.
    [[nodiscard]] int openCount(Severity severity) const;
    [[nodiscard]] int acknowledgedCount() const;
    /// "1 error, 2 warnings" (open ones; notes only when there are some), or
    /// empty when nothing is open.
    [[nodiscard]] QString openSummary() const;

    /// The records of open error and warning findings, for the timeline to
    /// mark (a session's forum is left out: the session is marked).
    [[nodiscard]] QHash<Uuid, TimelineFlag> timelineFlags() const;

    /// A readable name of a record of the trip ("Session 'Keynote speech'").
    [[nodiscard]] QString recordName(const RecordRef& record) const;
    /// The index into findings() of the finding with this fingerprint, or -1.
    [[nodiscard]] int indexOf(const QString& fingerprint) const;

    /// Accepts the finding with a reason; refreshed afterwards.
    Status acknowledge(const QString& fingerprint, const QString& reason);
    /// Makes an acknowledged finding open again; refreshed afterwards.
    Status withdraw(const QString& fingerprint);
    /// Stores the trip's thresholds and checks again.
    Status setSettings(const CheckSettings& settings);

public slots:
    /// Loads and checks the trip again.
    void refresh();

signals:
    /// After every check (the findings may be the same as before).
    void updated();
    /// A background check started or ended (isChecking()); the findings did
    /// not change yet, so the views that list them need not redo it.
    void checkingChanged();

private:
    struct Checked {
        quint64 generation = 0;
        std::shared_ptr<const TripBundle> bundle;
        CheckSettings settings;
        std::vector<ReviewedFinding> findings;
    };
    void publish(Checked checked);

    Document& m_document;
    Uuid m_tripId;
    std::shared_ptr<const TripBundle> m_bundle;  ///< the document's snapshot, shared
    CheckSettings m_settings;
    std::vector<ReviewedFinding> m_findings;
    QString m_error;
    bool m_checking = false;
    /// Counts refreshes, shared with the worker: a result of an older one is
    /// dropped, and a check not started before a later one returns at once.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    /// A pool of its own, one thread: Qt's painting splits image work over
    /// the global pool and waits for it, so a check there would stall the
    /// window for as long as the check runs.
    QThreadPool m_pool;
    QFutureWatcher<Checked> m_watcher;
};

}  // namespace planner
