#include "ui/ExportController.h"

#include "services/AgendaDocument.h"
#include "services/CalendarExport.h"
#include "services/ExportJobs.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/ExportDialogs.h"
#include "ui/Preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace planner {

namespace {

const QString kExportDirKey = QStringLiteral("dirs/outputs");

/// A page size, in the output language of the Preferences.
TripDocumentOptions documentOptions(QPageSize::PageSizeId pageSize)
{
    TripDocumentOptions options;
    options.pageSize = pageSize;
    options.locale = Preferences::outputLocale();
    return options;
}

}  // namespace

void ExportController::sizePreview(QPrintPreviewDialog& preview) const
{
    const QScreen* screen = m_window != nullptr ? m_window->screen() : QGuiApplication::primaryScreen();
    if (screen != nullptr) {
        const QRect available = screen->availableGeometry();
        preview.resize(qMin(available.width() * 4 / 5, 1100), available.height() * 9 / 10);
    }
    if (auto* widget = preview.findChild<QPrintPreviewWidget*>()) {
        widget->setZoomMode(QPrintPreviewWidget::FitToWidth);
    }
}

QString ExportController::fileStem(const QString& title)
{
    QString stem = title;
    stem.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    return stem.simplified();
}

ExportController::ExportController(DialogProvider& dialogs, QWidget* window)
    : QObject(window), m_dialogs(dialogs), m_window(window)
{
    runDialog = [](QDialog& dialog) { return dialog.exec() == QDialog::Accepted; };
}

QString ExportController::askFileName(
    const QString& caption, const QString& suggested, const QString& filter, const QString& suffix)
{
    QSettings settings;
    QString folder = Preferences::exportFolder();
    if (folder.isEmpty()) {
        folder = settings.value(kExportDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                     .toString();
    }
    QString path = m_dialogs.getSaveFileName(
        m_window, caption, QDir(folder).filePath(suggested + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty()) {
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    settings.setValue(kExportDirKey, QFileInfo(path).absolutePath());
    return path;
}

void ExportController::report(const QString& title, const Status& status, const QString& path)
{
    if (!status) {
        m_dialogs.warning(m_window, title, status.error().text());
        return;
    }
    emit message(tr("Wrote %1 (readable only by you)").arg(QDir::toNativeSeparators(path)));
}

void ExportController::printAgenda(Database& db, const Uuid& tripId, const Uuid& forumId)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        m_dialogs.warning(m_window, tr("Print Agenda"), bundle.error().text());
        return;
    }
    AgendaDialog dialog(bundle->forums, forumId, AgendaDialog::Purpose::Print, m_window);
    if (!runDialog(dialog)) {
        return;
    }
    auto agenda = AgendaDocument::build(*bundle, dialog.forumId(), Preferences::outputLocale());
    if (!agenda.ok()) {
        m_dialogs.warning(m_window, tr("Print Agenda"), agenda.error().text());
        return;
    }
    AgendaOptions options;
    options.pageSize = dialog.pageSize();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(AgendaDocument::pageLayout(options.pageSize));
    printer.setDocName(agenda->title());
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Agenda — %1").arg(agenda->title()));
    sizePreview(preview);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        const Result<int> pages = agenda->paint(*target, options);
        if (!pages.ok()) {
            m_dialogs.warning(m_window, tr("Print Agenda"), pages.error().text());
        }
    });
    runDialog(preview);
}

