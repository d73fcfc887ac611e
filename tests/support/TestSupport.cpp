#include "TestSupport.h"

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

}  // namespace planner::test
