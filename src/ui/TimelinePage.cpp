#include "ui/TimelinePage.h"

#include "commands/Document.h"
#include "commands/Edits.h"
#include "models/CheckResults.h"
#include "services/TimelineRenderer.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/TimelineView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace planner {

namespace {

const QString kExportDirKey = QStringLiteral("dirs/export");

QString moveText(RecordKind kind, const QString& title, bool endOnly)
{
    if (endOnly) {
        switch (kind) {
        case RecordKind::Stop: return TimelinePage::tr("Change departure from %1").arg(title);
        case RecordKind::Leg: return TimelinePage::tr("Change arrival of travel leg '%1'").arg(title);
        case RecordKind::Forum: return TimelinePage::tr("Change end of forum '%1'").arg(title);
        case RecordKind::Session: return TimelinePage::tr("Change end of session '%1'").arg(title);
        case RecordKind::Meeting: return TimelinePage::tr("Change end of meeting '%1'").arg(title);
        case RecordKind::Mou: break;
        default: break;
        }
    }
    switch (kind) {
    case RecordKind::Stop: return TimelinePage::tr("Move stay in %1").arg(title);
    case RecordKind::Leg: return TimelinePage::tr("Move travel leg '%1'").arg(title);
    case RecordKind::Forum: return TimelinePage::tr("Move forum '%1'").arg(title);
    case RecordKind::Session: return TimelinePage::tr("Move session '%1'").arg(title);
    case RecordKind::Meeting: return TimelinePage::tr("Move meeting '%1'").arg(title);
    case RecordKind::Mou: return TimelinePage::tr("Move signing of '%1'").arg(title);
    default: break;
    }
    return {};
}

/// "Korea–Central Asia visit 2016 timeline" without characters file systems refuse.
QString suggestedName(const QString& title, const QString& suffix)
{
    QString base = title;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    base = base.simplified();
    if (base.isEmpty()) {
        base = TimelinePage::tr("trip");
    }
    return TimelinePage::tr("%1 timeline.%2").arg(base, suffix);
}

}  // namespace

