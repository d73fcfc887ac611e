#include "services/SampleTrip.h"

#include <QFile>

namespace planner {

QByteArray sampleTripDocument()
{
    QFile file(QStringLiteral(":/samples/korea-central-asia-2016.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

}  // namespace planner
