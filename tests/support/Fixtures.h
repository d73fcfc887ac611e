#pragma once

#include "domain/Entities.h"

namespace planner::test {

/// A small trip that fills every field of every entity, with Hangul,
/// Cyrillic and Azerbaijani Latin text: two stops in two zones, a leg
/// between them, a forum with hosts and two sessions with speakers, a
/// meeting and an MOU signed at the forum.
TripBundle makeBundle();

/// A planned time, failing the test when the text or zone is wrong.
PlannedTime at(const QString& localIso, const QString& zone);

}  // namespace planner::test
