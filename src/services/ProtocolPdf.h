#pragma once

// A PDF of fixed-size pages painted directly (badges, place cards, seating
// plans): pages in millimetres without margins, the document fonts embedded.

#include "domain/Result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;
class QPdfWriter;

namespace planner {

class ProtocolPdf {
public:
    /// Starts a new page on the writer being painted.
    class Pages {
    public:
        explicit Pages(QPdfWriter& writer) : m_writer(writer) { }
        void newPage();

    private:
        QPdfWriter& m_writer;
    };

    using Painter = std::function<void(QPainter&, Pages&)>;

    /// Device resolution of the PDFs (dots per inch).
    static constexpr int kResolution = 600;

    /// A PDF whose pages are pageMm wide and high, painted by paint.
    static Result<QByteArray> write(const QSizeF& pageMm, const QString& title, const Painter& paint);
};

}  // namespace planner
