// Badges, place cards and seating plans as printed: the command line on the
// sample trip, page geometry from pdfinfo, both scripts back from pdftotext,
// and the pages rendered with pdftoppm to see that no ink falls outside a
// badge or onto the margins of a card.

#include "TestSupport.h"
#include "services/BadgeSheets.h"
#include "domain/Countries.h"
#include "services/PlaceCards.h"
#include "services/TripTransfer.h"

#include <QFile>
#include <QTemporaryDir>

using namespace planner;
using planner::test::applicationBinary;
using planner::test::pdfPageInfo;
using planner::test::renderPdf;
using planner::test::runProgram;

namespace {

constexpr qreal kPointsPerMm = 72.0 / 25.4;

struct SampleDatabase {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    SampleDatabase()
    {
        REQUIRE(dir.isValid());
        REQUIRE_OK(TripTransfer::createDatabase(path, true));
    }
    [[nodiscard]] QString file(const QString& name) const { return dir.filePath(name); }

    int run(const QStringList& words, const QStringList& options) const
    {
        return runProgram(applicationBinary(), words + QStringList { QStringLiteral("--db"), path } + options).exitCode;
    }
};

QString pdfText(const QString& path)
{
    const auto r = runProgram(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(r.exitCode == 0);
    return r.out;
}

bool inked(const QImage& image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 200;
}

QRectF scaled(const QRectF& mm, qreal pxPerMm)
{
    return { mm.x() * pxPerMm, mm.y() * pxPerMm, mm.width() * pxPerMm, mm.height() * pxPerMm };
}

/// Inked pixels that are neither inside a badge's text area nor in the
/// gutter next to a badge where its crop marks go; and the badges without ink.
struct InkCheck {
    int stray = 0;
    int emptyBadges = 0;
};

InkCheck checkBadgeInk(const QImage& page, const SheetLayout& layout, int dpi, std::size_t badgesOnPage)
{
    const qreal px = dpi / 25.4;
    InkCheck check;
    std::vector<int> inkPerBadge(badgesOnPage, 0);
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (!inked(page, x, y)) {
                continue;
            }
            const QPointF at(x + 0.5, y + 0.5);
            bool allowed = false;
            for (std::size_t i = 0; i < layout.places.size(); ++i) {
                const QRectF box = scaled(layout.places[i], px);
                const qreal inner = (BadgeSheets::kInnerMargin - 0.6) * px;
                if (i < badgesOnPage && box.adjusted(inner, inner, -inner, -inner).contains(at)) {
                    allowed = true;
                    ++inkPerBadge[i];
                    break;
                }
                const qreal reach = (BadgeSheets::kCropMarkReach + 0.6) * px;
                const bool nearBox = box.adjusted(-reach, -reach, reach, reach).contains(at);
                const bool onBox = box.adjusted(-0.3 * px, -0.3 * px, 0.3 * px, 0.3 * px).contains(at);
                if (layout.cropMarks && i < badgesOnPage && nearBox && !onBox) {
                    allowed = true;
                    break;
                }
            }
            check.stray += allowed ? 0 : 1;
        }
    }
    for (const int ink : inkPerBadge) {
        check.emptyBadges += ink == 0 ? 1 : 0;
    }
    return check;
}

}  // namespace

