#include "services/BadgeSheets.h"

#include "services/FittedText.h"
#include "services/ProtocolPdf.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace planner {

namespace {

struct BadgeSheetsText {
    Q_DECLARE_TR_FUNCTIONS(planner::BadgeSheets)
};

constexpr qreal kGutter = 6.0;
constexpr qreal kPageMargin = 6.0;
constexpr qreal kCropGap = 0.75;  ///< between a badge and its crop marks

const QColor kDelegationColour(0x1f, 0x3a, 0x68);
const QColor kHostColour(0x2e, 0x5e, 0x3a);

QSizeF sheetSize(BadgeSheet sheet)
{
    return sheet == BadgeSheet::Letter ? QSizeF(215.9, 279.4) : QSizeF(210.0, 297.0);
}

SheetLayout grid(const QSizeF& page, const QSizeF& badge)
{
    SheetLayout layout { page, {}, true };
    const int columns = static_cast<int>((page.width() - 2 * kPageMargin + kGutter) / (badge.width() + kGutter));
    const int rows = static_cast<int>((page.height() - 2 * kPageMargin + kGutter) / (badge.height() + kGutter));
    const qreal usedW = columns * badge.width() + (columns - 1) * kGutter;
    const qreal usedH = rows * badge.height() + (rows - 1) * kGutter;
    const QPointF origin((page.width() - usedW) / 2, (page.height() - usedH) / 2);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            layout.places.emplace_back(
                origin + QPointF(c * (badge.width() + kGutter), r * (badge.height() + kGutter)), badge);
        }
    }
    return layout;
}

void drawCropMarks(QPainter& p, const QRectF& box, qreal mm)
{
    QPen pen(Qt::black);
    pen.setWidthF(0.15 * mm);
    p.setPen(pen);
    const qreal gap = kCropGap * mm;
    const qreal reach = BadgeSheets::kCropMarkReach * mm;
    for (const qreal x : { box.left(), box.right() }) {
        p.drawLine(QPointF(x, box.top() - gap), QPointF(x, box.top() - reach));
        p.drawLine(QPointF(x, box.bottom() + gap), QPointF(x, box.bottom() + reach));
    }
    for (const qreal y : { box.top(), box.bottom() }) {
        p.drawLine(QPointF(box.left() - gap, y), QPointF(box.left() - reach, y));
        p.drawLine(QPointF(box.right() + gap, y), QPointF(box.right() + reach, y));
    }
}

QRectF toDevice(const QRectF& mmRect, qreal mm)
{
    return { mmRect.x() * mm, mmRect.y() * mm, mmRect.width() * mm, mmRect.height() * mm };
}

}  // namespace

std::optional<BadgeStock> BadgeSheets::stockFromToken(const QString& token)
{
    const QString t = token.toLower();
    if (t == QLatin1String("id1")) {
        return BadgeStock::Id1;
    }
    if (t == QLatin1String("90x54")) {
        return BadgeStock::Card90x54;
    }
    if (t == QLatin1String("4x3in")) {
        return BadgeStock::Card4x3in;
    }
    if (t == QLatin1String("a6")) {
        return BadgeStock::A6;
    }
    return std::nullopt;
}

std::optional<BadgeSheet> BadgeSheets::sheetFromToken(const QString& token)
{
    const QString t = token.toLower();
    if (t == QLatin1String("a4")) {
        return BadgeSheet::A4;
    }
    if (t == QLatin1String("letter")) {
        return BadgeSheet::Letter;
    }
    if (t == QLatin1String("single")) {
        return BadgeSheet::Single;
    }
    return std::nullopt;
}

QSizeF BadgeSheets::stockSize(BadgeStock stock)
{
    switch (stock) {
    case BadgeStock::Id1: return { 85.6, 54.0 };
    case BadgeStock::Card90x54: return { 90.0, 54.0 };
    case BadgeStock::Card4x3in: return { 101.6, 76.2 };
    case BadgeStock::A6: return { 105.0, 148.0 };
    }
    return { 90.0, 54.0 };
}

