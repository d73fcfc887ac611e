#pragma once

#include "domain/Entities.h"

namespace planner {

/// A person as the lists and choosers of the window name them: "HONG Yun-sik
/// (홍윤식)", the local script in brackets where there is one.
inline QString personLabel(const Person& p)
{
    return p.localName.isEmpty() ? p.displayName() : QStringLiteral("%1 (%2)").arg(p.displayName(), p.localName);
}

}  // namespace planner
