#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QByteArray>

namespace planner {

/// The trip document: one self-contained, versioned JSON file per trip
/// (docs/trip-format.md, resources/schema/trip.schema.json).
class TripDocument {
public:
    static constexpr const char* kFormatName = "delegation-planner-trip";
    /// Version 2 added the seating plans of meetings and forums ("seating",
    /// present only where there is a plan); version 1 documents are read too.
    static constexpr int kVersion = 2;
    static constexpr int kOldestVersion = 1;

    /// Serialises a bundle deterministically: keys in the documented order,
    /// two-space indentation, UTF-8, a final newline. Equal bundles give
    /// equal bytes.
    static QByteArray write(const TripBundle& bundle);

    /// Parses and validates a whole document before returning anything.
    /// On failure, Error::where is the JSON path of the problem
    /// ("$.forums[1].sessions[3].start") and Error::message says what is
    /// wrong; never throws.
    static Result<TripBundle> read(const QByteArray& bytes);
};

}  // namespace planner
