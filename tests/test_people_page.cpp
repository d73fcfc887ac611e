// The People page on the sample: the list, the form typed into, undo and
// redo, a refused input, deleting a person in use.
#include "PageTestSupport.h"
#include "commands/Edits.h"
#include "storage/Repositories.h"
#include "ui/CountryChooser.h"
#include "ui/OptionalDateEdit.h"
#include "ui/PeoplePage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace planner;
using namespace planner::test;

namespace {

struct Fixture : SampleDocument {
    std::unique_ptr<PeoplePage> page;

    Fixture()
    {
        page = std::make_unique<PeoplePage>(*document, *dialogs);
        page->resize(1100, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }
    template <typename T> T* w(const char* name)
    {
        auto* found = page->findChild<T*>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(found != nullptr);
        return found;
    }
    QLineEdit* edit(const char* name) { return w<QLineEdit>(name); }
    QComboBox* combo(const char* name) { return w<QComboBox>(name); }
    OptionalDateEdit* date(const char* name) { return w<OptionalDateEdit>(name); }
    QLabel* errorLabel() { return w<QLabel>("errorLabel"); }
    Person stored(const Uuid& id) { return PersonRepository(db()).get(id).value(); }
    Uuid idOf(const QString& family, const QString& given)
    {
        for (const Person& p : sample.people) {
            if (p.familyName == family && p.givenName == given) {
                return p.id;
            }
        }
        FAIL("no such person in the sample");
        return {};
    }
};

QStringList shownNames(const PeoplePage& page)
{
    QStringList names;
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        names << page.proxy()->index(row, PeoplePage::NameColumn).data().toString();
    }
    return names;
}

}  // namespace

TEST_CASE("the people list shows names in both scripts and no passport data", "[people]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.page->model()->rowCount() == static_cast<int>(PersonRepository(f.db()).list()->size()));
    QStringList headers;
    for (int c = 0; c < f.page->model()->columnCount(); ++c) {
        headers << f.page->model()->headerData(c, Qt::Horizontal).toString();
    }
    CHECK(headers == QStringLiteral("Name,Local name,Position,Organisation,Nationality").split(QLatin1Char(',')));
    const Uuid hong = f.idOf(QStringLiteral("Hong"), QStringLiteral("Yun-sik"));
    const int row = f.page->model()->rowOf(hong);
    REQUIRE(row >= 0);
    CHECK(f.page->model()->index(row, PeoplePage::NameColumn).data().toString() == QStringLiteral("HONG Yun-sik"));
    CHECK(f.page->model()->index(row, PeoplePage::LocalNameColumn).data().toString() == QStringLiteral("홍윤식"));
    CHECK(!f.page->model()->index(row, PeoplePage::OrganisationColumn).data().toString().isEmpty());
    const Person person = f.stored(hong);
    for (int c = 0; c < f.page->model()->columnCount(); ++c) {
        if (!person.passportNumber.isEmpty()) {
            CHECK(f.page->model()->index(row, c).data().toString() != person.passportNumber);
        }
    }

    SECTION("a Hangul search finds HONG Yun-sik")
    {
        f.page->focusSearch();
        sendText(f.page->searchField(), QStringLiteral("홍"));
        CHECK(f.page->searchField()->text() == QStringLiteral("홍"));
        const QStringList names = shownNames(*f.page);
        CHECK(names.contains(QStringLiteral("HONG Yun-sik")));
        CHECK(names.size() < f.page->model()->rowCount());
        for (int r = 0; r < f.page->proxy()->rowCount(); ++r) {
            bool matches = false;
            for (int c = 0; c < f.page->proxy()->columnCount(); ++c) {
                matches = matches || f.page->proxy()->index(r, c).data().toString().contains(QStringLiteral("홍"));
            }
            CHECK(matches);
        }
    }
    SECTION("a Latin search by position")
    {
        QTest::keyClicks(f.page->searchField(), QStringLiteral("minister of the interior"));
        CHECK(shownNames(*f.page).contains(QStringLiteral("HONG Yun-sik")));
    }
}

