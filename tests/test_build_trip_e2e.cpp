// End to end, through the main window as a desk officer works: a new empty
// database, a small trip built page by page (organisation, two people, the
// trip, a stop, a forum with two sessions and their speakers, a delegation
// member, an MOU with a party and its signatory), the database read back
// through the repositories, everything undone back to empty and redone, a
// person in use deleted (declined, then accepted and undone), the People
// list filtered in Hangul; and the window's keyboard (Alt+3, Ctrl+F,
// Ctrl+Shift+F).
#include "Fixtures.h"
#include "PageTestSupport.h"
#include "models/MouPartyModel.h"
#include "models/ProgrammeModel.h"
#include "storage/Repositories.h"
#include "ui/AgendaEditor.h"
#include "ui/DelegationPage.h"
#include "ui/ForumEditor.h"
#include "ui/LinkListEditor.h"
#include "ui/MainWindow.h"
#include "ui/MousPage.h"
#include "ui/OrganisationsPage.h"
#include "ui/PeoplePage.h"
#include "ui/PersonChooserDialog.h"
#include "ui/ProgrammePage.h"
#include "ui/SearchDialog.h"
#include "ui/StopEditor.h"
#include "ui/TimeWidgets.h"
#include "ui/TripPage.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace planner;
using namespace planner::test;

namespace {

using Section = MainWindow::Section;

const QString kTashkent = QStringLiteral("Asia/Tashkent");
const QString kTripTitle = QStringLiteral("Visit to Uzbekistan 2016");
const QString kForumTitle = QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance");
const QString kOpening = QStringLiteral("Opening and welcome");
const QString kKeynote = QStringLiteral("Keynote: public administration in Korea");
const QString kMouTitle = QStringLiteral("MOU on e-government cooperation");

template <typename W> W* child(const QObject* parent, const char* name)
{
    auto* found = parent->findChild<W*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found != nullptr);
    return found;
}

