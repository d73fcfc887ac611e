#include "app/CommandLine.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const planner::LaunchRequest request = planner::runCommandLine(QApplication::arguments(), out, err);
    return request.startGui ? 0 : request.exitCode;
}
