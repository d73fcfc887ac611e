// The printed forum agenda, read back by real readers: pdftotext, pdffonts,
// pdfinfo (poppler-utils).

#include "Fixtures.h"
#include "TestSupport.h"
#include "services/AgendaDocument.h"
#include "services/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace planner;
using namespace planner::test;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

int pageCount(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), { pdf });
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

QString simplified(const QString& text)
{
    return text.simplified();
}

Forum& theForum(TripBundle& b)
{
    REQUIRE(!b.forums.empty());
    return b.forums.front();
}

/// A forum of n sessions, with long titles that wrap and several speakers.
TripBundle bigAgenda(int n)
{
    TripBundle b = makeBundle();
    Forum& forum = theForum(b);
    const Uuid speaker = b.members.front().personId;
    const Uuid other = b.members.back().personId;
    forum.sessions.clear();
    PlannedTime t = at(QStringLiteral("2016-08-17T08:00"), QStringLiteral("Asia/Tashkent"));
    for (int i = 1; i <= n; ++i) {
        AgendaSession s;
        s.id = newUuid();
        s.forumId = forum.id;
        s.start = t;
        s.end = t.addMinutes(10);
        t = s.end;
        s.kind = i % 7 == 0 ? SessionKind::Break : SessionKind::Presentation;
        const QString number = QString::number(i).rightJustified(2, QLatin1Char('0'));
        s.title = QStringLiteral(
            "Item%1 begins: experience of public administration reform, electronic government services and "
            "records management, with lessons for cooperation between ministries and agencies "
            "Item%1 ends")
                      .arg(number);
        if (s.kind != SessionKind::Break) {
            s.speakers = { { speaker, SpeakerRole::Speaker }, { other, SpeakerRole::Panellist } };
            if (i % 3 == 0) {
                s.speakers.push_back({ speaker, SpeakerRole::Moderator });
            }
        }
        forum.sessions.push_back(s);
    }
    return b;
}

}  // namespace