TEST_CASE("Badge stock and sheets: sizes, and as many badges as fit with gutters for the crop marks", "[protocol]")
{
    CHECK(BadgeSheets::stockSize(BadgeStock::Id1) == QSizeF(85.6, 54.0));
    CHECK(BadgeSheets::stockSize(BadgeStock::Card4x3in) == QSizeF(101.6, 76.2));
    // 90 x 54 mm: nine on a turned A4 sheet (three by three), eight upright.
    const SheetLayout a4 = BadgeSheets::layout({ BadgeStock::Card90x54, BadgeSheet::A4, {} });
    CHECK(a4.page == QSizeF(297.0, 210.0));
    CHECK(a4.places.size() == 9);
    CHECK(a4.cropMarks);
    // A6 fits twice on a turned A4 sheet, once upright.
    const SheetLayout a6 = BadgeSheets::layout({ BadgeStock::A6, BadgeSheet::A4, {} });
    CHECK(a6.page == QSizeF(297.0, 210.0));
    CHECK(a6.places.size() == 2);
    const SheetLayout letter = BadgeSheets::layout({ BadgeStock::Card4x3in, BadgeSheet::Letter, {} });
    CHECK(letter.places.size() >= 4);
    for (const SheetLayout& l : { a4, a6, letter }) {
        const QRectF page(QPointF(0, 0), l.page);
        for (std::size_t i = 0; i < l.places.size(); ++i) {
            CHECK(page.contains(l.places[i]));
            for (std::size_t j = i + 1; j < l.places.size(); ++j) {
                CHECK_FALSE(l.places[i].adjusted(-2, -2, 2, 2).intersects(l.places[j]));
            }
        }
    }
    const SheetLayout single = BadgeSheets::layout({ BadgeStock::Id1, BadgeSheet::Single, {} });
    CHECK(single.page == QSizeF(85.6, 54.0));
    CHECK_FALSE(single.cropMarks);
}

TEST_CASE("export badges: the 20 members on A4 sheets of 90 x 54 mm, both scripts, no ink outside the badges",
    "[protocol][cli]")
{
    SampleDatabase s;
    const QString pdf = s.file(QStringLiteral("badges.pdf"));
    REQUIRE(
        s.run({ QStringLiteral("export"), QStringLiteral("badges") },
            { QStringLiteral("--trip"), QStringLiteral("Central Asia"), QStringLiteral("--stock"),
                QStringLiteral("90x54"), QStringLiteral("--sheet"), QStringLiteral("a4"), QStringLiteral("-o"), pdf })
        == 0);
    const auto info = pdfPageInfo(pdf);
    CHECK(info.pages == 3);
    CHECK(info.pageSize.width() == Approx(297 * kPointsPerMm).margin(1));
    CHECK(info.pageSize.height() == Approx(210 * kPointsPerMm).margin(1));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("H.E. HONG Yun-sik")));
    CHECK(text.contains(QStringLiteral("홍윤식")));
    CHECK(text.contains(QStringLiteral("Head of delegation")));
    CHECK(text.contains(QStringLiteral("Interpreter")));
    CHECK(text.contains(QStringLiteral("Minister of the Interior")));
    CHECK(text.contains(QStringLiteral("MOON Ji-ho")));
    // The country as protocol writes it, from iso-codes; not Qt's "SOUTH KOREA".
    CHECK(text.contains(QStringLiteral("REPUBLIC OF KOREA")));
    CHECK_FALSE(text.contains(QStringLiteral("SOUTH KOREA")));

    const int dpi = 60;
    const auto pages = renderPdf(pdf, dpi);
    REQUIRE(pages.size() == 3);
    const SheetLayout layout = BadgeSheets::layout({ BadgeStock::Card90x54, BadgeSheet::A4, {} });
    const InkCheck first = checkBadgeInk(pages[0], layout, dpi, 9);
    CHECK(first.stray == 0);
    CHECK(first.emptyBadges == 0);
    // The last sheet holds two badges: the other seven places stay blank.
    const InkCheck last = checkBadgeInk(pages[2], layout, dpi, 2);
    CHECK(last.stray == 0);
    CHECK(last.emptyBadges == 0);
}

TEST_CASE("export badges: one ID-1 badge per page for a meeting's people, host side included", "[protocol][cli]")
{
    SampleDatabase s;
    const QString pdf = s.file(QStringLiteral("single.pdf"));
    REQUIRE(s.run({ QStringLiteral("export"), QStringLiteral("badges") },
                { QStringLiteral("--trip"), QStringLiteral("Central Asia"), QStringLiteral("--meeting"),
                    QStringLiteral("Azimov"), QStringLiteral("--stock"), QStringLiteral("id1"),
                    QStringLiteral("--sheet"), QStringLiteral("single"), QStringLiteral("-o"), pdf })
        == 0);
    const auto info = pdfPageInfo(pdf);
    CHECK(info.pages == 4);
    CHECK(info.pageSize.width() == Approx(85.6 * kPointsPerMm).margin(1));
    CHECK(info.pageSize.height() == Approx(54 * kPointsPerMm).margin(1));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("AZIMOV Rustam")));
    CHECK(text.contains(QStringLiteral("Азимов Рустам")));
    CHECK(text.contains(QStringLiteral("Host side")));
    CHECK(text.contains(QStringLiteral("REPUBLIC OF UZBEKISTAN")));
    const int dpi = 150;
    const auto pages = renderPdf(pdf, dpi);
    REQUIRE(pages.size() == 4);
    const SheetLayout layout = BadgeSheets::layout({ BadgeStock::Id1, BadgeSheet::Single, {} });
    for (const QImage& page : pages) {
        const InkCheck check = checkBadgeInk(page, layout, dpi, 1);
        CHECK(check.stray == 0);
        CHECK(check.emptyBadges == 0);
    }
}

