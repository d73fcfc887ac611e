<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Finding</source>
        <translation>점검 결과 확인 처리</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>Why this is acceptable, for whoever reads the checks next (e.g. “interpreter works in both sessions by design”)</source>
        <translation>다음에 점검 결과를 보는 사람이 알 수 있도록, 이 점검 결과를 받아들이는 사유를 적습니다(예: “통역이 두 세션을 모두 맡도록 계획함”)</translation>
    </message>
    <message>
        <source>Why this is acceptable</source>
        <translation>받아들이는 사유</translation>
    </message>
    <message>
        <source>The finding then shows as acknowledged, not as open, until one of its records changes. Withdraw Acknowledgement makes it open again.</source>
        <translation>확인 처리하면 관련 항목 중 하나가 변경될 때까지 이 점검 결과는 미처리가 아닌 확인 처리됨으로 표시됩니다. 확인 취소를 하면 다시 미처리가 됩니다.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Forum Agenda</source>
        <translation>포럼 의사일정</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>포럼(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>캘린더 내보내기</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>대상(&amp;F):</translation>
    </message>
    <message>
        <source>The whole trip, or one traveller&apos;s part of it (their sessions, meetings, forums and flights)</source>
        <translation>출장 전체 또는 출장자 한 명의 일정(해당 출장자의 세션, 면담, 포럼, 항공편)</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>&amp;Group by:</source>
        <translation>분류 기준(&amp;G):</translation>
    </message>
    <message>
        <source>Group the findings by severity or by the rule that found them; click a column header to sort</source>
        <translation>점검 결과를 심각도별 또는 해당 결과를 찾은 규칙별로 분류합니다. 열 머리글을 누르면 정렬됩니다</translation>
    </message>
    <message>
        <source>Accept the selected finding with a reason: it then shows as acknowledged until its records change</source>
        <translation>선택한 점검 결과를 사유와 함께 받아들입니다. 관련 항목이 변경될 때까지 확인 처리됨으로 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>확인 처리(&amp;A)…</translation>
    </message>
    <message>
        <source>Make the selected acknowledged finding open again</source>
        <translation>확인 처리된 점검 결과를 다시 미처리로 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;Withdraw Acknowledgement</source>
        <translation>확인 취소(&amp;W)</translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open its first record in the editor</source>
        <translation>점검 결과를 두 번 누르거나 Enter 키를 누르면 첫 번째 관련 항목이 편집기에서 열립니다</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>선택한 점검 결과</translation>
    </message>
    <message>
        <source>Check settings of this trip</source>
        <translation>이 출장의 점검 설정</translation>
    </message>
    <message>
        <source>Arrival &amp;buffer:</source>
        <translation>도착 후 여유 시간(&amp;B):</translation>
    </message>
    <message>
        <source>Least time between arriving in a city and the first commitment there</source>
        <translation>도시에 도착한 뒤 그 도시의 첫 일정까지 필요한 최소 시간</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>&amp;Passport valid for:</source>
        <translation>여권 잔여 유효 기간(&amp;P):</translation>
    </message>
    <message>
        <source>Months a traveller&apos;s passport must stay valid after the trip&apos;s return (a common entry rule is six)</source>
        <translation>출장자의 여권이 귀국일 이후 유효해야 하는 개월 수(일반적인 입국 요건은 6개월)</translation>
    </message>
    <message>
        <source> months after return</source>
        <translation>개월(귀국일 이후)</translation>
    </message>
    <message>
        <source>Saved at once; not part of Undo.</source>
        <translation>즉시 저장되며 실행 취소 대상이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>DelegationMemberForm</name>
    <message>
        <source>Person:</source>
        <translation>인물:</translation>
    </message>
    <message>
        <source>Edit the person&apos;s name, position and passport under Directories ▸ People</source>
        <translation>인물의 성명, 직위, 여권 정보는 공용 목록 ▸ 인물에서 편집합니다</translation>
    </message>
    <message>
        <source>Precedence:</source>
        <translation>의전 서열:</translation>
    </message>
    <message>
        <source>Place in the order of precedence: drag rows or use Move Up and Move Down</source>
        <translation>의전 서열상의 순서. 행을 끌어 놓거나 위로 이동·아래로 이동 버튼을 사용합니다</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>The member&apos;s role in the delegation</source>
        <translation>대표단에서 이 단원이 맡는 역할</translation>
    </message>
</context>
<context>
    <name>ForumForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>The forum title as printed on the agenda</source>
        <translation>의사일정에 인쇄되는 포럼 제목</translation>
    </message>
    <message>
        <source>&amp;Stop:</source>
        <translation>방문지(&amp;S):</translation>
    </message>
    <message>
        <source>The stop of the trip where the forum is held; its times are in that city&apos;s zone</source>
        <translation>포럼이 열리는 출장 방문지. 포럼의 시각은 해당 도시의 시간대를 따릅니다</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>장소(&amp;V):</translation>
    </message>
    <message>
        <source>Where the forum is held (from the Venues directory)</source>
        <translation>포럼이 열리는 장소(장소 목록에서 선택)</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>시작(&amp;R):</translation>
    </message>
    <message>
        <source>Changing the start moves the whole agenda with it</source>
        <translation>시작 시각을 바꾸면 의사일정 전체가 함께 이동합니다</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>종료(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>주최(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
</context>
<context>
    <name>LegForm</name>
    <message>
        <source>&amp;From:</source>
        <translation>출발지(&amp;F):</translation>
    </message>
    <message>
        <source>A stop of the trip, or &quot;Other place&quot; for home or a transit airport</source>
        <translation>출장 방문지 또는 본국이나 경유 공항인 경우 &quot;기타 장소&quot;</translation>
    </message>
    <message>
        <source>The place of departure when it is not a stop of the trip, e.g. Seoul (ICN)</source>
        <translation>출발지가 출장 방문지가 아닌 경우의 출발 장소(예: Seoul (ICN))</translation>
    </message>
    <message>
        <source>Place, e.g. Seoul (ICN)</source>
        <translation>장소(예: Seoul (ICN))</translation>
    </message>
    <message>
        <source>De&amp;parture:</source>
        <translation>출발(&amp;P):</translation>
    </message>
    <message>
        <source>Departure in the local time of the place of departure</source>
        <translation>출발지 현지 시각 기준 출발 시각</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>도착지(&amp;T):</translation>
    </message>
    <message>
        <source>A stop of the trip, or &quot;Other place&quot;</source>
        <translation>출장 방문지 또는 &quot;기타 장소&quot;</translation>
    </message>
    <message>
        <source>The place of arrival when it is not a stop of the trip</source>
        <translation>도착지가 출장 방문지가 아닌 경우의 도착 장소</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>도착(&amp;A):</translation>
    </message>
    <message>
        <source>Arrival in the local time of the place of arrival</source>
        <translation>도착지 현지 시각 기준 도착 시각</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>운송사(&amp;C):</translation>
    </message>
    <message>
        <source>Airline, railway or other carrier, e.g. Asiana Airlines or OZ</source>
        <translation>항공사, 철도 등 운송사(예: Asiana Airlines 또는 OZ)</translation>
    </message>
    <message>
        <source>Flight &amp;number:</source>
        <translation>편명(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. OZ 573</source>
        <translation>예: OZ 573</translation>
    </message>
    <message>
        <source>Pa&amp;ssengers:</source>
        <translation>탑승자(&amp;S):</translation>
    </message>
    <message>
        <source>The whole delegation travels on this leg; uncheck to choose the passengers</source>
        <translation>대표단 전원이 이 이동 구간을 이용합니다. 탑승자를 따로 지정하려면 체크를 해제하십시오</translation>
    </message>
    <message>
        <source>&amp;Whole delegation</source>
        <translation>대표단 전원(&amp;W)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>비고(&amp;O):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Trips</source>
        <translation>출장 목록(&amp;T)</translation>
    </message>
    <message>
        <source>What to show: a part of the chosen trip, or a shared directory (Alt+1 … Alt+0)</source>
        <translation>표시할 내용: 선택한 출장의 각 부분 또는 공용 목록(Alt+1 … Alt+0)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>출장(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>비어 있는 새 데이터베이스 파일 만들기</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>데이터베이스 파일 열기</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>사본으로 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole database to another file</source>
        <translation>데이터베이스 전체의 일관된 사본을 다른 파일에 저장</translation>
    </message>
    <message>
        <source>&amp;Import Trip…</source>
        <translation>출장 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a trip document (JSON) into this database</source>
        <translation>출장 파일(JSON)을 이 데이터베이스로 가져오기</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Trip…</source>
        <translation>출장 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected trip as a trip document (JSON)</source>
        <translation>선택한 출장을 출장 파일(JSON)로 저장</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;New Trip</source>
        <translation>새 출장(&amp;N)</translation>
    </message>
    <message>
        <source>Create a trip in this database and show its overview</source>
        <translation>이 데이터베이스에 출장을 만들고 개요 표시</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Duplicate Trip</source>
        <translation>출장 복제(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected trip with its delegation, itinerary, forums, meetings and MOUs</source>
        <translation>선택한 출장을 대표단, 방문지와 이동 구간, 포럼, 면담, MOU와 함께 복제</translation>
    </message>
    <message>
        <source>De&amp;lete Trip…</source>
        <translation>출장 삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected trip with everything in it (Edit ▸ Undo brings it back)</source>
        <translation>선택한 출장과 그 안의 모든 내용 삭제(편집 ▸ 실행 취소로 되살릴 수 있음)</translation>
    </message>
    <message>
        <source>&amp;About Delegation Planner</source>
        <translation>Delegation Planner 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>What the meeting is called in the programme, e.g. Meeting with the First Deputy Prime Minister</source>
        <translation>일정에 표시되는 면담 명칭(예: 제1부총리 면담)</translation>
    </message>
    <message>
        <source>Sto&amp;p:</source>
        <translation>방문지(&amp;P):</translation>
    </message>
    <message>
        <source>The city of the trip where the meeting takes place; its time zone is the zone of the times below</source>
        <translation>면담이 열리는 출장 도시. 아래 시각은 이 도시의 시간대를 따릅니다</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>Local time at the stop, as agreed with the host side</source>
        <translation>상대측과 합의한 방문지 현지 시각</translation>
    </message>
    <message>
        <source>Ends &amp;at:</source>
        <translation>종료(&amp;A):</translation>
    </message>
    <message>
        <source>Local time at the stop; must be after the start</source>
        <translation>방문지 현지 시각. 시작 시각보다 늦어야 합니다</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>장소(&amp;L):</translation>
    </message>
    <message>
        <source>Building or room, e.g. Cabinet of Ministers, Tashkent</source>
        <translation>건물 또는 회의실(예: Cabinet of Ministers, Tashkent)</translation>
    </message>
    <message>
        <source>Pu&amp;rpose:</source>
        <translation>목적(&amp;R):</translation>
    </message>
    <message>
        <source>What the meeting is for</source>
        <translation>면담의 목적</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>비고(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Counterparts:</source>
        <translation>상대측 인사(&amp;C):</translation>
    </message>
    <message>
        <source>Host-side people at the meeting, in the order they are listed</source>
        <translation>면담에 참석하는 상대측 인사(기재 순서대로)</translation>
    </message>
    <message>
        <source>Find a person of the directory by any part of the name (Latin, Hangul, Cyrillic), position or organisation; Return adds them</source>
        <translation>이름의 일부(로마자, 한글, 키릴 문자), 직위 또는 기관으로 인물 목록에서 검색합니다. Return 키를 누르면 추가됩니다</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>추가(&amp;I)</translation>
    </message>
    <message>
        <source>Add the person chosen to the counterparts</source>
        <translation>선택한 인물을 상대측 인사에 추가</translation>
    </message>
    <message>
        <source>Ta&amp;ke Off</source>
        <translation>제외(&amp;K)</translation>
    </message>
    <message>
        <source>Take the selected counterpart off the meeting</source>
        <translation>선택한 상대측 인사를 면담에서 제외</translation>
    </message>
    <message>
        <source>Delegation &amp;members:</source>
        <translation>참석 대표단원(&amp;M):</translation>
    </message>
    <message>
        <source>Tick the members of the delegation who take part (Space ticks the selected one)</source>
        <translation>면담에 참석하는 대표단원에 체크합니다(Space 키로 선택한 단원 체크)</translation>
    </message>
</context>
<context>
    <name>MouForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>The MOU as it is called in the programme, e.g. MOU on cooperation in e-government</source>
        <translation>일정에 표시되는 MOU 명칭(예: 전자정부 협력에 관한 MOU)</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>주요 내용(&amp;J):</translation>
    </message>
    <message>
        <source>What the parties agree to cooperate on</source>
        <translation>당사자들이 협력하기로 합의하는 분야</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>상태(&amp;A):</translation>
    </message>
    <message>
        <source>Draft: being negotiated; agreed: text final, to be signed; signed</source>
        <translation>초안: 협의 중, 합의: 문안 확정·서명 예정, 서명: 서명 완료</translation>
    </message>
    <message>
        <source>Si&amp;gned at:</source>
        <translation>서명 계기(&amp;G):</translation>
    </message>
    <message>
        <source>The forum or meeting of this trip at which it is (to be) signed, or not fixed yet</source>
        <translation>이 MOU를 서명하는(또는 서명할 예정인) 이 출장의 포럼이나 면담, 또는 미정</translation>
    </message>
    <message>
        <source>Signing t&amp;ime:</source>
        <translation>서명 시각(&amp;I):</translation>
    </message>
    <message>
        <source>Tick when the time of signing is fixed; it is entered in the local time of the place of signing</source>
        <translation>서명 시각이 정해지면 체크합니다. 서명 장소의 현지 시각으로 입력합니다</translation>
    </message>
    <message>
        <source>Local time at the place of signing</source>
        <translation>서명 장소의 현지 시각</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>비고(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Parties and signatories:</source>
        <translation>당사자 및 서명자(&amp;P):</translation>
    </message>
    <message>
        <source>The parties in signing order; double-click or F2 on a cell to choose the organisation or its signatory</source>
        <translation>서명 순서에 따른 당사자. 셀을 두 번 누르거나 F2 키를 눌러 기관 또는 서명자를 선택합니다</translation>
    </message>
    <message>
        <source>Add Part&amp;y</source>
        <translation>당사자 추가(&amp;Y)</translation>
    </message>
    <message>
        <source>Add an organisation as a party (choose it in the new row)</source>
        <translation>기관을 당사자로 추가(새 행에서 선택)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Take the selected party off the MOU</source>
        <translation>선택한 당사자를 MOU에서 제거</translation>
    </message>
    <message>
        <source>M&amp;ove Up</source>
        <translation>위로 이동(&amp;O)</translation>
    </message>
    <message>
        <source>Move the selected party earlier in the signing order</source>
        <translation>선택한 당사자를 서명 순서에서 앞으로 이동</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected party later in the signing order</source>
        <translation>선택한 당사자를 서명 순서에서 뒤로 이동</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <source>Move Session to Day</source>
        <translation>세션 날짜 이동</translation>
    </message>
    <message>
        <source>To &amp;day:</source>
        <translation>이동할 날짜(&amp;D):</translation>
    </message>
    <message>
        <source>The days of the forum; the session keeps its local time</source>
        <translation>포럼 개최일. 세션의 현지 시각은 그대로 유지됩니다</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>명칭(&amp;N):</translation>
    </message>
    <message>
        <source>The organisation&apos;s name in English, as printed on agendas</source>
        <translation>의사일정에 인쇄되는 기관의 영문 명칭</translation>
    </message>
    <message>
        <source>Name in &amp;local script:</source>
        <translation>현지 표기 이름(&amp;L):</translation>
    </message>
    <message>
        <source>The name in the organisation&apos;s own script (Hangul, Cyrillic, Azerbaijani…)</source>
        <translation>기관 고유 문자(한글, 키릴 문자, 아제르바이잔 문자 등)로 쓴 이름</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>약칭(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>국가(&amp;C):</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 code, e.g. KR, UZ, AZ</source>
        <translation>ISO 3166 두 글자 코드(예: KR, UZ, AZ)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>유형(&amp;K):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>비고(&amp;O):</translation>
    </message>
</context>
<context>
    <name>PersonChooserDialog</name>
    <message>
        <source>Add to Delegation</source>
        <translation>대표단에 추가</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>Name in either script, position or organisation</source>
        <translation>이름(두 가지 표기 모두 가능), 직위 또는 기관</translation>
    </message>
    <message>
        <source>People of the directory who are not yet in this delegation; choose one or more</source>
        <translation>아직 이 대표단에 없는 인물 목록의 인물. 한 명 이상 선택합니다</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>The role the people chosen take in the delegation</source>
        <translation>선택한 인물이 대표단에서 맡는 역할</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Family name:</source>
        <translation>성(&amp;F):</translation>
    </message>
    <message>
        <source>Family name in the Latin spelling of the passport, e.g. HONG; printed in capitals</source>
        <translation>여권의 로마자 표기 성(예: HONG). 대문자로 인쇄됩니다</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>이름(&amp;G):</translation>
    </message>
    <message>
        <source>Given name in the Latin spelling of the passport, e.g. Yun-sik</source>
        <translation>여권의 로마자 표기 이름(예: Yun-sik)</translation>
    </message>
    <message>
        <source>Name in &amp;local script:</source>
        <translation>현지 표기 이름(&amp;L):</translation>
    </message>
    <message>
        <source>The name in the person&apos;s own script (Hangul, Cyrillic…), e.g. 홍윤식</source>
        <translation>인물 고유 문자(한글, 키릴 문자 등)로 쓴 이름(예: 홍윤식)</translation>
    </message>
    <message>
        <source>Hono&amp;rific:</source>
        <translation>경칭(&amp;R):</translation>
    </message>
    <message>
        <source>Title printed before the name, e.g. H.E., Dr, Prof.</source>
        <translation>이름 앞에 인쇄되는 경칭(예: H.E., Dr, Prof.)</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>직위(&amp;P):</translation>
    </message>
    <message>
        <source>Position as printed on agendas and rosters, e.g. Minister of the Interior</source>
        <translation>의사일정과 명단에 인쇄되는 직위(예: Minister of the Interior)</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>기관(&amp;O):</translation>
    </message>
    <message>
        <source>The organisation the person works for (from the Organisations directory)</source>
        <translation>인물이 소속된 기관(기관 목록에서 선택)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>전화(&amp;H):</translation>
    </message>
    <message>
        <source>With the country code, e.g. +82 2 2100 3000</source>
        <translation>국가 번호 포함(예: +82 2 2100 3000)</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>비고(&amp;T):</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>여권 정보</translation>
    </message>
    <message>
        <source>Personal data, needed for visa and hotel lists only</source>
        <translation>개인 정보. 비자 신청과 숙소 명단에만 필요합니다</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>성별(&amp;X):</translation>
    </message>
    <message>
        <source>As in the passport</source>
        <translation>여권 기재 내용대로</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>생년월일(&amp;B):</translation>
    </message>
    <message>
        <source>Tick the box to enter the date; leave it clear when not known</source>
        <translation>날짜를 입력하려면 체크합니다. 모르면 비워 둡니다</translation>
    </message>
    <message>
        <source>Nat&amp;ionality:</source>
        <translation>국적(&amp;I):</translation>
    </message>
    <message>
        <source>Three-letter ISO 3166 code as in passports, e.g. KOR, UZB, AZE</source>
        <translation>여권에 쓰는 ISO 3166 세 글자 코드(예: KOR, UZB, AZE)</translation>
    </message>
    <message>
        <source>Pa&amp;ssport number:</source>
        <translation>여권 번호(&amp;S):</translation>
    </message>
    <message>
        <source>Personal data: shown only here and in the exports that need it</source>
        <translation>개인 정보. 이곳과 이 정보가 필요한 내보내기에만 표시됩니다</translation>
    </message>
    <message>
        <source>Passport &amp;valid until:</source>
        <translation>여권 만료일(&amp;V):</translation>
    </message>
    <message>
        <source>The planning checks warn when it expires within six months of the return</source>
        <translation>귀국일로부터 6개월 이내에 만료되면 계획 점검에서 경고합니다</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Export Delegation Roster</source>
        <translation>대표단 명단 내보내기</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>용도(&amp;F):</translation>
    </message>
    <message>
        <source>Who receives the roster: each preset has the columns that recipient needs</source>
        <translation>명단을 받는 곳. 기본 구성마다 해당 수신처에 필요한 열이 들어 있습니다</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>열(&amp;C):</translation>
    </message>
    <message>
        <source>Tick the columns of a custom roster; drag to change their order</source>
        <translation>사용자 지정 명단에 넣을 열을 체크합니다. 끌어 놓아 순서를 바꿉니다</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <source>Start with a &amp;byte-order mark (for Excel)</source>
        <translation>Excel용 바이트 순서 표시 추가(&amp;B)</translation>
    </message>
    <message>
        <source>Excel on Windows reads a CSV file as UTF-8 only when it starts with a byte-order mark</source>
        <translation>Windows용 Excel은 CSV 파일이 바이트 순서 표시로 시작할 때만 UTF-8로 읽습니다</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation>통합 검색</translation>
    </message>
    <message>
        <source>&amp;Search for:</source>
        <translation>검색어(&amp;S):</translation>
    </message>
    <message>
        <source>Part of a name in any script (Latin, Hangul, Cyrillic), a position, an abbreviation, a session or MOU title; upper and lower case are the same</source>
        <translation>모든 문자(로마자, 한글, 키릴 문자)로 쓴 이름의 일부, 직위, 약칭, 세션 또는 MOU 제목. 대소문자를 구분하지 않습니다</translation>
    </message>
    <message>
        <source>Name, title or subject — e.g. Hong, 홍, Азимов, ASAN</source>
        <translation>이름, 제목 또는 주요 내용(예: Hong, 홍, Азимов, ASAN)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to the record</source>
        <translation>Enter 키를 누르거나 두 번 누르면 해당 항목으로 이동합니다</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>S&amp;tart:</source>
        <translation>시작(&amp;T):</translation>
    </message>
    <message>
        <source>Changing the start keeps the length of the session</source>
        <translation>시작 시각을 바꾸어도 세션 길이는 유지됩니다</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>종료(&amp;E):</translation>
    </message>
    <message>
        <source>Ki&amp;nd:</source>
        <translation>유형(&amp;N):</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>회의실(&amp;M):</translation>
    </message>
    <message>
        <source>A room of the venue, or type another</source>
        <translation>장소의 회의실 중 하나를 선택하거나 직접 입력</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>제목(&amp;I):</translation>
    </message>
    <message>
        <source>As printed on the agenda</source>
        <translation>의사일정에 인쇄되는 제목</translation>
    </message>
    <message>
        <source>&amp;Presented by:</source>
        <translation>발표 기관(&amp;P):</translation>
    </message>
    <message>
        <source>The organisation presenting the session (type to search)</source>
        <translation>세션을 발표하는 기관(입력하면 검색됨)</translation>
    </message>
    <message>
        <source>Spea&amp;kers:</source>
        <translation>연사(&amp;K):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>비고(&amp;O):</translation>
    </message>
</context>
<context>
    <name>ShiftSessionsDialog</name>
    <message>
        <source>Shift Sessions</source>
        <translation>세션 일괄 이동</translation>
    </message>
    <message>
        <source>Shift &amp;by:</source>
        <translation>이동 시간(&amp;B):</translation>
    </message>
    <message>
        <source>Minutes later (positive) or earlier (negative)</source>
        <translation>늦출 시간(양수) 또는 앞당길 시간(음수, 분 단위)</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
</context>
<context>
    <name>StopForm</name>
    <message>
        <source>&amp;City:</source>
        <translation>도시(&amp;C):</translation>
    </message>
    <message>
        <source>The city of the stop, as printed on the programme</source>
        <translation>일정에 인쇄되는 방문지 도시 이름</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>국가(&amp;O):</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 code, e.g. UZ, AZ</source>
        <translation>ISO 3166 두 글자 코드(예: UZ, AZ)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>시간대(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>도착(&amp;A):</translation>
    </message>
    <message>
        <source>Arrival in the local time of the city</source>
        <translation>도시 현지 시각 기준 도착 시각</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>출발(&amp;D):</translation>
    </message>
    <message>
        <source>Departure in the local time of the city</source>
        <translation>도시 현지 시각 기준 출발 시각</translation>
    </message>
    <message>
        <source>&amp;Lodging:</source>
        <translation>숙소(&amp;L):</translation>
    </message>
    <message>
        <source>Hotel or residence of the delegation</source>
        <translation>대표단의 호텔 또는 관저</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>비고(&amp;O):</translation>
    </message>
</context>
<context>
    <name>TripPage</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>The trip as it is called in the ministry, e.g. Visit to Uzbekistan and Azerbaijan</source>
        <translation>부처 내에서 부르는 출장 명칭(예: 우즈베키스탄·아제르바이잔 방문)</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>시작일(&amp;S):</translation>
    </message>
    <message>
        <source>The day the delegation leaves home</source>
        <translation>대표단이 본국을 출발하는 날</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>종료일(&amp;E):</translation>
    </message>
    <message>
        <source>The day the delegation is back home</source>
        <translation>대표단이 본국에 돌아오는 날</translation>
    </message>
    <message>
        <source>Length of the trip, both days counted</source>
        <translation>출장 기간(시작일과 종료일 포함)</translation>
    </message>
    <message>
        <source>&amp;Home time zone:</source>
        <translation>본국 시간대(&amp;H):</translation>
    </message>
    <message>
        <source>Where the delegation comes from; View ▸ Times in Home Zone shows every time in this zone</source>
        <translation>대표단이 출발하는 본국의 시간대. 보기 ▸ 본국 시각으로 표시를 선택하면 모든 시각이 이 시간대로 표시됩니다</translation>
    </message>
    <message>
        <source>UTC offset of the home zone at the start of the trip</source>
        <translation>출장 시작일 기준 본국 시간대의 UTC 시차</translation>
    </message>
    <message>
        <source>&amp;Lead organisation:</source>
        <translation>파견 기관(&amp;L):</translation>
    </message>
    <message>
        <source>The organisation that leads the delegation (from the Organisations directory)</source>
        <translation>대표단을 이끄는 기관(기관 목록에서 선택)</translation>
    </message>
    <message>
        <source>&amp;Delegation name:</source>
        <translation>대표단 명칭(&amp;D):</translation>
    </message>
    <message>
        <source>As printed on rosters, e.g. Korean government delegation on public governance</source>
        <translation>명단에 인쇄되는 명칭(예: Korean government delegation on public governance)</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>목적(&amp;P):</translation>
    </message>
    <message>
        <source>Why the trip is made, for briefings and the host side</source>
        <translation>출장 목적(보고 자료와 상대측 안내용)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>비고(&amp;O):</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>명칭(&amp;M):</translation>
    </message>
    <message>
        <source>The venue&apos;s name as printed on agendas, e.g. Four Seasons Hotel Baku</source>
        <translation>의사일정에 인쇄되는 장소 명칭(예: Four Seasons Hotel Baku)</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>주소(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>도시(&amp;C):</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>국가(&amp;Y):</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 code, e.g. UZ, AZ</source>
        <translation>ISO 3166 두 글자 코드(예: UZ, AZ)</translation>
    </message>
    <message>
        <source>R&amp;ooms:</source>
        <translation>회의실(&amp;O):</translation>
    </message>
    <message>
        <source>Rooms of the venue, in the order they are offered; double-click or F2 to rename, drag to reorder</source>
        <translation>제공되는 순서대로 나열한 장소의 회의실. 두 번 누르거나 F2 키를 눌러 이름을 바꾸고, 끌어 놓아 순서를 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;Add Room</source>
        <translation>회의실 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add a room and type its name</source>
        <translation>회의실을 추가하고 이름 입력</translation>
    </message>
    <message>
        <source>Remo&amp;ve Room</source>
        <translation>회의실 제거(&amp;V)</translation>
    </message>
    <message>
        <source>Room U&amp;p</source>
        <translation>회의실 위로 이동(&amp;P)</translation>
    </message>
    <message>
        <source>Room Do&amp;wn</source>
        <translation>회의실 아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>비고(&amp;T):</translation>
    </message>
</context>
<context>
    <name>planner::AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>확인 처리(&amp;A)</translation>
    </message>
</context>
<context>
    <name>planner::AgendaDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>웹 페이지(HTML)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word 문서(DOCX)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 텍스트(ODT)</translation>
    </message>
    <message>
        <source>Export Agenda</source>
        <translation>의사일정 내보내기</translation>
    </message>
    <message>
        <source>Print Agenda</source>
        <translation>의사일정 인쇄</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>미리 보기(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>planner::AgendaDocument</name>
    <message>
        <source>There is no forum with the id %1 in the trip &quot;%2&quot;.</source>
        <translation>&quot;%2&quot; 출장에 ID가 %1인 포럼이 없습니다.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>All times are local time in %1 (%2, UTC%3).</source>
        <translation>모든 시각은 %1 현지 시각(%2, UTC%3)입니다.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>인쇄일: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의사일정</translation>
    </message>
    <message>
        <source>%1, %2 · local time, UTC%3</source>
        <translation>%1, %2 · 현지 시각, UTC%3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>The programme has no sessions yet.</source>
        <translation>아직 의사일정에 세션이 없습니다.</translation>
    </message>
</context>
<context>
    <name>planner::AgendaEditor</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>발표 기관</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>연사</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>회의실</translation>
    </message>
    <message>
        <source>Ctrl+Return adds a session after the selected one; Return edits its title; Del deletes it</source>
        <translation>Ctrl+Return: 선택한 세션 뒤에 세션 추가, Return: 제목 편집, Del: 세션 삭제</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>&amp;Add Session After</source>
        <translation>뒤에 세션 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add a session that starts when the selected one ends, with the usual length of its kind (Ctrl+Return)</source>
        <translation>선택한 세션이 끝나는 시각에 시작하는 세션을 해당 유형의 기본 길이로 추가(Ctrl+Return)</translation>
    </message>
    <message numerus="yes">
        <source>Add &amp;%1 After (%n min)</source>
        <translation>
            <numerusform>뒤에 &amp;%1 추가(%n분)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;hift This and Later…</source>
        <translation>이 세션과 이후 세션 이동(&amp;H)…</translation>
    </message>
    <message>
        <source>Move the selected session and every later one by some minutes</source>
        <translation>선택한 세션과 그 이후의 모든 세션을 지정한 분만큼 이동</translation>
    </message>
    <message>
        <source>Move to Da&amp;y…</source>
        <translation>다른 날짜로 이동(&amp;Y)…</translation>
    </message>
    <message>
        <source>Move the selected session to another day of the forum, at the same local time</source>
        <translation>선택한 세션을 포럼의 다른 날짜로 이동(현지 시각은 유지)</translation>
    </message>
    <message>
        <source>Dupli&amp;cate Session</source>
        <translation>세션 복제(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected session (Ctrl+D in the agenda)</source>
        <translation>선택한 세션 복제(의사일정에서 Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete Sessi&amp;on</source>
        <translation>세션 삭제(&amp;O)</translation>
    </message>
    <message>
        <source>Delete the selected session (Del in the agenda); Ctrl+Z brings it back</source>
        <translation>선택한 세션 삭제(의사일정에서 Del). Ctrl+Z로 되살릴 수 있음</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) · times in %1, UTC%2</source>
        <translation>
            <numerusform>세션 %n개 · %1 시간대 기준, UTC%2</numerusform>
        </translation>
    </message>
    <message>
        <source>no organisation is called &apos;%1&apos;: choose one from the list, or add it under Organisations first</source>
        <translation>이름이 &apos;%1&apos;인 기관이 없습니다. 목록에서 선택하거나 먼저 기관 목록에 추가하십시오</translation>
    </message>
    <message>
        <source>Edit session &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 세션 편집</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>세션 추가</translation>
    </message>
    <message>
        <source>Add session &apos;%1&apos; at %2</source>
        <translation>%2에 &apos;%1&apos; 세션 추가</translation>
    </message>
    <message>
        <source>Shift sessions</source>
        <translation>세션 일괄 이동</translation>
    </message>
    <message numerus="yes">
        <source>Shift %n session(s) by %1 min</source>
        <translation>
            <numerusform>세션 %n개를 %1분 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moves “%1” (%2) and the %n session(s) after it.</source>
        <translation>
            <numerusform>“%1”(%2) 세션과 그 뒤의 세션 %n개를 이동합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>세션 이동</translation>
    </message>
    <message>
        <source>Move session &apos;%1&apos; to %2</source>
        <translation>&apos;%1&apos; 세션 날짜 이동: %2</translation>
    </message>
    <message>
        <source>Moves “%1” to another day; it keeps its local time (%2–%3).</source>
        <translation>“%1” 세션을 다른 날짜로 옮깁니다. 현지 시각(%2–%3)은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>세션 복제</translation>
    </message>
    <message>
        <source>Duplicate session &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 세션 복제</translation>
    </message>
    <message>
        <source>Delete session &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 세션 삭제</translation>
    </message>
    <message>
        <source>&amp;Add First Session</source>
        <translation>첫 세션 추가(&amp;A)</translation>
    </message>
</context>
<context>
    <name>planner::AtomicFile</name>
    <message>
        <source>No output file was given.</source>
        <translation>출력 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 경로는 폴더입니다. 파일 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 파일을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크 공간이 부족합니다</translation>
    </message>
    <message>
        <source>%1 is a database; writing an export there would destroy it. Choose another file name.</source>
        <translation>%1은(는) 데이터베이스 파일입니다. 그 위에 내보내면 데이터베이스가 지워집니다. 다른 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 belongs to the database %2; writing an export there would damage it. Choose another file name.</source>
        <translation>%1은(는) 데이터베이스 %2의 일부입니다. 그 위에 내보내면 데이터베이스가 손상됩니다. 다른 파일 이름을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>planner::BadgeDialog</name>
    <message>
        <source>Export Badges</source>
        <translation>명찰 내보내기</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>People of the forum: %1</source>
        <translation>포럼 참석자: %1</translation>
    </message>
    <message>
        <source>People of the meeting: %1</source>
        <translation>면담 참석자: %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>모두 해제(&amp;N)</translation>
    </message>
    <message>
        <source>90 × 54 mm</source>
        <translation>90 × 54 mm</translation>
    </message>
    <message>
        <source>ID-1 card, 85.6 × 54 mm</source>
        <translation>ID-1 카드, 85.6 × 54 mm</translation>
    </message>
    <message>
        <source>4 × 3 in</source>
        <translation>4 × 3 in</translation>
    </message>
    <message>
        <source>A6, 105 × 148 mm</source>
        <translation>A6, 105 × 148 mm</translation>
    </message>
    <message>
        <source>A4 sheets with crop marks</source>
        <translation>A4 용지(재단선 포함)</translation>
    </message>
    <message>
        <source>Letter sheets with crop marks</source>
        <translation>레터 용지(재단선 포함)</translation>
    </message>
    <message>
        <source>One badge per page (badge printer)</source>
        <translation>한 쪽에 명찰 하나(명찰 프린터)</translation>
    </message>
    <message>
        <source>&amp;Badges for:</source>
        <translation>명찰 대상(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Stock:</source>
        <translation>명찰 규격(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>인쇄 용지(&amp;H):</translation>
    </message>
    <message>
        <source>Nobody to print a badge for.</source>
        <translation>명찰을 인쇄할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%2명 중 %1명 선택</translation>
    </message>
</context>
<context>
    <name>planner::BadgeSheets</name>
    <message>
        <source>There is nobody to print a badge for.</source>
        <translation>명찰을 인쇄할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>This badge does not fit on the sheet; choose a smaller badge or one per page.</source>
        <translation>이 명찰은 용지에 들어가지 않습니다. 더 작은 명찰 규격을 선택하거나 한 쪽에 하나씩 인쇄하십시오.</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>명찰</translation>
    </message>
</context>
<context>
    <name>planner::CalendarDialog</name>
    <message>
        <source>The whole trip</source>
        <translation>출장 전체</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>planner::CalendarExport</name>
    <message>
        <source>There is no person with the id %1 in the trip &quot;%2&quot;.</source>
        <translation>&quot;%2&quot; 출장에 ID가 %1인 인물이 없습니다.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>캘린더를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Presented by %1</source>
        <translation>발표 기관: %1</translation>
    </message>
    <message>
        <source>Counterparts:</source>
        <translation>상대측 인사:</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>대표단:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>당사자:</translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation>%1(서명자: %2)</translation>
    </message>
    <message>
        <source>Signing: %1</source>
        <translation>서명: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Departs %1 %2</source>
        <translation>%1 %2 출발</translation>
    </message>
    <message>
        <source>Arrives %1 %2</source>
        <translation>%1 %2 도착</translation>
    </message>
    <message>
        <source>Passengers:</source>
        <translation>탑승자:</translation>
    </message>
</context>
<context>
    <name>planner::CheckResults</name>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>&apos;%2&apos; %1</translation>
    </message>
    <message>
        <source>the finding is no longer there; it may have been resolved by an edit</source>
        <translation>해당 점검 결과가 더 이상 없습니다. 편집으로 해소되었을 수 있습니다</translation>
    </message>
    <message>
        <source>no trip is chosen</source>
        <translation>선택한 출장이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>참고 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CheckService</name>
    <message>
        <source>the trip setting %1 is &apos;%2&apos;; it must be a whole number of %3 from 0 to %4</source>
        <translation>출장 설정 %1의 값이 &apos;%2&apos;입니다. 0부터 %4까지의 정수(단위: %3)여야 합니다</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>months</source>
        <translation>개월</translation>
    </message>
</context>
<context>
    <name>planner::ChecksDock</name>
    <message>
        <source>Checks</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Findings of the planning checks</source>
        <translation>계획 점검 결과</translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open its first record in the editor</source>
        <translation>점검 결과를 두 번 누르거나 Enter 키를 누르면 첫 번째 관련 항목이 편집기에서 열립니다</translation>
    </message>
    <message>
        <source>No trip is chosen.</source>
        <translation>선택한 출장이 없습니다.</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>점검을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>미처리 없음.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>미처리: %1</translation>
    </message>
    <message>
        <source>Checking the trip…</source>
        <translation>출장 일정을 점검하는 중…</translation>
    </message>
</context>
<context>
    <name>planner::ChecksPage</name>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Nothing (one list)</source>
        <translation>분류 안 함(단일 목록)</translation>
    </message>
    <message>
        <source>Findings of the planning checks</source>
        <translation>계획 점검 결과</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>점검을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No trip is chosen.</source>
        <translation>선택한 출장이 없습니다.</translation>
    </message>
    <message>
        <source>No findings: nothing to fix.</source>
        <translation>점검 결과 없음: 수정할 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>미처리 없음</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>미처리: %1</translation>
    </message>
    <message>
        <source> · %1 acknowledged</source>
        <translation> · 확인 처리 %1건</translation>
    </message>
    <message>
        <source>Select a finding to see the records involved. Double-click it (or press Enter) to open its first record in the editor.</source>
        <translation>점검 결과를 선택하면 관련 항목이 표시됩니다. 두 번 누르거나 Enter 키를 누르면 첫 번째 관련 항목이 편집기에서 열립니다.</translation>
    </message>
    <message>
        <source>Records (click to open):</source>
        <translation>관련 항목(누르면 열림):</translation>
    </message>
    <message>
        <source>✓ Acknowledged on %1: “%2”. It shows as open again when one of its records changes.</source>
        <translation>✓ %1에 확인 처리됨: “%2”. 관련 항목 중 하나가 변경되면 다시 미처리로 표시됩니다.</translation>
    </message>
    <message>
        <source>Acknowledge Finding</source>
        <translation>점검 결과 확인 처리</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>확인 처리됨: %1</translation>
    </message>
    <message>
        <source>Withdraw Acknowledgement</source>
        <translation>확인 취소</translation>
    </message>
    <message>
        <source>Acknowledgement withdrawn: the finding is open again</source>
        <translation>확인 취소됨: 점검 결과가 다시 미처리 상태입니다</translation>
    </message>
    <message>
        <source>Check Settings</source>
        <translation>점검 설정</translation>
    </message>
    <message>
        <source>Check settings saved: arrival buffer %1 min, passports valid %2 months after return</source>
        <translation>점검 설정을 저장했습니다: 도착 후 여유 시간 %1분, 여권 잔여 유효 기간 귀국일 이후 %2개월</translation>
    </message>
    <message>
        <source>Checking the trip…</source>
        <translation>출장 일정을 점검하는 중…</translation>
    </message>
    <message>
        <source> · checking again…</source>
        <translation> · 다시 점검하는 중…</translation>
    </message>
</context>
<context>
    <name>planner::ChoiceDelegate</name>
    <message>
        <source>Type part of a name</source>
        <translation>이름의 일부 입력</translation>
    </message>
</context>
<context>
    <name>planner::CommandLine</name>
    <message>
        <source>--acknowledge needs --reason TEXT: say why the finding is accepted</source>
        <translation>--acknowledge에는 --reason TEXT가 필요합니다. 점검 결과를 받아들이는 사유를 적으십시오</translation>
    </message>
    <message>
        <source>give at least 6 characters of the finding&apos;s id, as check prints it, not &apos;%1&apos;</source>
        <translation>점검 결과 ID를 check가 출력한 대로 6자 이상 입력하십시오(입력한 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>no open finding of &apos;%1&apos; has the id %2; run check to see the ids</source>
        <translation>&apos;%1&apos; 출장에 ID가 %2인 미처리 점검 결과가 없습니다. check를 실행하여 ID를 확인하십시오</translation>
    </message>
    <message>
        <source>no acknowledged finding of &apos;%1&apos; has the id %2; run check to see the ids</source>
        <translation>&apos;%1&apos; 출장에 ID가 %2인 확인 처리된 점검 결과가 없습니다. check를 실행하여 ID를 확인하십시오</translation>
    </message>
    <message>
        <source>%1 findings have ids starting %2; give more of the id</source>
        <translation>ID가 %2(으)로 시작하는 점검 결과가 %1건입니다. ID를 더 길게 입력하십시오</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>확인 처리됨: %1</translation>
    </message>
    <message>
        <source>Open again: %1</source>
        <translation>다시 미처리로 변경: %1</translation>
    </message>
    <message>
        <source>give --acknowledge or --withdraw, not both</source>
        <translation>--acknowledge와 --withdraw 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>--reason goes with --acknowledge ID</source>
        <translation>--reason은 --acknowledge ID와 함께 사용합니다</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1(확인 처리됨)</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1: open errors %2, warnings %3, notes %4; acknowledged %5.</source>
        <translation>%1: 미처리 오류 %2건, 경고 %3건, 참고 %4건, 확인 처리 %5건.</translation>
    </message>
    <message>
        <source>run the planning checks (exit 1 while an error is open); acknowledge a finding by the id it prints, or make it open again</source>
        <translation>계획 점검 실행(미처리 오류가 있으면 종료 상태 1). 출력된 ID로 점검 결과를 확인 처리하거나 다시 미처리로 되돌림</translation>
    </message>
    <message>
        <source>start the window (on a database FILE, or offering to import a trip document FILE)</source>
        <translation>창 실행(데이터베이스 FILE을 열거나 출장 파일 FILE을 가져오도록 제안)</translation>
    </message>
    <message>
        <source>Delegation Planner: plan official delegation trips.</source>
        <translation>Delegation Planner: 대표단 공무 출장을 계획합니다.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>사용법:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Without --db the window opens the database used last, or %1. --sample without --db opens a fresh temporary copy of the sample trip.</source>
        <translation>--db를 지정하지 않으면 마지막으로 사용한 데이터베이스를 열고, 없으면 %1 파일을 엽니다. --db 없이 --sample을 지정하면 예제 출장의 새 임시 사본을 엽니다.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 error (one line on stderr), 2 wrong usage.</source>
        <translation>종료 상태: 0 성공, 1 오류(stderr에 한 줄 출력), 2 잘못된 사용법.</translation>
    </message>
    <message>
        <source>%1 is a database: give it without --db and --sample</source>
        <translation>%1 파일은 데이터베이스입니다. --db와 --sample 없이 지정하십시오</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령입니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2</source>
        <translation>&apos;%1&apos; 명령에는 다음 중 하나가 필요합니다: %2</translation>
    </message>
    <message>
        <source>unknown &apos;%1&apos; kind &apos;%2&apos;; expected one of: %3</source>
        <translation>&apos;%1&apos; 명령에 &apos;%2&apos; 종류가 없습니다. 다음 중 하나여야 합니다: %3</translation>
    </message>
    <message>
        <source>%1 needs a command (for example &apos;list trips&apos;)</source>
        <translation>%1 옵션은 명령과 함께 사용해야 합니다(예: &apos;list trips&apos;)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>임시 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2</source>
        <translation>&apos;%1&apos; 명령에는 %2 인수가 필요합니다</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 뒤에 예상하지 못한 인수 &apos;%1&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <source>%1 does not apply to &apos;%2&apos;</source>
        <translation>%1 옵션은 &apos;%2&apos; 명령에 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 %3</source>
        <translation>&apos;%1&apos; 명령에는 %2 %3 옵션이 필요합니다</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for usage.</source>
        <translation>사용법은 &apos;%1 --help&apos;를 참조하십시오.</translation>
    </message>
    <message>
        <source>--page-size is %1, not &apos;%2&apos;</source>
        <translation>--page-size는 %1 중 하나여야 합니다(입력한 값: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>no forum matches &apos;%1&apos; (see &apos;list forums&apos;)</source>
        <translation>&apos;%1&apos;에 해당하는 포럼이 없습니다(&apos;list forums&apos; 참조)</translation>
    </message>
    <message>
        <source>several forums match &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;에 해당하는 포럼이 여러 개입니다: %2</translation>
    </message>
    <message>
        <source>no meeting matches &apos;%1&apos;</source>
        <translation>&apos;%1&apos;에 해당하는 면담이 없습니다</translation>
    </message>
    <message>
        <source>several meetings match &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;에 해당하는 면담이 여러 건입니다: %2</translation>
    </message>
    <message>
        <source>no person of the trip matches &apos;%1&apos; (see &apos;list people&apos;)</source>
        <translation>&apos;%1&apos;에 해당하는 출장 인물이 없습니다(&apos;list people&apos; 참조)</translation>
    </message>
    <message>
        <source>several people match &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;에 해당하는 인물이 여러 명입니다: %2</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>데이터베이스 파일.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With the bundled sample trip.</source>
        <translation>기본 제공 예제 출장 포함.</translation>
    </message>
    <message>
        <source>Replace a trip that is already there.</source>
        <translation>이미 있는 출장을 교체.</translation>
    </message>
    <message>
        <source>A trip: its UUID or a part of its title.</source>
        <translation>출장: UUID 또는 제목의 일부.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation>표준 출력 대신 OUT에 저장.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>표 대신 JSON 배열로 출력.</translation>
    </message>
    <message>
        <source>A forum: its UUID or a part of its title.</source>
        <translation>포럼: UUID 또는 제목의 일부.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>pdf|html|docx|odt for an agenda; xlsx|csv|pdf|json|docx|odt for a roster; pdf|docx|odt for a programme or an itinerary.</source>
        <translation>의사일정은 pdf|html|docx|odt, 명단은 xlsx|csv|pdf|json|docx|odt, 전체 일정과 개인 일정표는 pdf|docx|odt.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>A4 (default) or Letter; A5 for an itinerary.</source>
        <translation>A4(기본값) 또는 Letter. 개인 일정표는 A5도 가능.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>protocol|rooming|immigration.</source>
        <translation>protocol|rooming|immigration.</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>PRESET</translation>
    </message>
    <message>
        <source>Roster columns instead of the preset&apos;s, comma-separated.</source>
        <translation>기본 구성 대신 사용할 명단 열(쉼표로 구분).</translation>
    </message>
    <message>
        <source>a,b,...</source>
        <translation>a,b,...</translation>
    </message>
    <message>
        <source>Start a CSV file with a byte-order mark (Excel).</source>
        <translation>CSV 파일을 바이트 순서 표시로 시작(Excel용).</translation>
    </message>
    <message>
        <source>A person: their UUID or a part of their name.</source>
        <translation>인물: UUID 또는 이름의 일부.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>A timeline PDF with one A4 page per day instead of the whole trip on A3.</source>
        <translation>출장 전체를 A3 한 장에 그리는 대신 하루에 A4 한 쪽씩 타임라인 PDF 작성.</translation>
    </message>
    <message>
        <source>A meeting: its UUID or a part of its title.</source>
        <translation>면담: UUID 또는 제목의 일부.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Badge stock: id1 (85.6 x 54 mm), 90x54 (default), 4x3in or a6.</source>
        <translation>명찰 규격: id1(85.6 x 54 mm), 90x54(기본값), 4x3in 또는 a6.</translation>
    </message>
    <message>
        <source>STOCK</source>
        <translation>STOCK</translation>
    </message>
    <message>
        <source>Badges on a4 (default) or letter sheets with crop marks, or single (one per page).</source>
        <translation>명찰을 재단선이 있는 a4(기본값) 또는 letter 용지에 인쇄하거나, single(한 쪽에 하나)로 인쇄.</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <source>Seating layout: bilateral (default for a meeting), u-shape (default for a forum) or theatre.</source>
        <translation>좌석 배치 형태: bilateral(면담 기본값), u-shape(포럼 기본값) 또는 theatre.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>Acknowledge the open finding with this id (as check prints it), with --reason.</source>
        <translation>이 ID(check가 출력하는 ID)의 미처리 점검 결과를 확인 처리. --reason과 함께 사용.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Make the acknowledged finding with this id open again.</source>
        <translation>이 ID의 확인 처리된 점검 결과를 다시 미처리로 되돌림.</translation>
    </message>
    <message>
        <source>Why an acknowledged finding is accepted.</source>
        <translation>확인 처리한 점검 결과를 받아들이는 사유.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말 표시.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전 표시.</translation>
    </message>
    <message>
        <source>--format for %1 is pdf, docx or odt, not &apos;%2&apos;</source>
        <translation>%1의 --format은 pdf, docx, odt 중 하나여야 합니다(입력한 값: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>a programme</source>
        <translation>전체 일정</translation>
    </message>
    <message>
        <source>an itinerary</source>
        <translation>개인 일정표</translation>
    </message>
    <message>
        <source>write the trip programme, day by day, with the delegation and lodging</source>
        <translation>대표단과 숙소를 포함한 일자별 전체 일정 작성</translation>
    </message>
    <message>
        <source>write the personal itinerary of one traveller, or of each, a page break apart</source>
        <translation>출장자 한 명 또는 출장자별 개인 일정표 작성(출장자마다 새 쪽에서 시작)</translation>
    </message>
    <message>
        <source>--format for an agenda is pdf, html, docx or odt, not &apos;%1&apos;</source>
        <translation>의사일정의 --format은 pdf, html, docx, odt 중 하나여야 합니다(입력한 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--preset is protocol, rooming or immigration, not &apos;%1&apos;</source>
        <translation>--preset은 protocol, rooming, immigration 중 하나여야 합니다(입력한 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--format for a roster is xlsx, csv, pdf, json, docx or odt, not &apos;%1&apos;</source>
        <translation>명단의 --format은 xlsx, csv, pdf, json, docx, odt 중 하나여야 합니다(입력한 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--bom applies to --format csv only</source>
        <translation>--bom은 --format csv에만 적용됩니다</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>note: %1 contains passport data; share it only with those who need it</source>
        <translation>참고: %1에는 여권 정보가 들어 있습니다. 필요한 사람에게만 제공하십시오</translation>
    </message>
    <message>
        <source>-o of a timeline ends in .png or .pdf, not &apos;%1&apos;</source>
        <translation>타임라인의 -o는 .png 또는 .pdf로 끝나야 합니다(입력한 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--per-day applies to a PDF only</source>
        <translation>--per-day는 PDF에만 적용됩니다</translation>
    </message>
    <message>
        <source>write a forum&apos;s printed agenda</source>
        <translation>포럼 인쇄용 의사일정 작성</translation>
    </message>
    <message>
        <source>write a delegation roster</source>
        <translation>대표단 명단 작성</translation>
    </message>
    <message>
        <source>write the travellers&apos; calendar (of one person)</source>
        <translation>출장자 캘린더 작성(인물 한 명만 지정 가능)</translation>
    </message>
    <message>
        <source>draw the trip&apos;s timeline (PDF: whole trip on A3, or a page per day)</source>
        <translation>출장 타임라인 작성(PDF: 출장 전체를 A3 한 장에 또는 하루에 한 쪽씩)</translation>
    </message>
    <message>
        <source>%1 (co-host)</source>
        <translation>%1(공동주최)</translation>
    </message>
    <message>
        <source>list the trips</source>
        <translation>출장 목록 표시</translation>
    </message>
    <message>
        <source>list forums (of a trip)</source>
        <translation>포럼 목록 표시(출장별)</translation>
    </message>
    <message>
        <source>list people (a trip&apos;s delegation)</source>
        <translation>인물 목록 표시(출장 대표단)</translation>
    </message>
    <message>
        <source>list organisations (those a trip refers to)</source>
        <translation>기관 목록 표시(출장에서 참조하는 기관)</translation>
    </message>
    <message>
        <source>give --forum or --meeting, not both</source>
        <translation>--forum과 --meeting 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>that forum or meeting is not part of the trip &apos;%1&apos;</source>
        <translation>해당 포럼이나 면담은 &apos;%1&apos; 출장에 속하지 않습니다</translation>
    </message>
    <message>
        <source>--stock is id1, 90x54, 4x3in or a6, not &apos;%1&apos;</source>
        <translation>--stock은 id1, 90x54, 4x3in, a6 중 하나여야 합니다(입력한 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--sheet is a4, letter or single, not &apos;%1&apos;</source>
        <translation>--sheet는 a4, letter, single 중 하나여야 합니다(입력한 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>-o of a seating plan ends in .png or .pdf, not &apos;%1&apos;</source>
        <translation>좌석 배치도의 -o는 .png 또는 .pdf로 끝나야 합니다(입력한 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--layout is bilateral, u-shape or theatre, not &apos;%1&apos;</source>
        <translation>--layout은 bilateral, u-shape, theatre 중 하나여야 합니다(입력한 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>a seating plan needs --meeting M or --forum F</source>
        <translation>좌석 배치도에는 --meeting M 또는 --forum F가 필요합니다</translation>
    </message>
    <message>
        <source>print name badges for the delegation, or the people of a forum or meeting</source>
        <translation>대표단 또는 포럼·면담 참석자의 명찰 인쇄</translation>
    </message>
    <message>
        <source>print tent place cards, in seat order for a forum&apos;s head table or a meeting</source>
        <translation>텐트형 명패 인쇄(포럼 주빈석 또는 면담의 좌석 순서대로)</translation>
    </message>
    <message>
        <source>draw the seating plan of a meeting or a forum&apos;s head table by precedence</source>
        <translation>면담 또는 포럼 주빈석의 좌석 배치도를 의전 서열에 따라 작성</translation>
    </message>
    <message>
        <source>%1 (nothing was imported)</source>
        <translation>%1(아무것도 가져오지 않았습니다)</translation>
    </message>
    <message>
        <source>create a database (with the sample trip)</source>
        <translation>데이터베이스 생성(예제 출장 포함)</translation>
    </message>
    <message>
        <source>import trip documents, all or none (&apos;-&apos; reads stdin)</source>
        <translation>출장 파일 가져오기(모두 가져오거나 하나도 가져오지 않음, &apos;-&apos;는 stdin에서 읽음)</translation>
    </message>
    <message>
        <source>write a trip document</source>
        <translation>출장 파일 작성</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>쓰기에 실패했습니다</translation>
    </message>
    <message>
        <source>could not write to standard output (%1)</source>
        <translation>표준 출력에 쓸 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>note: %1 contains passport data and is readable only by you; share it only with those who need it</source>
        <translation>참고: %1에는 여권 정보가 들어 있으며 본인만 읽을 수 있도록 저장했습니다. 필요한 사람에게만 제공하십시오</translation>
    </message>
    <message>
        <source>note: %1 contains the personal data of the delegation (passport numbers, dates of birth) and is readable only by you; share it only with those who need it</source>
        <translation>참고: %1에는 대표단의 개인정보(여권 번호, 생년월일)가 들어 있으며 본인만 읽을 수 있도록 저장했습니다. 필요한 사람에게만 제공하십시오</translation>
    </message>
</context>
<context>
    <name>planner::Countries</name>
    <message>
        <source>&apos;%1&apos; is not a nationality code: give the three letters of the passport (ICAO, e.g. KOR for the Republic of Korea), or the two of ISO 3166-1 (KR)</source>
        <translation>&apos;%1&apos;은(는) 국적 코드가 아닙니다. 여권의 세 글자 코드(ICAO, 예: 대한민국은 KOR) 또는 ISO 3166-1의 두 글자 코드(KR)를 입력하십시오</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code: give the two letters of ISO 3166-1, e.g. UZ for Uzbekistan</source>
        <translation>&apos;%1&apos;은(는) 국가 코드가 아닙니다. ISO 3166-1의 두 글자 코드를 입력하십시오(예: 우즈베키스탄은 UZ)</translation>
    </message>
</context>
<context>
    <name>planner::CountryChooser</name>
    <message>
        <source>Choose a Country</source>
        <translation>국가 선택</translation>
    </message>
    <message>
        <source>Choose a Nationality</source>
        <translation>국적 선택</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>이름 또는 코드로 검색</translation>
    </message>
    <message>
        <source>The country is stored as its two-letter ISO 3166-1 code.</source>
        <translation>국가는 ISO 3166-1 두 글자 코드로 저장됩니다.</translation>
    </message>
    <message>
        <source>A passport&apos;s nationality is its three-letter code (ICAO Doc 9303).</source>
        <translation>여권의 국적은 세 글자 코드(ICAO Doc 9303)로 표시합니다.</translation>
    </message>
    <message>
        <source>Choose the country from a list (Alt+Down)</source>
        <translation>목록에서 국가 선택(Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the nationality from a list (Alt+Down)</source>
        <translation>목록에서 국적 선택(Alt+Down)</translation>
    </message>
</context>
<context>
    <name>planner::Database</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>%1을(를) 소유자만 읽을 수 있도록 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>no database file was given</source>
        <translation>데이터베이스 파일을 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>%1에 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1은(는) 데이터베이스 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1 is not a Delegation Planner database; it was left unchanged</source>
        <translation>%1은(는) Delegation Planner 데이터베이스가 아닙니다. 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); it was left unchanged</source>
        <translation>%1을(를) 읽을 수 없습니다(%2). 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegation Planner (schema %2; this version reads up to %3); it was left unchanged. Please update the application.</source>
        <translation>%1은(는) 더 새로운 버전의 Delegation Planner에서 저장한 파일입니다(스키마 %2, 이 버전은 스키마 %3까지 읽을 수 있음). 파일은 변경하지 않았습니다. 프로그램을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left unchanged. Restore it from a backup copy.</source>
        <translation>%1이(가) 손상되었습니다(%2). 파일은 변경하지 않았습니다. 백업 사본에서 복원하십시오.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot set up %1 (%2)</source>
        <translation>%1을(를) 초기화할 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>the SQLite library does not enforce foreign keys</source>
        <translation>SQLite 라이브러리가 외래 키 제약을 적용하지 않습니다</translation>
    </message>
    <message>
        <source>a copy of %1 could not be made before updating it, so it was left unchanged (%2)</source>
        <translation>업데이트 전에 %1의 사본을 만들 수 없어 파일을 변경하지 않았습니다(%2)</translation>
    </message>
    <message>
        <source>updating the database to schema %1 failed (%2)</source>
        <translation>데이터베이스를 스키마 %1(으)로 업데이트하지 못했습니다(%2)</translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it; try again in a moment</source>
        <translation>데이터베이스를 사용 중입니다. 다른 프로그램이 쓰고 있으니 잠시 후 다시 시도하십시오</translation>
    </message>
    <message>
        <source>cannot start a change (%1)</source>
        <translation>변경을 시작할 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>part of the change failed</source>
        <translation>변경 내용 중 일부를 적용하지 못했습니다</translation>
    </message>
    <message>
        <source>the change could not be saved (%1)</source>
        <translation>변경 내용을 저장할 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>데이터베이스 연결이 SQLite가 아닙니다</translation>
    </message>
    <message>
        <source>the copy to %1 failed: %2</source>
        <translation>%1(으)로 복사하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>the copy could not be written to %1</source>
        <translation>사본을 %1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is empty, not a Delegation Planner database; it was left unchanged (create a database with &apos;init&apos;)</source>
        <translation>%1은(는) 빈 파일이며 Delegation Planner 데이터베이스가 아닙니다. 파일은 그대로 두었습니다(&apos;init&apos;으로 데이터베이스를 만드십시오)</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1이(가) 이미 있습니다. 새 파일 이름을 선택하십시오</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket), so not a database</source>
        <translation>%1은(는) 일반 파일이 아니므로(장치, 파이프 또는 소켓) 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>another program holds %1 locked (it is writing to it, or keeps it to itself); close that program or try again in a moment</source>
        <translation>다른 프로그램이 %1을(를) 잠그고 있습니다(쓰고 있거나 혼자 쓰도록 열어 두었습니다). 그 프로그램을 닫거나 잠시 후 다시 시도하십시오</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Delegation Planner and needs updating, but it or its folder is read-only here; copy it to a folder you may write to and open the copy</source>
        <translation>%1은(는) 이전 버전의 Delegation Planner로 작성되어 갱신이 필요하지만, 파일이나 폴더가 읽기 전용입니다. 쓰기가 가능한 폴더로 복사한 뒤 복사본을 여십시오</translation>
    </message>
    <message>
        <source>%1 cannot become a database: it or its folder is read-only</source>
        <translation>%1을(를) 데이터베이스로 만들 수 없습니다. 파일이나 폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>%1 can only be read here: the file or its folder is read-only, so nothing was changed</source>
        <translation>%1은(는) 읽기만 가능합니다. 파일이나 폴더가 읽기 전용이어서 아무것도 변경하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>planner::DelegationPage</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>현지 표기 이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Search the delegation by name in either script (Ctrl+F)</source>
        <translation>로마자 또는 현지 표기 이름으로 대표단 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>Drag a member to another place in the order of precedence</source>
        <translation>단원을 끌어 의전 서열의 다른 위치로 이동</translation>
    </message>
    <message>
        <source>&amp;Add People…</source>
        <translation>인물 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add people of the directory to the delegation (%1)</source>
        <translation>공용 목록의 인물을 대표단에 추가(%1)</translation>
    </message>
    <message>
        <source>&amp;Remove from Delegation</source>
        <translation>대표단에서 제외(&amp;R)</translation>
    </message>
    <message>
        <source>Take the member off this delegation; the person stays in the directory (%1)</source>
        <translation>이 대표단에서 단원을 제외합니다. 인물 정보는 공용 목록에 남습니다(%1)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>%1 in the order of precedence (%2)</source>
        <translation>의전 서열에서 %1 (%2)</translation>
    </message>
    <message>
        <source>Export &amp;Itineraries…</source>
        <translation>개인 일정표 내보내기(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the personal itineraries of the selected members as PDF, DOCX or ODT</source>
        <translation>선택한 단원의 개인 일정표를 PDF, DOCX 또는 ODT로 저장</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2명 중 %1번째</translation>
    </message>
    <message>
        <source>Choose a member in the list, or add people with Add People… (Ctrl+Shift+N)</source>
        <translation>목록에서 단원을 선택하거나, 인물 추가…(Ctrl+Shift+N)로 인물을 추가하십시오</translation>
    </message>
    <message>
        <source>Set role of &apos;%1&apos; to %2</source>
        <translation>&apos;%1&apos;의 역할을 %2(으)로 변경</translation>
    </message>
    <message>
        <source>Move member</source>
        <translation>단원 이동</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; to precedence %2</source>
        <translation>&apos;%1&apos;을(를) 의전 서열 %2위로 이동</translation>
    </message>
    <message>
        <source>Add to delegation</source>
        <translation>대표단에 추가</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; to the delegation</source>
        <translation>&apos;%1&apos;을(를) 대표단에 추가</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to the delegation</source>
        <translation>
            <numerusform>인물 %n명을 대표단에 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from delegation</source>
        <translation>대표단에서 제외</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the delegation</source>
        <translation>&apos;%1&apos;을(를) 대표단에서 제외</translation>
    </message>
</context>
<context>
    <name>planner::DelegationTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>현지 표기 이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
</context>
<context>
    <name>planner::DocumentPainter</name>
    <message>
        <source>The page is too small to print on.</source>
        <translation>용지가 너무 작아 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot start printing on this device.</source>
        <translation>이 장치에서 인쇄를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>새 페이지를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>인쇄를 완료하지 못했습니다.</translation>
    </message>
    <message>
        <source>The page layout cannot be used.</source>
        <translation>이 페이지 레이아웃은 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>planner::EditCommand</name>
    <message>
        <source>Redo of “%1” failed: %2</source>
        <translation>“%1” 다시 실행에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Undo of “%1” failed: %2</source>
        <translation>“%1” 실행 취소에 실패했습니다: %2</translation>
    </message>
</context>
<context>
    <name>planner::Edits</name>
    <message>
        <source>choose a day to move the session to</source>
        <translation>세션을 옮길 날짜를 선택하십시오</translation>
    </message>
    <message>
        <source>this kind of record has no times to change</source>
        <translation>이 종류의 항목에는 변경할 시각이 없습니다</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>the member is not in this delegation</source>
        <translation>이 대표단의 단원이 아닙니다</translation>
    </message>
    <message>
        <source>Both people must have a seat in the plan.</source>
        <translation>두 사람 모두 좌석 배치도에 좌석이 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>planner::ExportController</name>
    <message>
        <source>Print Agenda</source>
        <translation>의사일정 인쇄</translation>
    </message>
    <message>
        <source>Print Agenda — %1</source>
        <translation>의사일정 인쇄 — %1</translation>
    </message>
    <message>
        <source>Export Agenda</source>
        <translation>의사일정 내보내기</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의사일정</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
    <message>
        <source>Export Roster</source>
        <translation>명단 내보내기</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>명단</translation>
    </message>
    <message>
        <source>The roster was written to %1, but the passport checks found:

%2

Correct the passport data and export again, or acknowledge the finding on the Checks page.</source>
        <translation>명단을 %1에 저장했으나 여권 점검에서 다음 사항이 발견되었습니다:

%2

여권 정보를 수정한 후 다시 내보내거나, 점검 페이지에서 해당 점검 결과를 확인 처리하십시오.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>OpenDocument 텍스트 (*.odt)</translation>
    </message>
    <message>
        <source>Export Programme</source>
        <translation>전체 일정 내보내기</translation>
    </message>
    <message>
        <source>Export Itineraries</source>
        <translation>개인 일정표 내보내기</translation>
    </message>
    <message>
        <source>The delegation has no members yet: add them on the Delegation page.</source>
        <translation>대표단에 아직 단원이 없습니다. 대표단 페이지에서 단원을 추가하십시오.</translation>
    </message>
    <message>
        <source>Itineraries of %1</source>
        <translation>%1 개인 일정표</translation>
    </message>
    <message>
        <source>Export Itineraries into a Folder</source>
        <translation>개인 일정표를 폴더로 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 will be replaced:
%2

Replace them?</source>
        <translation>
            <numerusform>%1의 파일 %n개가 교체됩니다:
%2

교체하시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n itinerary file(s) to %1</source>
        <translation>
            <numerusform>%1에 개인 일정표 파일 %n개를 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>캘린더 내보내기</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 파일 (*.ics)</translation>
    </message>
    <message>
        <source>Export Badges</source>
        <translation>명찰 내보내기</translation>
    </message>
    <message>
        <source>Badges — %1</source>
        <translation>명찰 — %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Place Cards</source>
        <translation>명패 내보내기</translation>
    </message>
    <message>
        <source>the head table of %1</source>
        <translation>%1 주빈석</translation>
    </message>
    <message>
        <source>Place cards — %1</source>
        <translation>명패 — %1</translation>
    </message>
    <message>
        <source>Export Seating Plan</source>
        <translation>좌석 배치도 내보내기</translation>
    </message>
    <message>
        <source>Seating plan — %1</source>
        <translation>좌석 배치도 — %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Print Seating Plan</source>
        <translation>좌석 배치도 인쇄</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Wrote %1 (readable only by you)</source>
        <translation>저장했습니다: %1 (본인만 읽을 수 있음)</translation>
    </message>
</context>
<context>
    <name>planner::FieldErrors</name>
    <message>
        <source>Input problem</source>
        <translation>입력 오류</translation>
    </message>
</context>
<context>
    <name>planner::Finding</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>planner::FindingsModel</name>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>관련 항목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (미처리 %2건)</translation>
    </message>
    <message>
        <source>%1 (%2 open, %3 acknowledged)</source>
        <translation>%1 (미처리 %2건, 확인 처리 %3건)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>확인 처리됨: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미처리</translation>
    </message>
    <message>
        <source>%1 (ack.)</source>
        <translation>%1 (확인 처리)</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>관련 항목: %1</translation>
    </message>
    <message>
        <source>Double-click to open the record in its editor</source>
        <translation>두 번 클릭하면 편집 화면에서 해당 항목을 엽니다</translation>
    </message>
    <message>
        <source>%1, acknowledged</source>
        <translation>%1, 확인 처리됨</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, 미처리</translation>
    </message>
</context>
<context>
    <name>planner::ForumEditor</name>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>(장소 없음)</translation>
    </message>
    <message>
        <source>Edit forum &apos;%1&apos;</source>
        <translation>포럼 &apos;%1&apos; 편집</translation>
    </message>
    <message>
        <source>Move forum &apos;%1&apos; with its agenda</source>
        <translation>포럼 &apos;%1&apos;을(를) 일정표와 함께 이동</translation>
    </message>
</context>
<context>
    <name>planner::ForumTableModel</name>
    <message>
        <source>%1 (co-host)</source>
        <translation>%1 (공동주최)</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>%1 기준: %2</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>시작(현지 시각)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Hosts and co-hosts</source>
        <translation>주최 및 공동주최</translation>
    </message>
</context>
<context>
    <name>planner::Help</name>
    <message>
        <source>Delegation Planner User Guide</source>
        <translation>Delegation Planner 사용 설명서</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delegation Planner %1&lt;/h3&gt;&lt;p&gt;Plan official delegation trips: the delegation, the itinerary, cooperation forums and their agendas, meetings and MOU signings.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Data folder: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delegation Planner %1&lt;/h3&gt;&lt;p&gt;대표단 공식 출장을 계획합니다. 대표단, 일정, 협력 포럼과 일정표, 면담, MOU 서명을 관리합니다.&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서 버전 3 또는 그 이후 버전에 따라 배포됩니다.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;데이터 폴더: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>planner::Kinds</name>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>공공기관</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>기록보관소</translation>
    </message>
    <message>
        <source>University</source>
        <translation>대학</translation>
    </message>
    <message>
        <source>Venue operator</source>
        <translation>장소 운영 기관</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>미지정</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>수석대표</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>차석대표</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>단원</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>자문관</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>통역</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>수행 비서</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>취재</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>경호</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>공동주최</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>개회</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>기조연설</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>패널 토론</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>서명식</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>휴식</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>식사</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>폐회</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>연사</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>사회자</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>패널</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>합의 완료</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명 완료</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>출장</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>delegation member</source>
        <translation>대표단원</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>방문지</translation>
    </message>
    <message>
        <source>travel leg</source>
        <translation>이동 구간</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
</context>
<context>
    <name>planner::LegEditor</name>
    <message>
        <source>Passenger</source>
        <translation>탑승자</translation>
    </message>
    <message>
        <source>Time zone of the place of departure (the stop&apos;s own zone for a stop)</source>
        <translation>출발지의 시간대(방문지인 경우 해당 방문지의 시간대)</translation>
    </message>
    <message>
        <source>Time zone of the place of arrival (the stop&apos;s own zone for a stop)</source>
        <translation>도착지의 시간대(방문지인 경우 해당 방문지의 시간대)</translation>
    </message>
    <message>
        <source>Other place:</source>
        <translation>다른 장소:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone; choose one from the list</source>
        <translation>&apos;%1&apos;은(는) 알려진 IANA 시간대가 아닙니다. 목록에서 선택하십시오</translation>
    </message>
    <message>
        <source>Edit travel leg &apos;%1&apos;</source>
        <translation>이동 구간 &apos;%1&apos; 편집</translation>
    </message>
</context>
<context>
    <name>planner::LinkListEditor</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>In printed order. Del removes, Alt+Up/Alt+Down or drag to reorder</source>
        <translation>인쇄되는 순서입니다. Del 키로 제거하고, Alt+Up/Alt+Down 키나 끌어서 순서를 바꿉니다</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>입력하여 검색…</translation>
    </message>
    <message>
        <source>Type part of a name (any script) and press Return to add</source>
        <translation>이름의 일부(문자 종류 무관)를 입력하고 Return 키를 누르면 추가됩니다</translation>
    </message>
    <message>
        <source>Role of the selected entry, and of the next one added</source>
        <translation>선택한 항목과 다음에 추가할 항목의 역할</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add the chosen record to the list (Return)</source>
        <translation>선택한 항목을 목록에 추가(Return)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected entry (Del)</source>
        <translation>선택한 항목 제거(Del)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>위로 이동(Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>아래로 이동(Alt+Down)</translation>
    </message>
    <message>
        <source>(unknown record)</source>
        <translation>(알 수 없는 항목)</translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
    <message>
        <source>&amp;Print Agenda…</source>
        <translation>의사일정 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print a forum&apos;s agenda, with a preview</source>
        <translation>포럼 의사일정을 미리 보기로 확인한 후 인쇄</translation>
    </message>
    <message>
        <source>Export A&amp;genda…</source>
        <translation>의사일정 내보내기(&amp;G)…</translation>
    </message>
    <message>
        <source>Save a forum&apos;s agenda as PDF, HTML, DOCX or ODT</source>
        <translation>포럼 의사일정을 PDF, HTML, DOCX 또는 ODT로 저장</translation>
    </message>
    <message>
        <source>Export Ro&amp;ster…</source>
        <translation>명단 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the delegation roster for the protocol office, the hotel or immigration</source>
        <translation>의전 담당 부서, 숙소 또는 출입국 관리 기관에 제출할 대표단 명단 저장</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>캘린더 내보내기(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the trip, or one traveller&apos;s part, as iCalendar</source>
        <translation>출장 전체 또는 출장자 한 명의 일정을 iCalendar로 저장</translation>
    </message>
    <message>
        <source>Export Progra&amp;mme…</source>
        <translation>전체 일정 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the trip programme, day by day, as PDF, DOCX or ODT</source>
        <translation>출장 전체 일정을 일자별로 PDF, DOCX 또는 ODT로 저장</translation>
    </message>
    <message>
        <source>Export I&amp;tineraries…</source>
        <translation>개인 일정표 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the travellers&apos; personal itineraries, in one file or a file each, as PDF, DOCX or ODT</source>
        <translation>출장자의 개인 일정표를 하나의 파일 또는 개인별 파일로 PDF, DOCX 또는 ODT로 저장</translation>
    </message>
    <message>
        <source>Export &amp;Badges…</source>
        <translation>명찰 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>Print name badges for the delegation, or the people of a forum or meeting, on sheets or cards</source>
        <translation>대표단 또는 포럼·면담 참석 인물의 명찰을 용지 또는 카드에 인쇄</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in List</source>
        <translation>목록에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the list of the page shown</source>
        <translation>현재 페이지의 목록 필터링</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>전체 검색(&amp;S)…</translation>
    </message>
    <message>
        <source>Find people, organisations, agenda sessions and MOUs by any name, in any script</source>
        <translation>인물, 기관, 의사일정 세션, MOU를 표기 문자와 관계없이 이름으로 검색</translation>
    </message>
    <message>
        <source>History</source>
        <translation>편집 기록</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;처음 연 상태&gt;</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>편집 기록(&amp;H)</translation>
    </message>
    <message>
        <source>Every edit since the database was opened; click one to go back to it</source>
        <translation>데이터베이스를 연 이후의 모든 편집 내역입니다. 항목을 클릭하면 그 시점으로 되돌아갑니다</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Languages, page size, defaults for new trips, the export folder</source>
        <translation>언어, 용지 크기, 새 출장의 기본값, 내보내기 폴더</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용 설명서(&amp;U)</translation>
    </message>
    <message>
        <source>How to plan a trip, the outputs and the checks</source>
        <translation>출장 계획 방법, 출력물, 점검 안내</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>사용 설명서</translation>
    </message>
    <message>
        <source>The user guide is not installed (user-guide.md in share/doc/delegation-planner).</source>
        <translation>사용 설명서가 설치되어 있지 않습니다(share/doc/delegation-planner의 user-guide.md).</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>이 창의 모든 바로 가기 키</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>환경 설정을 저장했습니다</translation>
    </message>
    <message>
        <source>Times in &amp;Home Zone</source>
        <translation>본국 시각으로 표시(&amp;H)</translation>
    </message>
    <message>
        <source>Show every time in the trip&apos;s home zone instead of the local time of each place</source>
        <translation>모든 시각을 각 장소의 현지 시각 대신 출장의 본국 시각으로 표시</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>점검(&amp;C)</translation>
    </message>
    <message>
        <source>The findings of the planning checks beside any page</source>
        <translation>어느 페이지에서나 옆에 계획 점검 결과 표시</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>도구 모음(&amp;T)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>점검(%1)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>The trip: title, dates, home zone, purpose</source>
        <translation>출장: 제목, 기간, 본국 시각, 목적</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>Members of the delegation in order of precedence</source>
        <translation>의전 서열순 대표단원</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Stops, travel legs, forums and their agendas</source>
        <translation>방문지, 이동 구간, 포럼 및 일정표</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>면담</translation>
    </message>
    <message>
        <source>Bilateral meetings and courtesy calls</source>
        <translation>양자 면담 및 예방</translation>
    </message>
    <message>
        <source>MOUs</source>
        <translation>MOU</translation>
    </message>
    <message>
        <source>Memoranda of understanding to be signed</source>
        <translation>서명 예정인 양해각서(MOU)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>The whole journey on one axis, in local times</source>
        <translation>전체 여정을 현지 시각 기준으로 하나의 축에 표시</translation>
    </message>
    <message>
        <source>Conflicts and protocol problems found in the plan</source>
        <translation>계획에서 발견된 일정 충돌 및 의전 문제</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>의전</translation>
    </message>
    <message>
        <source>Seating plans, name badges and place cards</source>
        <translation>좌석 배치도, 명찰, 명패</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Shared directory: ministries and host organisations</source>
        <translation>공용 목록: 부처 및 주관 기관</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Shared directory: people, names in both scripts, passports</source>
        <translation>공용 목록: 인물, 로마자 및 현지 표기 이름, 여권</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Shared directory: venues and their rooms</source>
        <translation>공용 목록: 장소 및 회의실</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>공용 목록</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 표시</translation>
    </message>
    <message>
        <source>The file was changed by another program; the view was updated</source>
        <translation>다른 프로그램이 파일을 변경하여 화면을 갱신했습니다</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>사용 중인 데이터베이스</translation>
    </message>
    <message>
        <source>%1 is already open in another Delegation Planner window (process %2 on %3).

You can work in both: every edit is saved at once, and each window shows the other&apos;s edits within a few seconds. Undo in this window undoes only the edits made here.</source>
        <translation>%1은(는) 이미 다른 Delegation Planner 창에서 열려 있습니다(%3의 프로세스 %2).

두 창에서 모두 작업할 수 있습니다. 모든 편집은 즉시 저장되며, 각 창에는 다른 창의 편집 내용이 몇 초 안에 반영됩니다. 이 창에서 실행 취소를 하면 이 창에서 한 편집만 취소됩니다.</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>다른 이름으로 사본 저장</translation>
    </message>
    <message>
        <source>%1 copy.sqlite</source>
        <translation>%1 사본.sqlite</translation>
    </message>
    <message>
        <source>Delegation Planner databases (*.sqlite);;All files (*)</source>
        <translation>Delegation Planner 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose another file than the open database.</source>
        <translation>열려 있는 데이터베이스가 아닌 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>사본을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>%1을(를) 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>%1 (temporary copy)[*] — Delegation Planner</source>
        <translation>%1 (임시 사본)[*] — Delegation Planner</translation>
    </message>
    <message>
        <source>%1[*] — Delegation Planner</source>
        <translation>%1[*] — Delegation Planner</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>열었습니다: %1</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>출장 목록</translation>
    </message>
    <message>
        <source>This database holds no trips yet.

Start one with Trip ▸ New Trip (Ctrl+T) or import a trip document with File ▸ Import Trip… (Ctrl+I).
Organisations, People and Venues (Alt+8, Alt+9, Alt+0) can be filled in before any trip.</source>
        <translation>이 데이터베이스에는 아직 출장이 없습니다.

출장 ▸ 새 출장(Ctrl+T)으로 출장을 만들거나 파일 ▸ 출장 가져오기…(Ctrl+I)로 출장 파일을 가져오십시오.
기관, 인물, 장소(Alt+8, Alt+9, Alt+0)는 출장을 만들기 전에도 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>No database is open.

Open one with File ▸ Open… (Ctrl+O) or create one with File ▸ New Database… (Ctrl+N).</source>
        <translation>열려 있는 데이터베이스가 없습니다.

파일 ▸ 열기…(Ctrl+O)로 데이터베이스를 열거나 파일 ▸ 새 데이터베이스…(Ctrl+N)로 새로 만드십시오.</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>출장</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>Delegation Planner databases (*.dpdb *.sqlite *.db);;All files (*)</source>
        <translation>Delegation Planner 데이터베이스 (*.dpdb *.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Trip</source>
        <translation>출장 가져오기</translation>
    </message>
    <message>
        <source>Open a database first; then the trip in %1 can be imported into it.</source>
        <translation>먼저 데이터베이스를 여십시오. 그러면 %1의 출장을 데이터베이스로 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>About Delegation Planner</source>
        <translation>Delegation Planner 정보</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>메뉴 비우기(&amp;C)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>최근 파일 열기</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the menu.</source>
        <translation>%1이(가) 더 이상 존재하지 않아 메뉴에서 제거했습니다.</translation>
    </message>
    <message>
        <source>%1 (read-only)[*] — Delegation Planner</source>
        <translation>%1 (읽기 전용)[*] — Delegation Planner</translation>
    </message>
    <message>
        <source>Opened %1 for reading only: the file or its folder is read-only</source>
        <translation>%1을(를) 읽기 전용으로 열었습니다. 파일이나 폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>Checks (checking…)</source>
        <translation>점검 (점검 중…)</translation>
    </message>
</context>
<context>
    <name>planner::MeetingsPage</name>
    <message>
        <source>Start (local time)</source>
        <translation>시작(현지 시각)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>방문지</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>상대측 인사</translation>
    </message>
    <message>
        <source>Search meetings: title, stop, counterpart (Ctrl+F)</source>
        <translation>면담 검색: 제목, 방문지, 상대측 인사(Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation>새 면담(&amp;N)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3, %4)</source>
        <translation>%1 (%2 – %3, %4)</translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation>(알 수 없는 인물)</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 — not in the delegation</source>
        <translation>%1 — 대표단에 없음</translation>
    </message>
    <message>
        <source>Edit meeting &apos;%1&apos;</source>
        <translation>면담 &apos;%1&apos; 편집</translation>
    </message>
    <message>
        <source>choose a person from the list: no one is called “%1”</source>
        <translation>목록에서 인물을 선택하십시오. “%1”(이)라는 인물이 없습니다</translation>
    </message>
    <message>
        <source>%1 is already a counterpart</source>
        <translation>%1은(는) 이미 상대측 인사입니다</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>새 면담</translation>
    </message>
    <message>
        <source>A meeting takes place at one of the trip&apos;s stops, and this trip has none yet.

Add the cities of the journey under Programme first.</source>
        <translation>면담은 출장 방문지 중 한 곳에서 열리는데, 이 출장에는 아직 방문지가 없습니다.

먼저 일정 페이지에서 여정의 도시를 추가하십시오.</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>면담 만들기</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Duplicate meeting &apos;%1&apos;</source>
        <translation>면담 &apos;%1&apos; 복제</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>면담 삭제</translation>
    </message>
    <message>
        <source>MOU &apos;%1&apos; (signed at this meeting; it keeps its parties and is no longer tied to a place)</source>
        <translation>MOU &apos;%1&apos;(이 면담에서 서명. 당사자는 그대로 유지되며 서명 장소와의 연결은 해제됩니다)</translation>
    </message>
    <message>
        <source>the meeting &apos;%1&apos;</source>
        <translation>면담 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Delete meeting &apos;%1&apos;</source>
        <translation>면담 &apos;%1&apos; 삭제</translation>
    </message>
</context>
<context>
    <name>planner::MouPartyModel</name>
    <message>
        <source>(unknown organisation)</source>
        <translation>(알 수 없는 기관)</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(아직 지정되지 않음)</translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation>(알 수 없는 인물)</translation>
    </message>
    <message>
        <source>Double-click or F2 to choose another organisation</source>
        <translation>두 번 클릭하거나 F2 키를 눌러 다른 기관 선택</translation>
    </message>
    <message>
        <source>Double-click or F2 to choose who signs for it (optional)</source>
        <translation>두 번 클릭하거나 F2 키를 눌러 서명자 선택(선택 사항)</translation>
    </message>
    <message>
        <source>Party (organisation)</source>
        <translation>당사자(기관)</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>서명자</translation>
    </message>
</context>
<context>
    <name>planner::MousPage</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>서명 장소</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>일시(현지 시각)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Search MOUs: title, status, place, party (Ctrl+F)</source>
        <translation>MOU 검색: 제목, 상태, 장소, 당사자(Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New MOU</source>
        <translation>새 MOU(&amp;N)</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(아직 지정되지 않음)</translation>
    </message>
    <message>
        <source>(not fixed yet)</source>
        <translation>(아직 정해지지 않음)</translation>
    </message>
    <message>
        <source>Forum: %1 — %2</source>
        <translation>포럼: %1 — %2</translation>
    </message>
    <message>
        <source>Meeting: %1 — %2</source>
        <translation>면담: %1 — %2</translation>
    </message>
    <message>
        <source>Forum: %1</source>
        <translation>포럼: %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>면담: %1</translation>
    </message>
    <message>
        <source>Edit MOU &apos;%1&apos;</source>
        <translation>MOU &apos;%1&apos; 편집</translation>
    </message>
    <message>
        <source>every organisation of the directory is already a party; add the organisation under Organisations first</source>
        <translation>공용 목록의 모든 기관이 이미 당사자입니다. 먼저 기관 페이지에서 기관을 추가하십시오</translation>
    </message>
    <message>
        <source>New MOU</source>
        <translation>새 MOU</translation>
    </message>
    <message>
        <source>Create MOU</source>
        <translation>MOU 만들기</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Duplicate MOU &apos;%1&apos;</source>
        <translation>MOU &apos;%1&apos; 복제</translation>
    </message>
    <message>
        <source>Delete the MOU &apos;%1&apos; (%2, %3)?

Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>MOU &apos;%1&apos;(%2, %3)을(를) 삭제하시겠습니까?

편집 ▸ 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete MOU</source>
        <translation>MOU 삭제</translation>
    </message>
    <message>
        <source>Delete MOU &apos;%1&apos;</source>
        <translation>MOU &apos;%1&apos; 삭제</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies)</source>
        <translation>
            <numerusform>당사자 %n곳</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::OptionalDateEdit</name>
    <message>
        <source>Tick when the date is known; clear it to leave the date unset</source>
        <translation>날짜가 확정되면 선택하고, 날짜를 미정으로 두려면 선택을 해제하십시오</translation>
    </message>
    <message>
        <source>Date set</source>
        <translation>날짜 지정</translation>
    </message>
</context>
<context>
    <name>planner::OrganisationsPage</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>현지 표기 이름</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Search organisations (Ctrl+F)</source>
        <translation>기관 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New Organisation</source>
        <translation>새 기관(&amp;N)</translation>
    </message>
    <message>
        <source>Edit organisation &apos;%1&apos;</source>
        <translation>기관 &apos;%1&apos; 편집</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>새 기관</translation>
    </message>
    <message>
        <source>Create organisation</source>
        <translation>기관 만들기</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Duplicate organisation &apos;%1&apos;</source>
        <translation>기관 &apos;%1&apos; 복제</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>기관 삭제</translation>
    </message>
    <message>
        <source>the organisation &apos;%1&apos;</source>
        <translation>기관 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Delete organisation &apos;%1&apos;</source>
        <translation>기관 &apos;%1&apos; 삭제</translation>
    </message>
</context>
<context>
    <name>planner::OutputTerms</name>
    <message>
        <source>Host</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>공동주최</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>개회</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>기조연설</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>패널 토론</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>서명식</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>휴식</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>식사</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>폐회</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>연사</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>사회자</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>패널</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>수석대표</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>차석대표</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>단원</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>자문관</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>통역</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>수행 비서</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>취재</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>경호</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>planner::PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>현지 표기 이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <source>Search people by name in either script, position… (Ctrl+F)</source>
        <translation>성명(로마자·현지 표기), 직위 등으로 인물 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New Person</source>
        <translation>새 인물(&amp;N)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit person &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 인물 편집</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>새</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Create person</source>
        <translation>인물 생성</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Duplicate person &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 인물 복제</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>인물 삭제</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>Delete person &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 인물 삭제</translation>
    </message>
</context>
<context>
    <name>planner::PersonChooser</name>
    <message>
        <source>Type part of a name, in any script</source>
        <translation>이름 일부 입력(로마자·현지 표기 모두 가능)</translation>
    </message>
</context>
<context>
    <name>planner::PersonChooserDialog</name>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>현지 표기 이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>&amp;Add to Delegation</source>
        <translation>대표단에 추가(&amp;A)</translation>
    </message>
</context>
<context>
    <name>planner::PlaceCardDialog</name>
    <message>
        <source>Export Place Cards</source>
        <translation>명패 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>%n tent card(s) for %1, in seat order.</source>
        <translation>
            <numerusform>%1 명패 %n개를 좌석 순서대로 만듭니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A4, folded across</source>
        <translation>A4, 가로로 반 접기</translation>
    </message>
    <message>
        <source>A5, folded across</source>
        <translation>A5, 가로로 반 접기</translation>
    </message>
    <message>
        <source>Show the &amp;organisation and country under the name</source>
        <translation>이름 아래에 기관 및 국가 표시(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
</context>
<context>
    <name>planner::PlaceCards</name>
    <message>
        <source>There is nobody to print a place card for.</source>
        <translation>명패를 인쇄할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>명패</translation>
    </message>
</context>
<context>
    <name>planner::PlannedTime</name>
    <message>
        <source>&apos;%1&apos; is not a local time of the form YYYY-MM-DDTHH:MM</source>
        <translation>&apos;%1&apos; 값은 YYYY-MM-DDTHH:MM 형식의 현지 시각이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone (e.g. Asia/Tashkent)</source>
        <translation>&apos;%1&apos; 값은 알려진 IANA 시간대가 아닙니다(예: Asia/Tashkent)</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (clocks skip it)</source>
        <translation>%2에는 %1 시각이 없습니다(시계가 이 시각을 건너뜀)</translation>
    </message>
</context>
<context>
    <name>planner::PlannedTimeEdit</name>
    <message>
        <source>(no time zone)</source>
        <translation>(시간대 없음)</translation>
    </message>
    <message>
        <source>%1 — this time does not exist there (clocks skip it)</source>
        <translation>%1 — 이 시간대에는 없는 시각입니다(시계가 이 시각을 건너뜀)</translation>
    </message>
    <message>
        <source>%1, UTC%2</source>
        <translation>%1, UTC%2</translation>
    </message>
    <message>
        <source>  ·  %1 in %2</source>
        <translation>  ·  %2 기준 %1</translation>
    </message>
</context>
<context>
    <name>planner::PlanningChecks</name>
    <message>
        <source>(no time)</source>
        <translation>(시각 없음)</translation>
    </message>
    <message>
        <source>%1%2 min</source>
        <translation>%1%2분</translation>
    </message>
    <message>
        <source>%1%2 h</source>
        <translation>%1%2시간</translation>
    </message>
    <message>
        <source>%1%2 h %3 min</source>
        <translation>%1%2시간 %3분</translation>
    </message>
    <message>
        <source>session %1 of %2</source>
        <translation>%2의 %1 세션</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>%1 면담</translation>
    </message>
    <message>
        <source>home</source>
        <translation>본국</translation>
    </message>
    <message>
        <source>the travel leg %1 → %2</source>
        <translation>%1 → %2 이동 구간</translation>
    </message>
    <message>
        <source>flight %1 %2 → %3</source>
        <translation>%2 → %3 %1 항공편</translation>
    </message>
    <message>
        <source>the stay in %1</source>
        <translation>%1 체류</translation>
    </message>
    <message>
        <source>The stay in %1 (%2) begins before the stay in %3 (%4) ends: the delegation cannot be in both; correct the arrival or departure.</source>
        <translation>%1 체류(%2)가 %3 체류(%4) 종료 전에 시작됩니다. 대표단은 두 곳에 동시에 있을 수 없으므로 도착 또는 출발 시각을 바로잡으십시오.</translation>
    </message>
    <message>
        <source>it leaves from a stop that is not part of this trip</source>
        <translation>이 출장에 없는 방문지에서 출발함</translation>
    </message>
    <message>
        <source>it goes to a stop that is not part of this trip</source>
        <translation>이 출장에 없는 방문지로 도착함</translation>
    </message>
    <message>
        <source>its departure is given in %1, but %2 is in %3</source>
        <translation>출발 시각이 %1 기준으로 입력되었으나 %2의 시간대는 %3임</translation>
    </message>
    <message>
        <source>its arrival is given in %1, but %2 is in %3</source>
        <translation>도착 시각이 %1 기준으로 입력되었으나 %2의 시간대는 %3임</translation>
    </message>
    <message>
        <source>it departs at %1, before the stay in %2 ends (%3)</source>
        <translation>%2 체류 종료(%3) 전인 %1에 출발함</translation>
    </message>
    <message>
        <source>it arrives at %1, after the stay in %2 begins (%3)</source>
        <translation>%2 체류 시작(%3) 후인 %1에 도착함</translation>
    </message>
    <message>
        <source>the stop after %1 is %2, not %3</source>
        <translation>%1 다음 방문지는 %2임(%3 아님)</translation>
    </message>
    <message>
        <source>%1 is the last stop, so no leg goes on from it to %2</source>
        <translation>마지막 방문지인 %1에서는 %2행 이동 구간이 이어질 수 없음</translation>
    </message>
    <message>
        <source>%1 (%2) does not join its stops: %3.</source>
        <translation>%1(%2)이 방문지와 연결되지 않습니다: %3.</translation>
    </message>
    <message>
        <source>%1 departs at %2 and arrives at %3, the same instant: check the times and their zones.</source>
        <translation>%1이 %2에 출발하여 같은 시각인 %3에 도착합니다. 시각과 시간대를 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 departs at %2 but arrives at %3, %4 before it departs: check the times and their zones.</source>
        <translation>%1이 %2에 출발하지만 출발 %4 전인 %3에 도착합니다. 시각과 시간대를 확인하십시오.</translation>
    </message>
    <message>
        <source>the forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼</translation>
    </message>
    <message>
        <source>%1 lands in %2 at %3</source>
        <translation>%1의 %2 도착 시각 %3</translation>
    </message>
    <message>
        <source>the delegation arrives in %1 at %2</source>
        <translation>대표단의 %1 도착 시각 %2</translation>
    </message>
    <message>
        <source>Only %1 between arrival and %2 (%3): %4; this trip asks for at least %5. Move the commitment or travel earlier.</source>
        <translation>도착 후 %2(%3) 시작까지 %1밖에 없습니다: %4. 이 출장의 기준은 최소 %5입니다. 일정을 옮기거나 더 일찍 이동하십시오.</translation>
    </message>
    <message>
        <source>%1 (%2) begins %3 before arrival: %4; this trip asks for at least %5 after arrival. Move the commitment or travel earlier.</source>
        <translation>%1(%2)이 도착 %3 전에 시작됩니다: %4. 이 출장의 기준은 도착 후 최소 %5입니다. 일정을 옮기거나 더 일찍 이동하십시오.</translation>
    </message>
    <message>
        <source>A person is booked twice at once</source>
        <translation>동시에 두 일정에 배정된 인물</translation>
    </message>
    <message>
        <source>A room is used by two sessions at once</source>
        <translation>두 세션이 동시에 사용하는 회의실</translation>
    </message>
    <message>
        <source>A session lies outside its forum&apos;s time</source>
        <translation>포럼 시간을 벗어난 세션</translation>
    </message>
    <message>
        <source>A forum lies outside the stay at its stop</source>
        <translation>방문지 체류 기간을 벗어난 포럼</translation>
    </message>
    <message>
        <source>A meeting lies outside the stay at its stop</source>
        <translation>방문지 체류 기간을 벗어난 면담</translation>
    </message>
    <message>
        <source>A forum or meeting is timed in another zone than its stop&apos;s</source>
        <translation>방문지와 다른 시간대로 입력된 포럼 또는 면담</translation>
    </message>
    <message>
        <source>Two stops overlap</source>
        <translation>기간이 겹치는 방문지</translation>
    </message>
    <message>
        <source>A travel leg does not join its stops</source>
        <translation>방문지와 연결되지 않는 이동 구간</translation>
    </message>
    <message>
        <source>A travel leg arrives before it departs</source>
        <translation>출발 전에 도착하는 이동 구간</translation>
    </message>
    <message>
        <source>Too little time between arrival and the first commitment</source>
        <translation>도착 후 첫 일정까지 시간 부족</translation>
    </message>
    <message>
        <source>A traveller has no passport data</source>
        <translation>여권 정보가 없는 출장자</translation>
    </message>
    <message>
        <source>A passport expires too soon after the return</source>
        <translation>귀국 후 유효기간이 부족한 여권</translation>
    </message>
    <message>
        <source>An MOU party has no signatory</source>
        <translation>서명자가 없는 MOU 당사자</translation>
    </message>
    <message>
        <source>An MOU signatory is neither on the delegation nor a counterpart</source>
        <translation>대표단원도 상대측 인사도 아닌 MOU 서명자</translation>
    </message>
    <message>
        <source>An MOU is signed at a forum or meeting of another trip</source>
        <translation>다른 출장의 포럼 또는 면담에서 서명하는 MOU</translation>
    </message>
    <message>
        <source>The delegation has no head</source>
        <translation>수석대표가 없는 대표단</translation>
    </message>
    <message>
        <source>Two members share a place in the precedence</source>
        <translation>의전 서열이 같은 단원</translation>
    </message>
    <message>
        <source>A seating plan seats someone who is not there or misses someone who is</source>
        <translation>불참자가 포함되거나 참석자가 빠진 좌석 배치도</translation>
    </message>
    <message>
        <source>A keynote or presentation has no speaker</source>
        <translation>연사가 없는 기조연설 또는 발표</translation>
    </message>
    <message>
        <source>The MOU &apos;%1&apos; (%2) names no signatory for %3: name who signs for them.</source>
        <translation>&apos;%1&apos; MOU(%2)에 %3의 서명자가 지정되지 않았습니다. 서명할 사람을 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 signs the MOU &apos;%2&apos; for %3 but is neither on the delegation nor among the counterparts it meets: add them to the delegation, a meeting or a session, or name another signatory.</source>
        <translation>&apos;%2&apos; MOU의 %3 측 서명자(%1)는 대표단원도 아니고 대표단이 만나는 상대측 인사도 아닙니다. 이 인물을 대표단, 면담 또는 세션에 추가하거나 다른 서명자를 지정하십시오.</translation>
    </message>
    <message>
        <source>a forum that is not part of this trip (%1)</source>
        <translation>이 출장에 속하지 않는 포럼(%1)</translation>
    </message>
    <message>
        <source>a meeting that is not part of this trip (%1)</source>
        <translation>이 출장에 속하지 않는 면담(%1)</translation>
    </message>
    <message>
        <source>The MOU &apos;%1&apos; is marked as signed at %2: choose a forum or meeting of this trip.</source>
        <translation>&apos;%1&apos; MOU의 서명 장소가 %2으로 지정되어 있습니다. 이 출장의 포럼 또는 면담을 선택하십시오.</translation>
    </message>
    <message>
        <source>The delegation of &apos;%1&apos; has no members yet, so no head: add the members and give one the role of head.</source>
        <translation>&apos;%1&apos; 출장의 대표단에 아직 단원이 없어 수석대표도 없습니다. 단원을 추가하고 그중 한 명을 수석대표로 지정하십시오.</translation>
    </message>
    <message>
        <source>The delegation of &apos;%1&apos; has no head: give one member the role of head (rosters and protocol lists start with the head).</source>
        <translation>&apos;%1&apos; 출장의 대표단에 수석대표가 없습니다. 단원 한 명을 수석대표로 지정하십시오(명단과 의전 명단은 수석대표부터 시작합니다).</translation>
    </message>
    <message>
        <source>%1 share the place %2 in the order of precedence: renumber the delegation so each member has a place of their own.</source>
        <translation>%1의 의전 서열이 %2번으로 같습니다. 단원마다 서로 다른 서열을 갖도록 대표단의 서열을 다시 매기십시오.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>연사</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>사회자</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>패널</translation>
    </message>
    <message>
        <source>%1 (%2) begins before the delegation arrives in %3 (%4): move it or change the stop&apos;s arrival.</source>
        <translation>%1(%2)이 대표단의 %3 도착(%4) 전에 시작됩니다. 일정을 옮기거나 방문지 도착 시각을 변경하십시오.</translation>
    </message>
    <message>
        <source>%1 (%2) ends after the delegation leaves %3 (%4): move it or change the stop&apos;s departure.</source>
        <translation>%1(%2)이 대표단의 %3 출발(%4) 후에 끝납니다. 일정을 옮기거나 방문지 출발 시각을 변경하십시오.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>counterpart</source>
        <translation>상대측 인사</translation>
    </message>
    <message>
        <source>passenger</source>
        <translation>탑승자</translation>
    </message>
    <message>
        <source>%1 is booked twice at once: as %2 in %3 (%4) and as %5 in %6 (%7).</source>
        <translation>%1의 일정이 동시에 겹칩니다: %3(%4)의 %2, %6(%7)의 %5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at %2</source>
        <translation>%2의 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>Room %1 is used twice at once: %2 (%3) and %4 (%5).</source>
        <translation>%1 회의실이 동시에 두 번 사용됩니다: %2(%3), %4(%5).</translation>
    </message>
    <message>
        <source>begins before its forum opens</source>
        <translation>포럼 개회 전에 시작됩니다</translation>
    </message>
    <message>
        <source>ends after its forum closes</source>
        <translation>포럼 폐회 후에 끝납니다</translation>
    </message>
    <message>
        <source>The %1 (%2) %3 (%4): move the session or change the forum&apos;s times.</source>
        <translation>%1(%2)이 %3(포럼 시간: %4). 세션을 옮기거나 포럼 시간을 변경하십시오.</translation>
    </message>
    <message>
        <source>The forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼</translation>
    </message>
    <message>
        <source>The meeting &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 면담</translation>
    </message>
    <message>
        <source>%1 is timed in %2, but %3 is in %4: give its times in %4, the local time there.</source>
        <translation>%1의 시각이 %2 기준으로 입력되었으나 %3의 시간대는 %4입니다. 현지 시각인 %4 기준으로 시각을 입력하십시오.</translation>
    </message>
    <message>
        <source>keynote</source>
        <translation>기조연설</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) has no speaker: name who gives it.</source>
        <translation>%2(%3)은 %1이지만 연사가 없습니다. 연사를 지정하십시오.</translation>
    </message>
    <message>
        <source>seats %1, who no longer take part</source>
        <translation>더 이상 참석하지 않는 %1의 좌석 배정</translation>
    </message>
    <message>
        <source>has no seat for %1</source>
        <translation>%1의 좌석 누락</translation>
    </message>
    <message>
        <source>The seating plan of &apos;%1&apos; %2: arrange the seats again or swap them by hand.</source>
        <translation>&apos;%1&apos; 좌석 배치도가 현재 참석자와 맞지 않습니다: %2. 좌석을 다시 배치하거나 직접 맞바꾸십시오.</translation>
    </message>
    <message>
        <source>a member of the delegation</source>
        <translation>대표단원</translation>
    </message>
    <message>
        <source>a passenger on %1</source>
        <translation>%1 탑승자</translation>
    </message>
    <message>
        <source>passport number and expiry date are missing</source>
        <translation>여권 번호와 만료일 없음</translation>
    </message>
    <message>
        <source>the passport number is missing</source>
        <translation>여권 번호 없음</translation>
    </message>
    <message>
        <source>the passport expiry date is missing</source>
        <translation>여권 만료일 없음</translation>
    </message>
    <message>
        <source>No complete passport data for %1, %2: %3. Visa and immigration lists need both.</source>
        <translation>%1(%2)의 여권 정보가 완전하지 않습니다: %3. 비자 및 출입국 명단에는 여권 번호와 만료일이 모두 필요합니다.</translation>
    </message>
    <message>
        <source>The passport of %1 (%2) expired on %3, before the trip; it must be valid until at least %4 (%5 months after the return on %6). Renew it before departure.</source>
        <translation>%1(%2)의 여권이 출장 전인 %3에 만료되었습니다. 여권은 최소 %4(%6 귀국 후 %5개월)까지 유효해야 합니다. 출발 전에 갱신하십시오.</translation>
    </message>
    <message>
        <source>The passport of %1 (%2) expires on %3; it must be valid until at least %4 (%5 months after the return on %6), or entry may be refused. Renew it before departure.</source>
        <translation>%1(%2)의 여권이 %3에 만료됩니다. 여권은 최소 %4(%6 귀국 후 %5개월)까지 유효해야 하며, 그렇지 않으면 입국이 거부될 수 있습니다. 출발 전에 갱신하십시오.</translation>
    </message>
    <message>
        <source>an unknown person (%1)</source>
        <translation>알 수 없는 인물(%1)</translation>
    </message>
    <message>
        <source>an unknown organisation (%1)</source>
        <translation>알 수 없는 기관(%1)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stays overlap one another: %1%2. The delegation cannot be in several places; correct the arrivals or departures.</source>
        <translation>
            <numerusform>체류 일정 %n건이 서로 겹칩니다: %1%2. 대표단은 여러 곳에 동시에 있을 수 없으니 도착 또는 출발 시각을 고치십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>as %1 in %2 (%3)</source>
        <translation>%2(%3)의 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bookings that overlap one another from %2 to %3: %4%5. Keep one booking at a time.</source>
        <translation>
            <numerusform>%1의 일정 %n건이 %2부터 %3까지 서로 겹칩니다: %4%5. 한 번에 하나의 일정만 남기십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Room %1 has %n sessions that overlap one another from %2 to %3: %4%5.</source>
        <translation>
            <numerusform>회의실 %1에서 세션 %n건이 %2부터 %3까지 서로 겹칩니다: %4%5.</numerusform>
        </translation>
    </message>
    <message>
        <source>A date lies weeks away from the trip&apos;s dates</source>
        <translation>날짜가 출장 기간에서 몇 주 이상 떨어져 있음</translation>
    </message>
    <message numerus="yes">
        <source>The %1 is dated %2, %n day(s) away from the trip&apos;s dates (%3 to %4): a year or month typed wrong? Correct the date.</source>
        <translation>
            <numerusform>%1의 날짜가 %2(으)로, 출장 기간(%3~%4)에서 %n일 떨어져 있습니다. 연도나 월을 잘못 입력하지 않았는지 확인하고 날짜를 고치십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼</translation>
    </message>
    <message>
        <source>signing of the MOU &apos;%1&apos;</source>
        <translation>양해각서(MOU) &apos;%1&apos; 서명</translation>
    </message>
</context>
<context>
    <name>planner::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>인터페이스 언어(&amp;I):</translation>
    </message>
    <message>
        <source>From the next start of Delegation Planner on.</source>
        <translation>Delegation Planner를 다음에 시작할 때부터 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Output language:</source>
        <translation>출력 언어(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>용지 크기(&amp;P):</translation>
    </message>
    <message>
        <source>The dates of agendas, programmes and itineraries printed or exported from the window, and the page size their dialogs start with, from the next export on.</source>
        <translation>창에서 인쇄하거나 내보내는 의사일정, 전체 일정, 개인 일정표의 날짜 표기와 해당 대화 상자의 기본 용지 크기입니다. 다음 내보내기부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Home &amp;zone of new trips:</source>
        <translation>새 출장의 본국 시간대(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Lead organisation of new trips:</source>
        <translation>새 출장의 파견 기관(&amp;L):</translation>
    </message>
    <message>
        <source>For trips made with Trip ▸ New Trip.</source>
        <translation>출장 ▸ 새 출장으로 만드는 출장에 적용됩니다.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>내보내기 폴더(&amp;E):</translation>
    </message>
    <message>
        <source>Where every export starts; empty: the folder used last.</source>
        <translation>모든 내보내기가 시작되는 폴더입니다. 비워 두면 마지막으로 사용한 폴더에서 시작합니다.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>시스템 설정에 따름</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>The folder used last</source>
        <translation>마지막으로 사용한 폴더</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Show times in the trip&apos;s &amp;home zone (View ▸ Times in Home Zone)</source>
        <translation>출장의 본국 시간대로 시각 표시(보기 ▸ 본국 시각으로 표시)(&amp;H)</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>내보내기 폴더</translation>
    </message>
</context>
<context>
    <name>planner::ProgrammePage</name>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Deleting %1 also deletes or changes:

%2

Delete it? Edit ▸ Undo (Ctrl+Z) brings everything back.</source>
        <translation>%1 삭제 시 다음 항목도 함께 삭제되거나 변경됩니다:

%2

삭제하시겠습니까? 편집 ▸ 실행 취소(Ctrl+Z)로 모두 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Search the programme: cities, flights, forums, sessions, speakers (Ctrl+F)</source>
        <translation>일정 검색: 도시, 항공편, 포럼, 세션, 연사(Ctrl+F)</translation>
    </message>
    <message>
        <source>The trip&apos;s stops, travel legs and forums in time order; select one to edit it below</source>
        <translation>출장의 방문지, 이동 구간, 포럼을 시간순으로 표시합니다. 항목을 선택하면 아래에서 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>New &amp;Stop</source>
        <translation>새 방문지(&amp;S)</translation>
    </message>
    <message>
        <source>Add a stop (a city) after the last one (Ctrl+Shift+N)</source>
        <translation>마지막 방문지 다음에 방문지(도시) 추가(Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>New Travel &amp;Leg</source>
        <translation>새 이동 구간(&amp;L)</translation>
    </message>
    <message>
        <source>Add a flight or other journey from the selected stop to the next</source>
        <translation>선택한 방문지에서 다음 방문지까지의 항공편 또는 기타 이동 추가</translation>
    </message>
    <message>
        <source>New &amp;Forum</source>
        <translation>새 포럼(&amp;F)</translation>
    </message>
    <message>
        <source>Add a forum at the selected stop, the day after arrival</source>
        <translation>선택한 방문지에 도착 다음 날로 포럼 추가</translation>
    </message>
    <message>
        <source>Select a stop, travel leg or forum above to edit it.

To build a programme: add the trip&apos;s stops (New Stop, Ctrl+Shift+N), then its travel legs and forums; select a forum to write its agenda (Ctrl+Return adds the next session).</source>
        <translation>위에서 방문지, 이동 구간 또는 포럼을 선택하면 편집할 수 있습니다.

일정을 작성하려면 먼저 출장의 방문지를 추가하고(새 방문지, Ctrl+Shift+N) 이어서 이동 구간과 포럼을 추가하십시오. 포럼을 선택하면 일정표를 작성할 수 있습니다(Ctrl+Return으로 다음 세션 추가).</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>일정표(&amp;G)</translation>
    </message>
    <message>
        <source>Fo&amp;rum Details</source>
        <translation>포럼 상세 정보(&amp;R)</translation>
    </message>
    <message>
        <source>New stop</source>
        <translation>새 방문지</translation>
    </message>
    <message>
        <source>Create stop</source>
        <translation>방문지 생성</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>본국</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Create travel leg</source>
        <translation>이동 구간 생성</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>새 포럼</translation>
    </message>
    <message>
        <source>A forum takes place at one of the trip&apos;s stops: add the stop first (New Stop).</source>
        <translation>포럼은 출장 방문지 중 한 곳에서 열립니다. 먼저 방문지를 추가하십시오(새 방문지).</translation>
    </message>
    <message>
        <source>Create forum</source>
        <translation>포럼 생성</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Duplicate stop &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 방문지 복제</translation>
    </message>
    <message>
        <source>Duplicate travel leg &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 이동 구간 복제</translation>
    </message>
    <message>
        <source>Duplicate forum</source>
        <translation>포럼 복제</translation>
    </message>
    <message>
        <source>Duplicate forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼 복제</translation>
    </message>
    <message>
        <source>the stop &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 방문지</translation>
    </message>
    <message>
        <source>Delete stop &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 방문지 삭제</translation>
    </message>
    <message>
        <source>the travel leg &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 이동 구간</translation>
    </message>
    <message>
        <source>Delete travel leg &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 이동 구간 삭제</translation>
    </message>
    <message>
        <source>the forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼</translation>
    </message>
    <message>
        <source>Delete forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼 삭제</translation>
    </message>
    <message>
        <source>the session “%1” (%2)</source>
        <translation>“%1” 세션(%2)</translation>
    </message>
    <message numerus="yes">
        <source>the forum “%1” with its %n session(s)</source>
        <translation>
            <numerusform>“%1” 포럼 및 소속 세션 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>the meeting “%1”</source>
        <translation>“%1” 면담</translation>
    </message>
    <message>
        <source>the travel leg “%1” keeps the city as a place name</source>
        <translation>“%1” 이동 구간(도시 이름은 장소명으로 남음)</translation>
    </message>
    <message>
        <source>the MOU “%1” no longer says where it is signed</source>
        <translation>“%1” MOU(서명 장소 정보 삭제)</translation>
    </message>
</context>
<context>
    <name>planner::ProtocolDialogs</name>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>planner::ProtocolOutputs</name>
    <message>
        <source>A seating plan is for a meeting or a forum; choose one.</source>
        <translation>좌석 배치도는 면담 또는 포럼에 대해 작성합니다. 면담이나 포럼을 선택하십시오.</translation>
    </message>
    <message>
        <source>Name badges — %1</source>
        <translation>명찰 — %1</translation>
    </message>
    <message>
        <source>Place cards — %1</source>
        <translation>명패 — %1</translation>
    </message>
</context>
<context>
    <name>planner::ProtocolPage</name>
    <message>
        <source>Meeting or forum</source>
        <translation>면담 또는 포럼</translation>
    </message>
    <message>
        <source>&amp;Arrange by Precedence</source>
        <translation>의전 서열순 배치(&amp;A)</translation>
    </message>
    <message>
        <source>Seating of:</source>
        <translation>좌석 배치 대상:</translation>
    </message>
    <message>
        <source>Export &amp;Badges…</source>
        <translation>명찰 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>Export &amp;Place Cards…</source>
        <translation>명패 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Seating Plan…</source>
        <translation>좌석 배치도 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>P&amp;rint Seating Plan…</source>
        <translation>좌석 배치도 인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (head table)</source>
        <translation>%1(주빈석)</translation>
    </message>
    <message>
        <source>The plan is stored with the %1.</source>
        <translation>배치도는 이 %1에 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>Seated by precedence; not stored until you swap seats or arrange them.</source>
        <translation>의전 서열순으로 배치했습니다. 좌석을 맞바꾸거나 배치하기 전에는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Swap Seats</source>
        <translation>좌석 맞바꾸기</translation>
    </message>
    <message>
        <source>Swap seats</source>
        <translation>좌석 맞바꾸기</translation>
    </message>
    <message>
        <source>Arrange seats</source>
        <translation>좌석 배치</translation>
    </message>
    <message>
        <source>Arrange Seats</source>
        <translation>좌석 배치</translation>
    </message>
</context>
<context>
    <name>planner::ProtocolPdf</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>프린터를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF 작성을 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>planner::ProtocolPeople</name>
    <message>
        <source>Host side</source>
        <translation>주최 측</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>수석대표</translation>
    </message>
    <message>
        <source>The forum is not part of this trip.</source>
        <translation>이 출장에 속하지 않는 포럼입니다.</translation>
    </message>
    <message>
        <source>The meeting is not part of this trip.</source>
        <translation>이 출장에 속하지 않는 면담입니다.</translation>
    </message>
</context>
<context>
    <name>planner::RecordChange</name>
    <message>
        <source>the member is no longer in the delegation</source>
        <translation>해당 단원이 더 이상 대표단에 없습니다</translation>
    </message>
    <message>
        <source>it was changed or deleted elsewhere (another window or program) since it was shown, so nothing was written; the view now shows the current version</source>
        <translation>화면에 표시된 이후 다른 곳(다른 창 또는 프로그램)에서 변경되거나 삭제되어 아무것도 저장하지 않았습니다. 화면에 현재 내용을 표시합니다</translation>
    </message>
</context>
<context>
    <name>planner::RecordPage</name>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Filter the list as you type (Ctrl+F)</source>
        <translation>입력하는 대로 목록 필터링(Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n개 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>불러오기</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>%1 is used by:

%2

Delete it anyway? It is taken off these records. Edit ▸ Undo (Ctrl+Z) brings everything back.</source>
        <translation>%1을(를) 참조하는 항목:

%2

그래도 삭제하시겠습니까? 위 항목에서 제외됩니다. 편집 ▸ 실행 취소(Ctrl+Z)로 모두 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>planner::Roster</name>
    <message>
        <source>No.</source>
        <translation>순번</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Name in local script</source>
        <translation>현지 표기 이름</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>경칭</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Role in delegation</source>
        <translation>대표단 내 역할</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>여권 번호</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>여권 만료일</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Arrival (local time)</source>
        <translation>도착(현지 시각)</translation>
    </message>
    <message>
        <source>Departure (local time)</source>
        <translation>출발(현지 시각)</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>숙소</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Check-in (local time)</source>
        <translation>체크인(현지 시각)</translation>
    </message>
    <message>
        <source>Check-out (local time)</source>
        <translation>체크아웃(현지 시각)</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>숙박(박)</translation>
    </message>
    <message>
        <source>Protocol list</source>
        <translation>의전 명단</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>객실 배정 명단</translation>
    </message>
    <message>
        <source>Immigration list</source>
        <translation>출입국 명단</translation>
    </message>
    <message>
        <source>Unknown roster column &quot;%1&quot;. Known columns: %2.</source>
        <translation>알 수 없는 명단 열입니다: &quot;%1&quot;. 사용할 수 있는 열: %2.</translation>
    </message>
    <message>
        <source>Choose at least one roster column. Known columns: %1.</source>
        <translation>명단 열을 하나 이상 선택하십시오. 사용할 수 있는 열: %1.</translation>
    </message>
    <message>
        <source>Choose at least one roster column.</source>
        <translation>명단 열을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>A delegation member refers to a person who is not in the trip.</source>
        <translation>대표단원 중 출장에 없는 인물을 가리키는 항목이 있습니다.</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 ~ %3</translation>
    </message>
</context>
<context>
    <name>planner::RosterDialog</name>
    <message>
        <source>Custom columns</source>
        <translation>사용자 지정 열</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>스프레드시트(XLSX)</translation>
    </message>
    <message>
        <source>Comma-separated values (CSV)</source>
        <translation>쉼표로 구분된 값(CSV)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word 문서(DOCX)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 텍스트(ODT)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>⚠ This roster contains passport data (%1). The file is made readable only by you; send it only to those who need it, such as the immigration or visa office, and delete copies you no longer need.</source>
        <translation>⚠ 이 명단에는 여권 정보(%1)가 포함되어 있습니다. 파일은 본인만 읽을 수 있도록 저장됩니다. 출입국 관리 기관이나 비자 발급 기관 등 꼭 필요한 곳에만 보내고, 더 이상 필요 없는 사본은 삭제하십시오.</translation>
    </message>
</context>
<context>
    <name>planner::RosterWriter</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>임시 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The spreadsheet library could not start a workbook.</source>
        <translation>스프레드시트 라이브러리에서 통합 문서를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation>스프레드시트를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be read back: %1</source>
        <translation>저장한 스프레드시트를 다시 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>In order of precedence.</source>
        <translation>의전 서열순.</translation>
    </message>
    <message>
        <source>Times in the local time of each city.</source>
        <translation>시각은 각 도시의 현지 시각입니다.</translation>
    </message>
    <message>
        <source>Contains passport data: personal data, to be handled accordingly.</source>
        <translation>여권 정보 포함: 개인정보이므로 취급에 유의하십시오.</translation>
    </message>
    <message>
        <source>Contains passport data</source>
        <translation>여권 정보 포함</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>인쇄일: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: the disk is full (it is built in the temporary folder %1 first)</source>
        <translation>스프레드시트를 쓸 수 없습니다. 디스크 공간이 부족합니다(스프레드시트는 먼저 임시 폴더 %1에서 만들어집니다)</translation>
    </message>
</context>
<context>
    <name>planner::SearchDialog</name>
    <message>
        <source>&amp;Go to Record</source>
        <translation>항목으로 이동(&amp;G)</translation>
    </message>
    <message>
        <source>Show the chosen record on its page (Enter)</source>
        <translation>선택한 항목을 해당 페이지에서 표시(Enter)</translation>
    </message>
    <message>
        <source>Type part of a name: people, organisations, agenda sessions and MOUs are searched.</source>
        <translation>이름의 일부를 입력하십시오. 인물, 기관, 세션, MOU를 검색합니다.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>검색하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>“%1”에 대한 검색 결과가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n found; Enter or double-click goes to the record.</source>
        <translation>
            <numerusform>%n건을 찾았습니다. Enter 키를 누르거나 두 번 클릭하면 해당 항목으로 이동합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::SearchResultModel</name>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Agenda sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>MOUs</source>
        <translation>MOU</translation>
    </message>
    <message>
        <source>(directory)</source>
        <translation>(공용 목록)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>출장</translation>
    </message>
</context>
<context>
    <name>planner::Seating</name>
    <message>
        <source>Bilateral table</source>
        <translation>양자 테이블</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>U자형</translation>
    </message>
    <message>
        <source>Theatre rows</source>
        <translation>극장식</translation>
    </message>
</context>
<context>
    <name>planner::SeatingDiagram</name>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>Seating plan · %1</source>
        <translation>좌석 배치도 · %1</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>이미지를 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>planner::SeatingView</name>
    <message>
        <source>Drag a seat onto another to swap the two people.</source>
        <translation>좌석을 다른 좌석으로 끌어 놓으면 두 사람의 자리가 바뀝니다.</translation>
    </message>
    <message>
        <source>Choose a meeting or forum to see its seating plan.</source>
        <translation>좌석 배치도를 보려면 면담 또는 포럼을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>planner::StopEditor</name>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone; choose one from the list, e.g. Asia/Tashkent</source>
        <translation>&apos;%1&apos; 값은 알려진 IANA 시간대가 아닙니다. 목록에서 선택하십시오(예: Asia/Tashkent)</translation>
    </message>
    <message>
        <source>Edit stop &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 방문지 편집</translation>
    </message>
    <message>
        <source>Change time zone of stop &apos;%1&apos; to %2</source>
        <translation>&apos;%1&apos; 방문지 시간대 변경: %2</translation>
    </message>
</context>
<context>
    <name>planner::Storage</name>
    <message>
        <source>say why this finding is acceptable (e.g. &quot;interpreter works in both sessions by design&quot;)</source>
        <translation>이 점검 결과를 확인 처리하는 사유를 적으십시오(예: &quot;통역이 의도적으로 두 세션을 모두 맡음&quot;)</translation>
    </message>
    <message>
        <source>an acknowledgement needs the rule and fingerprint of its finding</source>
        <translation>확인 처리에는 해당 점검 결과의 규칙과 고유 식별값이 필요합니다</translation>
    </message>
    <message>
        <source>there is no trip with id %1</source>
        <translation>ID가 %1인 출장이 없습니다</translation>
    </message>
    <message>
        <source>this finding was not acknowledged for the trip %1</source>
        <translation>이 점검 결과는 %1 출장에서 확인 처리되지 않았습니다</translation>
    </message>
    <message>
        <source>a session&apos;s times are in its forum&apos;s time zone %1, not %2</source>
        <translation>세션 시각은 포럼의 시간대(%1)로 입력해야 합니다(입력된 시간대: %2)</translation>
    </message>
    <message>
        <source>the session&apos;s forum does not exist</source>
        <translation>세션이 속한 포럼이 없습니다</translation>
    </message>
    <message>
        <source>there is no forum with id %1</source>
        <translation>ID가 %1인 포럼이 없습니다</translation>
    </message>
    <message>
        <source>session &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 세션</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>the forum has sessions in another time zone; move it to a stop in the same zone or change the sessions first</source>
        <translation>포럼에 다른 시간대의 세션이 있습니다. 같은 시간대의 방문지로 옮기거나 먼저 세션을 변경하십시오</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <source>The forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼</translation>
    </message>
    <message>
        <source>The forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>there is no session with id %1</source>
        <translation>ID가 %1인 세션이 없습니다</translation>
    </message>
    <message>
        <source>session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>there is no stop with id %1</source>
        <translation>ID가 %1인 방문지가 없습니다</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>방문지</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <source>travel leg</source>
        <translation>이동 구간</translation>
    </message>
    <message>
        <source>The stop in %1</source>
        <translation>%1 방문지</translation>
    </message>
    <message>
        <source>The stop</source>
        <translation>방문지</translation>
    </message>
    <message>
        <source>there is no travel leg with id %1</source>
        <translation>ID가 %1인 이동 구간이 없습니다</translation>
    </message>
    <message>
        <source>there is no meeting with id %1</source>
        <translation>ID가 %1인 면담이 없습니다</translation>
    </message>
    <message>
        <source>The meeting &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 면담</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <source>there is no MOU with id %1</source>
        <translation>ID가 %1인 MOU가 없습니다</translation>
    </message>
    <message>
        <source>there is no organisation with id %1</source>
        <translation>ID가 %1인 기관이 없습니다</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>출장</translation>
    </message>
    <message>
        <source>The organisation &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 기관</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>there is no person with id %1</source>
        <translation>ID가 %1인 인물이 없습니다</translation>
    </message>
    <message>
        <source>delegation of trip</source>
        <translation>출장 대표단</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>there is no %1 with id %2 (was it deleted?)</source>
        <translation>ID가 %2인 %1 항목이 없습니다(삭제되었을 수 있음)</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; 외 %1건</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while it is used by: %2</source>
        <translation>%1을(를) 사용하는 항목이 있어 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the database could not prepare a statement (%1)</source>
        <translation>데이터베이스에서 명령문을 준비할 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>the database refused the change (%1)</source>
        <translation>데이터베이스에서 변경을 거부했습니다(%1)</translation>
    </message>
    <message>
        <source>the trip &apos;%1&apos; (%2) is already in this database; replace it to import this copy</source>
        <translation>&apos;%1&apos; 출장(%2)이 이미 이 데이터베이스에 있습니다. 이 사본을 가져오려면 기존 출장을 교체하십시오</translation>
    </message>
    <message>
        <source>organisation &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 기관</translation>
    </message>
    <message>
        <source>person &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 인물</translation>
    </message>
    <message>
        <source>venue &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 장소</translation>
    </message>
    <message>
        <source>trip &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 출장</translation>
    </message>
    <message>
        <source>delegation member %1</source>
        <translation>서열 %1번 대표단원</translation>
    </message>
    <message>
        <source>stop &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 방문지</translation>
    </message>
    <message>
        <source>travel leg %1</source>
        <translation>이동 구간 %1</translation>
    </message>
    <message>
        <source>forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 면담</translation>
    </message>
    <message>
        <source>MOU &apos;%1&apos;</source>
        <translation>&apos;%1&apos; MOU</translation>
    </message>
    <message>
        <source>delegation member</source>
        <translation>대표단원</translation>
    </message>
    <message>
        <source>the new order must list every member of the delegation exactly once</source>
        <translation>새 순서에는 대표단원 전원이 한 번씩만 들어 있어야 합니다</translation>
    </message>
    <message>
        <source>there is no venue with id %1</source>
        <translation>ID가 %1인 장소가 없습니다</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>The venue &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 장소</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>장소</translation>
    </message>
</context>
<context>
    <name>planner::TimelineLayout</name>
    <message>
        <source>Stay</source>
        <translation>체류</translation>
    </message>
    <message>
        <source>Travel leg</source>
        <translation>이동 구간</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <source>MOU signing</source>
        <translation>MOU 서명</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>기타 장소</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” is dated %3, %n day(s) away from the trip (%4): a timeline is drawn over at most %5 days. Correct the date (Checks lists it) and try again.</source>
        <translation>
            <numerusform>%1 “%2”의 날짜가 %3(으)로, 출장 기간(%4)에서 %n일 떨어져 있습니다. 타임라인은 최대 %5일까지만 그릴 수 있습니다. 날짜를 고친 뒤(점검 화면에 표시됩니다) 다시 시도하십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TimelinePage</name>
    <message>
        <source>Change departure from %1</source>
        <translation>%1 출발 시각 변경</translation>
    </message>
    <message>
        <source>Change arrival of travel leg &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 이동 구간 도착 시각 변경</translation>
    </message>
    <message>
        <source>Change end of forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼 종료 시각 변경</translation>
    </message>
    <message>
        <source>Change end of session &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 세션 종료 시각 변경</translation>
    </message>
    <message>
        <source>Change end of meeting &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 면담 종료 시각 변경</translation>
    </message>
    <message>
        <source>Move stay in %1</source>
        <translation>%1 체류 일정 옮기기</translation>
    </message>
    <message>
        <source>Move travel leg &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 이동 구간 옮기기</translation>
    </message>
    <message>
        <source>Move forum &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 포럼 옮기기</translation>
    </message>
    <message>
        <source>Move session &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 세션 옮기기</translation>
    </message>
    <message>
        <source>Move meeting &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 면담 옮기기</translation>
    </message>
    <message>
        <source>Move signing of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 서명 일정 옮기기</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>출장</translation>
    </message>
    <message>
        <source>%1 timeline.%2</source>
        <translation>%1 타임라인.%2</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Show less time, in more detail (Ctrl++; + or Ctrl+wheel on the timeline)</source>
        <translation>더 짧은 기간을 자세히 표시(Ctrl++; 타임라인에서는 + 또는 Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Show more time (Ctrl+-; - on the timeline)</source>
        <translation>더 긴 기간 표시(Ctrl+-; 타임라인에서는 -)</translation>
    </message>
    <message>
        <source>Fit Trip</source>
        <translation>출장 전체 보기</translation>
    </message>
    <message>
        <source>The whole trip across the width (Ctrl+0; 0 on the timeline)</source>
        <translation>출장 전체를 화면 너비에 맞춤(Ctrl+0; 타임라인에서는 0)</translation>
    </message>
    <message>
        <source>Fit Day</source>
        <translation>하루 보기</translation>
    </message>
    <message>
        <source>The day in the middle of the view across the width, in the local time of the place (D on the timeline)</source>
        <translation>화면 가운데의 하루를 해당 장소의 현지 시각 기준으로 화면 너비에 맞춤(타임라인에서는 D)</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>시각 기준(&amp;T):</translation>
    </message>
    <message>
        <source>Local time of each place</source>
        <translation>각 장소의 현지 시각</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>본국 시각</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The zone the day and hour labels of every lane are read in</source>
        <translation>모든 행의 날짜·시각 눈금에 적용할 시간대</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <source>Save the whole trip&apos;s timeline as an image</source>
        <translation>출장 전체의 타임라인을 이미지로 저장</translation>
    </message>
    <message>
        <source>Export PDF (A3)…</source>
        <translation>PDF 내보내기(A3)…</translation>
    </message>
    <message>
        <source>Save the whole trip&apos;s timeline on one A3 landscape page</source>
        <translation>출장 전체의 타임라인을 A3 가로 한 페이지로 저장</translation>
    </message>
    <message>
        <source>Export PDF per Day…</source>
        <translation>일별 PDF 내보내기…</translation>
    </message>
    <message>
        <source>Save the timeline with one A4 landscape page per day</source>
        <translation>하루에 A4 가로 한 페이지씩 타임라인 저장</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Export Timeline as PNG</source>
        <translation>타임라인을 PNG로 내보내기</translation>
    </message>
    <message>
        <source>Export Timeline as PDF, One Page per Day</source>
        <translation>타임라인을 일별 페이지 PDF로 내보내기</translation>
    </message>
    <message>
        <source>Export Timeline as PDF on A3</source>
        <translation>타임라인을 A3 PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation>타임라인을 내보냈습니다: %1</translation>
    </message>
</context>
<context>
    <name>planner::TimelineRenderer</name>
    <message>
        <source>Each lane in the local time of its place; header in home time (%1).</source>
        <translation>각 행은 해당 장소의 현지 시각으로, 상단 눈금은 본국 시각(%1)으로 표시합니다.</translation>
    </message>
    <message>
        <source>Every lane in home time (%1).</source>
        <translation>모든 행을 본국 시각(%1)으로 표시합니다.</translation>
    </message>
    <message>
        <source>Every lane in UTC; header in home time (%1) and UTC.</source>
        <translation>모든 행을 UTC로, 상단 눈금은 본국 시각(%1)과 UTC로 표시합니다.</translation>
    </message>
    <message>
        <source>Stay at a stop</source>
        <translation>방문지 체류</translation>
    </message>
    <message>
        <source>Travel leg</source>
        <translation>이동 구간</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Break or meal</source>
        <translation>휴식·식사</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <source>MOU signing</source>
        <translation>MOU 서명</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>In an open finding (error, warning)</source>
        <translation>미처리 점검 결과(오류·경고) 해당</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>범례:</translation>
    </message>
    <message>
        <source>Trip timeline</source>
        <translation>출장 타임라인</translation>
    </message>
    <message>
        <source>%1 — timeline</source>
        <translation>%1 — 타임라인</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>본국 시각</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The timeline image could not be written.</source>
        <translation>타임라인 이미지를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF 작성을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Day %1 of %2.</source>
        <translation>전체 %2일 중 %1일째.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF 작성을 마칠 수 없습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should end in .png or .pdf to say which kind of file to write.</source>
        <translation>&apos;%1&apos;: 저장할 파일 형식을 알 수 있도록 파일 이름이 .png 또는 .pdf로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Pages per day are for PDF; write a .pdf file or leave out the per-day option.</source>
        <translation>일별 페이지는 PDF에만 적용됩니다. .pdf 파일로 저장하거나 일별 페이지 옵션을 빼십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n session(s)</source>
        <translation>
            <numerusform>%1 · 세션 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The timeline image would be larger than %L1 megapixels; export a PDF instead, or a smaller scale.</source>
        <translation>타임라인 이미지가 %L1메가픽셀보다 커집니다. PDF로 내보내거나 배율을 줄이십시오.</translation>
    </message>
</context>
<context>
    <name>planner::TimelineView</name>
    <message>
        <source>Trip timeline</source>
        <translation>출장 타임라인</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>현지</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>본국</translation>
    </message>
    <message>
        <source>Duration: %1 h %2 min</source>
        <translation>소요 시간: %1시간 %2분</translation>
    </message>
    <message>
        <source>Open findings of the checks:</source>
        <translation>미처리 점검 결과:</translation>
    </message>
</context>
<context>
    <name>planner::TripActions</name>
    <message>
        <source>New trip</source>
        <translation>새 출장</translation>
    </message>
    <message>
        <source>Create trip &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 출장 생성</translation>
    </message>
    <message>
        <source>New Trip</source>
        <translation>새 출장</translation>
    </message>
    <message>
        <source>Created a new trip: give it a title and dates</source>
        <translation>새 출장을 만들었습니다. 제목과 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>Duplicate Trip</source>
        <translation>출장 복제</translation>
    </message>
    <message>
        <source>Duplicate trip &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 출장 복제</translation>
    </message>
    <message>
        <source>Delete Trip</source>
        <translation>출장 삭제</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1(%2 포함)</translation>
    </message>
    <message>
        <source>Delete Trip?</source>
        <translation>출장 삭제 확인</translation>
    </message>
    <message>
        <source>Delete the trip &apos;%1&apos; with everything in it?

• %2

People, organisations and venues stay in the directories. Edit ▸ Undo (Ctrl+Z) brings the trip back.</source>
        <translation>&apos;%1&apos; 출장과 그 안의 모든 내용을 삭제하시겠습니까?

• %2

인물, 기관, 장소는 각 목록에 그대로 남습니다. 편집 ▸ 실행 취소(Ctrl+Z)로 출장을 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete trip &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 출장 삭제</translation>
    </message>
    <message>
        <source>Deleted the trip &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 출장을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Import Trip</source>
        <translation>출장 가져오기</translation>
    </message>
    <message>
        <source>Trip documents (*.dptrip *.json);;All files (*)</source>
        <translation>출장 파일 (*.dptrip *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 is not a trip document that can be imported:
%2</source>
        <translation>%1 파일은 가져올 수 있는 출장 파일이 아닙니다:
%2</translation>
    </message>
    <message>
        <source>Replace Trip?</source>
        <translation>출장 교체 확인</translation>
    </message>
    <message>
        <source>This database already holds the trip “%1”.

Replace it with the trip from %2? Its delegation, itinerary, forums, meetings and MOUs in this database are replaced. Edit ▸ Undo brings them back.</source>
        <translation>이 데이터베이스에 “%1” 출장이 이미 있습니다.

%2 파일의 출장으로 교체하시겠습니까? 이 데이터베이스에 있는 해당 출장의 대표단, 방문지와 이동 구간, 포럼, 면담, MOU가 교체됩니다. 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Import Trip?</source>
        <translation>출장 가져오기 확인</translation>
    </message>
    <message>
        <source>Import the trip “%1” from %2 into %3?</source>
        <translation>%2 파일의 “%1” 출장을 %3에 가져오시겠습니까?</translation>
    </message>
    <message>
        <source>Import trip &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 출장 가져오기</translation>
    </message>
    <message>
        <source>Imported “%1”</source>
        <translation>“%1” 출장을 가져왔습니다.</translation>
    </message>
    <message>
        <source>Export Trip</source>
        <translation>출장 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>a delegation of %n member(s)</source>
        <translation>
            <numerusform>대표단원 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>방문지 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n travel leg(s)</source>
        <translation>
            <numerusform>이동 구간 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation>
            <numerusform>포럼 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda session(s)</source>
        <translation>
            <numerusform>세션 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>면담 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MOU(s)</source>
        <translation>
            <numerusform>MOU %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported “%1” to %2, readable only by you: it holds the delegation&apos;s passport data</source>
        <translation>“%1” 출장을 %2에 내보냈습니다. 대표단의 여권 정보가 들어 있어 본인만 읽을 수 있도록 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>planner::TripDocument</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>소수</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>기타 값</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1이어야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>a UUID string</source>
        <translation>UUID 문자열</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot; or null</source>
        <translation>&quot;YYYY-MM-DD&quot; 형식의 날짜 또는 null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; 값은 YYYY-MM-DD 형식의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone (e.g. Asia/Tashkent)</source>
        <translation>&apos;%1&apos; 값은 등록된 IANA 시간대가 아닙니다(예: Asia/Tashkent)</translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 필드가 없습니다</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (not part of version %2 of the format)</source>
        <translation>&apos;%1&apos; 필드는 형식 버전 %2에 없는 필드입니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>a time object {local, zone, utcOffset}</source>
        <translation>시각 객체 {local, zone, utcOffset}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a local time of the form YYYY-MM-DDTHH:MM (seconds optional, no offset and no Z)</source>
        <translation>&apos;%1&apos; 값은 YYYY-MM-DDTHH:MM 형식의 현지 시각이 아닙니다(초는 생략 가능, 시차와 Z는 붙이지 않음)</translation>
    </message>
    <message>
        <source>a time object {local, zone, utcOffset} or null</source>
        <translation>시각 객체 {local, zone, utcOffset} 또는 null</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; appears twice in the same object</source>
        <translation>같은 객체에 &apos;%1&apos; 필드가 두 번 있습니다</translation>
    </message>
    <message>
        <source>the values are nested more than %1 deep; a trip document is not</source>
        <translation>값의 중첩이 %1단계를 넘습니다. 출장 파일은 이렇게 깊이 중첩되지 않습니다</translation>
    </message>
    <message>
        <source>the file is empty; a trip document is a JSON object</source>
        <translation>파일이 비어 있습니다. 출장 파일은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 at byte %1 (%2); save it with UTF-8 encoding</source>
        <translation>파일의 %1번째 바이트(%2)가 올바른 UTF-8이 아닙니다. UTF-8 인코딩으로 저장하십시오</translation>
    </message>
    <message>
        <source>the file could not be read as JSON (%1)</source>
        <translation>파일을 JSON으로 읽을 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (ends early at byte %1); it may have been cut off while copying or saving</source>
        <translation>파일이 올바른 JSON이 아닙니다(%1번째 바이트에서 일찍 끝남). 복사하거나 저장하는 도중에 잘렸을 수 있습니다</translation>
    </message>
    <message>
        <source>the file is not valid JSON (at byte %1, %2: %3)</source>
        <translation>파일이 올바른 JSON이 아닙니다(%1번째 바이트, %2: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; 값은 다음 중 하나여야 합니다: %2</translation>
    </message>
    <message>
        <source>the trip</source>
        <translation>출장</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>delegation member</source>
        <translation>대표단원</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>방문지</translation>
    </message>
    <message>
        <source>travel leg</source>
        <translation>이동 구간</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>agenda session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <source>missing field &apos;format&apos;: this is not a Delegation Planner trip document (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>&apos;format&apos; 필드가 없습니다. Delegation Planner 출장 파일이 아닙니다(필요한 값: &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>missing field &apos;version&apos;</source>
        <translation>&apos;version&apos; 필드가 없습니다</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this build reads version %2; a newer Delegation Planner wrote this file)</source>
        <translation>지원하지 않는 형식 버전 %1입니다(이 프로그램이 읽을 수 있는 버전은 %2이며, 이 파일은 더 새로운 Delegation Planner에서 작성되었습니다)</translation>
    </message>
    <message>
        <source>lists %1 %2 twice</source>
        <translation>%1 %2 항목이 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>the trip ends (%1) before it starts (%2)</source>
        <translation>출장 종료일(%1)이 시작일(%2)보다 빠릅니다</translation>
    </message>
    <message>
        <source>a whole number (1 = first in protocol order)</source>
        <translation>정수(1 = 의전 서열 1순위)</translation>
    </message>
    <message>
        <source>is %1, but the stop is in %2; a stop&apos;s arrival and departure are in its own zone</source>
        <translation>값이 %1이지만 방문지의 시간대는 %2입니다. 방문지의 도착·출발 시각은 해당 방문지의 시간대로 적어야 합니다</translation>
    </message>
    <message>
        <source>is %1, but the meeting starts in %2; a meeting&apos;s times are in the zone of its stop</source>
        <translation>값이 %1이지만 면담 시작 시각의 시간대는 %2입니다. 면담 시각은 해당 방문지의 시간대로 적어야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: bilateral, u-shape, theatre</source>
        <translation>&apos;%1&apos; 값은 다음 중 하나여야 합니다: bilateral, u-shape, theatre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: delegation, host</source>
        <translation>&apos;%1&apos; 값은 다음 중 하나여야 합니다: delegation, host</translation>
    </message>
    <message>
        <source>an MOU is signed at a forum or at a meeting, not both: set signedAtForum or signedAtMeeting to null</source>
        <translation>MOU는 포럼 또는 면담 중 한 곳에서만 서명합니다. signedAtForum 또는 signedAtMeeting 중 하나를 null로 하십시오</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in %3</source>
        <translation>%3에 없는 %1 %2 항목을 참조합니다</translation>
    </message>
    <message>
        <source>refers to %1, which is a %2 (at %3), not a %4 in %5</source>
        <translation>참조한 %1 항목은 %5의 %4 항목이 아니라 %3에 있는 %2 항목입니다</translation>
    </message>
    <message>
        <source>is %1, but the meeting&apos;s stop is in %2; a meeting&apos;s times are in the zone of its stop</source>
        <translation>값이 %1이지만 면담 방문지의 시간대는 %2입니다. 면담 시각은 해당 방문지의 시간대로 적어야 합니다</translation>
    </message>
    <message>
        <source>is %1, but the forum&apos;s stop is in %2; a forum&apos;s times are in the zone of its stop</source>
        <translation>값이 %1이지만 포럼 방문지의 시간대는 %2입니다. 포럼 시각은 해당 방문지의 시간대로 적어야 합니다</translation>
    </message>
    <message>
        <source>the trip document could not be read (%1)</source>
        <translation>출장 파일을 읽을 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>the trip document could not be read</source>
        <translation>출장 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID (expected 8-4-4-4-12 lowercase hexadecimal digits without braces)</source>
        <translation>&apos;%1&apos; 값은 UUID가 아닙니다(중괄호 없이 8-4-4-4-12자리 소문자 16진수여야 함)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Delegation Planner trip document (expected &quot;%2&quot;)</source>
        <translation>&apos;%1&apos; 값은 Delegation Planner 출장 파일 형식이 아닙니다(필요한 값: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this build reads version %2)</source>
        <translation>지원하지 않는 형식 버전 %1입니다(이 프로그램이 읽을 수 있는 버전은 %2입니다)</translation>
    </message>
    <message>
        <source>duplicate id %1 (also at %2); every id must be unique in the whole document</source>
        <translation>중복된 ID %1입니다(%2에도 있음). 모든 ID는 문서 전체에서 고유해야 합니다</translation>
    </message>
    <message>
        <source>person %1 is already in the delegation (at %2); a person is listed at most once</source>
        <translation>인물 %1 항목은 이미 대표단에 있습니다(%2). 한 인물은 한 번만 기재할 수 있습니다</translation>
    </message>
    <message>
        <source>precedence %1 is out of range (1 = first in protocol order)</source>
        <translation>의전 서열 %1번은 허용 범위를 벗어납니다(1 = 의전 서열 1순위)</translation>
    </message>
    <message>
        <source>precedence %1 is also given at %2; each member needs a different place</source>
        <translation>의전 서열 %1번이 %2에도 지정되어 있습니다. 단원마다 서로 다른 서열이 필요합니다</translation>
    </message>
    <message>
        <source>the stop ends before it starts: departure %2 is not after arrival %1</source>
        <translation>방문지 일정이 시작 전에 끝납니다: 출발 시각(%2)이 도착 시각(%1)보다 늦지 않습니다</translation>
    </message>
    <message>
        <source>the leg ends before it starts: arrival %2 is not after departure %1</source>
        <translation>이동 구간이 시작 전에 끝납니다: 도착 시각(%2)이 출발 시각(%1)보다 늦지 않습니다</translation>
    </message>
    <message>
        <source>is %1, but the forum is in %2; a session&apos;s times are in its forum&apos;s zone</source>
        <translation>값이 %1이지만 포럼의 시간대는 %2입니다. 세션 시각은 해당 포럼의 시간대로 적어야 합니다</translation>
    </message>
    <message>
        <source>the session ends before it starts: end %2 is not after start %1</source>
        <translation>세션이 시작 전에 끝납니다: 종료 시각(%2)이 시작 시각(%1)보다 늦지 않습니다</translation>
    </message>
    <message>
        <source>is %1, but the forum starts in %2; a forum&apos;s times are in the zone of its stop</source>
        <translation>값이 %1이지만 포럼 시작 시각의 시간대는 %2입니다. 포럼 시각은 해당 방문지의 시간대로 적어야 합니다</translation>
    </message>
    <message>
        <source>the forum ends before it starts: end %2 is not after start %1</source>
        <translation>포럼이 시작 전에 끝납니다: 종료 시각(%2)이 시작 시각(%1)보다 늦지 않습니다</translation>
    </message>
    <message>
        <source>the meeting ends before it starts: end %2 is not after start %1</source>
        <translation>면담이 시작 전에 끝납니다: 종료 시각(%2)이 시작 시각(%1)보다 늦지 않습니다</translation>
    </message>
    <message>
        <source>the text holds the control character U+%1 at character %2; remove it (it cannot be printed or exported)</source>
        <translation>텍스트의 %2번째 문자에 제어 문자 U+%1이(가) 있습니다. 인쇄하거나 내보낼 수 없으니 삭제하십시오</translation>
    </message>
    <message>
        <source>the file holds a NUL byte at byte %1 (%2); a trip document is text</source>
        <translation>파일의 %1번째 바이트(%2)에 NUL 바이트가 있습니다. 출장 문서는 텍스트 파일이어야 합니다</translation>
    </message>
    <message>
        <source>the text is %1 MB long; a text of a trip is at most %2 MB</source>
        <translation>텍스트의 길이가 %1MB입니다. 출장의 텍스트는 최대 %2MB까지 가능합니다</translation>
    </message>
    <message>
        <source>the document holds more than %L1 objects and arrays; a trip is far smaller (split it into several trips)</source>
        <translation>문서에 객체와 배열이 %L1개를 넘게 들어 있습니다. 출장 하나는 이보다 훨씬 작습니다(여러 출장으로 나누십시오)</translation>
    </message>
</context>
<context>
    <name>planner::TripDocumentDialog</name>
    <message>
        <source>Export Itineraries</source>
        <translation>개인 일정표 내보내기</translation>
    </message>
    <message>
        <source>Export Programme</source>
        <translation>전체 일정 내보내기</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5 (booklet)</source>
        <translation>A5(소책자)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word 문서(DOCX)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 텍스트(ODT)</translation>
    </message>
    <message>
        <source>PDF to print and send as it is; DOCX or ODT to edit further in a word processor</source>
        <translation>PDF는 그대로 인쇄·발송할 때, DOCX 또는 ODT는 워드프로세서에서 추가로 편집할 때 사용</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Travellers, in order of precedence:</source>
        <translation>의전 서열순 출장자(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>모두 해제(&amp;N)</translation>
    </message>
    <message>
        <source>One &amp;file, each traveller from a new page</source>
        <translation>파일 하나로, 출장자마다 새 쪽에서 시작(&amp;F)</translation>
    </message>
    <message>
        <source>A file &amp;each, into a folder</source>
        <translation>출장자별 파일로 폴더에 저장(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n traveller(s)</source>
        <translation>
            <numerusform>출장자 %n명 중 %1명</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one traveller</source>
        <translation>출장자를 한 명 이상 선택하십시오</translation>
    </message>
</context>
<context>
    <name>planner::TripDocuments</name>
    <message>
        <source>Printed on %1</source>
        <translation>인쇄일: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>All times are the local time of each place.</source>
        <translation>모든 시각은 각 장소의 현지 시각입니다.</translation>
    </message>
    <message>
        <source>All times are the local time of each place, with the time in %1 (%2) beside it.</source>
        <translation>모든 시각은 각 장소의 현지 시각이며, 옆에 %1(%2) 시각을 함께 표시했습니다.</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>항공편</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Passengers: the whole delegation</source>
        <translation>탑승자: 대표단 전원</translation>
    </message>
    <message>
        <source>Passengers: %1</source>
        <translation>탑승자: %1</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <source>Counterparts: %1</source>
        <translation>상대측 인사: %1</translation>
    </message>
    <message>
        <source>Delegation: %1</source>
        <translation>대표단: %1</translation>
    </message>
    <message>
        <source>MOU signing</source>
        <translation>MOU 서명</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>서명 계기: %1</translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation>%1(서명자: %2)</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>일자별 일정</translation>
    </message>
    <message>
        <source>Time in %1</source>
        <translation>%1 시각</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>현지 시각</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation>아직 계획된 일정이 없습니다.</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>연번</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Stops and lodging</source>
        <translation>방문지 및 숙소</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>출발</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>숙소</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>숙박</translation>
    </message>
    <message>
        <source>Trip programme</source>
        <translation>전체 일정</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>숙소</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>숙소</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Nights: %1</source>
        <translation>%1박</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>No contacts are recorded for these days.</source>
        <translation>이 기간에 기록된 연락처가 없습니다.</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>상대측 인사</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Itinerary · %1</source>
        <translation>개인 일정표 · %1</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>개인 일정표</translation>
    </message>
    <message>
        <source>%1 is not a member of the delegation of &quot;%2&quot;.</source>
        <translation>%1: &quot;%2&quot; 출장의 대표단원이 아닙니다.</translation>
    </message>
    <message>
        <source>Choose at least one member of the delegation.</source>
        <translation>대표단원을 한 명 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Itinerary of %1</source>
        <translation>%1 개인 일정표</translation>
    </message>
    <message>
        <source>Programme of %1</source>
        <translation>%1 전체 일정</translation>
    </message>
    <message>
        <source>arrives %1</source>
        <translation>%1 도착</translation>
    </message>
    <message>
        <source>Overnight: %1</source>
        <translation>숙박: %1</translation>
    </message>
</context>
<context>
    <name>planner::TripListModel</name>
    <message>
        <source>Trip</source>
        <translation>출장</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
</context>
<context>
    <name>planner::TripPage</name>
    <message>
        <source>Forums (%1)</source>
        <translation>포럼(%1)</translation>
    </message>
    <message>
        <source>Delegation (%1)</source>
        <translation>대표단(%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit trip &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 출장 편집</translation>
    </message>
    <message>
        <source>Edit trip</source>
        <translation>출장 편집</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>포럼</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>열린 데이터베이스가 없습니다</translation>
    </message>
</context>
<context>
    <name>planner::TripTransfer</name>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>holds the trip &apos;%1&apos;, which %2 holds too; import one of them</source>
        <translation>&apos;%1&apos; 출장이 들어 있으나 %2에도 같은 출장이 있습니다. 둘 중 하나만 가져오십시오</translation>
    </message>
    <message>
        <source>the trip &apos;%1&apos; (%2) is already in the database; use --replace to replace it</source>
        <translation>&apos;%1&apos; 출장(%2)이 이미 데이터베이스에 있습니다. 교체하려면 --replace를 사용하십시오</translation>
    </message>
    <message>
        <source>The organisation &apos;%1&apos; cannot be exported: %2. Correct it on the Organisations page.</source>
        <translation>&apos;%1&apos; 기관 정보를 내보낼 수 없습니다: %2. 기관 페이지에서 수정하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be exported: %2. Correct it on the People page.</source>
        <translation>%1 인물 정보를 내보낼 수 없습니다: %2. 인물 페이지에서 수정하십시오.</translation>
    </message>
    <message>
        <source>no trip given</source>
        <translation>출장을 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>no trip matches &apos;%1&apos;</source>
        <translation>&apos;%1&apos;에 해당하는 출장이 없습니다</translation>
    </message>
    <message>
        <source>several trips match &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;에 해당하는 출장이 여러 개입니다: %2</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose a new file name</source>
        <translation>&apos;%1&apos; 파일이 이미 있습니다. 새 파일 이름을 지정하십시오</translation>
    </message>
    <message>
        <source>the bundled sample trip cannot be imported: %1</source>
        <translation>기본 제공 예제 출장을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB; a trip document is far smaller</source>
        <translation>&apos;%1&apos;의 크기가 %2MB를 넘습니다. 출장 문서는 이보다 훨씬 작습니다</translation>
    </message>
</context>
<context>
    <name>planner::Validation</name>
    <message>
        <source>a time zone is required (e.g. Asia/Tashkent)</source>
        <translation>시간대를 입력해야 합니다(예: Asia/Tashkent)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known IANA time zone</source>
        <translation>&apos;%1&apos; 값은 등록된 IANA 시간대가 아닙니다</translation>
    </message>
    <message>
        <source>a time is required</source>
        <translation>시각을 입력해야 합니다</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (clocks skip it)</source>
        <translation>%2 시간대에는 %1 시각이 존재하지 않습니다(시각 변경으로 건너뛰는 시각)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>&apos;%1&apos; 값은 UUID가 아닙니다</translation>
    </message>
    <message>
        <source>start and end must be in the same time zone (%1, %2)</source>
        <translation>시작과 종료는 같은 시간대여야 합니다(%1, %2)</translation>
    </message>
    <message>
        <source>ends at %1, which is not after the start at %2</source>
        <translation>종료 시각(%1)이 시작 시각(%2)보다 늦지 않습니다</translation>
    </message>
    <message>
        <source>the passport expires before the date of birth</source>
        <translation>여권 만료일이 생년월일보다 앞섭니다</translation>
    </message>
    <message>
        <source>the trip ends on %1, before it starts on %2</source>
        <translation>출장 종료일(%1)이 시작일(%2)보다 빠릅니다</translation>
    </message>
    <message>
        <source>a delegation member must be a person</source>
        <translation>대표단원으로는 인물을 지정해야 합니다</translation>
    </message>
    <message>
        <source>the order of precedence starts at 1</source>
        <translation>의전 서열은 1부터 시작합니다</translation>
    </message>
    <message>
        <source>arrival and departure are in the stop&apos;s own time zone %1</source>
        <translation>도착·출발 시각은 방문지의 시간대(%1)로 적어야 합니다</translation>
    </message>
    <message>
        <source>arrives (%1) before or when it departs (%2)</source>
        <translation>도착 시각(%1)이 출발 시각(%2)보다 늦지 않습니다</translation>
    </message>
    <message>
        <source>a travel leg needs a place or stop of departure</source>
        <translation>이동 구간의 출발지 또는 출발 방문지를 지정해야 합니다</translation>
    </message>
    <message>
        <source>a travel leg needs a place or stop of arrival</source>
        <translation>이동 구간의 도착지 또는 도착 방문지를 지정해야 합니다</translation>
    </message>
    <message>
        <source>a travel leg cannot start and end at the same stop</source>
        <translation>이동 구간의 출발지와 도착지가 같은 방문지일 수 없습니다</translation>
    </message>
    <message>
        <source>a passenger is listed twice</source>
        <translation>같은 탑승자가 두 번 기재되어 있습니다</translation>
    </message>
    <message>
        <source>a forum takes place at one of the trip&apos;s stops</source>
        <translation>포럼은 출장 방문지 중 한 곳에서 열려야 합니다</translation>
    </message>
    <message>
        <source>a host must be an organisation</source>
        <translation>주최로는 기관을 지정해야 합니다</translation>
    </message>
    <message>
        <source>an organisation is listed twice among the hosts</source>
        <translation>주최 목록에 같은 기관이 두 번 기재되어 있습니다</translation>
    </message>
    <message>
        <source>a speaker must be a person</source>
        <translation>연사로는 인물을 지정해야 합니다</translation>
    </message>
    <message>
        <source>a person is listed twice among the speakers</source>
        <translation>연사 목록에 같은 인물이 두 번 기재되어 있습니다</translation>
    </message>
    <message>
        <source>an MOU is signed either at a forum or at a meeting, not both</source>
        <translation>MOU는 포럼 또는 면담 중 한 곳에서만 서명합니다</translation>
    </message>
    <message>
        <source>a party must be an organisation</source>
        <translation>당사자로는 기관을 지정해야 합니다</translation>
    </message>
    <message>
        <source>an organisation is listed twice among the parties</source>
        <translation>당사자 목록에 같은 기관이 두 번 기재되어 있습니다</translation>
    </message>
    <message>
        <source>a meeting takes place at one of the trip&apos;s stops</source>
        <translation>면담은 출장 방문지 중 한 곳에서 열려야 합니다</translation>
    </message>
    <message>
        <source>a person is listed twice in the meeting</source>
        <translation>면담에 같은 인물이 두 번 기재되어 있습니다</translation>
    </message>
</context>
<context>
    <name>planner::VenuesPage</name>
    <message>
        <source>Name</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>회의실</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Search venues by name, city or room (Ctrl+F)</source>
        <translation>명칭, 도시 또는 회의실로 장소 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>Reorder rooms of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 장소의 회의실 순서 변경</translation>
    </message>
    <message>
        <source>&amp;New Venue</source>
        <translation>새 장소(&amp;N)</translation>
    </message>
    <message>
        <source>Edit venue &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 장소 편집</translation>
    </message>
    <message>
        <source>a room needs a name</source>
        <translation>회의실 이름을 입력해야 합니다</translation>
    </message>
    <message>
        <source>the venue already has a room of that name</source>
        <translation>이 장소에 같은 이름의 회의실이 이미 있습니다</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>새 회의실</translation>
    </message>
    <message>
        <source>New room %1</source>
        <translation>새 회의실 %1</translation>
    </message>
    <message>
        <source>Add room &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 장소에 &apos;%1&apos; 회의실 추가</translation>
    </message>
    <message>
        <source>Remove room &apos;%1&apos; from &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 장소에서 &apos;%1&apos; 회의실 제거</translation>
    </message>
    <message>
        <source>Move room &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 장소의 &apos;%1&apos; 회의실 이동</translation>
    </message>
    <message>
        <source>Rename room of &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 장소의 회의실 이름 변경: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>새 장소</translation>
    </message>
    <message>
        <source>Create venue</source>
        <translation>장소 생성</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Duplicate venue &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 장소 복제</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>장소 삭제</translation>
    </message>
    <message>
        <source>the venue &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 장소</translation>
    </message>
    <message>
        <source>Delete venue &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 장소 삭제</translation>
    </message>
</context>
<context>
    <name>planner::ZipPackage</name>
    <message>
        <source>Cannot start the document&apos;s archive: %1</source>
        <translation>문서 압축 파일 작성을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write %1 into the document&apos;s archive: %2</source>
        <translation>%1 항목을 문서 압축 파일에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot finish the document&apos;s archive: %1</source>
        <translation>문서 압축 파일 작성을 마칠 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot read the document&apos;s archive back.</source>
        <translation>작성한 문서 압축 파일을 다시 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>planner::ZoneComboBox</name>
    <message>
        <source>IANA time zone of the place, e.g. Asia/Tashkent; type part of a city to search</source>
        <translation>장소의 IANA 시간대(예: Asia/Tashkent). 도시 이름 일부를 입력하면 검색됩니다</translation>
    </message>
</context>
</TS>
