#pragma once

// A seating plan drawn as a diagram: the table (or the rows and the front),
// every seat with its person's name in Latin letters and in the local
// script, the host side and the delegation told apart by colour. The same
// geometry serves the printed plan (PDF, PNG) and the Protocol page, where
// seats are dragged.

#include "domain/Result.h"
#include "domain/Seating.h"
#include "services/ProtocolPdf.h"
#include "services/ProtocolPeople.h"

#include <QByteArray>
#include <QHash>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace planner {

struct SeatingGeometry {
    std::vector<QRectF> seats;  ///< in the order of the plan's seats
    std::vector<QRectF> tables;  ///< the table, the U's three sides, or the front of the room
};

class SeatingDiagram {
public:
    /// The diagram on a page of this size (millimetres): A4 landscape.
    static QSizeF pageSize() { return { 297.0, 210.0 }; }

    /// The part of a page below the title where the tables and seats go.
    static QRectF plotArea(const QRectF& page, qreal unitsPerMm);

    /// Where the seats and tables go in area (any unit).
    static SeatingGeometry layout(const SeatingPlan& plan, const QRectF& area);

    /// Draws the title, the tables and the seats into page.
    static void paint(QPainter& painter, const QRectF& page, const SeatingPlan& plan,
        const QHash<Uuid, ProtocolPerson>& people, const QString& title);

    static Result<QByteArray> toPdf(
        const SeatingPlan& plan, const QHash<Uuid, ProtocolPerson>& people, const QString& title);
    /// The same page, for a PDF or a printer.
    static ProtocolPdf::Document pages(
        const SeatingPlan& plan, const QHash<Uuid, ProtocolPerson>& people, const QString& title);
    /// A PNG of the page at 150 dots per inch.
    static Result<QByteArray> toPng(
        const SeatingPlan& plan, const QHash<Uuid, ProtocolPerson>& people, const QString& title);
};

}  // namespace planner