SheetLayout BadgeSheets::layout(const BadgeOptions& options)
{
    const QSizeF badge = stockSize(options.stock);
    if (options.sheet == BadgeSheet::Single) {
        return { badge, { QRectF(QPointF(0, 0), badge) }, false };
    }
    const QSizeF page = sheetSize(options.sheet);
    const SheetLayout upright = grid(page, badge);
    const SheetLayout turned = grid(page.transposed(), badge);
    return turned.places.size() > upright.places.size() ? turned : upright;
}

void BadgeSheets::paintBadge(QPainter& p, const QRectF& box, const ProtocolPerson& person)
{
    const qreal mm = FittedText::unitsPerMm(*p.device());
    const QRectF inner = box.adjusted(kInnerMargin * mm, kInnerMargin * mm, -kInnerMargin * mm, -kInnerMargin * mm);
    const QColor colour = person.hostSide ? kHostColour : kDelegationColour;
    const qreal scale = std::min(box.width() / (90.0 * mm), box.height() / (54.0 * mm));
    const qreal band = std::min(inner.height() * 0.16, 9.0 * mm * scale);
    const QRectF top(inner.left(), inner.top(), inner.width(), band);
    const QRectF bottom(inner.left(), inner.bottom() - band, inner.width(), band);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRect(top);
    p.drawRect(bottom);
    const qreal pad = 1.2 * mm;
    FittedText::draw(p, top.adjusted(pad, 0, -pad, 0), { { person.country().toUpper(), 9 * scale, true, Qt::white } });
    FittedText::draw(p, bottom.adjusted(pad, 0, -pad, 0), { { person.roleText(), 9 * scale, true, Qt::white } });
    const QRectF middle(inner.left(), top.bottom() + pad, inner.width(), bottom.top() - top.bottom() - 2 * pad);
    FittedText::draw(p, middle,
        { { person.latinName(), 15 * scale, true, Qt::black }, { person.localName(), 15 * scale, false, Qt::black },
            { person.person.position, 7.5 * scale, false, QColor(0x33, 0x33, 0x33) },
            { person.organisation.name, 7.5 * scale, false, QColor(0x33, 0x33, 0x33) } });
    p.restore();
}

Result<QByteArray> BadgeSheets::toPdf(const std::vector<ProtocolPerson>& people, const BadgeOptions& options)
{
    const auto document = pages(people, options);
    return document.ok() ? ProtocolPdf::write(*document) : Result<QByteArray>(document.error());
}

Result<ProtocolPdf::Document> BadgeSheets::pages(const std::vector<ProtocolPerson>& people, const BadgeOptions& options)
{
    if (people.empty()) {
        return makeError(BadgeSheetsText::tr("There is nobody to print a badge for."));
    }
    const SheetLayout sheet = layout(options);
    if (sheet.places.empty()) {
        return makeError(
            BadgeSheetsText::tr("This badge does not fit on the sheet; choose a smaller badge or one per page."));
    }
    const QString title = options.title.isEmpty() ? BadgeSheetsText::tr("Name badges") : options.title;
    return ProtocolPdf::Document { sheet.page, title, [people, sheet](QPainter& p, ProtocolPdf::Pages& pages) {
                                      const qreal mm = FittedText::unitsPerMm(*p.device());
                                      for (std::size_t i = 0; i < people.size(); ++i) {
                                          const std::size_t slot = i % sheet.places.size();
                                          if (slot == 0 && i > 0) {
                                              pages.newPage();
                                          }
                                          const QRectF box = toDevice(sheet.places[slot], mm);
                                          if (sheet.cropMarks) {
                                              drawCropMarks(p, box, mm);
                                          }
                                          paintBadge(p, box, people[i]);
                                      }
                                  } };
}

}  // namespace planner
