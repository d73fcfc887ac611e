// The documents to hand on (agenda, rosters, trip programme, itineraries) as
// DOCX and ODT, read back by real readers: python-docx and odfpy, then opened
// by LibreOffice (one soffice run for every file) and the PDFs it makes read
// with pdftotext and pdfinfo.

#include "TestSupport.h"
#include "services/AgendaDocument.h"
#include "services/DocumentFiles.h"
#include "services/Roster.h"
#include "services/RosterWriter.h"
#include "services/TripDocuments.h"
#include "services/TripSchedule.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <cmath>

using namespace planner;
using namespace planner::test;

namespace {

struct Output {
    int exitCode = -1;
    QString out;
    QString err;
};

Output runProcess(const QString& program, const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(timeoutMs));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

/// Debian's python3-docx and python3-odf are for /usr/bin/python3.
QJsonObject runPython(const char* script, const QString& file)
{
    const Output o
        = runProcess(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromUtf8(script), file });
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    return QJsonDocument::fromJson(o.out.toUtf8()).object();
}

const char* const kReadDocx = R"(
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
tables = []
for t in d.tables:
    rows = []
    for r in t.rows:
        rows.append([c.text for c in r.cells])
    trs = t._tbl.findall(qn('w:tr'))
    tables.append({"rows": rows, "style": t.style.name if t.style is not None else "",
        "headerRows": sum(1 for tr in trs if tr.find(qn('w:trPr')) is not None and tr.find(qn('w:trPr')).find(qn('w:tblHeader')) is not None),
        "cantSplit": all(tr.find(qn('w:trPr')) is not None and tr.find(qn('w:trPr')).find(qn('w:cantSplit')) is not None for tr in trs)})
sec = d.sections[0]
footer = sec.footer._element.xml
fonts = d.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr')).find(qn('w:rFonts'))
print(json.dumps({
    "paragraphs": [p.text for p in d.paragraphs],
    "styles": sorted(set(p.style.name for p in d.paragraphs)),
    "tables": tables,
    "landscape": sec.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE,
    "widthMm": sec.page_width.mm, "heightMm": sec.page_height.mm,
    "fields": [f for f in ("PAGE", "NUMPAGES") if f in footer],
    "eastAsia": fonts.get(qn('w:eastAsia')), "ascii": fonts.get(qn('w:ascii')),
}, ensure_ascii=False))
)";

const char* const kReadOdt = R"(
import json, sys
from odf.opendocument import load
from odf import table, text, style
from odf import teletype
d = load(sys.argv[1])
tables = []
for t in d.getElementsByType(table.Table):
    header = t.getElementsByType(table.TableHeaderRows)
    rows = [[teletype.extractText(c) for c in r.getElementsByType(table.TableCell)] for r in t.getElementsByType(table.TableRow)]
    tables.append({"rows": rows, "headerRows": len(header)})
paras = [teletype.extractText(p) for p in d.getElementsByType(text.P) + d.getElementsByType(text.H)]
names = [s.getAttribute('name') for s in d.styles.getElementsByType(style.Style)]
layout = d.automaticstyles.parentNode.getElementsByType(style.PageLayoutProperties)
master = d.masterstyles
print(json.dumps({
    "tables": tables, "paragraphs": paras, "namedStyles": names,
    "pageWidth": layout[0].getAttribute('pagewidth') if layout else "",
    "pageNumber": len(master.getElementsByType(text.PageNumber)) > 0,
    "pageCount": len(master.getElementsByType(text.PageCount)) > 0,
}, ensure_ascii=False))
)";

/// Every text of a document read back: its paragraphs and its table cells.
QString allText(const QJsonObject& o)
{
    QStringList out;
    for (const auto p : o[QStringLiteral("paragraphs")].toArray()) {
        out << p.toString();
    }
    for (const auto t : o[QStringLiteral("tables")].toArray()) {
        for (const auto r : t.toObject()[QStringLiteral("rows")].toArray()) {
            for (const auto c : r.toArray()) {
                out << c.toString();
            }
        }
    }
    return out.join(QLatin1Char('\n'));
}

