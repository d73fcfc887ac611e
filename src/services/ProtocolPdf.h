#pragma once

// A PDF of fixed-size pages painted directly (badges, place cards, seating
// plans): pages in millimetres without margins, the document fonts embedded.

#include "domain/Result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace planner {

class ProtocolPdf {
public:
    /// Starts a new page on the PDF writer or printer being painted.
    class Pages {
    public:
        explicit Pages(QPagedPaintDevice& device) : m_device(device) { }
        void newPage();

    private:
        QPagedPaintDevice& m_device;
    };

    using Painter = std::function<void(QPainter&, Pages&)>;

    /// Pages of one size and how to paint them: written to a PDF, or
    /// painted onto a printer from the print preview.
    struct Document {
        QSizeF pageMm;
        QString title;
        Painter paint;  ///< owns what it paints (the document outlives its makers)
    };

    /// Device resolution of the PDFs (dots per inch).
    static constexpr int kResolution = 600;

    /// A PDF whose pages are pageMm wide and high, painted by paint.
    static Result<QByteArray> write(const QSizeF& pageMm, const QString& title, const Painter& paint);
    static Result<QByteArray> write(const Document& document);
    /// Paints onto a printer (or any paged device): its page layout becomes
    /// the document's, without margins.
    static Status paint(const Document& document, QPagedPaintDevice& device);
};

}  // namespace planner
