#include "services/PlaceCards.h"

#include "services/FittedText.h"
#include "services/ProtocolPdf.h"

#include <QCoreApplication>
#include <QPainter>

namespace planner {

namespace {

struct PlaceCardsText {
    Q_DECLARE_TR_FUNCTIONS(planner::PlaceCards)
};

const QColor kQuiet(0x44, 0x44, 0x44);

/// One face: the name and, optionally, the organisation and country.
void paintFace(QPainter& p, const QRectF& area, const QString& name, const QString& detail)
{
    const qreal scale = area.height() / (FittedText::unitsPerMm(*p.device()) * 89.0);
    std::vector<FittedLine> lines { { name, 72 * scale, true, Qt::black } };
    if (!detail.isEmpty()) {
        lines.push_back({ detail, 18 * scale, false, kQuiet });
    }
    FittedText::draw(p, area, lines);
}

void drawFoldMarks(QPainter& p, const QRectF& page, qreal mm)
{
    QPen pen(QColor(0x99, 0x99, 0x99));
    pen.setWidthF(0.2 * mm);
    p.setPen(pen);
    const qreal y = page.center().y();
    p.drawLine(QPointF(page.left(), y), QPointF(page.left() + 4 * mm, y));
    p.drawLine(QPointF(page.right() - 4 * mm, y), QPointF(page.right(), y));
}

}  // namespace

std::optional<PlaceCardPaper> PlaceCards::paperFromToken(const QString& token)
{
    const QString t = token.toLower();
    if (t == QLatin1String("a4")) {
        return PlaceCardPaper::A4;
    }
    if (t == QLatin1String("a5")) {
        return PlaceCardPaper::A5;
    }
    return std::nullopt;
}

QSizeF PlaceCards::pageSize(PlaceCardPaper paper)
{
    return paper == PlaceCardPaper::A5 ? QSizeF(210.0, 148.0) : QSizeF(297.0, 210.0);
}

void PlaceCards::paintCard(QPainter& p, const QRectF& page, const ProtocolPerson& person, bool showOrganisation)
{
    const qreal mm = FittedText::unitsPerMm(*p.device());
    const qreal margin = kMargin * mm;
    const qreal half = page.height() / 2;
    const QString latin = person.latinName();
    const QString local = person.localName().isEmpty() ? latin : person.localName();
    QString detail;
    if (showOrganisation) {
        const QString country = person.country();
        detail = person.organisation.name;
        if (!country.isEmpty()) {
            detail = detail.isEmpty() ? country : detail + QStringLiteral(" · ") + country;
        }
    }
    p.save();
    drawFoldMarks(p, page, mm);
    // Front face (bottom half): Latin letters.
    paintFace(p, QRectF(page.left() + margin, page.top() + half + margin, page.width() - 2 * margin, half - 2 * margin),
        latin, detail);
    // Back face (top half), turned upside down: the local script.
    p.translate(page.center());
    p.rotate(180);
    p.translate(-page.center());
    paintFace(p, QRectF(page.left() + margin, page.top() + half + margin, page.width() - 2 * margin, half - 2 * margin),
        local, detail);
    p.restore();
}

Result<QByteArray> PlaceCards::toPdf(const std::vector<ProtocolPerson>& people, const PlaceCardOptions& options)
{
    const auto document = pages(people, options);
    return document.ok() ? ProtocolPdf::write(*document) : Result<QByteArray>(document.error());
}

Result<ProtocolPdf::Document> PlaceCards::pages(
    const std::vector<ProtocolPerson>& people, const PlaceCardOptions& options)
{
    if (people.empty()) {
        return makeError(PlaceCardsText::tr("There is nobody to print a place card for."));
    }
    const QSizeF size = pageSize(options.paper);
    const QString title = options.title.isEmpty() ? PlaceCardsText::tr("Place cards") : options.title;
    const bool showOrganisation = options.showOrganisation;
    return ProtocolPdf::Document { size, title,
        [people, size, showOrganisation](QPainter& p, ProtocolPdf::Pages& pages) {
            const qreal mm = FittedText::unitsPerMm(*p.device());
            const QRectF page(0, 0, size.width() * mm, size.height() * mm);
            for (std::size_t i = 0; i < people.size(); ++i) {
                if (i > 0) {
                    pages.newPage();
                }
                paintCard(p, page, people[i], showOrganisation);
            }
        } };
}

}  // namespace planner