/// Clicks the button a tool bar shows for an action.
void click(QToolBar* toolBar, QAction* action)
{
    QWidget* button = toolBar->widgetForAction(action);
    REQUIRE(button != nullptr);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Clicks a row of a page's list, as a user selects a record.
void clickRow(QTreeView* view, const QModelIndex& index)
{
    REQUIRE(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/// Chooses the entry with this data as a user does (activated is emitted).
void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    INFO(data.toString().toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

/// Sets a planned-time editor's local time and confirms it with Return.
void setTime(PlannedTimeEdit* edit, const QString& localIso)
{
    const QDateTime value = QDateTime::fromString(localIso, Qt::ISODate);
    REQUIRE(value.isValid());
    edit->editor()->setFocus();
    edit->editor()->setDateTime(QDateTime(value.date(), value.time(), QTimeZone::utc()));
    QTest::keyClick(edit->editor(), Qt::Key_Return);
}

/// Opens a table cell's editor (F2), chooses the entry with the id and confirms.
void chooseInCell(QTreeView* view, const QModelIndex& index, const Uuid& id)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
    REQUIRE(editor != nullptr);
    const int row = editor->findData(id);
    REQUIRE(row >= 0);
    editor->setCurrentIndex(row);
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits and closes the editor, then the page writes the edit: both queued.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

/// What the database holds, read back through the repositories.
struct Snapshot {
    std::vector<Organisation> organisations;
    std::vector<Person> people;
    std::vector<Venue> venues;
    std::vector<Trip> trips;
    std::vector<TripBundle> bundles;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(Database& db)
{
    Snapshot s;
    s.organisations = OrganisationRepository(db).list().value();
    s.people = PersonRepository(db).list().value();
    s.venues = VenueRepository(db).list().value();
    s.trips = TripRepository(db).list().value();
    for (const Trip& t : s.trips) {
        s.bundles.push_back(TripBundleStore(db).load(t.id).value());
    }
    return s;
}

/// The main window on a database made with File ▸ New Database.
struct Window {
    IsolatedSettings settings;
    QTemporaryDir dir;
    std::shared_ptr<ScriptedDialogs> dialogs = std::make_shared<ScriptedDialogs>();
    std::unique_ptr<MainWindow> window;

    Window()
    {
        REQUIRE(dir.isValid());
        window = std::make_unique<MainWindow>(dialogs);
        window->resize(1366, 740);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        activate();
    }
    /// Makes the window the active one again: the offscreen platform does
    /// not give activation back when a modal dialog closes.
    void activate()
    {
        if (QApplication::activeWindow() != window.get()) {
            window->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(window.get()));
        }
    }
    Database& db() { return *window->database(); }
    QUndoStack* undo() { return window->document()->undoStack(); }
    QAction* action(const char* name) { return child<QAction>(window.get(), name); }
    /// Goes to a section with its navigator key (Alt+1 … Alt+9, Alt+0).
    void go(Section section)
    {
        activate();
        const int key = (static_cast<int>(section) + 1) % 10;
        QTest::keyClick(window.get(), static_cast<Qt::Key>(Qt::Key_0 + key), Qt::AltModifier);
        REQUIRE(window->currentSection() == section);
        REQUIRE(window->page(section)->isVisible());
    }
    template <typename P> P* page(Section section)
    {
        auto* p = qobject_cast<P*>(window->page(section));
        REQUIRE(p != nullptr);
        return p;
    }
    /// Triggers an Edit menu action until it is disabled; returns how often.
    int repeat(const char* name)
    {
        QAction* a = action(name);
        int times = 0;
        while (a->isEnabled() && times < 1000) {
            a->trigger();
            ++times;
        }
        return times;
    }
};

/// The ids of the records the test made, found after they were made.
struct Built {
    Uuid ministry, hong, azimov, trip, stop, forum, opening, keynote, member, mou;
};

/// Steps 1 and 2: File ▸ New Database, then the trip, page by page.
Built buildTrip(Window& w)
{
    Built b;
    // 1. File ▸ New Database: an empty database.
    w.dialogs->fileNames = { w.dir.filePath(QStringLiteral("visit")) };
    w.action("actionNewDatabase")->trigger();
    REQUIRE(w.dialogs->warnings.isEmpty());
    REQUIRE(w.window->database() != nullptr);
    CHECK(w.window->windowFilePath() == w.dir.filePath(QStringLiteral("visit.sqlite")));
    REQUIRE(snapshot(w.db()) == Snapshot {});
    CHECK(!w.undo()->canUndo());

    // An organisation (the directories are there before any trip).
    w.go(Section::Organisations);
    auto* organisations = w.page<OrganisationsPage>(Section::Organisations);
    click(organisations->toolBar(), organisations->newAction());
    b.ministry = organisations->currentId();
    REQUIRE(!b.ministry.isEmpty());
    typeInto(child<QLineEdit>(organisations, "nameEdit"), QStringLiteral("Ministry of the Interior"));
    typeAnyInto(child<QLineEdit>(organisations, "localNameEdit"), QStringLiteral("행정자치부"));
    typeInto(child<QLineEdit>(organisations, "abbreviationEdit"), QStringLiteral("MOI"));
    typeInto(child<QLineEdit>(organisations, "countryEdit"), QStringLiteral("kr"));
    choose(child<QComboBox>(organisations, "kindCombo"), label(OrganisationKind::Ministry));

    // Two people: one in Latin letters only, one with a Hangul name.
    w.go(Section::People);
    auto* people = w.page<PeoplePage>(Section::People);
    click(people->toolBar(), people->newAction());
    b.azimov = people->currentId();
    REQUIRE(!b.azimov.isEmpty());
    typeInto(child<QLineEdit>(people, "familyNameEdit"), QStringLiteral("Azimov"));
    typeInto(child<QLineEdit>(people, "givenNameEdit"), QStringLiteral("Rustam"));
    typeInto(child<QLineEdit>(people, "positionEdit"), QStringLiteral("Director of the e-Government Centre"));

    click(people->toolBar(), people->newAction());
    b.hong = people->currentId();
    REQUIRE(!b.hong.isEmpty());
    REQUIRE(b.hong != b.azimov);
    typeInto(child<QLineEdit>(people, "familyNameEdit"), QStringLiteral("Hong"));
    typeInto(child<QLineEdit>(people, "givenNameEdit"), QStringLiteral("Yun-sik"));
    typeAnyInto(child<QLineEdit>(people, "localNameEdit"), QStringLiteral("홍윤식"));
    typeInto(child<QLineEdit>(people, "positionEdit"), QStringLiteral("Minister of the Interior"));
    chooseData(child<QComboBox>(people, "organisationCombo"), b.ministry);

    // Trip ▸ New Trip, then its title and home zone on the Overview.
    w.action("actionNewTrip")->trigger();
    b.trip = w.window->currentTripId();
    REQUIRE(!b.trip.isEmpty());
    REQUIRE(w.window->currentSection() == Section::Overview);
    TripPage* overview = w.window->tripPage();
    REQUIRE(overview->isVisible());
    typeInto(child<QLineEdit>(overview, "titleEdit"), kTripTitle);
    typeInto(child<ZoneComboBox>(overview, "homeZoneCombo")->lineEdit(), QStringLiteral("Asia/Tokyo"));

    // A stop in Tashkent.
    w.go(Section::Programme);
    auto* programme = w.page<ProgrammePage>(Section::Programme);
    REQUIRE(programme->tripId() == b.trip);
    click(programme->toolBar(), programme->newStopAction());
    b.stop = programme->currentId();
    QWidget* stop = programme->stopEditor();
    REQUIRE(child<QLineEdit>(stop, "cityEdit")->hasFocus());
    typeInto(child<QLineEdit>(stop, "cityEdit"), QStringLiteral("Tashkent"));
    typeInto(child<QLineEdit>(stop, "countryEdit"), QStringLiteral("uz"));
    typeInto(child<ZoneComboBox>(stop, "zoneCombo")->lineEdit(), kTashkent);
    setTime(child<PlannedTimeEdit>(stop, "arrivalEdit"), QStringLiteral("2016-08-15T19:30"));
    setTime(child<PlannedTimeEdit>(stop, "departureEdit"), QStringLiteral("2016-08-18T14:00"));
    typeInto(child<QLineEdit>(stop, "lodgingEdit"), QStringLiteral("Hyatt Regency Tashkent"));

    // A forum at it, hosted by the ministry.
    click(programme->toolBar(), programme->newForumAction());
    b.forum = programme->currentId();
    QWidget* forum = programme->forumEditor();
    REQUIRE(programme->forumTabs()->currentWidget() == forum);
    typeInto(child<QLineEdit>(forum, "titleEdit"), kForumTitle);
    setTime(child<PlannedTimeEdit>(forum, "startEdit"), QStringLiteral("2016-08-17T09:30"));
    setTime(child<PlannedTimeEdit>(forum, "endEdit"), QStringLiteral("2016-08-17T15:30"));
    typeInto(child<LinkListEditor>(forum, "hostsEditor")->chooser()->lineEdit(), QStringLiteral("Ministry"));

    // Two sessions with speakers, one added after the other.
    AgendaEditor* agenda = programme->agendaEditor();
    programme->forumTabs()->setCurrentWidget(agenda);
    agenda->addAfterAction()->trigger();
    b.opening = agenda->currentSessionId();
    auto* sessionTitle = child<QLineEdit>(agenda, "titleEdit");
    REQUIRE(sessionTitle->hasFocus());
    typeInto(sessionTitle, kOpening);
    auto* speakers = child<LinkListEditor>(agenda, "speakersEditor");
    typeInto(speakers->chooser()->lineEdit(), QStringLiteral("Azimov"));
    chooseData(speakers->roleBox(), token(SpeakerRole::Moderator));

    sessionTitle->setFocus();
    QTest::keyClick(sessionTitle, Qt::Key_Return, Qt::ControlModifier);  // Add Session After
    b.keynote = agenda->currentSessionId();
    REQUIRE(b.keynote != b.opening);
    REQUIRE(sessionTitle->hasFocus());
    typeInto(sessionTitle, kKeynote);
    chooseData(child<QComboBox>(agenda, "kindCombo"), token(SessionKind::Keynote));
    typeAnyInto(speakers->chooser()->lineEdit(), QStringLiteral("홍윤식"));

    // The delegation: Hong as its head, chosen in the person chooser.
    w.go(Section::Delegation);
    auto* delegation = w.page<DelegationPage>(Section::Delegation);
    int offered = -1;
    const auto answer
        = QObject::connect(delegation, &DelegationPage::chooserOpened, delegation, [&](PersonChooserDialog* dialog) {
              offered = dialog->model()->rowCount();
              sendText(child<QLineEdit>(dialog, "searchEdit"), QStringLiteral("홍"));
              REQUIRE(dialog->proxy()->rowCount() == 1);
              choose(child<QComboBox>(dialog, "roleCombo"), label(MemberRole::Head));
              QTimer::singleShot(0, dialog, &QDialog::accept);
          });
    click(delegation->toolBar(), delegation->newAction());
    QObject::disconnect(answer);
    CHECK(offered == 2);
    b.member = delegation->currentId();
    REQUIRE(!b.member.isEmpty());

    // An MOU signed at the forum, the ministry a party with Hong signing.
    w.go(Section::Mous);
    auto* mous = w.page<MousPage>(Section::Mous);
    click(mous->toolBar(), mous->newAction());
    b.mou = mous->currentId();
    REQUIRE(!b.mou.isEmpty());
    typeInto(child<QLineEdit>(mous, "titleEdit"), kMouTitle);
    chooseData(child<QComboBox>(mous, "statusCombo"), token(MouStatus::Agreed));
    chooseData(child<QComboBox>(mous, "placeCombo"), QStringLiteral("forum:") + b.forum);
    QTest::mouseClick(child<QPushButton>(mous, "addPartyButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    chooseInCell(
        child<QTreeView>(mous, "partyView"), mous->partyModel()->index(0, MouPartyModel::SignatoryColumn), b.hong);

    CHECK(w.dialogs->warnings.isEmpty());
    return b;
}

/// Step 3: every record holds what was typed.
void checkBuilt(Window& w, const Built& b)
{
    Database& db = w.db();
    const auto organisations = OrganisationRepository(db).list().value();
    REQUIRE(organisations.size() == 1);
    const Organisation& ministry = organisations.front();
    CHECK(ministry.id == b.ministry);
    CHECK(ministry.name == QStringLiteral("Ministry of the Interior"));
    CHECK(ministry.localName == QStringLiteral("행정자치부"));
    CHECK(ministry.abbreviation == QStringLiteral("MOI"));
    CHECK(ministry.country == QStringLiteral("KR"));
    CHECK(ministry.kind == OrganisationKind::Ministry);

    const auto people = PersonRepository(db).list().value();
    REQUIRE(people.size() == 2);
    const Person azimov = PersonRepository(db).get(b.azimov).value();
    CHECK(azimov.familyName == QStringLiteral("Azimov"));
    CHECK(azimov.givenName == QStringLiteral("Rustam"));
    CHECK(azimov.localName.isEmpty());
    CHECK(azimov.position == QStringLiteral("Director of the e-Government Centre"));
    CHECK(azimov.organisationId.isEmpty());
    const Person hong = PersonRepository(db).get(b.hong).value();
    CHECK(hong.familyName == QStringLiteral("Hong"));
    CHECK(hong.givenName == QStringLiteral("Yun-sik"));
    CHECK(hong.localName == QStringLiteral("홍윤식"));
    CHECK(hong.position == QStringLiteral("Minister of the Interior"));
    CHECK(hong.organisationId == b.ministry);

    const auto trips = TripRepository(db).list().value();
    REQUIRE(trips.size() == 1);
    const TripBundle bundle = TripBundleStore(db).load(b.trip).value();
    CHECK(bundle.trip.title == kTripTitle);
    CHECK(bundle.trip.homeZone == QStringLiteral("Asia/Tokyo"));

    REQUIRE(bundle.stops.size() == 1);
    const Stop& stop = bundle.stops.front();
    CHECK(stop.id == b.stop);
    CHECK(stop.city == QStringLiteral("Tashkent"));
    CHECK(stop.country == QStringLiteral("UZ"));
    CHECK(stop.zone == kTashkent);
    CHECK(stop.arrival == at(QStringLiteral("2016-08-15T19:30"), kTashkent));
    CHECK(stop.departure == at(QStringLiteral("2016-08-18T14:00"), kTashkent));
    CHECK(stop.lodging == QStringLiteral("Hyatt Regency Tashkent"));
    CHECK(bundle.legs.empty());

    REQUIRE(bundle.forums.size() == 1);
    const Forum& forum = bundle.forums.front();
    CHECK(forum.id == b.forum);
    CHECK(forum.title == kForumTitle);
    CHECK(forum.stopId == b.stop);
    CHECK(forum.start == at(QStringLiteral("2016-08-17T09:30"), kTashkent));
    CHECK(forum.end == at(QStringLiteral("2016-08-17T15:30"), kTashkent));
    CHECK(forum.hosts == std::vector<ForumHost> { { b.ministry, HostRole::Host } });
    REQUIRE(forum.sessions.size() == 2);
    const AgendaSession& opening = forum.sessions[0];
    CHECK(opening.id == b.opening);
    CHECK(opening.title == kOpening);
    CHECK(opening.kind == SessionKind::Opening);
    CHECK(opening.start == at(QStringLiteral("2016-08-17T09:30"), kTashkent));
    CHECK(opening.speakers == std::vector<SessionSpeaker> { { b.azimov, SpeakerRole::Moderator } });
    const AgendaSession& keynote = forum.sessions[1];
    CHECK(keynote.id == b.keynote);
    CHECK(keynote.title == kKeynote);
    CHECK(keynote.kind == SessionKind::Keynote);
    CHECK(keynote.start == opening.end);
    CHECK(keynote.speakers == std::vector<SessionSpeaker> { { b.hong, SpeakerRole::Speaker } });

    REQUIRE(bundle.members.size() == 1);
    CHECK(bundle.members.front().id == b.member);
    CHECK(bundle.members.front().personId == b.hong);
    CHECK(bundle.members.front().role == MemberRole::Head);
    CHECK(bundle.members.front().precedence == 1);

    REQUIRE(bundle.mous.size() == 1);
    const Mou& mou = bundle.mous.front();
    CHECK(mou.id == b.mou);
    CHECK(mou.title == kMouTitle);
    CHECK(mou.status == MouStatus::Agreed);
    CHECK(mou.signedAtForumId == b.forum);
    CHECK(mou.signedAtMeetingId.isEmpty());
    CHECK(mou.parties == std::vector<MouParty> { { b.ministry, b.hong } });
    CHECK(bundle.meetings.empty());
    CHECK(bundle.venues.empty());
    CHECK(VenueRepository(db).list()->empty());
}

QStringList shownNames(const PeoplePage& page)
{
    QStringList names;
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        names << page.proxy()->index(row, PeoplePage::NameColumn).data().toString();
    }
    return names;
}

}  // namespace

TEST_CASE("a trip built in the window from an empty database, undone to empty, redone, a person deleted", "[e2e]")
{
    Window w;
    const Built b = buildTrip(w);
    checkBuilt(w, b);
    const Snapshot built = snapshot(w.db());
    const int steps = w.undo()->count();
    CHECK(steps >= 30);
    CHECK(w.undo()->index() == steps);

    // 4. Edit ▸ Undo until there is nothing left to undo: an empty database.
    QAction* undo = w.action("actionUndo");
    CHECK(undo->text() == QStringLiteral("&Undo %1").arg(w.undo()->undoText()));
    CHECK(w.repeat("actionUndo") == steps);
    CHECK(!w.undo()->canUndo());
    CHECK(w.undo()->count() == steps);  // nothing pushed while undoing
    CHECK(snapshot(w.db()) == Snapshot {});
    CHECK(w.window->currentTripId().isEmpty());
    CHECK(w.page<PeoplePage>(Section::People)->model()->rowCount() == 0);
    CHECK(w.page<OrganisationsPage>(Section::Organisations)->model()->rowCount() == 0);
    CHECK(w.page<ProgrammePage>(Section::Programme)->model()->rowCount() == 0);
    CHECK(w.dialogs->warnings.isEmpty());  // no page left showing the trip that is gone

    // … and Edit ▸ Redo until everything is back, record for record.
    CHECK(w.repeat("actionRedo") == steps);
    CHECK(w.undo()->index() == steps);
    CHECK(snapshot(w.db()) == built);
    CHECK(w.window->currentTripId() == b.trip);
    CHECK(w.page<PeoplePage>(Section::People)->model()->rowCount() == 2);
    w.go(Section::Programme);
    CHECK(w.page<ProgrammePage>(Section::Programme)->model()->rowCount() == 2);  // the stop and the forum
    CHECK(w.dialogs->warnings.isEmpty());

    // 5. Delete a person in use: Hong speaks, heads the delegation and signs the MOU.
    w.go(Section::People);
    auto* people = w.page<PeoplePage>(Section::People);
    clickRow(people->view(),
        people->proxy()->mapFromSource(people->model()->index(people->model()->rowOf(b.hong), PeoplePage::NameColumn)));
    REQUIRE(people->currentId() == b.hong);
    CHECK(child<QLineEdit>(people, "localNameEdit")->text() == QStringLiteral("홍윤식"));

    // Declined: nothing changes.
    w.dialogs->answers = { false };
    click(people->toolBar(), people->deleteAction());
    REQUIRE(w.dialogs->questions.size() == 1);
    const QString question = w.dialogs->questions.front();
    CHECK(question.contains(QStringLiteral("HONG Yun-sik")));
    CHECK(question.contains(QStringLiteral("delegation of trip '%1'").arg(kTripTitle)));
    CHECK(question.contains(QStringLiteral("session '%1'").arg(kKeynote)));
    CHECK(question.contains(QStringLiteral("MOU '%1'").arg(kMouTitle)));
    CHECK(snapshot(w.db()) == built);
    CHECK(w.undo()->count() == steps);

    // Accepted: Hong is gone, and taken off the keynote, the delegation and the MOU.
    w.dialogs->answers = { true };
    click(people->toolBar(), people->deleteAction());
    REQUIRE(w.dialogs->questions.size() == 2);
    CHECK(w.dialogs->warnings.isEmpty());
    CHECK_FALSE(PersonRepository(w.db()).get(b.hong).ok());
    CHECK(PersonRepository(w.db()).get(b.azimov).ok());
    CHECK(people->model()->rowOf(b.hong) < 0);
    CHECK(w.undo()->undoText() == QStringLiteral("Delete person 'HONG Yun-sik'"));
    {
        const TripBundle after = TripBundleStore(w.db()).load(b.trip).value();
        CHECK(after.members.empty());
        REQUIRE(after.forums.size() == 1);
        REQUIRE(after.forums.front().sessions.size() == 2);
        CHECK(after.forums.front().sessions[0].speakers == built.bundles.front().forums.front().sessions[0].speakers);
        CHECK(after.forums.front().sessions[1].speakers.empty());
        REQUIRE(after.mous.size() == 1);
        CHECK(after.mous.front().parties == std::vector<MouParty> { { b.ministry, {} } });
        CHECK(after.organisations == built.organisations);
    }

    // Ctrl+Z brings Hong back with every link.
    people->view()->setFocus();
    QTest::keyClick(people->view(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(snapshot(w.db()) == built);
    CHECK(people->model()->rowOf(b.hong) >= 0);

    // 6. The People list filtered by a Hangul string.
    QTest::keyClick(people->view(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(people->searchField()->hasFocus());
    sendText(people->searchField(), QStringLiteral("윤식"));
    CHECK(people->searchField()->text() == QStringLiteral("윤식"));
    CHECK(shownNames(*people) == QStringList { QStringLiteral("HONG Yun-sik") });
    CHECK(people->proxy()->index(0, PeoplePage::LocalNameColumn).data().toString() == QStringLiteral("홍윤식"));
    people->searchField()->clear();
    CHECK(people->proxy()->rowCount() == 2);
    sendText(people->searchField(), QStringLiteral("김"));
    CHECK(people->proxy()->rowCount() == 0);
    CHECK(w.dialogs->warnings.isEmpty());
}

TEST_CASE(
    "the window's keyboard: Alt+3 shows the programme, Ctrl+F its search, Ctrl+Shift+F Search Everything", "[e2e]")
{
    Window w;
    const QString path = w.dir.filePath(QStringLiteral("sample.sqlite"));
    REQUIRE_OK(TripTransfer::createDatabase(path, true));
    REQUIRE(w.window->openDatabase(path));
    REQUIRE(!w.window->currentTripId().isEmpty());

    QTest::keyClick(w.window.get(), Qt::Key_3, Qt::AltModifier);
    CHECK(w.window->currentSection() == Section::Programme);
    auto* programme = w.page<ProgrammePage>(Section::Programme);
    CHECK(programme->isVisible());
    CHECK(programme->model()->rowCount() > 0);

    // Ctrl+F from the page's list and from the navigator.
    programme->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK(programme->searchField()->hasFocus());
    child<QWidget>(w.window.get(), "sectionList")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK(programme->searchField()->hasFocus());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    SearchDialog* search = w.window->searchDialog();
    REQUIRE(search != nullptr);
    CHECK(search->isVisible());
    QTRY_VERIFY(QApplication::activeWindow() == search);
    CHECK(search->searchField()->hasFocus());
    CHECK(w.dialogs->warnings.isEmpty());
}