TEST_CASE("The agenda PDF reads back with sessions in time order, local times, Hangul and the page footer")
{
    TripBundle b = makeBundle();
    // Stored out of order: the agenda sorts by instant.
    std::reverse(theForum(b).sessions.begin(), theForum(b).sessions.end());
    auto agenda = AgendaDocument::build(b, theForum(b).id);
    REQUIRE_OK(agenda);
    AgendaOptions options;
    options.printedOn = QDate(2016, 8, 10);
    auto pdf = agenda->toPdf(options);
    REQUIRE_OK(pdf);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("agenda.pdf"), *pdf);
    const QString text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    INFO(text.toStdString());

    CHECK(text.contains(QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance")));
    CHECK(text.contains(QStringLiteral("Wednesday, 17 August 2016")));
    CHECK(text.contains(QStringLiteral("Asia/Tashkent, UTC+05:00")));
    CHECK(text.contains(QStringLiteral("Academy of Public Administration")));
    CHECK(text.contains(QStringLiteral("Co-host")));
    CHECK(text.contains(QStringLiteral("Центральный государственный архив")));
    const qsizetype keynote = text.indexOf(QStringLiteral("09:30–10:00"));
    const qsizetype coffee = text.indexOf(QStringLiteral("10:00–10:20"));
    CHECK(keynote >= 0);
    CHECK(coffee > keynote);
    CHECK(text.indexOf(QStringLiteral("Public administration in Korea's development"))
        < text.indexOf(QStringLiteral("Coffee break")));
    CHECK(text.contains(QStringLiteral("홍윤식")));
    CHECK(text.contains(QStringLiteral("HONG Yun-sik")));
    CHECK(text.contains(QStringLiteral("Minister of the Interior")));
    CHECK(text.contains(QStringLiteral("Moderator")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    CHECK(text.contains(QStringLiteral("Printed on 10 August 2016")));
}

TEST_CASE("Every font of the agenda PDF is embedded, Hangul in Noto Sans CJK")
{
    TripBundle b = makeBundle();
    auto agenda = AgendaDocument::build(b, theForum(b).id);
    REQUIRE_OK(agenda);
    auto pdf = agenda->toPdf();
    REQUIRE_OK(pdf);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("agenda.pdf"), *pdf);
    const QString fonts = run(QStringLiteral("pdffonts"), { path });
    INFO(fonts.toStdString());
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    int checked = 0;
    for (const QString& line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes"));  // emb
        CHECK(cols.at(cols.size() - 3) == QStringLiteral("yes"));  // uni: text can be copied
        ++checked;
    }
    CHECK(checked >= 2);
    CHECK(fonts.contains(QStringLiteral("NotoSansCJK")));
    CHECK(fonts.contains(QStringLiteral("DejaVuSans")));
}

TEST_CASE("A 60-session agenda spans pages without splitting a row")
{
    TripBundle b = bigAgenda(60);
    auto agenda = AgendaDocument::build(b, theForum(b).id);
    REQUIRE_OK(agenda);
    auto pdf = agenda->toPdf();
    REQUIRE_OK(pdf);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("long.pdf"), *pdf);
    const int pages = pageCount(path);
    REQUIRE(pages >= 3);

    std::vector<QString> pageText;
    for (int p = 1; p <= pages; ++p) {
        const QString n = QString::number(p);
        pageText.push_back(simplified(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-f"), n, QStringLiteral("-l"), n, path, QStringLiteral("-") })));
        CHECK(pageText.back().contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
        if (p > 1) {
            // The running header repeats the forum on every following page.
            CHECK(pageText.back().contains(QStringLiteral("Korea-Uzbekistan Cooperation Forum")));
        }
    }
    const auto& sessions = theForum(b).sessions;
    int lastPage = 0;
    for (const auto& s : sessions) {
        INFO(s.title.toStdString());
        int found = 0;
        int foundOn = 0;
        for (int p = 0; p < pages; ++p) {
            const QString& t = pageText[static_cast<std::size_t>(p)];
            const bool whole = t.contains(s.title);
            // Neither half of a row may sit on a page without the other.
            const bool start = t.contains(s.title.left(12));
            const bool end = t.contains(s.title.right(11));
            CHECK(start == end);
            if (whole) {
                ++found;
                foundOn = p;
                if (!s.speakers.empty()) {
                    // The speakers stay with their session.
                    const QString after = t.mid(t.indexOf(s.title));
                    CHECK(after.contains(QStringLiteral("Panellist")));
                }
            }
        }
        CHECK(found == 1);
        CHECK(foundOn >= lastPage);  // in time order
        lastPage = foundOn;
    }
}

TEST_CASE("Letter size is honoured and a multi-day forum gets day headings")
{
    TripBundle b = makeBundle();
    Forum& forum = theForum(b);
    forum.end = at(QStringLiteral("2016-08-18T12:00"), QStringLiteral("Asia/Tashkent"));
    AgendaSession second = forum.sessions.front();
    second.id = newUuid();
    second.start = at(QStringLiteral("2016-08-18T09:00"), QStringLiteral("Asia/Tashkent"));
    second.end = at(QStringLiteral("2016-08-18T09:45"), QStringLiteral("Asia/Tashkent"));
    second.title = QStringLiteral("Second day opening");
    forum.sessions.push_back(second);
    auto agenda = AgendaDocument::build(b, forum.id);
    REQUIRE_OK(agenda);
    AgendaOptions options;
    options.pageSize = QPageSize::Letter;
    auto pdf = agenda->toPdf(options);
    REQUIRE_OK(pdf);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("letter.pdf"), *pdf);
    CHECK(run(QStringLiteral("pdfinfo"), { path }).contains(QStringLiteral("612 x 792 pts (letter)")));
    const QString text
        = simplified(run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") }));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Thursday, 18 August 2016")));
    CHECK(
        text.indexOf(QStringLiteral("Thursday, 18 August 2016 ")) < text.indexOf(QStringLiteral("Second day opening")));
}

TEST_CASE("Database text is printed as text in HTML and PDF")
{
    TripBundle b = makeBundle();
    Forum& forum = theForum(b);
    forum.title = QStringLiteral("<b>x</b> & <script>alert(1)</script>");
    forum.sessions.front().title = QStringLiteral("<i>not italic</i>");
    auto agenda = AgendaDocument::build(b, forum.id);
    REQUIRE_OK(agenda);
    const QString html = QString::fromUtf8(agenda->toHtml());
    CHECK(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>x</b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;i&gt;not italic&lt;/i&gt;")));
    CHECK(html.contains(QStringLiteral("홍윤식")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));

    auto pdf = agenda->toPdf();
    REQUIRE_OK(pdf);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("escaped.pdf"), *pdf);
    const QString text = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    CHECK(text.contains(QStringLiteral("<b>x</b> & <script>alert(1)</script>")));
    CHECK(text.contains(QStringLiteral("<i>not italic</i>")));
}

TEST_CASE("An unknown forum is refused with a message")
{
    auto agenda = AgendaDocument::build(makeBundle(), newUuid());
    REQUIRE_FALSE(agenda.ok());
    CHECK(agenda.error().text().contains(QStringLiteral("no forum")));
}

TEST_CASE("Writing replaces a file whole or leaves the old one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agenda.html"));
    REQUIRE_OK(AtomicFile::write(path, QByteArrayLiteral("old")));
    const Status failed = AtomicFile::write(path, [](QIODevice& device) -> Status {
        device.write("half a fi");
        return makeError(QStringLiteral("disk full"));
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().text().contains(QStringLiteral("disk full")));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArrayLiteral("old"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList { QStringLiteral("agenda.html") });

    const Status noFolder
        = AtomicFile::write(dir.filePath(QStringLiteral("missing/agenda.html")), QByteArrayLiteral("x"));
    CHECK_FALSE(noFolder.ok());

    TripBundle b = makeBundle();
    auto agenda = AgendaDocument::build(b, theForum(b).id);
    REQUIRE_OK(agenda);
    REQUIRE_OK(agenda->writePdf(dir.filePath(QStringLiteral("agenda.pdf"))));
    QFile pdf(dir.filePath(QStringLiteral("agenda.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArrayLiteral("%PDF-"));
}