TEST_CASE("export badges: wrong stock, sheet or scope are refused and write nothing", "[protocol][cli]")
{
    SampleDatabase s;
    const QString pdf = s.file(QStringLiteral("x.pdf"));
    const QStringList words { QStringLiteral("export"), QStringLiteral("badges") };
    const QStringList trip { QStringLiteral("--trip"), QStringLiteral("Central Asia"), QStringLiteral("-o"), pdf };
    CHECK(s.run(words, trip + QStringList { QStringLiteral("--stock"), QStringLiteral("a7") }) == 2);
    CHECK(s.run(words, trip + QStringList { QStringLiteral("--sheet"), QStringLiteral("a3") }) == 2);
    CHECK(s.run(words,
              trip
                  + QStringList { QStringLiteral("--forum"), QStringLiteral("Tashkent"), QStringLiteral("--meeting"),
                      QStringLiteral("Azimov") })
        == 2);
    CHECK(s.run(words, trip + QStringList { QStringLiteral("--meeting"), QStringLiteral("no such meeting") }) == 1);
    CHECK(s.run(words, trip + QStringList { QStringLiteral("--person"), QStringLiteral("Nobody Such") }) == 1);
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("export badges --person: only the people named, in order of precedence", "[protocol][cli]")
{
    SampleDatabase s;
    const QString pdf = s.file(QStringLiteral("two.pdf"));
    REQUIRE(s.run({ QStringLiteral("export"), QStringLiteral("badges") },
                { QStringLiteral("--trip"), QStringLiteral("Central Asia"), QStringLiteral("--person"),
                    QStringLiteral("Moon"), QStringLiteral("--person"), QStringLiteral("Hong"), QStringLiteral("--sheet"),
                    QStringLiteral("single"), QStringLiteral("-o"), pdf })
        == 0);
    CHECK(pdfPageInfo(pdf).pages == 2);
    const QString text = pdfText(pdf);
    CHECK(text.indexOf(QStringLiteral("HONG Yun-sik")) >= 0);
    CHECK(text.indexOf(QStringLiteral("HONG Yun-sik")) < text.indexOf(QStringLiteral("MOON Ji-ho")));
}

TEST_CASE("A long name shrinks to fit its badge on one line, it is neither clipped nor wrapped", "[protocol]")
{
    ProtocolPerson p;
    p.person.familyName = QStringLiteral("Wolfeschlegelsteinhausenbergerdorff");
    p.person.givenName = QStringLiteral("Hubert Blaine Maximilian");
    p.person.honorific = QStringLiteral("Prof. Dr");
    p.person.localName = QStringLiteral("울페실레겔슈타인하우젠베르거도르프 후베르트");
    p.person.position = QStringLiteral("Special Adviser");
    p.role = MemberRole::Adviser;
    const auto pdf = BadgeSheets::toPdf({ p }, { BadgeStock::Id1, BadgeSheet::Single, {} });
    REQUIRE_OK(pdf);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Prof. Dr WOLFESCHLEGELSTEINHAUSENBERGERDORFF Hubert Blaine Maximilian")));
    CHECK(text.contains(QStringLiteral("울페실레겔슈타인하우젠베르거도르프 후베르트")));
    const int dpi = 200;
    const auto pages = renderPdf(path, dpi);
    REQUIRE(pages.size() == 1);
    const InkCheck check
        = checkBadgeInk(pages[0], BadgeSheets::layout({ BadgeStock::Id1, BadgeSheet::Single, {} }), dpi, 1);
    CHECK(check.stray == 0);
}

TEST_CASE("export placecards: the Tashkent forum's head table on folded A4, Latin one face, Hangul the other",
    "[protocol][cli]")
{
    SampleDatabase s;
    const QString pdf = s.file(QStringLiteral("cards.pdf"));
    REQUIRE(s.run({ QStringLiteral("export"), QStringLiteral("placecards") },
                { QStringLiteral("--trip"), QStringLiteral("Central Asia"), QStringLiteral("--forum"),
                    QStringLiteral("Uzbekistan"), QStringLiteral("-o"), pdf })
        == 0);
    const auto info = pdfPageInfo(pdf);
    // The speakers of the opening, keynote, signing and closing: Hong, Kim, Jeong, Yoo.
    CHECK(info.pages == 4);
    CHECK(info.pageSize.width() == Approx(297 * kPointsPerMm).margin(1));
    CHECK(info.pageSize.height() == Approx(210 * kPointsPerMm).margin(1));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("H.E. HONG Yun-sik")));
    CHECK(text.contains(QStringLiteral("홍윤식")));
    CHECK(text.contains(QStringLiteral("유진호")));
    CHECK(text.indexOf(QStringLiteral("HONG Yun-sik")) < text.indexOf(QStringLiteral("KIM Ji-hoon")));

    const int dpi = 40;
    const auto pages = renderPdf(pdf, dpi);
    REQUIRE(pages.size() == 4);
    const QImage& page = pages[0];
    const qreal px = dpi / 25.4;
    const int margin = static_cast<int>((PlaceCards::kMargin - 1) * px);
    const int foldBand = static_cast<int>((PlaceCards::kMargin - 1) * px);
    const int fold = page.height() / 2;
    int stray = 0;
    int top = 0;
    int bottom = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (!inked(page, x, y)) {
                continue;
            }
            const bool nearEdge = x < margin || x >= page.width() - margin || y < margin || y >= page.height() - margin;
            const bool nearFold = std::abs(y - fold) < foldBand;
            const bool foldMark = std::abs(y - fold) <= 1 && (x < 5 * px || x >= page.width() - 5 * px);
            stray += (nearEdge || nearFold) && !foldMark ? 1 : 0;
            (y < fold ? top : bottom) += 1;
        }
    }
    CHECK(stray == 0);
    CHECK(top > 100);
    CHECK(bottom > 100);
}

