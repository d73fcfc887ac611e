#pragma once

// Tent place cards: a sheet folded across the middle, the name large on both
// halves, the top half upside down so it reads from both sides of the fold;
// the local script on one face and Latin on the other where a person has both.

#include "domain/Result.h"
#include "services/ProtocolPdf.h"
#include "services/ProtocolPeople.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>

#include <optional>

class QPainter;

namespace planner {

enum class PlaceCardPaper { A4, A5 };

struct PlaceCardOptions {
    PlaceCardPaper paper = PlaceCardPaper::A4;
    bool showOrganisation = true;  ///< the organisation and country under the name
    QString title;  ///< of the PDF
};

class PlaceCards {
public:
    /// "a4", "a5" (command line).
    static std::optional<PlaceCardPaper> paperFromToken(const QString& token);
    /// The sheet in millimetres, landscape: the fold runs across the middle.
    static QSizeF pageSize(PlaceCardPaper paper);
    /// No text comes nearer than this to an edge or to the fold (millimetres).
    static constexpr qreal kMargin = 8.0;

    /// Draws one card on a page of the given rectangle (device units).
    static void paintCard(QPainter& painter, const QRectF& page, const ProtocolPerson& person, bool showOrganisation);

    /// One card per page, in the order given.
    static Result<QByteArray> toPdf(const std::vector<ProtocolPerson>& people, const PlaceCardOptions& options);
    /// The same pages, for a PDF or a printer.
    static Result<ProtocolPdf::Document> pages(
        const std::vector<ProtocolPerson>& people, const PlaceCardOptions& options);
};

}  // namespace planner
