#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace planner::test {

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(path());
    INFO((opened.ok() ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.ok());
    m_db = std::move(opened).value();
}

QString applicationBinary()
{
    return QStringLiteral(PLANNER_APP_BINARY);
}

ProgramRun runProgram(const QString& program, const QStringList& arguments)
{
    return runProgram(program, arguments, {});
}

ProgramRun runProgram(
    const QString& program, const QStringList& arguments, const std::vector<std::pair<QString, QString>>& environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const auto& [name, value] : environment) {
        env.insert(name, value);
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(120000));
    ProgramRun r { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    UNSCOPED_INFO(program.toStdString() << ' ' << arguments.join(QLatin1Char(' ')).toStdString() << " -> " << r.exitCode
                                        << "\n"
                                        << r.out.left(2000).toStdString() << r.err.left(2000).toStdString());
    return r;
}

std::vector<QImage> renderPdf(const QString& pdf, int dpi)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString prefix = dir.filePath(QStringLiteral("page"));
    REQUIRE(runProgram(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), pdf, prefix })
                .exitCode
        == 0);
    std::vector<QImage> pages;
    QStringList files = QDir(dir.path()).entryList({ QStringLiteral("page*.png") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        pages.emplace_back(QDir(dir.path()).filePath(file));
        REQUIRE(!pages.back().isNull());
    }
    return pages;
}

PdfInfo pdfPageInfo(const QString& pdf)
{
    const ProgramRun r = runProgram(QStringLiteral("pdfinfo"), { pdf });
    REQUIRE(r.exitCode == 0);
    PdfInfo info;
    const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    for (const QString& line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:"))) {
            info.pages = line.mid(6).trimmed().toInt();
        }
        const auto m = size.match(line);
        if (m.hasMatch()) {
            info.pageSize = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        }
    }
    return info;
}

}  // namespace planner::test
