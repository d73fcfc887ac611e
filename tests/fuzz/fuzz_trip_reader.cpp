// libFuzzer target: the trip document reader, which takes files from other
// people (imports, opened trip documents). Any input must give a bundle or an
// error with a path; never a crash, a hang or unbounded memory.
#include "services/TripDocument.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto read = planner::TripDocument::read(bytes);
    if (read.ok()) {
        // What was read is written again: the writer must take it.
        static_cast<void>(planner::TripDocument::write(read.value()));
    }
    return 0;
}
