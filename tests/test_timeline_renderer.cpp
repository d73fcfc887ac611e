// Painting the timeline into images and PDFs, read back by real readers.

#include "Fixtures.h"
#include "TestSupport.h"
#include "services/SampleTrip.h"
#include "services/TimelineRenderer.h"
#include "services/TripDocument.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace planner;

namespace {

/// Colours used in a region of an image, to see that something was painted.
int distinctColours(const QImage& image, const QRect& region)
{
    QSet<QRgb> colours;
    for (int y = region.top(); y <= region.bottom(); y += 2) {
        for (int x = region.left(); x <= region.right(); x += 2) {
            colours.insert(image.pixel(x, y));
        }
    }
    return static_cast<int>(colours.size());
}

QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QByteArray& pdf)
{
    return static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page>>") + pdf.count("/Type /Page "));
}

}  // namespace

TEST_CASE("The whole trip renders into an image with a title, lanes and a legend")
{
    TripBundle bundle = test::makeBundle();
    bundle.meetings[0].title = QStringLiteral("아산 의장 면담");  // Hangul must get glyphs
    const TimelineInput input = TimelineInput::fromBundle(bundle);
    TimelineExportOptions options;
    options.pixelsPerHour = 20.0;
    const QImage image = TimelineRenderer::renderImage(input, options);
    REQUIRE_FALSE(image.isNull());
    const TimelineLayoutResult layout = layoutTimeline(input, [] {
        TimelineOptions o;
        o.pixelsPerHour = 20.0;
        o.top = 50.0;
        return o;
    }());
    CHECK(image.width() >= static_cast<int>(layout.size.width()));
    CHECK(image.height() > static_cast<int>(layout.size.height()));
    // Something is painted in every lane.
    for (const TimelineLane& lane : layout.lanes) {
        CHECK(distinctColours(image, lane.rect.toRect().intersected(image.rect())) > 4);
    }
    const QByteArray dump = qgetenv("PLANNER_TIMELINE_DUMP");
    if (!dump.isEmpty()) {
        image.save(QString::fromLocal8Bit(dump) + QStringLiteral("/renderer-trip.png"));
    }
}

TEST_CASE("The now marker is drawn only when now is passed in and lies in the trip")
{
    const TimelineInput input = TimelineInput::fromBundle(test::makeBundle());
    TimelineExportOptions options;
    const QImage without = TimelineRenderer::renderImage(input, options);
    options.now = QDateTime(QDate(2016, 8, 17), QTime(6, 0), QTimeZone::utc());
    const QImage with = TimelineRenderer::renderImage(input, options);
    CHECK(without != with);
    options.now = QDateTime(QDate(2019, 1, 1), QTime(6, 0), QTimeZone::utc());
    CHECK(TimelineRenderer::renderImage(input, options) == without);
}

TEST_CASE("A PDF of the whole trip is one page with both cities' names as text")
{
    const TimelineInput input = TimelineInput::fromBundle(test::makeBundle());
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE_OK(TimelineRenderer::writePdf(input, buffer, TimelineExportOptions {}));
    const QByteArray pdf = buffer.data();
    CHECK(pdf.startsWith("%PDF"));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Tashkent")));
    CHECK(text.contains(QStringLiteral("Baku")));
    CHECK(text.contains(QStringLiteral("Asia/Seoul")));
    CHECK(pdfPages(pdf) == 1);
}

TEST_CASE("A PDF per day has one page for each day of the trip")
{
    const TimelineInput input = TimelineInput::fromBundle(test::makeBundle());
    const auto days = TimelineRenderer::tripDays(input);
    // Fixture: leaves Tashkent (UTC+5) 18 Aug, Baku (UTC+4) until 20 Aug 22:00; Tashkent from 15 Aug.
    REQUIRE(days.size() == 6);
    CHECK(days.front().first == QDateTime(QDate(2016, 8, 14), QTime(19, 0), QTimeZone::utc()));
    CHECK(days.back().second == QDateTime(QDate(2016, 8, 20), QTime(20, 0), QTimeZone::utc()));
    for (std::size_t i = 1; i < days.size(); ++i) {
        CHECK(days[i].first <= days[i - 1].second);  // no gap between pages
    }
    TimelineExportOptions options;
    options.pages = TimelineExportOptions::Pages::PerDay;
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE_OK(TimelineRenderer::writePdf(input, buffer, options));
    CHECK(pdfPages(buffer.data()) == static_cast<int>(days.size()));
}

TEST_CASE("Exporting to a file refuses unknown suffixes and leaves no partial file")
{
    const TimelineInput input = TimelineInput::fromBundle(test::makeBundle());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("t.png"));
    REQUIRE_OK(TimelineRenderer::exportToFile(input, png, TimelineExportOptions {}));
    QImage read(png);
    CHECK_FALSE(read.isNull());
    const Status bad = TimelineRenderer::exportToFile(input, dir.filePath(QStringLiteral("t.gif")), {});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral(".pdf")));
    const Status missing = TimelineRenderer::exportToFile(input, dir.filePath(QStringLiteral("no/such/t.pdf")), {});
    REQUIRE_FALSE(missing.ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("no/such/t.pdf"))));
}

TEST_CASE("The sample trip per day: each forum on the page of its own local day")
{
    auto sample = TripDocument::read(sampleTripDocument());
    REQUIRE_OK(sample);
    const TimelineInput input = TimelineInput::fromBundle(*sample);
    TimelineExportOptions options;
    options.pages = TimelineExportOptions::Pages::PerDay;
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE_OK(TimelineRenderer::writePdf(input, buffer, options));
    const QByteArray dump = qgetenv("PLANNER_TIMELINE_DUMP");
    if (!dump.isEmpty()) {
        QFile out(QString::fromLocal8Bit(dump) + QStringLiteral("/sample-per-day.pdf"));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(buffer.data());
    }
    // 15 Aug (leaves Seoul, Tashkent evening) ... 21 Aug (back in Seoul).
    const QStringList pages = pdfText(buffer.data()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() == 7);
    CHECK(pages[2].contains(QStringLiteral("Wednesday 17 August")));
    CHECK(pages[2].contains(QStringLiteral("Korea-Uzbekistan Cooperation Forum")));
    CHECK(pages[4].contains(QStringLiteral("Friday 19 August")));
    CHECK(pages[4].contains(QStringLiteral("Korea-Azerbaijan Cooperation Forum")));
    CHECK_FALSE(pages[4].contains(QStringLiteral("Korea-Uzbekistan")));
}
