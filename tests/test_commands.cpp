#include "Fixtures.h"
#include "TestSupport.h"
#include "commands/Document.h"
#include "commands/Edits.h"
#include "storage/Repositories.h"

#include <QSignalSpy>

using namespace planner;
using namespace planner::test;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Document> document;
    TripBundle original = makeBundle();

    Fixture()
    {
        auto db = Database::open(dir.filePath(QStringLiteral("planner.sqlite")));
        REQUIRE_OK(db);
        document = std::make_unique<Document>(std::move(db).value());
        REQUIRE_OK(TripBundleStore(db_()).save(original, false));
    }
    Database& db_() { return document->database(); }
    /// Writes through a second connection, as another program would.
    template <typename Write> void inAnotherProgram(Write write)
    {
        auto other = Database::open(db_().path(), Database::Mode::OpenExisting);
        REQUIRE_OK(other);
        REQUIRE_OK(write(**other));
    }
    TripBundle load() { return *TripBundleStore(db_()).load(original.trip.id); }
    const Person& person(const char* family)
    {
        return *std::find_if(original.people.begin(), original.people.end(),
            [&](const Person& p) { return p.familyName == QLatin1String(family); });
    }
    void perform(const QString& text, Result<edits::Changes> changes)
    {
        REQUIRE_OK(changes);
        REQUIRE_OK(document->perform(text, std::move(changes).value()));
    }
};

}  // namespace

TEST_CASE("An edit is written at once and can be undone and redone")
{
    Fixture f;
    QSignalSpy changed(f.document.get(), &Document::changed);
    Organisation o { newUuid(), QStringLiteral("Korea Post"), QStringLiteral("우정사업본부"), QString(),
        QStringLiteral("KR"), OrganisationKind::Agency, QString() };
    REQUIRE_OK(f.document->perform(QStringLiteral("Create organisation 'Korea Post'"), { edits::created(o) }));
    CHECK(OrganisationRepository(f.db_()).get(o.id).ok());
    CHECK(changed.count() == 1);
    QUndoStack* stack = f.document->undoStack();
    CHECK(stack->undoText() == QStringLiteral("Create organisation 'Korea Post'"));

    stack->undo();
    CHECK_FALSE(OrganisationRepository(f.db_()).get(o.id).ok());
    stack->redo();
    CHECK(*OrganisationRepository(f.db_()).get(o.id) == o);
    CHECK(changed.count() == 3);

    Organisation renamed = o;
    renamed.name = QStringLiteral("Korea Post (우체국)");
    REQUIRE_OK(f.document->perform(QStringLiteral("Rename"), { edits::updated(o, renamed) }));
    stack->undo();
    CHECK(OrganisationRepository(f.db_()).get(o.id)->name == QStringLiteral("Korea Post"));
}

TEST_CASE("An edit that fails is not written and not put on the undo stack")
{
    Fixture f;
    AgendaSession s = f.original.forums.front().sessions.front();
    AgendaSession broken = s;
    broken.end = s.start.addMinutes(-5);
    const Status st = f.document->perform(QStringLiteral("Change session"), { edits::updated(s, broken) });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().where == QStringLiteral("end"));
    CHECK(f.document->undoStack()->count() == 0);
    CHECK(f.load() == f.original);
}

TEST_CASE("An edit that changes nothing is dropped")
{
    Fixture f;
    const Organisation& o = f.original.organisations.front();
    REQUIRE_OK(f.document->perform(QStringLiteral("Nothing"), { edits::updated(o, o) }));
    CHECK(f.document->undoStack()->count() == 0);
}

TEST_CASE("Deleting a person in use takes them off everything, and undo puts them back")
{
    Fixture f;
    const Person& hong = f.person("Hong");
    f.perform(QStringLiteral("Delete person"), edits::deletePerson(f.db_(), hong.id));
    CHECK_FALSE(PersonRepository(f.db_()).get(hong.id).ok());
    const TripBundle after = f.load();
    REQUIRE(after.members.size() == 1);
    CHECK(after.members.front().precedence == 1);  // the gap is closed
    CHECK(after.forums.front().sessions.front().speakers.size() == 1);
    CHECK(after.mous.front().parties.front().signatoryId.isEmpty());
    CHECK(after.meetings.front().participantIds.size() == 1);

    f.document->undoStack()->undo();
    CHECK(f.load() == f.original);
    f.document->undoStack()->redo();
    CHECK(f.load() == after);
}

