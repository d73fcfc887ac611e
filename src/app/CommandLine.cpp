#include "app/CommandLine.h"

namespace planner {

LaunchRequest runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Q_UNUSED(arguments);
    Q_UNUSED(out);
    Q_UNUSED(err);
    LaunchRequest request;
    request.startGui = true;
    return request;
}

}  // namespace planner