void ExportController::exportAgenda(Database& db, const Uuid& tripId, const Uuid& forumId)
{
    auto forums = ForumRepository(db).list(tripId);
    if (!forums.ok()) {
        m_dialogs.warning(m_window, tr("Export Agenda"), forums.error().text());
        return;
    }
    AgendaDialog dialog(*forums, forumId, AgendaDialog::Purpose::Export, m_window);
    if (!runDialog(dialog)) {
        return;
    }
    const QHash<ExportJobs::AgendaFormat, QString> suffixes { { ExportJobs::AgendaFormat::Pdf, QStringLiteral("pdf") },
        { ExportJobs::AgendaFormat::Html, QStringLiteral("html") },
        { ExportJobs::AgendaFormat::Docx, QStringLiteral("docx") },
        { ExportJobs::AgendaFormat::Odt, QStringLiteral("odt") } };
    const QString suffix = suffixes.value(dialog.format());
    const auto forum
        = std::find_if(forums->begin(), forums->end(), [&](const Forum& f) { return f.id == dialog.forumId(); });
    const QString path
        = askFileName(tr("Export Agenda"), fileStem(forum != forums->end() ? forum->title : tr("Agenda")),
            dialog.format() == ExportJobs::AgendaFormat::Html ? tr("Web pages (*.html)")
                                                              : tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix),
            suffix);
    if (path.isEmpty()) {
        return;
    }
    AgendaOptions options;
    options.pageSize = dialog.pageSize();
    options.locale = Preferences::outputLocale();
    report(tr("Export Agenda"), ExportJobs::agenda(db, dialog.forumId(), dialog.format(), options, path), path);
}

void ExportController::exportRoster(Database& db, const Uuid& tripId)
{
    auto trip = TripRepository(db).get(tripId);
    auto remembered = Roster::rememberedColumns(db, tripId);
    if (!trip.ok() || !remembered.ok()) {
        m_dialogs.warning(m_window, tr("Export Roster"), (!trip.ok() ? trip.error() : remembered.error()).text());
        return;
    }
    RosterDialog dialog(*remembered, m_window);
    if (!runDialog(dialog)) {
        return;
    }
    const RosterFormat format = dialog.format();
    const QString suffix = RosterWriter::token(format);
    const QString title = dialog.preset() ? Roster::title(*dialog.preset()) : tr("Roster");
    const QString path = askFileName(tr("Export Roster"), fileStem(QStringLiteral("%1 — %2").arg(trip->title, title)),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix), suffix);
    if (path.isEmpty()) {
        return;
    }
    if (!dialog.preset()) {
        if (Status s = Roster::rememberColumns(db, tripId, dialog.columns()); !s) {
            m_dialogs.warning(m_window, tr("Export Roster"), s.error().text());
        }
    }
    RosterWriteOptions options;
    options.byteOrderMark = dialog.byteOrderMark();
    const std::optional<std::vector<RosterColumn>> columns
        = dialog.preset() ? std::nullopt : std::optional<std::vector<RosterColumn>>(dialog.columns());
    QStringList warnings;
    const Status written = ExportJobs::roster(
        db, tripId, dialog.preset().value_or(RosterPreset::Protocol), columns, format, options, path, &warnings);
    report(tr("Export Roster"), written, path);
    if (written.ok() && !warnings.isEmpty()) {
        m_dialogs.warning(m_window, tr("Export Roster"),
            tr("The roster was written to %1, but the passport checks found:\n\n%2\n\nCorrect the passport data "
               "and export again, or acknowledge the finding on the Checks page.")
                .arg(QDir::toNativeSeparators(path), warnings.join(QStringLiteral("\n\n"))));
    }
}

QString ExportController::askDocumentFile(const QString& caption, const QString& suggested, DocumentFormat format)
{
    const QString suffix = DocumentFiles::token(format);
    const QHash<DocumentFormat, QString> filters { { DocumentFormat::Pdf, tr("PDF documents (*.pdf)") },
        { DocumentFormat::Docx, tr("Word documents (*.docx)") },
        { DocumentFormat::Odt, tr("OpenDocument texts (*.odt)") } };
    return askFileName(caption, fileStem(suggested), filters.value(format), suffix);
}