TimelinePage::TimelinePage(Document& document, DialogProvider& dialogs, CheckResults* checks, QWidget* parent)
    : SectionPage(document, dialogs, parent), m_checks(checks)
{
    setObjectName(QStringLiteral("timelinePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_view = new TimelineView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));

    auto makeAction = [this](const QString& text, const QString& tip, const QKeySequence& key = {}) {
        QAction* action = m_toolBar->addAction(text);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            this->addAction(action);  // the page's own: works wherever the focus is on it
        }
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    QAction* zoomIn = makeAction(tr("Zoom In"),
        tr("Show less time, in more detail (Ctrl++; + or Ctrl+wheel on the timeline)"), QKeySequence::ZoomIn);
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    QAction* zoomOut
        = makeAction(tr("Zoom Out"), tr("Show more time (Ctrl+-; - on the timeline)"), QKeySequence::ZoomOut);
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    QAction* fitTrip = makeAction(tr("Fit Trip"), tr("The whole trip across the width (Ctrl+0; 0 on the timeline)"),
        QKeySequence(Qt::CTRL | Qt::Key_0));
    fitTrip->setObjectName(QStringLiteral("actionFitTrip"));
    QAction* fitDay = makeAction(tr("Fit Day"),
        tr("The day in the middle of the view across the width, in the local time of the place (D on the timeline)"));
    fitDay->setObjectName(QStringLiteral("actionFitDay"));
    connect(zoomIn, &QAction::triggered, m_view, &TimelineView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &TimelineView::zoomOut);
    connect(fitTrip, &QAction::triggered, m_view, &TimelineView::fitTrip);
    connect(fitDay, &QAction::triggered, m_view, &TimelineView::fitDay);
    m_toolBar->addSeparator();

    auto* zoneLabel = new QLabel(tr("&Times:"), m_toolBar);
    zoneLabel->setContentsMargins(4, 0, 4, 0);
    m_labelZone = new QComboBox(m_toolBar);
    m_labelZone->setObjectName(QStringLiteral("labelZoneBox"));
    m_labelZone->addItem(tr("Local time of each place"), static_cast<int>(TimelineLabelZone::Local));
    m_labelZone->addItem(tr("Home time"), static_cast<int>(TimelineLabelZone::Home));
    m_labelZone->addItem(tr("UTC"), static_cast<int>(TimelineLabelZone::Utc));
    m_labelZone->setToolTip(tr("The zone the day and hour labels of every lane are read in"));
    zoneLabel->setBuddy(m_labelZone);
    m_toolBar->addWidget(zoneLabel);
    m_toolBar->addWidget(m_labelZone);
    connect(m_labelZone, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setLabelZone(static_cast<TimelineLabelZone>(m_labelZone->itemData(index).toInt()));
    });
    m_toolBar->addSeparator();

    m_exportPng = makeAction(tr("Export PNG…"), tr("Save the whole trip's timeline as an image"));
    m_exportPng->setObjectName(QStringLiteral("actionExportTimelinePng"));
    m_exportPdf = makeAction(tr("Export PDF (A3)…"), tr("Save the whole trip's timeline on one A3 landscape page"));
    m_exportPdf->setObjectName(QStringLiteral("actionExportTimelinePdf"));
    m_exportPdfPerDay
        = makeAction(tr("Export PDF per Day…"), tr("Save the timeline with one A4 landscape page per day"));
    m_exportPdfPerDay->setObjectName(QStringLiteral("actionExportTimelinePdfPerDay"));
    connect(m_exportPng, &QAction::triggered, this, [this] { exportTimeline(false, false); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { exportTimeline(true, false); });
    connect(m_exportPdfPerDay, &QAction::triggered, this, [this] { exportTimeline(true, true); });

    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_view, &TimelineView::itemSelected, this,
        [this](RecordKind kind, const Uuid& id) { emit recordSelected(kind, id); });
    connect(m_view, &TimelineView::openEditorRequested, this,
        [this](RecordKind kind, const Uuid& id) { emit openRecordRequested(kind, id); });
    connect(m_view, &TimelineView::moveRequested, this, &TimelinePage::onMoveRequested);
    connect(&m_document, &Document::changed, this, [this] { refresh(); });
    if (m_checks) {
        connect(m_checks, &CheckResults::updated, this, &TimelinePage::applyFlags);
    }
    // The "now" marker moves on while the trip is under way.
    auto* clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, this, [this] { m_view->setNow(QDateTime::currentDateTimeUtc()); });
    clock->start();
    updateActions();
}

void TimelinePage::setShowHomeTime(bool home)
{
    const auto current = static_cast<TimelineLabelZone>(m_labelZone->currentData().toInt());
    if (home) {
        setLabelZone(TimelineLabelZone::Home);
    } else if (current == TimelineLabelZone::Home) {
        setLabelZone(TimelineLabelZone::Local);
    }
}

void TimelinePage::setLabelZone(TimelineLabelZone zone)
{
    m_labelZone->setCurrentIndex(m_labelZone->findData(static_cast<int>(zone)));
}

void TimelinePage::refresh()
{
    if (m_loadedTrip != tripId()) {
        m_fitPending = true;
    }
    if (isVisible()) {
        load();
    } else {
        m_stale = true;
    }
}

void TimelinePage::showEvent(QShowEvent* event)
{
    SectionPage::showEvent(event);
    if (m_stale || m_loadedTrip != tripId()) {
        load();
    }
}

