#pragma once

#include "domain/Kinds.h"

#include <QString>

namespace planner {

/// The domain's words as the outputs print them ("Host", "Co-host",
/// "Keynote", "Moderator", "Head of delegation", "Female"), in this class's
/// translation context and apart from the window's labels, so that an
/// output can be written in another language than the one on screen.
class OutputTerms {
public:
    static QString of(HostRole role);
    static QString of(SessionKind kind);
    static QString of(SpeakerRole role);
    static QString of(MemberRole role);
    static QString of(Sex sex);
};

}  // namespace planner
