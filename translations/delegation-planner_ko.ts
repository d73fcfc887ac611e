<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is acceptable, for whoever reads the checks next (e.g. “interpreter works in both sessions by design”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding then shows as acknowledged, not as open, until one of its records changes. Withdraw Acknowledgement makes it open again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Forum Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole trip, or one traveller&apos;s part of it (their sessions, meetings, forums and flights)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the findings by severity or by the rule that found them; click a column header to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected finding with a reason: it then shows as acknowledged until its records change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected acknowledged finding open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open its first record in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check settings of this trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival &amp;buffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least time between arriving in a city and the first commitment there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passport valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months a traveller&apos;s passport must stay valid after the trip&apos;s return (a common entry rule is six)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months after return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at once; not part of Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationMemberForm</name>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the person&apos;s name, position and passport under Directories ▸ People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precedence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the order of precedence: drag rows or use Move Up and Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s role in the delegation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForumForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum title as printed on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop of the trip where the forum is held; its times are in that city&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the forum is held (from the Venues directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the start moves the whole agenda with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegForm</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop of the trip, or &quot;Other place&quot; for home or a transit airport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of departure when it is not a stop of the trip, e.g. Seoul (ICN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, e.g. Seoul (ICN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;parture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure in the local time of the place of departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop of the trip, or &quot;Other place&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of arrival when it is not a stop of the trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival in the local time of the place of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airline, railway or other carrier, e.g. Asiana Airlines or OZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OZ 573</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssengers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole delegation travels on this leg; uncheck to choose the passengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to show: a part of the chosen trip, or a shared directory (Alt+1 … Alt+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole database to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a trip document (JSON) into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected trip as a trip document (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a trip in this database and show its overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected trip with its delegation, itinerary, forums, meetings and MOUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected trip with everything in it (Edit ▸ Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Delegation Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting is called in the programme, e.g. Meeting with the First Deputy Prime Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city of the trip where the meeting takes place; its time zone is the zone of the times below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time at the stop, as agreed with the host side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time at the stop; must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building or room, e.g. Cabinet of Ministers, Tashkent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;rpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counterparts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host-side people at the meeting, in the order they are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person of the directory by any part of the name (Latin, Hangul, Cyrillic), position or organisation; Return adds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person chosen to the counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected counterpart off the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation &amp;members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the members of the delegation who take part (Space ticks the selected one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MouForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOU as it is called in the programme, e.g. MOU on cooperation in e-government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the parties agree to cooperate on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: being negotiated; agreed: text final, to be signed; signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum or meeting of this trip at which it is (to be) signed, or not fixed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing t&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the time of signing is fixed; it is entered in the local time of the place of signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time at the place of signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties and signatories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties in signing order; double-click or F2 on a cell to choose the organisation or its signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Part&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation as a party (choose it in the new row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected party off the MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ove Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected party earlier in the signing order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected party later in the signing order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <source>Move Session to Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of the forum; the session keeps its local time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name in English, as printed on agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;local script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in the organisation&apos;s own script (Hangul, Cyrillic, Azerbaijani…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 code, e.g. KR, UZ, AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonChooserDialog</name>
    <message>
        <source>Add to Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in either script, position or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of the directory who are not yet in this delegation; choose one or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role the people chosen take in the delegation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in the Latin spelling of the passport, e.g. HONG; printed in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in the Latin spelling of the passport, e.g. Yun-sik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;local script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in the person&apos;s own script (Hangul, Cyrillic…), e.g. 홍윤식</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hono&amp;rific:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title printed before the name, e.g. H.E., Dr, Prof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position as printed on agendas and rosters, e.g. Minister of the Interior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation the person works for (from the Organisations directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the country code, e.g. +82 2 2100 3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data, needed for visa and hotel lists only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to enter the date; leave it clear when not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nat&amp;ionality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter ISO 3166 code as in passports, e.g. KOR, UZB, AZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssport number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: shown only here and in the exports that need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport &amp;valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planning checks warn when it expires within six months of the return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Export Delegation Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives the roster: each preset has the columns that recipient needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns of a custom roster; drag to change their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a &amp;byte-order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel on Windows reads a CSV file as UTF-8 only when it starts with a byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name in any script (Latin, Hangul, Cyrillic), a position, an abbreviation, a session or MOU title; upper and lower case are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, title or subject — e.g. Hong, 홍, Азимов, ASAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the start keeps the length of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ki&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room of the venue, or type another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presented by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation presenting the session (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spea&amp;kers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftSessionsDialog</name>
    <message>
        <source>Shift Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes later (positive) or earlier (negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopForm</name>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city of the stop, as printed on the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 code, e.g. UZ, AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival in the local time of the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure in the local time of the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lodging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel or residence of the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trip as it is called in the ministry, e.g. Visit to Uzbekistan and Azerbaijan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the delegation leaves home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the delegation is back home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the trip, both days counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the delegation comes from; View ▸ Times in Home Zone shows every time in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC offset of the home zone at the start of the trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that leads the delegation (from the Organisations directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on rosters, e.g. Korean government delegation on public governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the trip is made, for briefings and the host side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue&apos;s name as printed on agendas, e.g. Four Seasons Hotel Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 code, e.g. UZ, AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms of the venue, in the order they are offered; double-click or F2 to rename, drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a room and type its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::AgendaDialog</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::AgendaDocument</name>
    <message>
        <source>There is no forum with the id %1 in the trip &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All times are local time in %1 (%2, UTC%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · local time, UTC%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has no sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::AgendaEditor</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return adds a session after the selected one; Return edits its title; Del deletes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Session After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session that starts when the selected one ends, with the usual length of its kind (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add &amp;%1 After (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;hift This and Later…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected session and every later one by some minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Da&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected session to another day of the forum, at the same local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupli&amp;cate Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected session (Ctrl+D in the agenda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Sessi&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session (Del in the agenda); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) · times in %1, UTC%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no organisation is called &apos;%1&apos;: choose one from the list, or add it under Organisations first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session &apos;%1&apos; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shift %n session(s) by %1 min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moves “%1” (%2) and the %n session(s) after it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move session &apos;%1&apos; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves “%1” to another day; it keeps its local time (%2–%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate session &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add First Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::AtomicFile</name>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::BadgeDialog</name>
    <message>
        <source>Export Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of the forum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 × 54 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID-1 card, 85.6 × 54 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 × 3 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6, 105 × 148 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheets with crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sheets with crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One badge per page (badge printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badges for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to print a badge for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::BadgeSheets</name>
    <message>
        <source>There is nobody to print a badge for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge does not fit on the sheet; choose a smaller badge or one per page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CalendarDialog</name>
    <message>
        <source>The whole trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CalendarExport</name>
    <message>
        <source>There is no person with the id %1 in the trip &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departs %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passengers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CheckResults</name>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding is no longer there; it may have been resolved by an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trip is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CheckService</name>
    <message>
        <source>the trip setting %1 is &apos;%2&apos;; it must be a whole number of %3 from 0 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ChecksDock</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the planning checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open its first record in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trip is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ChecksPage</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (one list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the planning checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trip is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see the records involved. Double-click it (or press Enter) to open its first record in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Acknowledged on %1: “%2”. It shows as open again when one of its records changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement withdrawn: the finding is open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check settings saved: arrival buffer %1 min, passports valid %2 months after return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ChoiceDelegate</name>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CommandLine</name>
    <message>
        <source>--acknowledge needs --reason TEXT: say why the finding is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least 6 characters of the finding&apos;s id, as check prints it, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open finding of &apos;%1&apos; has the id %2; run check to see the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acknowledged finding of &apos;%1&apos; has the id %2; run check to see the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings have ids starting %2; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --acknowledge or --withdraw, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason goes with --acknowledge ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: open errors %2, warnings %3, notes %4; acknowledged %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the planning checks (exit 1 while an error is open); acknowledge a finding by the id it prints, or make it open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the window (on a database FILE, or offering to import a trip document FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation Planner: plan official delegation trips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --db the window opens the database used last, or %1. --sample without --db opens a fresh temporary copy of the sample trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 error (one line on stderr), 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database: give it without --db and --sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &apos;%1&apos; kind &apos;%2&apos;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a command (for example &apos;list trips&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size is %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forum matches &apos;%1&apos; (see &apos;list forums&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several forums match &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several meetings match &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person of the trip matches &apos;%1&apos; (see &apos;list people&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several people match &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the bundled sample trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a trip that is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trip: its UUID or a part of its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum: its UUID or a part of its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf|html|docx|odt for an agenda; xlsx|csv|pdf|json|docx|odt for a roster; pdf|docx|odt for a programme or an itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (default) or Letter; A5 for an itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol|rooming|immigration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster columns instead of the preset&apos;s, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a,b,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a CSV file with a byte-order mark (Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person: their UUID or a part of their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline PDF with one A4 page per day instead of the whole trip on A3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting: its UUID or a part of its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge stock: id1 (85.6 x 54 mm), 90x54 (default), 4x3in or a6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges on a4 (default) or letter sheets with crop marks, or single (one per page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating layout: bilateral (default for a meeting), u-shape (default for a forum) or theatre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the open finding with this id (as check prints it), with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the acknowledged finding with this id open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why an acknowledged finding is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format for %1 is pdf, docx or odt, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the trip programme, day by day, with the delegation and lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the personal itinerary of one traveller, or of each, a page break apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format for an agenda is pdf, html, docx or odt, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset is protocol, rooming or immigration, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format for a roster is xlsx, csv, pdf, json, docx or odt, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bom applies to --format csv only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 contains passport data; share it only with those who need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o of a timeline ends in .png or .pdf, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-day applies to a PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a forum&apos;s printed agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a delegation roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the travellers&apos; calendar (of one person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the trip&apos;s timeline (PDF: whole trip on A3, or a page per day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (co-host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list forums (of a trip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list people (a trip&apos;s delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list organisations (those a trip refers to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --forum or --meeting, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that forum or meeting is not part of the trip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stock is id1, 90x54, 4x3in or a6, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet is a4, letter or single, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o of a seating plan ends in .png or .pdf, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout is bilateral, u-shape or theatre, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seating plan needs --meeting M or --forum F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print name badges for the delegation, or the people of a forum or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print tent place cards, in seat order for a forum&apos;s head table or a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the seating plan of a meeting or a forum&apos;s head table by precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a database (with the sample trip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import trip documents, all or none (&apos;-&apos; reads stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a trip document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Countries</name>
    <message>
        <source>&apos;%1&apos; is not a nationality code: give the three letters of the passport (ICAO, e.g. KOR for the Republic of Korea), or the two of ISO 3166-1 (KR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code: give the two letters of ISO 3166-1, e.g. UZ for Uzbekistan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::CountryChooser</name>
    <message>
        <source>Choose a Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is stored as its two-letter ISO 3166-1 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport&apos;s nationality is its three-letter code (ICAO Doc 9303).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country from a list (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the nationality from a list (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Database</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Delegation Planner database; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegation Planner (schema %2; this version reads up to %3); it was left unchanged. Please update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left unchanged. Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite library does not enforce foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy of %1 could not be made before updating it, so it was left unchanged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the database to schema %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change could not be saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database connection is not SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::DelegationPage</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the delegation by name in either script (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a member to another place in the order of precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people of the directory to the delegation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the member off this delegation; the person stays in the directory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the order of precedence (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Itineraries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the personal itineraries of the selected members as PDF, DOCX or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member in the list, or add people with Add People… (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set role of &apos;%1&apos; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; to precedence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; to the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to the delegation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the delegation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::DelegationTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::DocumentPainter</name>
    <message>
        <source>The page is too small to print on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page layout cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::EditCommand</name>
    <message>
        <source>Redo of “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Edits</name>
    <message>
        <source>choose a day to move the session to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of record has no times to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member is not in this delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both people must have a seat in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ExportController</name>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Agenda — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was written to %1, but the passport checks found:

%2

Correct the passport data and export again, or acknowledge the finding on the Checks page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Itineraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation has no members yet: add them on the Delegation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itineraries of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Itineraries into a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 will be replaced:
%2

Replace them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n itinerary file(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Place Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head table of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place cards — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Seating Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating plan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Seating Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::FieldErrors</name>
    <message>
        <source>Input problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Finding</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::FindingsModel</name>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 open, %3 acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ack.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the record in its editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ForumEditor</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move forum &apos;%1&apos; with its agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ForumTableModel</name>
    <message>
        <source>%1 (co-host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts and co-hosts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Help</name>
    <message>
        <source>Delegation Planner User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delegation Planner %1&lt;/h3&gt;&lt;p&gt;Plan official delegation trips: the delegation, the itinerary, cooperation forums and their agendas, meetings and MOU signings.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Data folder: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Kinds</name>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::LegEditor</name>
    <message>
        <source>Passenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the place of departure (the stop&apos;s own zone for a stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the place of arrival (the stop&apos;s own zone for a stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone; choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit travel leg &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::LinkListEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In printed order. Del removes, Alt+Up/Alt+Down or drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name (any script) and press Return to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected entry, and of the next one added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen record to the list (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message>
        <source>Delegation Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a forum&apos;s agenda, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export A&amp;genda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a forum&apos;s agenda as PDF, HTML, DOCX or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ro&amp;ster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the delegation roster for the protocol office, the hotel or immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trip, or one traveller&apos;s part, as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Progra&amp;mme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trip programme, day by day, as PDF, DOCX or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export I&amp;tineraries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the travellers&apos; personal itineraries, in one file or a file each, as PDF, DOCX or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print name badges for the delegation, or the people of a forum or meeting, on sheets or cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list of the page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people, organisations, agenda sessions and MOUs by any name, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every edit since the database was opened; click one to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages, page size, defaults for new trips, the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to plan a trip, the outputs and the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed (user-guide.md in share/doc/delegation-planner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in &amp;Home Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every time in the trip&apos;s home zone instead of the local time of each place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings of the planning checks beside any page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trip: title, dates, home zone, purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the delegation in order of precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops, travel legs, forums and their agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilateral meetings and courtesy calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memoranda of understanding to be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole journey on one axis, in local times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and protocol problems found in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating plans, name badges and place cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared directory: ministries and host organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared directory: people, names in both scripts, passports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared directory: venues and their rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed by another program; the view was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Delegation Planner window (process %2 on %3).

You can work in both: every edit is saved at once, and each window shows the other&apos;s edits within a few seconds. Undo in this window undoes only the edits made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation Planner databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file than the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (temporary copy)[*] — Delegation Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Delegation Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no trips yet.

Start one with Trip ▸ New Trip (Ctrl+T) or import a trip document with File ▸ Import Trip… (Ctrl+I).
Organisations, People and Venues (Alt+8, Alt+9, Alt+0) can be filled in before any trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.

Open one with File ▸ Open… (Ctrl+O) or create one with File ▸ New Database… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation Planner databases (*.dpdb *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first; then the trip in %1 can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Delegation Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::MeetingsPage</name>
    <message>
        <source>Start (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search meetings: title, stop, counterpart (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not in the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a person from the list: no one is called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting takes place at one of the trip&apos;s stops, and this trip has none yet.

Add the cities of the journey under Programme first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU &apos;%1&apos; (signed at this meeting; it keeps its parties and is no longer tied to a place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::MouPartyModel</name>
    <message>
        <source>(unknown organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or F2 to choose another organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or F2 to choose who signs for it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::MousPage</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search MOUs: title, status, place, party (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not fixed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit MOU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every organisation of the directory is already a party; add the organisation under Organisations first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate MOU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the MOU &apos;%1&apos; (%2, %3)?

Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete MOU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::OptionalDateEdit</name>
    <message>
        <source>Tick when the date is known; clear it to leave the date unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::OrganisationsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::OutputTerms</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PeoplePage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people by name in either script, position… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate person &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PersonChooser</name>
    <message>
        <source>Type part of a name, in any script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PersonChooserDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Delegation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PlaceCardDialog</name>
    <message>
        <source>Export Place Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tent card(s) for %1, in seat order.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A4, folded across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5, folded across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;organisation and country under the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PlaceCards</name>
    <message>
        <source>There is nobody to print a place card for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PlannedTime</name>
    <message>
        <source>&apos;%1&apos; is not a local time of the form YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone (e.g. Asia/Tashkent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (clocks skip it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PlannedTimeEdit</name>
    <message>
        <source>(no time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this time does not exist there (clocks skip it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, UTC%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PlanningChecks</name>
    <message>
        <source>(no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the travel leg %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flight %1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stay in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay in %1 (%2) begins before the stay in %3 (%4) ends: the delegation cannot be in both; correct the arrival or departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it leaves from a stop that is not part of this trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it goes to a stop that is not part of this trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its departure is given in %1, but %2 is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its arrival is given in %1, but %2 is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it departs at %1, before the stay in %2 ends (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it arrives at %1, after the stay in %2 begins (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop after %1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last stop, so no leg goes on from it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) does not join its stops: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 departs at %2 and arrives at %3, the same instant: check the times and their zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 departs at %2 but arrives at %3, %4 before it departs: check the times and their zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lands in %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delegation arrives in %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 between arrival and %2 (%3): %4; this trip asks for at least %5. Move the commitment or travel earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) begins %3 before arrival: %4; this trip asks for at least %5 after arrival. Move the commitment or travel earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is booked twice at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room is used by two sessions at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lies outside its forum&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum lies outside the stay at its stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting lies outside the stay at its stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum or meeting is timed in another zone than its stop&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stops overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A travel leg does not join its stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A travel leg arrives before it departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little time between arrival and the first commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A traveller has no passport data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport expires too soon after the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MOU party has no signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MOU signatory is neither on the delegation nor a counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MOU is signed at a forum or meeting of another trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation has no head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two members share a place in the precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seating plan seats someone who is not there or misses someone who is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keynote or presentation has no speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOU &apos;%1&apos; (%2) names no signatory for %3: name who signs for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs the MOU &apos;%2&apos; for %3 but is neither on the delegation nor among the counterparts it meets: add them to the delegation, a meeting or a session, or name another signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forum that is not part of this trip (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting that is not part of this trip (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOU &apos;%1&apos; is marked as signed at %2: choose a forum or meeting of this trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation of &apos;%1&apos; has no members yet, so no head: add the members and give one the role of head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation of &apos;%1&apos; has no head: give one member the role of head (rosters and protocol lists start with the head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 share the place %2 in the order of precedence: renumber the delegation so each member has a place of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panellist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) begins before the delegation arrives in %3 (%4): move it or change the stop&apos;s arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) ends after the delegation leaves %3 (%4): move it or change the stop&apos;s departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is booked twice at once: as %2 in %3 (%4) and as %5 in %6 (%7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 is used twice at once: %2 (%3) and %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begins before its forum opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends after its forum closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 (%2) %3 (%4): move the session or change the forum&apos;s times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is timed in %2, but %3 is in %4: give its times in %4, the local time there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keynote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) has no speaker: name who gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seats %1, who no longer take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no seat for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seating plan of &apos;%1&apos; %2: arrange the seats again or swap them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member of the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passenger on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport number and expiry date are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passport number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passport expiry date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete passport data for %1, %2: %3. Visa and immigration lists need both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passport of %1 (%2) expired on %3, before the trip; it must be valid until at least %4 (%5 months after the return on %6). Renew it before departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passport of %1 (%2) expires on %3; it must be valid until at least %4 (%5 months after the return on %6), or entry may be refused. Renew it before departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown person (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown organisation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start of Delegation Planner on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of agendas, programmes and itineraries printed or exported from the window, and the page size their dialogs start with, from the next export on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;zone of new trips:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead organisation of new trips:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For trips made with Trip ▸ New Trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where every export starts; empty: the folder used last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in the trip&apos;s &amp;home zone (View ▸ Times in Home Zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ProgrammePage</name>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 also deletes or changes:

%2

Delete it? Edit ▸ Undo (Ctrl+Z) brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the programme: cities, flights, forums, sessions, speakers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trip&apos;s stops, travel legs and forums in time order; select one to edit it below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stop (a city) after the last one (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Travel &amp;Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a flight or other journey from the selected stop to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a forum at the selected stop, the day after arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stop, travel leg or forum above to edit it.

To build a programme: add the trip&apos;s stops (New Stop, Ctrl+Shift+N), then its travel legs and forums; select a forum to write its agenda (Ctrl+Return adds the next session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rum Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create travel leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum takes place at one of the trip&apos;s stops: add the stop first (New Stop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate stop &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate travel leg &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stop &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the travel leg &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete travel leg &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the forum “%1” with its %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the travel leg “%1” keeps the city as a place name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MOU “%1” no longer says where it is signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ProtocolDialogs</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ProtocolOutputs</name>
    <message>
        <source>A seating plan is for a meeting or a forum; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name badges — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place cards — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ProtocolPage</name>
    <message>
        <source>Meeting or forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange by Precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Place Cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Seating Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint Seating Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (head table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is stored with the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated by precedence; not stored until you swap seats or arrange them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange Seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ProtocolPdf</name>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ProtocolPeople</name>
    <message>
        <source>Host side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum is not part of this trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not part of this trip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::RecordChange</name>
    <message>
        <source>the member is no longer in the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed or deleted elsewhere (another window or program) since it was shown, so nothing was written; the view now shows the current version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::RecordPage</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list as you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by:

%2

Delete it anyway? It is taken off these records. Edit ▸ Undo (Ctrl+Z) brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Roster</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in local script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown roster column &quot;%1&quot;. Known columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one roster column. Known columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one roster column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delegation member refers to a person who is not in the trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::RosterDialog</name>
    <message>
        <source>Custom columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This roster contains passport data (%1). Send it only to those who need it, such as the immigration or visa office, and delete copies you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::RosterWriter</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet library could not start a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order of precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the local time of each city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains passport data: personal data, to be handled accordingly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains passport data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::SearchDialog</name>
    <message>
        <source>&amp;Go to Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen record on its page (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name: people, organisations, agenda sessions and MOUs are searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found; Enter or double-click goes to the record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::SearchResultModel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Seating</name>
    <message>
        <source>Bilateral table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theatre rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::SeatingDiagram</name>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating plan · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::SeatingView</name>
    <message>
        <source>Drag a seat onto another to swap the two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting or forum to see its seating plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::StopEditor</name>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone; choose one from the list, e.g. Asia/Tashkent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stop &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time zone of stop &apos;%1&apos; to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Storage</name>
    <message>
        <source>say why this finding is acceptable (e.g. &quot;interpreter works in both sessions by design&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an acknowledgement needs the rule and fingerprint of its finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no trip with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this finding was not acknowledged for the trip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session&apos;s times are in its forum&apos;s time zone %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s forum does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no forum with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum has sessions in another time zone; move it to a stop in the same zone or change the sessions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no session with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no stop with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no travel leg with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no MOU with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no organisation with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation of trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with id %2 (was it deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted while it is used by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not prepare a statement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trip &apos;%1&apos; (%2) is already in this database; replace it to import this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel leg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new order must list every member of the delegation exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no venue with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TimelineLayout</name>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TimelinePage</name>
    <message>
        <source>Change departure from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change arrival of travel leg &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change end of forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change end of session &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change end of meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stay in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move travel leg &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move forum &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move session &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move signing of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeline.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less time, in more detail (Ctrl++; + or Ctrl+wheel on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more time (Ctrl+-; - on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole trip across the width (Ctrl+0; 0 on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day in the middle of the view across the width, in the local time of the place (D on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of each place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone the day and hour labels of every lane are read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole trip&apos;s timeline as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF (A3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole trip&apos;s timeline on one A3 landscape page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF per Day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline with one A4 landscape page per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as PDF, One Page per Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as PDF on A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TimelineRenderer</name>
    <message>
        <source>Each lane in the local time of its place; header in home time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lane in home time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lane in UTC; header in home time (%1) and UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay at a stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break or meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an open finding (error, warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline image could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; should end in .png or .pdf to say which kind of file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per day are for PDF; write a .pdf file or leave out the per-day option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TimelineView</name>
    <message>
        <source>Trip timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings of the checks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TripActions</name>
    <message>
        <source>New trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create trip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new trip: give it a title and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate trip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Trip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trip &apos;%1&apos; with everything in it?

• %2

People, organisations and venues stay in the directories. Edit ▸ Undo (Ctrl+Z) brings the trip back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete trip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the trip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip documents (*.dptrip *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a trip document that can be imported:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Trip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds the trip “%1”.

Replace it with the trip from %2? Its delegation, itinerary, forums, meetings and MOUs in this database are replaced. Edit ▸ Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Trip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the trip “%1” from %2 into %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import trip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a delegation of %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n travel leg(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MOU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TripDocument</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UUID string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot; or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone (e.g. Asia/Tashkent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (not part of version %2 of the format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time object {local, zone, utcOffset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a local time of the form YYYY-MM-DDTHH:MM (seconds optional, no offset and no Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time object {local, zone, utcOffset} or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; appears twice in the same object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values are nested more than %1 deep; a trip document is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a trip document is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 at byte %1 (%2); save it with UTF-8 encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read as JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (ends early at byte %1); it may have been cut off while copying or saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (at byte %1, %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;format&apos;: this is not a Delegation Planner trip document (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;version&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version %1 (this build reads version %2; a newer Delegation Planner wrote this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trip ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number (1 = first in protocol order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the stop is in %2; a stop&apos;s arrival and departure are in its own zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the meeting starts in %2; a meeting&apos;s times are in the zone of its stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: bilateral, u-shape, theatre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: delegation, host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MOU is signed at a forum or at a meeting, not both: set signedAtForum or signedAtMeeting to null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1, which is a %2 (at %3), not a %4 in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the meeting&apos;s stop is in %2; a meeting&apos;s times are in the zone of its stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the forum&apos;s stop is in %2; a forum&apos;s times are in the zone of its stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trip document could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trip document could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (expected 8-4-4-4-12 lowercase hexadecimal digits without braces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Delegation Planner trip document (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version %1 (this build reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id %1 (also at %2); every id must be unique in the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1 is already in the delegation (at %2); a person is listed at most once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precedence %1 is out of range (1 = first in protocol order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precedence %1 is also given at %2; each member needs a different place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop ends before it starts: departure %2 is not after arrival %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leg ends before it starts: arrival %2 is not after departure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the forum is in %2; a session&apos;s times are in its forum&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session ends before it starts: end %2 is not after start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the forum starts in %2; a forum&apos;s times are in the zone of its stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum ends before it starts: end %2 is not after start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting ends before it starts: end %2 is not after start %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TripDocumentDialog</name>
    <message>
        <source>Export Itineraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 (booklet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF to print and send as it is; DOCX or ODT to edit further in a word processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Travellers, in order of precedence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;file, each traveller from a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file &amp;each, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n traveller(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one traveller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TripDocuments</name>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All times are the local time of each place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All times are the local time of each place, with the time in %1 (%2) beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passengers: the whole delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passengers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOU signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops and lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts are recorded for these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the delegation of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one member of the delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrives %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overnight: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TripListModel</name>
    <message>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::TripPage</name>
    <message>
        <source>Forums (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit trip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TripTransfer</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds the trip &apos;%1&apos;, which %2 holds too; import one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trip &apos;%1&apos; (%2) is already in the database; use --replace to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &apos;%1&apos; cannot be exported: %2. Correct it on the Organisations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be exported: %2. Correct it on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trip given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trip matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several trips match &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled sample trip cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::Validation</name>
    <message>
        <source>a time zone is required (e.g. Asia/Tashkent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (clocks skip it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start and end must be in the same time zone (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at %1, which is not after the start at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passport expires before the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trip ends on %1, before it starts on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delegation member must be a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of precedence starts at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival and departure are in the stop&apos;s own time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrives (%1) before or when it departs (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a travel leg needs a place or stop of departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a travel leg needs a place or stop of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a travel leg cannot start and end at the same stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passenger is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forum takes place at one of the trip&apos;s stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host must be an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation is listed twice among the hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a speaker must be a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person is listed twice among the speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MOU is signed either at a forum or at a meeting, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party must be an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation is listed twice among the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting takes place at one of the trip&apos;s stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person is listed twice in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::VenuesPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search venues by name, city or room (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder rooms of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit venue &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue already has a room of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove room &apos;%1&apos; from &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move room &apos;%1&apos; of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename room of &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate venue &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete venue &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ZipPackage</name>
    <message>
        <source>Cannot start the document&apos;s archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 into the document&apos;s archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the document&apos;s archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the document&apos;s archive back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner::ZoneComboBox</name>
    <message>
        <source>IANA time zone of the place, e.g. Asia/Tashkent; type part of a city to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