struct Sample {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    TripBundle bundle;
    Sample()
    {
        REQUIRE(dir.isValid());
        auto created = TripTransfer::createDatabase(dir.filePath(QStringLiteral("sample.sqlite")), true);
        REQUIRE_OK(created);
        db = std::move(created).value();
        auto trips = TripRepository(*db).list();
        REQUIRE_OK(trips);
        REQUIRE(trips->size() == 1);
        auto loaded = TripBundleStore(*db).load(trips->front().id);
        REQUIRE_OK(loaded);
        bundle = std::move(loaded).value();
    }
    const Person& person(const QString& family) const
    {
        for (const Person& p : bundle.people) {
            if (p.familyName.compare(family, Qt::CaseInsensitive) == 0) {
                return p;
            }
        }
        FAIL("no such person " << family.toStdString());
        return bundle.people.front();
    }
    const Forum& forum(const QString& part) const
    {
        for (const Forum& f : bundle.forums) {
            if (f.title.contains(part)) {
                return f;
            }
        }
        FAIL("no such forum");
        return bundle.forums.front();
    }
};

QString itineraryText(const TripBundle& bundle, const Uuid& person)
{
    auto doc = TripDocuments::itineraries(bundle, { person });
    REQUIRE_OK(doc);
    return doc->plainText();
}

}  // namespace

