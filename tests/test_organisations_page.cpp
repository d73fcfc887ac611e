// The Organisations page on the sample: the template of every editor page.
#include "PageTestSupport.h"
#include "storage/Repositories.h"
#include "ui/MainWindow.h"
#include "ui/OrganisationsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>

using namespace planner;
using namespace planner::test;

namespace {

struct Fixture : SampleDocument {
    std::unique_ptr<OrganisationsPage> page;
    Fixture()
    {
        page = std::make_unique<OrganisationsPage>(*document, *dialogs);
        page->resize(1000, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }
    template <typename T> T* w(const char* name)
    {
        auto* found = page->findChild<T*>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(found != nullptr);
        return found;
    }
    Organisation byName(const QString& name)
    {
        for (const Organisation& o : *OrganisationRepository(db()).list()) {
            if (o.name == name) {
                return o;
            }
        }
        FAIL("no organisation " << name.toStdString());
        return {};
    }
};

}  // namespace

TEST_CASE("The organisations model passes the model tester")
{
    Fixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(f.page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.page->model()->rowCount() == static_cast<int>(OrganisationRepository(f.db()).list()->size()));
    f.page->refresh();
}

TEST_CASE("An organisation is created, edited through the form, undone and redone")
{
    Fixture f;
    const int before = f.page->model()->rowCount();
    f.page->newAction()->trigger();
    CHECK(f.page->model()->rowCount() == before + 1);
    const Uuid id = f.page->currentId();
    REQUIRE_FALSE(id.isEmpty());

    typeInto(f.w<QLineEdit>("nameEdit"), QStringLiteral("Korea Post"));
    typeAnyInto(f.w<QLineEdit>("localNameEdit"), QStringLiteral("우정사업본부"));
    typeInto(f.w<QLineEdit>("countryEdit"), QStringLiteral("kr"));
    choose(f.w<QComboBox>("kindCombo"), label(OrganisationKind::Agency));
    auto stored = OrganisationRepository(f.db()).get(id);
    REQUIRE_OK(stored);
    CHECK(stored->name == QStringLiteral("Korea Post"));
    CHECK(stored->localName == QStringLiteral("우정사업본부"));
    CHECK(stored->country == QStringLiteral("KR"));
    CHECK(stored->kind == OrganisationKind::Agency);
    CHECK(f.undo()->undoText() == QStringLiteral("Edit organisation 'Korea Post'"));

    // Undo field by field, then the creation; redo it all.
    const int steps = f.undo()->index();
    while (f.undo()->canUndo()) {
        f.undo()->undo();
    }
    CHECK_FALSE(OrganisationRepository(f.db()).get(id).ok());
    CHECK(f.page->model()->rowCount() == before);
    while (f.undo()->index() < steps) {
        f.undo()->redo();
    }
    CHECK(*OrganisationRepository(f.db()).get(id) == *stored);
    CHECK(f.page->selectRecord(id));
}

TEST_CASE("An empty name is refused at the form with the reason, and nothing is written")
{
    Fixture f;
    const Organisation mois = f.byName(QStringLiteral("Ministry of the Interior"));
    REQUIRE(f.page->selectRecord(mois.id));
    const int steps = f.undo()->count();
    typeInto(f.w<QLineEdit>("nameEdit"), QString());
    auto* error = f.w<QLabel>("errorLabel");
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("needs a name")));
    CHECK(f.undo()->count() == steps);
    CHECK(OrganisationRepository(f.db()).get(mois.id)->name == QStringLiteral("Ministry of the Interior"));
    // Fixing it clears the message.
    typeInto(f.w<QLineEdit>("nameEdit"), QStringLiteral("Ministry of the Interior and Safety"));
    CHECK(error->isHidden());
    CHECK(OrganisationRepository(f.db()).get(mois.id)->name == QStringLiteral("Ministry of the Interior and Safety"));
}

