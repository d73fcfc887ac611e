#include "services/ProtocolPdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace planner {

namespace {

QPageLayout layoutOf(const QSizeF& pageMm)
{
    const QPageSize size(pageMm, QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

}  // namespace

void ProtocolPdf::Pages::newPage()
{
    m_device.newPage();
}

Result<QByteArray> ProtocolPdf::write(const Document& document)
{
    return write(document.pageMm, document.title, document.paint);
}

Status ProtocolPdf::paint(const Document& document, QPagedPaintDevice& device)
{
    device.setPageLayout(layoutOf(document.pageMm));
    QPainter painter;
    if (!painter.begin(&device)) {
        return makeError(QCoreApplication::translate("planner::ProtocolPdf", "The printer could not be started."));
    }
    Pages pages(device);
    document.paint(painter, pages);
    painter.end();
    return {};
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
        writer.setPageLayout(layoutOf(pageMm));
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
