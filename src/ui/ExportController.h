#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"
#include "services/DocumentFiles.h"
#include "services/ProtocolPdf.h"
#include "services/ProtocolPeople.h"
#include "services/TripDocuments.h"

#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QDialog;
class QPrintPreviewDialog;
class QWidget;
QT_END_NAMESPACE

namespace planner {

class Database;
class DialogProvider;

/// The File menu's outputs for the chosen trip: Print Agenda (print preview,
/// then any printer), Export Agenda (PDF or HTML), Export Roster (a preset
/// or custom columns; XLSX, CSV, PDF, JSON) and Export Calendar (iCalendar
/// for the trip or one traveller). Each asks in a dialog, then for a file
/// name, and writes through the services a command line uses too.
class ExportController : public QObject {
    Q_OBJECT
public:
    ExportController(DialogProvider& dialogs, QWidget* window);

    /// Runs a dialog modally; tests replace it to fill in and accept the
    /// dialog without a nested event loop.
    std::function<bool(QDialog&)> runDialog;

    void printAgenda(Database& db, const Uuid& tripId, const Uuid& forumId = {});
    void exportAgenda(Database& db, const Uuid& tripId, const Uuid& forumId = {});
    void exportRoster(Database& db, const Uuid& tripId);
    void exportCalendar(Database& db, const Uuid& tripId);
    /// The trip programme; the format is the one of the file name chosen.
    void exportProgramme(Database& db, const Uuid& tripId);
    /// Personal itineraries: the dialog offers the delegation with these
    /// members ticked (all when empty), one file or a file each, the paper
    /// and the format.
    void exportItineraries(Database& db, const Uuid& tripId, const std::vector<Uuid>& personIds = {});

    // The protocol outputs (ProtocolExports.cpp).
    /// Name badges: the dialog offers the delegation or the people of a
    /// forum or meeting (initially the one of scope), the stock and sheet.
    void exportBadges(Database& db, const Uuid& tripId, const ProtocolScope& scope = {});
    /// Tent cards in seat order for a meeting or a forum's head table.
    void exportPlaceCards(Database& db, const Uuid& tripId, const ProtocolScope& scope);
    /// The seating plan as PDF or PNG (the format of the file name chosen).
    void exportSeating(Database& db, const Uuid& tripId, const ProtocolScope& scope);
    /// The seating plan in the print preview.
    void printSeating(Database& db, const Uuid& tripId, const ProtocolScope& scope);

signals:
    void message(const QString& text);

private:
    /// A title as a file name: no characters a file system refuses.
    static QString fileStem(const QString& title);
    QString askFileName(const QString& caption, const QString& suggested, const QString& filter, const QString& suffix);
    QString askDocumentFile(const QString& caption, const QString& suggested, DocumentFormat format);
    void exportItineraryFiles(Database& db, const TripBundle& bundle, const std::vector<Uuid>& people,
        DocumentFormat format, const TripDocumentOptions& options);
    void report(const QString& title, const Status& status, const QString& path);
    /// A print preview big enough to read: most of the screen, the page
    /// fitted to its width (Qt's default opens small, at about 40 %).
    void sizePreview(QPrintPreviewDialog& preview) const;
    /// The print preview of painted pages, then any printer.
    void printPages(const QString& title, const Result<ProtocolPdf::Document>& document);

    DialogProvider& m_dialogs;
    QWidget* m_window;
};

}  // namespace planner