TEST_CASE("Deleting an organisation, a venue, a stop or a forum is undone exactly")
{
    Fixture f;
    SECTION("organisation")
    {
        f.perform(QStringLiteral("Delete organisation"),
            edits::deleteOrganisation(f.db_(), f.original.trip.leadOrganisationId));
        const TripBundle after = f.load();
        CHECK(after.trip.leadOrganisationId.isEmpty());
        CHECK(after.forums.front().hosts.size() == 1);
    }
    SECTION("venue")
    {
        f.perform(QStringLiteral("Delete venue"), edits::deleteVenue(f.db_(), f.original.venues.front().id));
        CHECK(f.load().forums.front().venueId.isEmpty());
    }
    SECTION("stop, with its forum and the MOU signed there")
    {
        f.perform(QStringLiteral("Delete stop"), edits::deleteStop(f.db_(), f.original.stops.front().id));
        const TripBundle after = f.load();
        CHECK(after.stops.size() == 1);
        CHECK(after.forums.empty());
        CHECK(after.mous.front().signedAtForumId.isEmpty());
        CHECK(after.legs.front().fromStopId.isEmpty());
    }
    SECTION("forum with its sessions")
    {
        f.perform(QStringLiteral("Delete forum"), edits::deleteForum(f.db_(), f.original.forums.front().id));
        CHECK(f.load().forums.empty());
    }
    SECTION("the whole trip")
    {
        f.perform(QStringLiteral("Delete trip"), edits::deleteTrip(f.db_(), f.original.trip.id));
        CHECK(TripRepository(f.db_()).list()->empty());
    }
    f.document->undoStack()->undo();
    CHECK(f.load() == f.original);
}

TEST_CASE("Agenda edits: shift later sessions, move to another day, add after, move a forum")
{
    Fixture f;
    const Forum& forum = f.original.forums.front();
    const AgendaSession& first = forum.sessions.front();

    SECTION("shift this and later sessions")
    {
        f.perform(QStringLiteral("Shift sessions"), edits::shiftSessions(f.db_(), first.id, 15));
        const Forum after = f.load().forums.front();
        for (std::size_t i = 0; i < after.sessions.size(); ++i) {
            CHECK(forum.sessions[i].start.minutesTo(after.sessions[i].start) == 15);
        }
    }
    SECTION("shift only later sessions")
    {
        f.perform(QStringLiteral("Shift sessions"), edits::shiftSessions(f.db_(), forum.sessions.back().id, -10));
        const Forum after = f.load().forums.front();
        CHECK(after.sessions.front().start == first.start);
        CHECK(after.sessions.back().start == forum.sessions.back().start.addMinutes(-10));
    }
    SECTION("move to the next day")
    {
        f.perform(QStringLiteral("Move session"), edits::moveSessionToDay(f.db_(), first.id, QDate(2016, 8, 18)));
        auto moved = ForumRepository(f.db_()).getSession(first.id);
        CHECK(moved->start.localIso() == QStringLiteral("2016-08-18T09:30"));
        CHECK(moved->start.zone() == QStringLiteral("Asia/Tashkent"));
    }
    SECTION("a forum moves with its sessions")
    {
        const PlannedTime start = forum.start.addMinutes(30);
        const PlannedTime end = forum.end.addMinutes(30);
        f.perform(QStringLiteral("Move forum"), edits::moveForum(f.db_(), forum.id, start, end));
        const Forum after = f.load().forums.front();
        CHECK(after.start == start);
        CHECK(after.sessions.front().start.localIso() == QStringLiteral("2016-08-17T10:00"));
    }
    SECTION("retime across zones keeps the record's own zone")
    {
        // 06:00 in Seoul is 02:00 in Tashkent on the same day.
        const PlannedTime seoulStart = at(QStringLiteral("2016-08-17T14:00"), QStringLiteral("Asia/Seoul"));
        f.perform(QStringLiteral("Move session"),
            edits::retime(f.db_(), RecordKind::Session, first.id, seoulStart, seoulStart.addMinutes(30)));
        auto moved = ForumRepository(f.db_()).getSession(first.id);
        CHECK(moved->start.localIso() == QStringLiteral("2016-08-17T10:00"));
        CHECK(moved->start.zone() == QStringLiteral("Asia/Tashkent"));
    }
    f.document->undoStack()->undo();
    CHECK(f.load() == f.original);
}

TEST_CASE("A session added after another starts at its end with the usual length")
{
    Fixture f;
    const AgendaSession& first = f.original.forums.front().sessions.front();
    auto next = edits::sessionAfter(f.db_(), first.id, SessionKind::Presentation);
    REQUIRE_OK(next);
    CHECK(next->start == first.end);
    CHECK(next->start.minutesTo(next->end) == edits::defaultMinutes(SessionKind::Presentation));
    REQUIRE_OK(f.document->perform(QStringLiteral("Add session"), { edits::created(*next) }));
    CHECK(f.load().forums.front().sessions.size() == 3);
}