TEST_CASE(
    "export seating: Minister Hong's meeting with First Deputy Prime Minister Azimov as PDF and PNG", "[protocol][cli]")
{
    SampleDatabase s;
    const QString pdf = s.file(QStringLiteral("seating.pdf"));
    REQUIRE(s.run({ QStringLiteral("export"), QStringLiteral("seating") },
                { QStringLiteral("--meeting"), QStringLiteral("Azimov"), QStringLiteral("-o"), pdf })
        == 0);
    const auto info = pdfPageInfo(pdf);
    CHECK(info.pages == 1);
    CHECK(info.pageSize.width() == Approx(297 * kPointsPerMm).margin(1));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Meeting with First Deputy Prime Minister Azimov")));
    CHECK(text.contains(QStringLiteral("AZIMOV Rustam")));
    CHECK(text.contains(QStringLiteral("Азимов Рустам")));
    CHECK(text.contains(QStringLiteral("홍윤식")));
    CHECK(text.contains(QStringLiteral("Bilateral table")));

    const QString png = s.file(QStringLiteral("seating.png"));
    REQUIRE(s.run({ QStringLiteral("export"), QStringLiteral("seating") },
                { QStringLiteral("--meeting"), QStringLiteral("Azimov"), QStringLiteral("--layout"),
                    QStringLiteral("theatre"), QStringLiteral("-o"), png })
        == 0);
    const QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.width() > image.height());

    CHECK(s.run({ QStringLiteral("export"), QStringLiteral("seating") },
              { QStringLiteral("--meeting"), QStringLiteral("Azimov"), QStringLiteral("--layout"),
                  QStringLiteral("round"), QStringLiteral("-o"), pdf })
        == 2);
    CHECK(s.run({ QStringLiteral("export"), QStringLiteral("seating") },
              { QStringLiteral("-o"), s.file(QStringLiteral("none.pdf")) })
        == 2);
    CHECK_FALSE(QFile::exists(s.file(QStringLiteral("none.pdf"))));
}

