// `delegation-planner check`, run as the real binary with QProcess: the
// sample passes; a copy with a double booking, an expired passport and a
// session outside its forum gives exactly those errors and exit code 1.

#include "TestSupport.h"
#include "services/CheckService.h"
#include "services/SampleTrip.h"
#include "services/TripDocument.h"
#include "storage/Repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QProcess>
#include <QProcessEnvironment>

using namespace planner;
using planner::test::applicationBinary;
using planner::test::TempDatabase;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(applicationBinary(), arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    Run r { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
    UNSCOPED_INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << r.exitCode << "\n"
                                                                 << r.out.toStdString() << r.err.toStdString());
    return r;
}

QJsonArray runJson(const QStringList& arguments, int expectedExit)
{
    const Run r = run(arguments + QStringList { QStringLiteral("--json") });
    REQUIRE(r.exitCode == expectedExit);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

TripBundle sample()
{
    auto bundle = TripDocument::read(sampleTripDocument());
    REQUIRE_OK(bundle);
    return bundle.value();
}

/// "severity rule status" of each finding, in output order.
QStringList summary(const QJsonArray& findings)
{
    QStringList out;
    for (const QJsonValue& v : findings) {
        const QJsonObject f = v.toObject();
        out << QStringLiteral("%1 %2 %3")
                   .arg(f.value(QStringLiteral("severity")).toString(), f.value(QStringLiteral("rule")).toString(),
                       f.value(QStringLiteral("status")).toString());
    }
    return out;
}

bool involves(const QJsonObject& finding, const QString& kind, const QString& id)
{
    for (const QJsonValue& v : finding.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("kind")).toString() == kind && r.value(QStringLiteral("id")).toString() == id) {
            return true;
        }
    }
    return false;
}

const QString kSampleWarning = QStringLiteral("warning mou-party-without-signatory open");

}  // namespace

TEST_CASE("check: the sample trip has no open error")
{
    TempDatabase t;
    const TripBundle b = sample();
    REQUIRE_OK(TripBundleStore(t.db()).save(b, false));
    t.close();

    const Run text = run({ QStringLiteral("check"), QStringLiteral("--db"), t.path(), QStringLiteral("--trip"),
        QStringLiteral("Central Asia") });
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("Warning  mou-party-without-signatory  The MOU 'MOU on cooperation in "
                                             "records management' (signed) names no signatory")));
    CHECK(text.out.endsWith(QStringLiteral(
        "Korea–Central Asia public governance visit 2016: open errors 0, warnings 1, notes 0; acknowledged 0.\n")));

    const QJsonArray findings = runJson(
        { QStringLiteral("check"), QStringLiteral("--db"), t.path(), QStringLiteral("--trip"), b.trip.id }, 0);
    CHECK(summary(findings) == QStringList { kSampleWarning });
}

TEST_CASE("check: a double booking, an expired passport and a session outside its forum")
{
    TempDatabase t;
    TripBundle b = sample();
    Forum* tashkentForum = nullptr;
    for (Forum& f : b.forums) {
        if (f.title == QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance")) {
            tashkentForum = &f;
        }
    }
    REQUIRE(tashkentForum != nullptr);
    Person* hong = nullptr;
    for (Person& p : b.people) {
        if (p.familyName == QStringLiteral("Hong")) {
            hong = &p;
        }
    }
    REQUIRE(hong != nullptr);

    // 1. The minister's keynote is 09:40-10:00: move the meeting with the
    //    Prosecutor General, which he attends, to 09:45.
    Meeting* prosecutor = nullptr;
    for (Meeting& m : b.meetings) {
        if (m.title.contains(QStringLiteral("Prosecutor General"))) {
            prosecutor = &m;
        }
    }
    REQUIRE(prosecutor != nullptr);
    prosecutor->start = *PlannedTime::parse(QStringLiteral("2016-08-17T09:45"), QStringLiteral("Asia/Tashkent"));
    prosecutor->end = *PlannedTime::parse(QStringLiteral("2016-08-17T10:30"), QStringLiteral("Asia/Tashkent"));
    // 2. His passport expired before the trip.
    hong->passportExpiry = QDate(2016, 5, 1);
    // 3. The closing remarks in Tashkent run past the end of the forum (15:30).
    AgendaSession& closing = tashkentForum->sessions.back();
    REQUIRE(closing.kind == SessionKind::Closing);
    closing.end = *PlannedTime::parse(QStringLiteral("2016-08-17T15:45"), QStringLiteral("Asia/Tashkent"));

    REQUIRE_OK(TripBundleStore(t.db()).save(b, false));
    const QStringList args { QStringLiteral("check"), QStringLiteral("--db"), t.path(), QStringLiteral("--trip"),
        b.trip.id };

    t.close();
    const QJsonArray findings = runJson(args, 1);
    REQUIRE(summary(findings)
        == QStringList(
            { QStringLiteral("error person-double-booked open"), QStringLiteral("error session-outside-forum open"),
                QStringLiteral("error passport-expiring open"), kSampleWarning }));
    const QJsonObject outside = findings.at(1).toObject();
    CHECK(involves(outside, QStringLiteral("session"), closing.id));
    CHECK(outside.value(QStringLiteral("when")).toObject().value(QStringLiteral("local")).toString()
        == QStringLiteral("2016-08-17T15:10"));
    const QJsonObject booked = findings.at(0).toObject();
    CHECK(involves(booked, QStringLiteral("person"), hong->id));
    CHECK(involves(booked, QStringLiteral("meeting"), prosecutor->id));
    CHECK(
        booked.value(QStringLiteral("message"))
            .toString()
            .startsWith(QStringLiteral("HONG Yun-sik is booked twice at once: as speaker in session 'Keynote speech")));
    CHECK(booked.value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral(
                  "as participant in meeting 'Meeting with Prosecutor General Abdullaev' (2016-08-17 09:45–10:30 "
                  "Asia/Tashkent, UTC+05:00)")));
    const QJsonObject passport = findings.at(2).toObject();
    CHECK(involves(passport, QStringLiteral("person"), hong->id));
    CHECK(passport.value(QStringLiteral("when")).isNull());
    CHECK(passport.value(QStringLiteral("message")).toString().contains(QStringLiteral("expired on 2016-05-01")));

    const Run text = run(args);
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QStringLiteral("Error  person-double-booked  HONG Yun-sik is booked twice at once")));
    CHECK(text.out.contains(QStringLiteral("open errors 3, warnings 1, notes 0; acknowledged 0.")));

    SECTION("acknowledged errors no longer fail the check; the others still do")
    {
        t.reopen();
        auto reviewed = CheckService(t.db()).review(b.trip.id);
        REQUIRE_OK(reviewed);
        for (const ReviewedFinding& r : reviewed.value()) {
            if (r.finding.ruleId == QStringLiteral("person-double-booked")) {
                REQUIRE_OK(CheckService(t.db()).acknowledge(
                    b.trip.id, r.finding, QStringLiteral("the minister leaves the keynote early")));
            }
        }
        t.close();
        const QJsonArray partly = runJson(args, 1);
        CHECK(summary(partly).contains(QStringLiteral("error person-double-booked acknowledged")));
        CHECK(partly.at(0)
                  .toObject()
                  .value(QStringLiteral("acknowledgement"))
                  .toObject()
                  .value(QStringLiteral("reason"))
                  .toString()
            == QStringLiteral("the minister leaves the keynote early"));
        const Run partlyText = run(args);
        CHECK(partlyText.out.contains(QStringLiteral("Error (acknowledged)  person-double-booked")));
        CHECK(partlyText.out.contains(QStringLiteral("    Acknowledged: the minister leaves the keynote early\n")));

        t.reopen();
        const auto remaining = CheckService(t.db()).review(b.trip.id);
        REQUIRE_OK(remaining);
        for (const ReviewedFinding& r : remaining.value()) {
            if (r.isOpen() && r.finding.severity == Severity::Error) {
                REQUIRE_OK(CheckService(t.db()).acknowledge(b.trip.id, r.finding, QStringLiteral("accepted")));
            }
        }
        t.close();
        CHECK(run(args).exitCode == 0);
    }
}