TEST_CASE("An itinerary holds the traveller's own sessions, flights and nights only")
{
    Sample s;
    const Person& hong = s.person(QStringLiteral("Hong"));
    const Person& park = s.person(QStringLiteral("Park"));
    const QString his = itineraryText(s.bundle, hong.id);
    const QString parks = itineraryText(s.bundle, park.id);
    INFO(his.toStdString());

    SECTION("a speaker's session and not the others'")
    {
        CHECK(his.contains(QStringLiteral("Keynote speech: the importance of public administration")));
        CHECK_FALSE(his.contains(QStringLiteral("Government Integrated Data Center")));
        CHECK(parks.contains(QStringLiteral("Government Integrated Data Center")));
        CHECK_FALSE(parks.contains(QStringLiteral("Keynote speech: the importance of public administration")));
        // Both attend the forums.
        CHECK(his.contains(QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance")));
        CHECK(parks.contains(QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance")));
    }
    SECTION("a member who is not on a flight does not get it")
    {
        CHECK(parks.contains(QStringLiteral("XA202")));  // no passengers listed: the whole delegation
        TripBundle changed = s.bundle;
        auto leg = std::find_if(changed.legs.begin(), changed.legs.end(),
            [](const TravelLeg& l) { return l.flightNumber == QStringLiteral("XA202"); });
        REQUIRE(leg != changed.legs.end());
        leg->passengerIds = { hong.id };
        CHECK(itineraryText(changed, hong.id).contains(QStringLiteral("XA202")));
        CHECK_FALSE(itineraryText(changed, park.id).contains(QStringLiteral("XA202")));
    }
    SECTION("the nights match the stops")
    {
        const TripSchedule schedule(s.bundle);
        const auto nights = schedule.nights();
        REQUIRE(nights.size() == 5);
        CHECK(nights.front().date == QDate(2016, 8, 15));
        CHECK(nights.front().stop->city == QStringLiteral("Tashkent"));
        CHECK(nights[3].date == QDate(2016, 8, 18));
        CHECK(nights[3].stop->city == QStringLiteral("Baku"));
        CHECK(nights.back().date == QDate(2016, 8, 19));
        CHECK(his.count(QStringLiteral("Overnight: Hyatt Regency Tashkent")) == 3);
        CHECK(his.count(QStringLiteral("Overnight: Four Seasons Hotel Baku")) == 2);
        CHECK(his.contains(QStringLiteral("Nights: 3")));
        CHECK(his.contains(QStringLiteral("Nights: 2")));
    }
    SECTION("local and home times side by side")
    {
        // The keynote at 09:40 in Tashkent is 13:40 in Seoul.
        CHECK(his.contains(QStringLiteral("09:40–10:00\nUTC+05:00\t13:40–14:00")));
        CHECK(his.contains(QStringLiteral("Time in Seoul")));
    }
    SECTION("only members of the delegation")
    {
        CHECK_FALSE(TripDocuments::itineraries(s.bundle, { newUuid() }).ok());
        CHECK_FALSE(TripDocuments::itineraries(s.bundle, {}).ok());
    }
}

TEST_CASE("DOCX and ODT read back with their tables, styles, fields, Hangul and Cyrillic, and LibreOffice renders them")
{
    Sample s;
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const Person& hong = s.person(QStringLiteral("Hong"));
    TripDocumentOptions a5;
    a5.pageSize = QPageSize::A5;

    std::vector<std::pair<QString, OutputDocument>> documents;
    auto programme = TripDocuments::programme(s.bundle);
    REQUIRE_OK(programme);
    documents.emplace_back(QStringLiteral("programme"), *programme);
    auto agenda = AgendaDocument::build(s.bundle, s.forum(QStringLiteral("Uzbekistan")).id);
    REQUIRE_OK(agenda);
    documents.emplace_back(QStringLiteral("agenda"), agenda->document());
    for (RosterPreset preset : { RosterPreset::Protocol, RosterPreset::Rooming, RosterPreset::Immigration }) {
        auto roster = Roster::build(s.bundle, preset);
        REQUIRE_OK(roster);
        documents.emplace_back(Roster::token(preset), RosterWriter::document(*roster));
    }
    std::vector<Uuid> everyone;
    for (const DelegationMember& m : s.bundle.members) {
        everyone.push_back(m.personId);
    }
    auto itineraries = TripDocuments::itineraries(s.bundle, everyone);
    REQUIRE_OK(itineraries);
    documents.emplace_back(QStringLiteral("itineraries"), *itineraries);
    auto booklet = TripDocuments::itineraries(s.bundle, { hong.id }, a5);
    REQUIRE_OK(booklet);
    documents.emplace_back(QStringLiteral("hong"), *booklet);

    QStringList files;
    for (const auto& [name, doc] : documents) {
        for (DocumentFormat f : { DocumentFormat::Docx, DocumentFormat::Odt }) {
            const QString path = out.filePath(
                name + QLatin1Char('-') + DocumentFiles::token(f) + QLatin1Char('.') + DocumentFiles::token(f));
            REQUIRE_OK(DocumentFiles::write(doc, f, path));
            files << path;
        }
    }

    SECTION("python-docx and odfpy read the tables, every session and name")
    {
        const QJsonObject docx = runPython(kReadDocx, out.filePath(QStringLiteral("programme-docx.docx")));
        const QJsonObject odt = runPython(kReadOdt, out.filePath(QStringLiteral("programme-odt.odt")));
        for (const QJsonObject& o : { docx, odt }) {
            const QString text = allText(o);
            INFO(text.toStdString());
            REQUIRE(o[QStringLiteral("tables")].toArray().size() == 3);  // delegation, stops, day by day
            for (const auto t : o[QStringLiteral("tables")].toArray()) {
                CHECK(t.toObject()[QStringLiteral("headerRows")].toInt() == 1);
            }
            for (const Forum& f : s.bundle.forums) {
                CHECK(text.contains(f.title));
                for (const AgendaSession& session : f.sessions) {
                    CHECK(text.contains(session.title));
                }
            }
            for (const DelegationMember& m : s.bundle.members) {
                const auto p = std::find_if(s.bundle.people.begin(), s.bundle.people.end(),
                    [&m](const Person& x) { return x.id == m.personId; });
                REQUIRE(p != s.bundle.people.end());
                CHECK(text.contains(p->displayName()));
                CHECK(text.contains(p->localName));
            }
            CHECK(text.contains(QStringLiteral("홍윤식")));
            CHECK(text.contains(QStringLiteral("Абдуллаев")));
            CHECK(text.contains(QStringLiteral("Hyatt Regency Tashkent")));
        }
        for (const auto t : docx[QStringLiteral("tables")].toArray()) {
            CHECK(t.toObject()[QStringLiteral("style")].toString() == QStringLiteral("Planner Table"));
            CHECK(t.toObject()[QStringLiteral("cantSplit")].toBool());
        }
        const QJsonArray styles = docx[QStringLiteral("styles")].toArray();
        CHECK(styles.contains(QStringLiteral("Title")));
        CHECK(styles.contains(QStringLiteral("Heading 1")));
        CHECK(docx[QStringLiteral("fields")].toArray()
            == QJsonArray { QStringLiteral("PAGE"), QStringLiteral("NUMPAGES") });
        CHECK(docx[QStringLiteral("eastAsia")].toString() == OutputDocument::eastAsianFont());
        CHECK(docx[QStringLiteral("ascii")].toString() == OutputDocument::latinFont());
        CHECK(std::abs(docx[QStringLiteral("widthMm")].toDouble() - 210) < 1);
        CHECK_FALSE(docx[QStringLiteral("landscape")].toBool());
        CHECK(odt[QStringLiteral("pageNumber")].toBool());
        CHECK(odt[QStringLiteral("pageCount")].toBool());
        CHECK(odt[QStringLiteral("pageWidth")].toString() == QStringLiteral("210.00mm"));
        const QJsonArray odtStyles = odt[QStringLiteral("namedStyles")].toArray();
        CHECK(odtStyles.contains(QStringLiteral("Heading_20_1")));
        CHECK(odtStyles.contains(QStringLiteral("Table_20_Contents")));

        const QJsonObject immigration = runPython(kReadDocx, out.filePath(QStringLiteral("immigration-docx.docx")));
        CHECK(immigration[QStringLiteral("landscape")].toBool());
        CHECK(allText(immigration).contains(QStringLiteral("Passport number")));
        const QJsonObject booklet = runPython(kReadDocx, out.filePath(QStringLiteral("hong-docx.docx")));
        CHECK(std::abs(booklet[QStringLiteral("widthMm")].toDouble() - 148) < 1);
        const QString agendaText = allText(runPython(kReadOdt, out.filePath(QStringLiteral("agenda-odt.odt"))));
        CHECK(agendaText.contains(QStringLiteral("Co-host")));
        CHECK(agendaText.contains(QStringLiteral("Министерство")));
    }

    SECTION("LibreOffice opens every file and renders every script")
    {
        const QString profile = QUrl::fromLocalFile(out.filePath(QStringLiteral("profile"))).toString();
        const QString pdfs = out.filePath(QStringLiteral("pdf"));
        QStringList args { QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
            QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), pdfs };
        const Output converted = runProcess(QStringLiteral("soffice"), args + files, 300000);
        INFO(converted.err.toStdString());
        REQUIRE(converted.exitCode == 0);
        auto pdfText = [&pdfs](const QString& name) {
            const Output o = runProcess(QStringLiteral("pdftotext"),
                { QStringLiteral("-layout"), QDir(pdfs).filePath(name + QStringLiteral(".pdf")), QStringLiteral("-") });
            REQUIRE(o.exitCode == 0);
            return o.out;
        };
        auto pages = [&pdfs](const QString& name) {
            const Output o
                = runProcess(QStringLiteral("pdfinfo"), { QDir(pdfs).filePath(name + QStringLiteral(".pdf")) });
            const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(o.out);
            REQUIRE(m.hasMatch());
            return m.captured(1).toInt();
        };
        for (const QString& format : { QStringLiteral("docx"), QStringLiteral("odt") }) {
            INFO(format.toStdString());
            const QString programmeText = pdfText(QStringLiteral("programme-") + format);
            CHECK(programmeText.contains(QStringLiteral("홍윤식")));
            CHECK(programmeText.contains(QStringLiteral("Абдуллаев")));
            CHECK(programmeText.contains(QStringLiteral("Page 1 of")));
            CHECK(pages(QStringLiteral("programme-") + format) >= 3);
            const QString agendaText = pdfText(QStringLiteral("agenda-") + format);
            CHECK(agendaText.contains(QStringLiteral("Keynote speech")));
            CHECK(agendaText.contains(QStringLiteral("Министерство")));
            CHECK(pdfText(QStringLiteral("protocol-") + format).contains(QStringLiteral("홍윤식")));
            // One page break per traveller: at least one page each.
            CHECK(pages(QStringLiteral("itineraries-") + format) >= static_cast<int>(everyone.size()));
            const QString hongText = pdfText(QStringLiteral("hong-") + format);
            CHECK(hongText.contains(QStringLiteral("HONG Yun-sik")));
            CHECK_FALSE(hongText.contains(QStringLiteral("Government Integrated Data Center")));
            const Output info = runProcess(QStringLiteral("pdfinfo"),
                { QDir(pdfs).filePath(QStringLiteral("hong-") + format + QStringLiteral(".pdf")) });
            // A5: 148 x 210 mm, 420 x 595 pt.
            const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info.out);
            REQUIRE(size.hasMatch());
            CHECK(std::abs(size.captured(1).toDouble() - 419.5) < 2);
            CHECK(std::abs(size.captured(2).toDouble() - 595.3) < 2);
        }
    }
}