TEST_CASE("a person is created and edited through the form, with undo and redo", "[people]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = f.page->model()->rowCount();
    f.page->newAction()->trigger();
    REQUIRE(f.page->model()->rowCount() == before + 1);
    const Uuid id = f.page->currentId();
    REQUIRE(!id.isEmpty());
    CHECK(f.undo()->undoText() == QStringLiteral("Create person"));
    CHECK(f.edit("familyNameEdit")->hasFocus());

    typeInto(f.edit("familyNameEdit"), QStringLiteral("KIM"));
    typeInto(f.edit("givenNameEdit"), QStringLiteral("Min-ji"));
    typeAnyInto(f.edit("localNameEdit"), QStringLiteral("김민지"));
    typeInto(f.edit("honorificEdit"), QStringLiteral("Dr"));
    typeInto(f.edit("positionEdit"), QStringLiteral("Director of e-Government Cooperation"));
    const Organisation& org = f.sample.organisations.front();
    choose(f.combo("organisationCombo"),
        org.abbreviation.isEmpty() ? org.name : QStringLiteral("%1 (%2)").arg(org.name, org.abbreviation));
    typeInto(f.edit("emailEdit"), QStringLiteral("minji.kim@example.go.kr"));
    typeInto(f.edit("phoneEdit"), QStringLiteral("+82 44 205 1234"));
    choose(f.combo("sexCombo"), label(Sex::Female));
    // Date of birth: tick the box, then type over the proposed date.
    QTest::mouseClick(f.date("dateOfBirthEdit")->checkBox(), Qt::LeftButton);
    QDateEdit* birth = f.date("dateOfBirthEdit")->editor();
    REQUIRE(birth->isEnabled());
    birth->setFocus();
    birth->setDate(QDate(1978, 3, 14));
    QTest::keyClick(birth, Qt::Key_Return);
    typeInto(f.edit("nationalityEdit"), QStringLiteral("kor"));
    typeInto(f.edit("passportNumberEdit"), QStringLiteral("M12345678"));

    Person p = f.stored(id);
    CHECK(p.familyName == QStringLiteral("KIM"));
    CHECK(p.givenName == QStringLiteral("Min-ji"));
    CHECK(p.localName == QStringLiteral("김민지"));
    CHECK(p.honorific == QStringLiteral("Dr"));
    CHECK(p.position == QStringLiteral("Director of e-Government Cooperation"));
    CHECK(p.organisationId == org.id);
    CHECK(p.email == QStringLiteral("minji.kim@example.go.kr"));
    CHECK(p.phone == QStringLiteral("+82 44 205 1234"));
    CHECK(p.sex == Sex::Female);
    CHECK(p.dateOfBirth == QDate(1978, 3, 14));
    CHECK(p.nationality == QStringLiteral("KOR"));
    CHECK(p.passportNumber == QStringLiteral("M12345678"));
    CHECK(!p.passportExpiry.isValid());
    CHECK(f.undo()->undoText() == QStringLiteral("Edit person 'KIM Min-ji'"));
    const int row = f.page->model()->rowOf(id);
    CHECK(f.page->model()->index(row, PeoplePage::NameColumn).data().toString() == QStringLiteral("KIM Min-ji"));
    CHECK(f.page->model()->index(row, PeoplePage::NationalityColumn).data().toString() == QStringLiteral("KOR"));

    SECTION("undo and redo, step by step and all the way")
    {
        f.undo()->undo();  // passport number
        CHECK(f.stored(id).passportNumber.isEmpty());
        CHECK(f.edit("passportNumberEdit")->text().isEmpty());
        f.undo()->redo();
        CHECK(f.stored(id).passportNumber == QStringLiteral("M12345678"));
        CHECK(f.edit("passportNumberEdit")->text() == QStringLiteral("M12345678"));
        const int steps = f.undo()->index();
        f.undo()->setIndex(0);
        CHECK_FALSE(PersonRepository(f.db()).get(id).ok());
        CHECK(f.page->model()->rowCount() == before);
        f.undo()->setIndex(steps);
        CHECK(f.stored(id) == p);
    }
    SECTION("a two-letter code is stored as the passport's three; a country chosen by name gives its code")
    {
        typeInto(f.edit("nationalityEdit"), QStringLiteral("uz"));
        CHECK(f.stored(id).nationality == QStringLiteral("UZB"));
        CHECK(f.edit("nationalityEdit")->text() == QStringLiteral("UZB"));

        QLineEdit* nationality = f.edit("nationalityEdit");
        auto* choose = nationality->findChild<QAction*>(QStringLiteral("chooseCountry"));
        REQUIRE(choose != nullptr);
        QStringList offered;
        CountryChooser::runner() = [&offered](QDialog& d) {
            auto* chooser = qobject_cast<CountryChooser*>(&d);
            REQUIRE(chooser != nullptr);
            CHECK(chooser->chosenCode() == QStringLiteral("UZB"));  // starts on the field's country
            QTest::keyClicks(chooser->filterEdit(), QStringLiteral("azerbai"));
            for (int row = 0; row < chooser->list()->model()->rowCount(); ++row) {
                offered << chooser->list()->model()->index(row, 0).data().toString();
            }
            return true;
        };
        choose->trigger();
        CountryChooser::runner() = [](QDialog& d) { return d.exec() == QDialog::Accepted; };
        CHECK(offered == QStringList { QStringLiteral("Azerbaijan (AZE)") });
        CHECK(f.stored(id).nationality == QStringLiteral("AZE"));
        CHECK(nationality->text() == QStringLiteral("AZE"));
    }
    SECTION("clearing the date of birth leaves it unset")
    {
        QTest::mouseClick(f.date("dateOfBirthEdit")->checkBox(), Qt::LeftButton);
        CHECK(!f.stored(id).dateOfBirth.isValid());
        CHECK(!f.date("dateOfBirthEdit")->editor()->isEnabled());
    }
    SECTION("invalid input is refused with the reason next to the field, nothing written")
    {
        const int steps = f.undo()->count();
        typeInto(f.edit("familyNameEdit"), QString());
        CHECK(f.errorLabel()->text().contains(QStringLiteral("family name")));
        CHECK(f.stored(id).familyName == QStringLiteral("KIM"));
        typeInto(f.edit("familyNameEdit"), QStringLiteral("KIM"));
        CHECK(f.errorLabel()->text().isEmpty());

        typeInto(f.edit("nationalityEdit"), QStringLiteral("K1"));
        CHECK(f.errorLabel()->text().contains(QStringLiteral("not a nationality code")));
        CHECK(f.stored(id).nationality == QStringLiteral("KOR"));
        typeInto(f.edit("nationalityEdit"), QStringLiteral("KRA"));  // no such code
        CHECK(f.errorLabel()->text().contains(QStringLiteral("KOR")));
        CHECK(f.stored(id).nationality == QStringLiteral("KOR"));
        typeInto(f.edit("nationalityEdit"), QStringLiteral("KOR"));

        CHECK(f.undo()->count() == steps);

        // Ticking the box sets a date at once; a passport that expires
        // before the holder was born is then refused.
        QTest::mouseClick(f.date("passportExpiryEdit")->checkBox(), Qt::LeftButton);
        const QDate proposed = f.stored(id).passportExpiry;
        CHECK(proposed.isValid());
        QDateEdit* expiry = f.date("passportExpiryEdit")->editor();
        expiry->setFocus();
        expiry->setDate(QDate(1970, 1, 1));
        QTest::keyClick(expiry, Qt::Key_Return);
        CHECK(f.errorLabel()->text().contains(QStringLiteral("expires before")));
        CHECK(f.stored(id).passportExpiry == proposed);
        CHECK(f.undo()->count() == steps + 1);
    }
}

