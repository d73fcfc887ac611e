#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"
#include "services/DocumentFiles.h"
#include "services/OutputDocument.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace planner {

/// How an agenda is printed.
struct AgendaOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;  ///< A4 or Letter, portrait
    QDate printedOn;  ///< null: today
    QLocale locale { QLocale::English, QLocale::UnitedKingdom };  ///< dates, for ExportJobs::agenda
};

/// The printed agenda of one forum, built from a trip bundle: a header with
/// the title, hosts and co-hosts, venue, city and date, a line saying that
/// times are local (zone and UTC offset), then the sessions in time order
/// with time range, kind, title, presenting organisation and speakers (with
/// position and organisation, names in Latin and in local script), breaks
/// set apart. Every piece of database text is escaped: a title "<b>x</b>"
/// prints as those characters.
///
/// One OutputDocument gives the PDF, DOCX and ODT files, so the three say
/// the same; the GUI's print preview calls paint() with its QPrinter. Every
/// fixed text is in this class's translation context; dates and numbers
/// are formatted with the locale given to build() (English by default).
class AgendaDocument {
public:
    struct Speaker {
        QString role;  ///< "Moderator", empty for a plain speaker
        QString honorific;
        QString name;  ///< "HONG Yun-sik"
        QString localName;  ///< "홍윤식", empty when unknown or the same
        QString position;
        QString organisation;
    };
    struct Session {
        Uuid id;
        PlannedTime start;
        PlannedTime end;
        SessionKind kind = SessionKind::Presentation;
        QString kindLabel;
        QString title;
        QString room;
        QString presentingOrganisation;
        std::vector<Speaker> speakers;
        [[nodiscard]] bool isBreak() const { return kind == SessionKind::Break || kind == SessionKind::Meal; }
    };
    struct Host {
        HostRole kind = HostRole::Host;
        QString role;  ///< "Host" or "Co-host"
        QString name;
        QString localName;
    };

    /// Fails when the forum is not in the bundle.
    static Result<AgendaDocument> build(const TripBundle& bundle, const Uuid& forumId,
        const QLocale& locale = QLocale(QLocale::English, QLocale::UnitedKingdom));

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] const std::vector<Session>& sessions() const { return m_sessions; }

    /// "All times are local time in Tashkent (Asia/Tashkent, UTC+05:00)."
    [[nodiscard]] QString timeNotice() const;
    /// "Wednesday, 17 August 2016"
    [[nodiscard]] QString dateText() const;

    /// The agenda as a document: a title block and one table of sessions.
    [[nodiscard]] OutputDocument document(const AgendaOptions& options = {}) const;
    /// The recommended page layout (portrait, 15 mm margins).
    [[nodiscard]] static QPageLayout pageLayout(QPageSize::PageSizeId size);

    /// Paints onto any paged device (QPdfWriter, QPrinter of a print
    /// preview) with the page layout the device has; returns the number of
    /// pages.
    Result<int> paint(QPagedPaintDevice& device, const AgendaOptions& options = {}) const;

    [[nodiscard]] Result<QByteArray> toPdf(const AgendaOptions& options = {}) const;
    /// A standalone UTF-8 HTML page.
    [[nodiscard]] QByteArray toHtml(const AgendaOptions& options = {}) const;

    /// Write through a temporary file renamed into place.
    Status writePdf(const QString& path, const AgendaOptions& options = {}) const;
    Status write(DocumentFormat format, const QString& path, const AgendaOptions& options = {}) const;
    Status writeHtml(const QString& path, const AgendaOptions& options = {}) const;

private:
    [[nodiscard]] QString timeCellHtml(const Session& s) const;
    [[nodiscard]] QString contentCellHtml(const Session& s) const;
    [[nodiscard]] QString footerText(const AgendaOptions& options) const;
    [[nodiscard]] bool spansSeveralDays() const;
    [[nodiscard]] OutputDocument::Cell timeCell(const Session& s) const;
    [[nodiscard]] OutputDocument::Cell contentCell(const Session& s) const;
    void addHeader(OutputDocument& doc) const;
    [[nodiscard]] QStringList placeParts() const;

    QString m_title;
    QString m_description;
    std::vector<Host> m_hosts;
    QString m_venue;
    QString m_venueAddress;
    QString m_city;
    QString m_room;  ///< when every session is in the same room
    PlannedTime m_start;
    PlannedTime m_end;
    QString m_zone;
    std::vector<Session> m_sessions;
    QLocale m_locale;
};

}  // namespace planner