TEST_CASE("Reordering the delegation is one undoable step")
{
    Fixture f;
    const Uuid second = f.original.members[1].id;
    f.perform(QStringLiteral("Move member"), edits::moveMember(f.db_(), f.original.trip.id, second, 0));
    CHECK(TripRepository(f.db_()).members(f.original.trip.id)->front().id == second);
    f.document->undoStack()->undo();
    CHECK(TripRepository(f.db_()).members(f.original.trip.id)->front().id == f.original.members[0].id);
}

TEST_CASE("A duplicated trip has new ids and the same programme")
{
    Fixture f;
    auto copy = edits::duplicateTrip(f.db_(), f.original.trip.id);
    REQUIRE_OK(copy);
    REQUIRE_OK(f.document->perform(QStringLiteral("Duplicate trip"), { edits::created(*copy) }));
    auto loaded = TripBundleStore(f.db_()).load(copy->trip.id);
    REQUIRE_OK(loaded);
    CHECK(*loaded == *copy);
    CHECK(loaded->trip.title.startsWith(QStringLiteral("Copy of")));
    CHECK(loaded->forums.front().id != f.original.forums.front().id);
    CHECK(loaded->forums.front().stopId == loaded->stops.front().id);
    CHECK(loaded->mous.front().signedAtForumId == loaded->forums.front().id);
    CHECK(f.load() == f.original);
}

TEST_CASE("A write by another program is noticed")
{
    Fixture f;
    QSignalSpy external(f.document.get(), &Document::changedExternally);
    f.document->checkForExternalChanges();
    CHECK(external.count() == 0);
    f.inAnotherProgram([&](Database& other) {
        Organisation o { newUuid(), QStringLiteral("Written elsewhere"), {}, {}, {}, OrganisationKind::Other, {} };
        return OrganisationRepository(other).insert(o);
    });
    f.document->checkForExternalChanges();
    CHECK(external.count() == 1);
    // Our own edits are not "external".
    Organisation mine { newUuid(), QStringLiteral("Mine"), {}, {}, {}, OrganisationKind::Other, {} };
    REQUIRE_OK(f.document->perform(QStringLiteral("Create"), { edits::created(mine) }));
    f.document->checkForExternalChanges();
    CHECK(external.count() == 1);
}

TEST_CASE("An edit computed from a stale view is refused instead of overwriting another writer's change")
{
    Fixture f;
    const Organisation shown = f.original.organisations.front();
    // Another window renames the organisation after this one showed it.
    f.inAnotherProgram([&](Database& other) {
        Organisation theirs = shown;
        theirs.name = QStringLiteral("Renamed in the other window");
        return OrganisationRepository(other).update(theirs);
    });
    Organisation mine = shown;
    mine.abbreviation = QStringLiteral("CSA");
    const Status refused = f.document->perform(QStringLiteral("Edit organisation"), { edits::updated(shown, mine) });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("changed or deleted elsewhere")));
    CHECK(OrganisationRepository(f.db_()).get(shown.id)->name == QStringLiteral("Renamed in the other window"));
    CHECK(f.document->undoStack()->count() == 0);

    // Undo too refuses to overwrite a change made elsewhere in between.
    const AgendaSession session = f.original.forums.front().sessions.back();
    AgendaSession moved = session;
    moved.start = session.start.addMinutes(5);
    moved.end = session.end.addMinutes(5);
    REQUIRE_OK(f.document->perform(QStringLiteral("Move session"), { edits::updated(session, moved) }));
    f.inAnotherProgram([&](Database& other) {
        AgendaSession theirs = moved;
        theirs.room = QStringLiteral("Room 2");
        return ForumRepository(other).updateSession(theirs);
    });
    QSignalSpy errors(f.document.get(), &Document::errorOccurred);
    f.document->undoStack()->undo();
    CHECK(errors.count() == 1);
    CHECK(ForumRepository(f.db_()).getSession(session.id)->room == QStringLiteral("Room 2"));
}

