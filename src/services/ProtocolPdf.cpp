#include "services/ProtocolPdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace planner {

void ProtocolPdf::Pages::newPage()
{
    m_writer.newPage();
}

Result<QByteArray> ProtocolPdf::write(const QSizeF& pageMm, const QString& title, const Painter& paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Delegation Planner"));
        writer.setResolution(kResolution);
        const QPageSize size(pageMm, QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch);
        writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return makeError(QCoreApplication::translate("planner::ProtocolPdf", "The PDF could not be started."));
        }
        Pages pages(writer);
        paint(painter, pages);
        painter.end();
    }
    return bytes;
}

}  // namespace planner
