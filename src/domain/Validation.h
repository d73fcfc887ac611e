#pragma once

// The rules every record obeys before it is written anywhere: required
// names, known time zones, end after start. Storage calls these before each
// write; the forms of the editors call them to show the reason next to a
// field. Error::where names the field ("end", "zone", ...).

#include "domain/Entities.h"
#include "domain/Result.h"

namespace planner {

Status validate(const Organisation& o);
Status validate(const Person& p);
Status validate(const Venue& v);
Status validate(const Trip& t);
Status validate(const DelegationMember& m);
Status validate(const Stop& s);
Status validate(const TravelLeg& l);
Status validate(const Forum& f);  ///< the forum's own fields and hosts, not its sessions
Status validate(const AgendaSession& s);
Status validate(const Mou& m);
Status validate(const Meeting& m);

/// start and end are set, valid, in one zone, and end is after start.
Status validateSpan(const PlannedTime& start, const PlannedTime& end,
    const QString& startField = QStringLiteral("start"), const QString& endField = QStringLiteral("end"));

}  // namespace planner