TEST_CASE("The whole trip is loaded once per change and shared by the views that need it")
{
    Fixture f;
    Database& db = f.db_();
    const quint64 before = db.statementsExecuted();
    auto first = f.document->trip(f.original.trip.id);
    REQUIRE_OK(first);
    const quint64 oneLoad = db.statementsExecuted() - before;
    CHECK(oneLoad > 0);
    auto second = f.document->trip(f.original.trip.id);
    REQUIRE_OK(second);
    CHECK(second->get() == first->get());  // the same snapshot, nothing read again
    CHECK(db.statementsExecuted() - before == oneLoad);
    CHECK(**first == f.original);

    // An edit (and its undo) makes the next one read what is there now.
    Trip renamed = f.original.trip;
    renamed.title = QStringLiteral("Renamed trip");
    REQUIRE_OK(f.document->perform(QStringLiteral("Rename"), { edits::updated(f.original.trip, renamed) }));
    auto after = f.document->trip(f.original.trip.id);
    REQUIRE_OK(after);
    CHECK(after->get() != first->get());
    CHECK((*after)->trip.title == QStringLiteral("Renamed trip"));
    CHECK((*first)->trip.title == f.original.trip.title);  // a snapshot held by a view stays as it was
    f.document->undoStack()->undo();
    CHECK((*f.document->trip(f.original.trip.id))->trip.title == f.original.trip.title);

    // Another trip is loaded for itself.
    CHECK_FALSE(f.document->trip(newUuid()).ok());
}

TEST_CASE("A session edit is patched into the shared trip, equal to the trip read again, and undo and redo too")
{
    Fixture f;
    Database& db = f.db_();
    REQUIRE_OK(f.document->trip(f.original.trip.id));
    const auto current = [&] { return f.document->trip(f.original.trip.id).value(); };
    // What trip() costs now: nothing read when the snapshot was patched.
    const auto statementsFor = [&] {
        const quint64 before = db.statementsExecuted();
        (void)current();
        return db.statementsExecuted() - before;
    };
    const Forum& forum = f.original.forums.front();
    REQUIRE(forum.sessions.size() == 2);
    const AgendaSession keynote = forum.sessions.at(0);
    const AgendaSession coffee = forum.sessions.at(1);

    AgendaSession renamed = keynote;
    renamed.title = QStringLiteral("개회사 Opening address");
    renamed.room = QStringLiteral("Hall B");
    REQUIRE_OK(f.document->perform(QStringLiteral("Rename"), { edits::updated(keynote, renamed) }));
    CHECK(statementsFor() == 0);
    CHECK(*current() == f.load());
    CHECK(current()->forums.front().sessions.at(0).title == renamed.title);

    // Moved before the keynote: the agenda's order follows.
    AgendaSession early = coffee;
    early.start = keynote.start.addMinutes(-30);
    early.end = keynote.start.addMinutes(-15);
    const auto held = current();
    REQUIRE_OK(f.document->perform(QStringLiteral("Move"), { edits::updated(coffee, early) }));
    CHECK(statementsFor() == 0);
    CHECK(*current() == f.load());
    CHECK(current()->forums.front().sessions.at(0).id == coffee.id);
    CHECK(held->forums.front().sessions.at(0).id == keynote.id);  // a view's snapshot stays as it was

    f.document->undoStack()->undo();
    CHECK(statementsFor() == 0);
    CHECK(*current() == f.load());
    f.document->undoStack()->undo();
    CHECK(*current() == f.load());
    CHECK(*current() == f.original);
    f.document->undoStack()->redo();
    f.document->undoStack()->redo();
    CHECK(statementsFor() == 0);
    CHECK(*current() == f.load());

    // A change of who speaks changes the people the trip refers to: read again.
    AgendaSession silent = *std::find_if(current()->forums.front().sessions.begin(),
        current()->forums.front().sessions.end(), [&](const AgendaSession& s) { return s.id == keynote.id; });
    REQUIRE_FALSE(silent.speakers.empty());
    const AgendaSession spoken = silent;
    silent.speakers.clear();
    REQUIRE_OK(f.document->perform(QStringLiteral("No speaker"), { edits::updated(spoken, silent) }));
    CHECK(statementsFor() > 0);
    CHECK(*current() == f.load());
    f.document->undoStack()->undo();
    CHECK(*current() == f.load());
}

TEST_CASE("Another program's change just before an edit is not hidden by patching the shared trip")
{
    Fixture f;
    REQUIRE_OK(f.document->trip(f.original.trip.id));
    QSignalSpy external(f.document.get(), &Document::changedExternally);
    const AgendaSession keynote = f.original.forums.front().sessions.at(0);
    const AgendaSession coffee = f.original.forums.front().sessions.at(1);
    f.inAnotherProgram([&](Database& other) {
        AgendaSession theirs = coffee;
        theirs.room = QStringLiteral("Room 2");
        return ForumRepository(other).updateSession(theirs);
    });
    AgendaSession mine = keynote;
    mine.title = QStringLiteral("Opening address");
    REQUIRE_OK(f.document->perform(QStringLiteral("Rename"), { edits::updated(keynote, mine) }));
    CHECK(external.count() == 1);
    const auto trip = f.document->trip(f.original.trip.id);
    REQUIRE_OK(trip);
    CHECK(**trip == f.load());
    CHECK((*trip)->forums.front().sessions.at(1).room == QStringLiteral("Room 2"));
}
