#pragma once

// Name badges: one per person on standard stock, laid out on A4 or Letter
// sheets with crop marks, or one per page for badge printers.

#include "domain/Result.h"
#include "services/ProtocolPdf.h"
#include "services/ProtocolPeople.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace planner {

/// ISO/IEC 7810 ID-1 (85.6 × 54 mm), 90 × 54 mm, 4 × 3 in, A6.
enum class BadgeStock { Id1, Card90x54, Card4x3in, A6 };
enum class BadgeSheet { A4, Letter, Single };

struct BadgeOptions {
    BadgeStock stock = BadgeStock::Card90x54;
    BadgeSheet sheet = BadgeSheet::A4;
    QString title;  ///< of the PDF
};

/// Where the badges go on a page, in millimetres from the top left.
struct SheetLayout {
    QSizeF page;
    std::vector<QRectF> places;  ///< row by row
    bool cropMarks = false;
};

class BadgeSheets {
public:
    /// "id1", "90x54", "4x3in", "a6" and "a4", "letter", "single" (command line).
    static std::optional<BadgeStock> stockFromToken(const QString& token);
    static std::optional<BadgeSheet> sheetFromToken(const QString& token);

    /// The badge's size in millimetres (cards landscape, A6 portrait).
    static QSizeF stockSize(BadgeStock stock);
    /// As many badges as fit with a gutter for the crop marks, the page
    /// turned when more fit that way; one badge the size of the page for Single.
    static SheetLayout layout(const BadgeOptions& options);

    /// Crop marks reach this far out of a badge (millimetres).
    static constexpr qreal kCropMarkReach = 3.0;
    /// No text comes nearer than this to the edge of a badge (millimetres).
    static constexpr qreal kInnerMargin = 3.0;

    /// Draws one badge into box (device units).
    static void paintBadge(QPainter& painter, const QRectF& box, const ProtocolPerson& person);

    /// A PDF with every person's badge, in the order given.
    static Result<QByteArray> toPdf(const std::vector<ProtocolPerson>& people, const BadgeOptions& options);
    /// The same pages, for a PDF or a printer.
    static Result<ProtocolPdf::Document> pages(const std::vector<ProtocolPerson>& people, const BadgeOptions& options);
};

}  // namespace planner
