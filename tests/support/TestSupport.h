#pragma once

#include "storage/Database.h"

#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>
#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace planner::test {

/// A temporary folder with a fresh database file in it, removed at the end.
class TempDatabase {
public:
    TempDatabase();
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    [[nodiscard]] QString dirPath() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    /// Closes and opens the file again (a fresh connection).
    void reopen();
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

/// Fails the test with the error's text when a Result or Status failed.
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto& requireOkResult_ = (expr);                                                                         \
        INFO((requireOkResult_.ok() ? QString() : requireOkResult_.error().text()).toStdString());                     \
        REQUIRE(requireOkResult_.ok());                                                                                \
    } while (false)

/// Path of the built application binary (for command-line tests).
QString applicationBinary();

/// What a program run to its end printed, and its exit code (-1 when it crashed).
struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs a program (the application on the offscreen platform, a PDF reader)
/// and waits for it; the arguments and output go to the test's log.
ProgramRun runProgram(const QString& program, const QStringList& arguments);
/// The same with these variables set in its environment (TMPDIR=…).
ProgramRun runProgram(
    const QString& program, const QStringList& arguments, const std::vector<std::pair<QString, QString>>& environment);

/// The pages of a PDF rendered by pdftoppm at dpi, as images.
std::vector<QImage> renderPdf(const QString& pdf, int dpi);
/// "Page size:" of pdfinfo in points, and "Pages:".
struct PdfInfo {
    QSizeF pageSize;
    int pages = 0;
};
PdfInfo pdfPageInfo(const QString& pdf);

}  // namespace planner::test