TEST_CASE("A country that is not an ISO code is refused at the field, a three-letter code is stored as two")
{
    Fixture f;
    const Organisation mois = f.byName(QStringLiteral("Ministry of the Interior"));
    REQUIRE(f.page->selectRecord(mois.id));
    typeInto(f.w<QLineEdit>("countryEdit"), QStringLiteral("K"));
    auto* error = f.w<QLabel>("errorLabel");
    CHECK(error->text().contains(QStringLiteral("not a country code")));
    CHECK(OrganisationRepository(f.db()).get(mois.id)->country == QStringLiteral("KR"));
    typeInto(f.w<QLineEdit>("countryEdit"), QStringLiteral("uzb"));
    CHECK(error->isHidden());
    CHECK(OrganisationRepository(f.db()).get(mois.id)->country == QStringLiteral("UZ"));
}

TEST_CASE("Deleting an organisation in use asks, and undo brings back its links")
{
    Fixture f;
    const Organisation mois = f.byName(QStringLiteral("Ministry of the Interior"));
    REQUIRE(f.page->selectRecord(mois.id));
    const TripBundle before = *TripBundleStore(f.db()).load(f.sample.trip.id);

    f.dialogs->answers.push_back(false);
    f.page->deleteAction()->trigger();
    REQUIRE(f.dialogs->questions.size() == 1);
    CHECK(f.dialogs->questions.front().contains(QStringLiteral("Korea-Uzbekistan Cooperation Forum")));
    CHECK(OrganisationRepository(f.db()).get(mois.id).ok());

    f.dialogs->answers.push_back(true);
    f.page->deleteAction()->trigger();
    CHECK_FALSE(OrganisationRepository(f.db()).get(mois.id).ok());
    CHECK(TripBundleStore(f.db()).load(f.sample.trip.id)->trip.leadOrganisationId.isEmpty());
    f.undo()->undo();
    CHECK(*TripBundleStore(f.db()).load(f.sample.trip.id) == before);
}

TEST_CASE("The list filters as one types, in any script, and the page's shortcuts work from the list")
{
    Fixture f;
    f.page->focusSearch();
    sendText(f.page->searchField(), QStringLiteral("기록원"));
    REQUIRE(f.page->proxy()->rowCount() == 1);
    CHECK(f.page->proxy()->index(0, 0).data().toString() == QStringLiteral("National Archives of Korea"));
    f.page->searchField()->clear();
    sendText(f.page->searchField(), QStringLiteral("архив"));
    CHECK(f.page->proxy()->rowCount() == 1);
    f.page->searchField()->clear();

    // Ctrl+D with the focus in the list duplicates the selected organisation.
    const Organisation mois = f.byName(QStringLiteral("Ministry of the Interior"));
    REQUIRE(f.page->selectRecord(mois.id));
    f.page->view()->setFocus();
    const int rows = f.page->model()->rowCount();
    QTest::keyClick(f.page->view(), Qt::Key_D, Qt::ControlModifier);
    CHECK(f.page->model()->rowCount() == rows + 1);
    CHECK(f.undo()->undoText() == QStringLiteral("Duplicate organisation 'Ministry of the Interior'"));
}

TEST_CASE("An edit still in a field is saved when the window closes")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    REQUIRE_OK(TripTransfer::createDatabase(path, true));
    auto dialogs = std::make_shared<ScriptedDialogs>();
    auto window = std::make_unique<MainWindow>(dialogs);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE(window->openDatabase(path));
    window->showSection(MainWindow::Section::Organisations);
    auto* page = qobject_cast<OrganisationsPage*>(window->page(MainWindow::Section::Organisations));
    REQUIRE(page != nullptr);
    REQUIRE(page->selectRecord(page->model()->record(0).id));
    const Uuid id = page->currentId();
    auto* name = page->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    name->setFocus();
    QApplication::setActiveWindow(window.get());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed just before closing"));  // no Return, no focus change
    window->close();
    window.reset();
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_OK(db);
    CHECK(OrganisationRepository(**db).get(id)->name == QStringLiteral("Renamed just before closing"));
}

TEST_CASE("Selecting a record hidden by the search clears the search")
{
    Fixture f;
    const Organisation mois = f.byName(QStringLiteral("Ministry of the Interior"));
    sendText(f.page->searchField(), QStringLiteral("기록원"));
    REQUIRE(f.page->proxy()->rowCount() == 1);
    CHECK(f.page->selectRecord(mois.id));
    CHECK(f.page->searchField()->text().isEmpty());
    CHECK(f.page->currentId() == mois.id);
    CHECK_FALSE(f.page->selectRecord(newUuid()));
}