void TimelinePage::load()
{
    m_stale = false;
    const bool newTrip = m_loadedTrip != tripId() || m_fitPending;
    m_loadedTrip = tripId();
    TimelineInput input;
    if (!tripId().isEmpty()) {
        const auto bundle = m_document.trip(tripId());  // the one the checks use too
        if (!bundle.ok()) {
            m_dialogs.warning(this, tr("Timeline"), bundle.error().text());
        } else {
            input = TimelineInput::fromBundle(*bundle.value());
            if (m_checks && m_checks->tripId() == tripId()) {
                input.flags = m_checks->timelineFlags();
            }
        }
    }
    m_view->setNow(QDateTime::currentDateTimeUtc());
    m_view->setInput(input);
    if (newTrip) {
        m_fitPending = false;
        m_view->fitTrip();
    }
    updateActions();
}

void TimelinePage::applyFlags()
{
    if (!m_checks || m_stale || m_loadedTrip != tripId() || m_checks->tripId() != tripId()) {
        return;
    }
    const auto flags = m_checks->timelineFlags();
    if (flags == m_view->input().flags) {
        return;
    }
    TimelineInput input = m_view->input();
    input.flags = flags;
    m_view->setInput(input);
}

void TimelinePage::updateActions()
{
    const bool has = !m_view->input().items.empty();
    m_exportPng->setEnabled(has);
    m_exportPdf->setEnabled(has);
    m_exportPdfPerDay->setEnabled(has);
}

void TimelinePage::onMoveRequested(
    RecordKind kind, const Uuid& id, const PlannedTime& newStart, const PlannedTime& newEnd)
{
    const TimelineInput& input = m_view->input();
    const int index = input.indexOf(kind, id);
    if (index < 0) {
        return;
    }
    const TimelineItem& item = input.items[static_cast<std::size_t>(index)];
    const bool endOnly = kind != RecordKind::Mou && newStart == item.start;
    const QString text = moveText(kind, item.title, endOnly);
    Database& db = m_document.database();
    Result<edits::Changes> changes = edits::Changes {};
    if (kind == RecordKind::Mou) {
        auto mou = MouRepository(db).get(id);
        if (!mou.ok()) {
            changes = mou.error();
        } else {
            Mou after = *mou;
            after.signedAt = mou->signedAt.isNull() ? newStart : newStart.inZone(mou->signedAt.zone());
            changes = edits::Changes { edits::updated(*mou, after) };
        }
    } else {
        changes = edits::retime(db, kind, id, newStart, newEnd);
    }
    if (!changes.ok()) {
        m_dialogs.warning(this, text, changes.error().text());
        return;
    }
    const Status applied = m_document.perform(text, std::move(changes).value());
    if (!applied.ok()) {
        m_dialogs.warning(this, text, applied.error().text());
        return;
    }
    emit message(text);
}

void TimelinePage::exportTimeline(bool pdf, bool perDay)
{
    if (m_view->input().items.empty()) {
        return;
    }
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("png");
    QSettings settings;
    const QString folder
        = settings.value(kExportDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString caption = !pdf ? tr("Export Timeline as PNG")
        : perDay                 ? tr("Export Timeline as PDF, One Page per Day")
                                 : tr("Export Timeline as PDF on A3");
    QString path
        = m_dialogs.getSaveFileName(this, caption, QDir(folder).filePath(suggestedName(m_view->input().title, suffix)),
            pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        path += QLatin1Char('.') + suffix;
    }
    settings.setValue(kExportDirKey, QFileInfo(path).absolutePath());
    TimelineInput input = m_view->input();
    input.flags.clear();  // the marks of the checks are for the desk, not for print
    TimelineExportOptions options;
    options.pages = perDay ? TimelineExportOptions::Pages::PerDay : TimelineExportOptions::Pages::WholeTrip;
    options.labelZone = m_view->labelZone();
    const Status written = TimelineRenderer::exportToFile(input, path, options);
    if (!written.ok()) {
        m_dialogs.warning(this, caption, written.error().text());
        return;
    }
    emit message(tr("Exported the timeline to %1").arg(QDir::toNativeSeparators(path)));
}

}  // namespace planner