TEST_CASE("check: wrong use and unknown trips")
{
    TempDatabase t;
    REQUIRE_OK(TripBundleStore(t.db()).save(sample(), false));
    t.close();
    const Run noTrip = run({ QStringLiteral("check"), QStringLiteral("--db"), t.path() });
    CHECK(noTrip.exitCode == 2);
    const Run unknown = run({ QStringLiteral("check"), QStringLiteral("--db"), t.path(), QStringLiteral("--trip"),
        QStringLiteral("Mars") });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("delegation-planner: ")));
}

TEST_CASE("check --acknowledge ID --reason TEXT accepts a finding by the id check prints, --withdraw opens it again")
{
    TempDatabase t;
    const TripBundle b = sample();
    REQUIRE_OK(TripBundleStore(t.db()).save(b, false));
    t.close();
    const QStringList args { QStringLiteral("check"), QStringLiteral("--db"), t.path(), QStringLiteral("--trip"),
        QStringLiteral("Central Asia") };
    const Run first = run(args);
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("\n    id ([0-9a-f]{10})\n")).match(first.out);
    REQUIRE(id.hasMatch());
    const QString shortId = id.captured(1);
    const QString fingerprint = runJson(args, 0).at(0).toObject().value(QStringLiteral("fingerprint")).toString();
    CHECK(fingerprint.startsWith(shortId));

    // Refused: no reason, too short an id, an id that is not there; nothing changes.
    CHECK(run(args + QStringList { QStringLiteral("--acknowledge"), shortId }).exitCode == 2);
    CHECK(run(args + QStringList { QStringLiteral("--acknowledge"), shortId.left(3), QStringLiteral("--reason"),
                         QStringLiteral("x") })
              .exitCode
        == 2);
    const Run missing = run(args
        + QStringList { QStringLiteral("--acknowledge"), QStringLiteral("ffffffffff"), QStringLiteral("--reason"),
            QStringLiteral("x") });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("no open finding")));
    CHECK(summary(runJson(args, 0)) == QStringList { kSampleWarning });

    const Run acknowledged = run(args
        + QStringList { QStringLiteral("--acknowledge"), shortId.toUpper(), QStringLiteral("--reason"),
            QStringLiteral("the archive names its signatory at the ceremony") });
    CHECK(acknowledged.exitCode == 0);
    CHECK(acknowledged.out.startsWith(QStringLiteral("Acknowledged: The MOU")));
    CHECK(summary(runJson(args, 0))
        == QStringList { QStringLiteral("warning mou-party-without-signatory acknowledged") });
    CHECK(run(args).out.contains(QStringLiteral("    Acknowledged: the archive names its signatory at the ceremony\n")));
    // Acknowledging it twice: it is no longer open.
    CHECK(run(args
              + QStringList { QStringLiteral("--acknowledge"), shortId, QStringLiteral("--reason"),
                  QStringLiteral("x") })
              .exitCode
        == 1);

    const Run withdrawn = run(args + QStringList { QStringLiteral("--withdraw"), shortId.left(7) });
    CHECK(withdrawn.exitCode == 0);
    CHECK(summary(runJson(args, 0)) == QStringList { kSampleWarning });
}
