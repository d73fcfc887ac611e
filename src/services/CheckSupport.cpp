#include "services/CheckSupport.h"

namespace planner::checks {

namespace {

QString zoneLabel(const PlannedTime& t)
{
    return QStringLiteral("%1, UTC%2").arg(t.zone(), t.utcOffsetText());
}

/// "2016-08-17 09:30": the stored form with a space (by hand: the locale's
/// formatter is slow, and a summit's checks word tens of thousands).
QString dayAndTime(const PlannedTime& t)
{
    const QString iso = t.localIso();
    return iso.left(iso.indexOf(QLatin1Char('T'))) + QLatin1Char(' ') + t.localClock();
}

QString quoted(const QString& text)
{
    return QStringLiteral("'%1'").arg(text);
}

}  // namespace

QString formatMoment(const PlannedTime& t)
{
    if (t.isNull()) {
        return PlanningChecksText::tr("(no time)");
    }
    return QStringLiteral("%1 %2").arg(dayAndTime(t), zoneLabel(t));
}

QString formatSpan(const PlannedTime& start, const PlannedTime& end)
{
    if (!start.isNull() && !end.isNull() && start.zone() == end.zone() && start.localDate() == end.localDate()
        && start.utcOffsetSeconds() == end.utcOffsetSeconds()) {
        return QStringLiteral("%1–%2 %3").arg(dayAndTime(start), end.localClock(), zoneLabel(start));
    }
    return QStringLiteral("%1 – %2").arg(formatMoment(start), formatMoment(end));
}

QString formatDuration(qint64 minutes)
{
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = minutes < 0 ? -minutes : minutes;
    if (abs < 60) {
        return PlanningChecksText::tr("%1%2 min").arg(sign).arg(abs);
    }
    if (abs % 60 == 0) {
        return PlanningChecksText::tr("%1%2 h").arg(sign).arg(abs / 60);
    }
    return PlanningChecksText::tr("%1%2 h %3 min").arg(sign).arg(abs / 60).arg(abs % 60);
}

QString timeKey(const PlannedTime& t)
{
    return t.localIso() + QLatin1Char('@') + t.zone();
}

QString spanKey(const PlannedTime& start, const PlannedTime& end)
{
    return timeKey(start) + QLatin1Char('/') + timeKey(end);
}

QString describeSession(const AgendaSession& s, const Forum& f)
{
    return PlanningChecksText::tr("session %1 of %2").arg(quoted(s.title), quoted(f.title));
}

QString describeMeeting(const Meeting& m)
{
    return PlanningChecksText::tr("meeting %1").arg(quoted(m.title));
}

QString describeLeg(const TravelLeg& l, const Stop* from, const Stop* to)
{
    const QString fromText
        = !l.fromPlace.isEmpty() ? l.fromPlace : (from ? from->city : PlanningChecksText::tr("home"));
    const QString toText = !l.toPlace.isEmpty() ? l.toPlace : (to ? to->city : PlanningChecksText::tr("home"));
    const QString flight = QStringList { l.carrier, l.flightNumber }.join(QLatin1Char(' ')).trimmed();
    if (flight.isEmpty()) {
        return PlanningChecksText::tr("the travel leg %1 → %2").arg(fromText, toText);
    }
    return PlanningChecksText::tr("flight %1 %2 → %3").arg(flight, fromText, toText);
}

QString describeStop(const Stop& s)
{
    return PlanningChecksText::tr("the stay in %1").arg(s.city);
}

QString moreText(std::size_t members)
{
    if (members <= kNamedClusterMembers) {
        return {};
    }
    return PlanningChecksText::tr(" and %n more", nullptr, static_cast<int>(members - kNamedClusterMembers));
}

}  // namespace planner::checks
