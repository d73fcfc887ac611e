// The protocol outputs of ExportController: badges, place cards and seating
// plans, each through its dialog and the file name asked for.

#include "services/ExportJobs.h"
#include "services/ProtocolOutputs.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/ExportController.h"
#include "ui/ProtocolDialogs.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace planner {

void ExportController::exportBadges(Database& db, const Uuid& tripId, const ProtocolScope& scope)
{
    const QString title = tr("Export Badges");
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        m_dialogs.warning(m_window, title, bundle.error().text());
        return;
    }
    BadgeDialog dialog(*bundle, scope, m_window);
    if (!runDialog(dialog)) {
        return;
    }
    dialog.remember();
    const ProtocolScope chosen = dialog.scope();
    if (dialog.printChosen()) {
        printPages(title, ProtocolOutputs::badgePages(*bundle, chosen, dialog.options()));
        return;
    }
    const QString path = askFileName(title, fileStem(tr("Badges — %1").arg(ProtocolOutputs::title(*bundle, chosen))),
        tr("PDF (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty()) {
        report(title, ExportJobs::badges(db, tripId, chosen, dialog.options(), path), path);
    }
}

void ExportController::exportPlaceCards(Database& db, const Uuid& tripId, const ProtocolScope& scope)
{
    const QString title = tr("Export Place Cards");
    auto bundle = TripBundleStore(db).load(tripId);
    const auto people = bundle.ok() ? ProtocolPeople::select(*bundle, scope)
                                    : Result<std::vector<ProtocolPerson>>(bundle.error());
    if (!people.ok()) {
        m_dialogs.warning(m_window, title, people.error().text());
        return;
    }
    const QString what = ProtocolOutputs::title(*bundle, scope);
    PlaceCardDialog dialog(scope.forumId.isEmpty() ? what : tr("the head table of %1").arg(what),
        static_cast<int>(people->size()), m_window);
    if (!runDialog(dialog)) {
        return;
    }
    dialog.remember();
    if (dialog.printChosen()) {
        printPages(title, ProtocolOutputs::placeCardPages(*bundle, scope, dialog.options()));
        return;
    }
    const QString path = askFileName(
        title, fileStem(tr("Place cards — %1").arg(what)), tr("PDF (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty()) {
        report(title, ExportJobs::placeCards(db, tripId, scope, dialog.options(), path), path);
    }
}

void ExportController::exportSeating(Database& db, const Uuid& tripId, const ProtocolScope& scope)
{
    const QString title = tr("Export Seating Plan");
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        m_dialogs.warning(m_window, title, bundle.error().text());
        return;
    }
    const QString path = askFileName(title,
        fileStem(tr("Seating plan — %1").arg(ProtocolOutputs::title(*bundle, scope))),
        tr("PDF (*.pdf);;PNG image (*.png)"), QStringLiteral("pdf"));
    if (!path.isEmpty()) {
        report(title, ExportJobs::seating(db, tripId, scope, std::nullopt, path), path);
    }
}

void ExportController::printSeating(Database& db, const Uuid& tripId, const ProtocolScope& scope)
{
    const QString title = tr("Print Seating Plan");
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        m_dialogs.warning(m_window, title, bundle.error().text());
        return;
    }
    printPages(title, ProtocolOutputs::seatingPages(*bundle, scope));
}

void ExportController::printPages(const QString& title, const Result<ProtocolPdf::Document>& document)
{
    if (!document.ok()) {
        m_dialogs.warning(m_window, title, document.error().text());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document->title);
    printer.setPageLayout(QPageLayout(QPageSize(document->pageMm, QPageSize::Millimeter, QString(),
                                          QPageSize::FuzzyMatch),
        QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("%1 — %2").arg(title, document->title));
    sizePreview(preview);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        const Status painted = ProtocolPdf::paint(*document, *target);
        if (!painted.ok()) {
            m_dialogs.warning(m_window, title, painted.error().text());
        }
    });
    runDialog(preview);
}

}  // namespace planner