TEST_CASE("Countries: codes of ISO 3166-1 from iso-codes, and the names protocol documents print", "[protocol]")
{
    const Countries& countries = Countries::system();
    REQUIRE_FALSE(countries.isEmpty());
    CHECK(countries.all().size() >= 249);
    REQUIRE(countries.find(QStringLiteral("kr")));
    CHECK(countries.find(QStringLiteral("KR"))->alpha3 == QStringLiteral("KOR"));
    CHECK(countries.find(QStringLiteral("UZB"))->alpha2 == QStringLiteral("UZ"));
    CHECK_FALSE(countries.find(QStringLiteral("Korea")));
    CHECK_FALSE(countries.find(QStringLiteral("XX")));
    // The official name where ISO gives one, the inverted short name undone.
    CHECK(countries.protocolName(QStringLiteral("KR")) == QStringLiteral("Republic of Korea"));
    CHECK(countries.protocolName(QStringLiteral("UZ")) == QStringLiteral("Republic of Uzbekistan"));
    CHECK(countries.protocolName(QStringLiteral("AZE")) == QStringLiteral("Republic of Azerbaijan"));
    CHECK(countries.protocolName(QStringLiteral("KH")) == QStringLiteral("Kingdom of Cambodia"));
    CHECK(countries.protocolName(QStringLiteral("CD")) == QStringLiteral("The Democratic Republic of the Congo"));
    CHECK(countries.protocolName(QStringLiteral("SH")) == QStringLiteral("Saint Helena, Ascension and Tristan da Cunha"));
    CHECK(countries.protocolName(QStringLiteral("GE")) == QStringLiteral("Georgia"));
    CHECK(countries.protocolName(QStringLiteral(" XQ ")) == QStringLiteral("XQ"));
    // A missing file gives an empty list, and every lookup fails quietly.
    const Countries none(QStringLiteral("/nonexistent/iso_3166-1.json"));
    CHECK(none.isEmpty());
    CHECK(none.protocolName(QStringLiteral("KR")) == QStringLiteral("KR"));
}

TEST_CASE("Nationalities are the passport's alpha-3 codes, countries of organisations alpha-2, names in Korean too",
    "[protocol]")
{
    const Countries& c = Countries::system();
    CHECK(*c.nationalityCode(QStringLiteral("KOR")) == QStringLiteral("KOR"));
    CHECK(*c.nationalityCode(QStringLiteral(" kr ")) == QStringLiteral("KOR"));
    CHECK(*c.nationalityCode(QStringLiteral("D")) == QStringLiteral("D"));  // ICAO: Germany
    CHECK(*c.nationalityCode(QStringLiteral("UNO")) == QStringLiteral("UNO"));
    CHECK(c.nationalityCode(QString())->isEmpty());
    const auto korean = c.nationalityCode(QStringLiteral("Korean"));
    REQUIRE_FALSE(korean.ok());
    CHECK(korean.error().message.contains(QStringLiteral("'Korean' is not a nationality code")));
    CHECK(c.nationalityCode(QString(5000, QLatin1Char('x'))).error().message.size() < 300);  // quoted short

    CHECK(*c.countryCode(QStringLiteral("uz")) == QStringLiteral("UZ"));
    CHECK(*c.countryCode(QStringLiteral("UZB")) == QStringLiteral("UZ"));
    CHECK_FALSE(c.countryCode(QStringLiteral("K")).ok());
    CHECK_FALSE(c.countryCode(QStringLiteral("Korea")).ok());

    const Country kr = *c.find(QStringLiteral("KR"));
    CHECK(c.displayName(kr, QStringLiteral("en")) == QStringLiteral("South Korea"));
    CHECK(c.displayName(kr, QStringLiteral("ko")) == QStringLiteral("대한민국"));
    CHECK(c.displayName(*c.find(QStringLiteral("UZ")), QStringLiteral("ko")) == QStringLiteral("우즈베키스탄"));
    CHECK(c.displayName(kr, QStringLiteral("xx")) == QStringLiteral("South Korea"));
}
