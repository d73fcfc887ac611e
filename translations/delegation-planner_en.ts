<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>planner::AgendaEditor</name>
    <message numerus="yes">
        <source>Add &amp;%1 After (%n min)</source>
        <translation>
            <numerusform>Add &amp;%1 After (%n min)</numerusform>
            <numerusform>Add &amp;%1 After (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) · times in %1, UTC%2</source>
        <translation>
            <numerusform>%n session · times in %1, UTC%2</numerusform>
            <numerusform>%n sessions · times in %1, UTC%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift %n session(s) by %1 min</source>
        <translation>
            <numerusform>Shift %n session by %1 min</numerusform>
            <numerusform>Shift %n sessions by %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moves “%1” (%2) and the %n session(s) after it.</source>
        <translation>
            <numerusform>Moves “%1” (%2) and the %n session after it.</numerusform>
            <numerusform>Moves “%1” (%2) and the %n sessions after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CheckResults</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::DelegationPage</name>
    <message numerus="yes">
        <source>Add %n people to the delegation</source>
        <translation>
            <numerusform>Add %n person to the delegation</numerusform>
            <numerusform>Add %n people to the delegation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ExportController</name>
    <message numerus="yes">
        <source>%n file(s) in %1 will be replaced:
%2

Replace them?</source>
        <translation>
            <numerusform>%n file in %1 will be replaced:
%2

Replace them?</numerusform>
            <numerusform>%n files in %1 will be replaced:
%2

Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n itinerary file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n itinerary file to %1</numerusform>
            <numerusform>Wrote %n itinerary files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::MousPage</name>
    <message numerus="yes">
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::PlaceCardDialog</name>
    <message numerus="yes">
        <source>%n tent card(s) for %1, in seat order.</source>
        <translation>
            <numerusform>%n tent card for %1, in seat order.</numerusform>
            <numerusform>%n tent cards for %1, in seat order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::PlanningChecks</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stays overlap one another: %1%2. The delegation cannot be in several places; correct the arrivals or departures.</source>
        <translation>
            <numerusform>%n stay overlaps another: %1%2. The delegation cannot be in several places; correct the arrivals or departures.</numerusform>
            <numerusform>%n stays overlap one another: %1%2. The delegation cannot be in several places; correct the arrivals or departures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bookings that overlap one another from %2 to %3: %4%5. Keep one booking at a time.</source>
        <translation>
            <numerusform>%1 has %n booking that overlaps another from %2 to %3: %4%5. Keep one booking at a time.</numerusform>
            <numerusform>%1 has %n bookings that overlap one another from %2 to %3: %4%5. Keep one booking at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Room %1 has %n sessions that overlap one another from %2 to %3: %4%5.</source>
        <translation>
            <numerusform>Room %1 has %n session that overlaps another from %2 to %3: %4%5.</numerusform>
            <numerusform>Room %1 has %n sessions that overlap one another from %2 to %3: %4%5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 is dated %2, %n day(s) away from the trip&apos;s dates (%3 to %4): a year or month typed wrong? Correct the date.</source>
        <translation>
            <numerusform>The %1 is dated %2, %n day away from the trip&apos;s dates (%3 to %4): a year or month typed wrong? Correct the date.</numerusform>
            <numerusform>The %1 is dated %2, %n days away from the trip&apos;s dates (%3 to %4): a year or month typed wrong? Correct the date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ProgrammePage</name>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the forum “%1” with its %n session(s)</source>
        <translation>
            <numerusform>the forum “%1” with its %n session</numerusform>
            <numerusform>the forum “%1” with its %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::RecordPage</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::SearchDialog</name>
    <message numerus="yes">
        <source>%n found; Enter or double-click goes to the record.</source>
        <translation>
            <numerusform>%n found; Enter or double-click goes to the record.</numerusform>
            <numerusform>%n found; Enter or double-click goes to the record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TimelineLayout</name>
    <message numerus="yes">
        <source>%1 “%2” is dated %3, %n day(s) away from the trip (%4): a timeline is drawn over at most %5 days. Correct the date (Checks lists it) and try again.</source>
        <translation>
            <numerusform>%1 “%2” is dated %3, %n day away from the trip (%4): a timeline is drawn over at most %5 days. Correct the date (Checks lists it) and try again.</numerusform>
            <numerusform>%1 “%2” is dated %3, %n days away from the trip (%4): a timeline is drawn over at most %5 days. Correct the date (Checks lists it) and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TimelineRenderer</name>
    <message numerus="yes">
        <source>%1 · %n session(s)</source>
        <translation>
            <numerusform>%1 · %n session</numerusform>
            <numerusform>%1 · %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TripActions</name>
    <message numerus="yes">
        <source>a delegation of %n member(s)</source>
        <translation>
            <numerusform>a delegation of %n member</numerusform>
            <numerusform>a delegation of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n travel leg(s)</source>
        <translation>
            <numerusform>%n travel leg</numerusform>
            <numerusform>%n travel legs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation>
            <numerusform>%n forum</numerusform>
            <numerusform>%n forums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda session(s)</source>
        <translation>
            <numerusform>%n agenda session</numerusform>
            <numerusform>%n agenda sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MOU(s)</source>
        <translation>
            <numerusform>%n MOU</numerusform>
            <numerusform>%n MOUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TripDocumentDialog</name>
    <message numerus="yes">
        <source>%1 of %n traveller(s)</source>
        <translation>
            <numerusform>%1 of %n traveller</numerusform>
            <numerusform>%1 of %n travellers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TripPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
