#pragma once

#include <QByteArray>

namespace planner {

/// The bundled sample: the 2016 Korean delegation to Tashkent and Baku, as a
/// trip document (resources/samples/korea-central-asia-2016.json).
QByteArray sampleTripDocument();

}  // namespace planner