void ExportController::exportProgramme(Database& db, const Uuid& tripId)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        m_dialogs.warning(m_window, tr("Export Programme"), bundle.error().text());
        return;
    }
    TripDocumentDialog dialog(TripDocumentDialog::Kind::Programme, *bundle, {}, m_window);
    if (!runDialog(dialog)) {
        return;
    }
    const QString path
        = askDocumentFile(tr("Export Programme"), TripDocuments::programmeTitle(bundle->trip), dialog.format());
    if (path.isEmpty()) {
        return;
    }
    report(tr("Export Programme"),
        ExportJobs::programme(db, tripId, dialog.format(), documentOptions(dialog.pageSize()), path), path);
}

void ExportController::exportItineraries(Database& db, const Uuid& tripId, const std::vector<Uuid>& personIds)
{
    const QString title = tr("Export Itineraries");
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        m_dialogs.warning(m_window, title, bundle.error().text());
        return;
    }
    if (bundle->members.empty()) {
        m_dialogs.warning(m_window, title, tr("The delegation has no members yet: add them on the Delegation page."));
        return;
    }
    TripDocumentDialog dialog(TripDocumentDialog::Kind::Itineraries, *bundle, personIds, m_window);
    if (!runDialog(dialog)) {
        return;
    }
    const std::vector<Uuid> people = dialog.personIds();
    const TripDocumentOptions options = documentOptions(dialog.pageSize());
    if (dialog.filePerPerson()) {
        exportItineraryFiles(db, *bundle, people, dialog.format(), options);
        return;
    }
    QString suggested = tr("Itineraries of %1").arg(bundle->trip.title);
    if (people.size() == 1) {
        if (auto person = PersonRepository(db).get(people.front()); person.ok()) {
            suggested = TripDocuments::itineraryTitle(*person);
        }
    }
    const QString path = askDocumentFile(title, suggested, dialog.format());
    if (path.isEmpty()) {
        return;
    }
    report(title, ExportJobs::itinerary(db, tripId, people, dialog.format(), options, path), path);
}

void ExportController::exportItineraryFiles(Database& db, const TripBundle& bundle, const std::vector<Uuid>& people,
    DocumentFormat format, const TripDocumentOptions& options)
{
    const QString title = tr("Export Itineraries");
    QSettings settings;
    const QString folder = m_dialogs.getExistingDirectory(m_window, tr("Export Itineraries into a Folder"),
        settings.value(kExportDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString());
    if (folder.isEmpty()) {
        return;
    }
    settings.setValue(kExportDirKey, folder);
    QStringList existing;
    for (const QString& name : ExportJobs::itineraryFileNames(bundle, people, format)) {
        if (QFileInfo::exists(QDir(folder).filePath(name))) {
            existing << name;
        }
    }
    if (!existing.isEmpty()
        && !m_dialogs.question(m_window, title,
            tr("%n file(s) in %1 will be replaced:\n%2\n\nReplace them?", nullptr, static_cast<int>(existing.size()))
                .arg(QDir::toNativeSeparators(folder), existing.join(QLatin1Char('\n'))))) {
        return;
    }
    const Result<QStringList> written = ExportJobs::itineraryFiles(db, bundle.trip.id, people, format, options, folder);
    if (!written.ok()) {
        m_dialogs.warning(m_window, title, written.error().text());
        return;
    }
    emit message(tr("Wrote %n itinerary file(s) to %1", nullptr, static_cast<int>(written->size()))
                     .arg(QDir::toNativeSeparators(folder)));
}

void ExportController::exportCalendar(Database& db, const Uuid& tripId)
{
    auto bundle = TripBundleStore(db).load(tripId);
    if (!bundle.ok()) {
        m_dialogs.warning(m_window, tr("Export Calendar"), bundle.error().text());
        return;
    }
    CalendarDialog dialog(*bundle, m_window);
    if (!runDialog(dialog)) {
        return;
    }
    const QString path = askFileName(
        tr("Export Calendar"), fileStem(bundle->trip.title), tr("iCalendar files (*.ics)"), QStringLiteral("ics"));
    if (path.isEmpty()) {
        return;
    }
    CalendarOptions options;
    options.personId = dialog.personId();
    report(tr("Export Calendar"), ExportJobs::calendar(db, tripId, options, path), path);
}

}  // namespace planner