TEST_CASE("deleting a person in use asks, lists the users, and can be undone", "[people]")
{
    Fixture f;
    const Uuid hong = f.idOf(QStringLiteral("Hong"), QStringLiteral("Yun-sik"));
    REQUIRE(f.page->selectRecord(hong));
    const auto memberships = TripRepository(f.db()).membershipsOf(hong).value();
    REQUIRE(!memberships.empty());

    SECTION("the user says no: nothing changes")
    {
        f.dialogs->answers = { false };
        f.page->deleteAction()->trigger();
        REQUIRE(f.dialogs->questions.size() == 1);
        CHECK(f.dialogs->questions.front().contains(QStringLiteral("HONG Yun-sik")));
        CHECK(f.dialogs->questions.front().contains(f.sample.trip.title));
        CHECK(PersonRepository(f.db()).get(hong).ok());
        CHECK(f.undo()->count() == 0);
    }
    SECTION("the user agrees: the person goes, with the links; undo brings all back")
    {
        const TripBundle before = TripBundleStore(f.db()).load(f.sample.trip.id).value();
        f.dialogs->answers = { true };
        f.page->deleteAction()->trigger();
        CHECK(f.dialogs->warnings.isEmpty());
        CHECK_FALSE(PersonRepository(f.db()).get(hong).ok());
        CHECK(TripRepository(f.db()).members(f.sample.trip.id)->size() == before.members.size() - 1);
        CHECK(f.page->model()->rowOf(hong) < 0);
        CHECK(f.undo()->undoText() == QStringLiteral("Delete person 'HONG Yun-sik'"));
        f.undo()->undo();
        CHECK(TripBundleStore(f.db()).load(f.sample.trip.id).value() == before);
        CHECK(f.page->model()->rowOf(hong) >= 0);
        f.undo()->redo();
        CHECK_FALSE(PersonRepository(f.db()).get(hong).ok());
    }
}

TEST_CASE("a person nobody refers to is deleted without a question", "[people]")
{
    Fixture f;
    f.page->newAction()->trigger();
    const Uuid id = f.page->currentId();
    f.page->deleteAction()->trigger();
    CHECK(f.dialogs->questions.isEmpty());
    CHECK_FALSE(PersonRepository(f.db()).get(id).ok());
}
