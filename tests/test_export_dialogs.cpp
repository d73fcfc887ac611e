// The File menu's outputs, driven through the main window on the sample.
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "services/SampleTrip.h"
#include "storage/Repositories.h"
#include "services/TripDocument.h"
#include "services/TripTransfer.h"
#include "ui/DelegationPage.h"
#include "ui/ExportController.h"
#include "ui/ExportDialogs.h"
#include "ui/MainWindow.h"
#include "ui/ProtocolDialogs.h"
#include "ui/ProtocolPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace planner;
using namespace planner::test;

namespace {

struct Fixture {
    IsolatedSettings settings;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    std::shared_ptr<ScriptedDialogs> dialogs = std::make_shared<ScriptedDialogs>();
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        REQUIRE_OK(TripTransfer::createDatabase(path, true));
        window = std::make_unique<MainWindow>(dialogs);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->openDatabase(path));
    }
    void trigger(const char* name)
    {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action != nullptr);
        REQUIRE(action->isEnabled());
        action->trigger();
        INFO(dialogs->warnings.join(QLatin1Char('\n')).toStdString());
        REQUIRE(dialogs->warnings.isEmpty());
    }
};

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

TEST_CASE("The roster dialog says when a roster carries passport data")
{
    RosterDialog dialog({});
    dialog.choosePreset(RosterPreset::Protocol);
    CHECK_FALSE(dialog.containsPassportData());
    CHECK(child<QLabel>(&dialog, "passportWarning")->isHidden());
    dialog.choosePreset(RosterPreset::Immigration);
    CHECK(dialog.containsPassportData());
    CHECK_FALSE(child<QLabel>(&dialog, "passportWarning")->isHidden());
    CHECK(child<QLabel>(&dialog, "passportWarning")->text().contains(QStringLiteral("passport")));
    CHECK_FALSE(child<QListWidget>(&dialog, "columnList")->isEnabled());

    // Custom: ticking a passport column brings the warning.
    dialog.choosePreset(std::nullopt);
    CHECK(child<QListWidget>(&dialog, "columnList")->isEnabled());
    for (int row = 0; row < child<QListWidget>(&dialog, "columnList")->count(); ++row) {
        child<QListWidget>(&dialog, "columnList")->item(row)->setCheckState(Qt::Unchecked);
    }
    CHECK_FALSE(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());
    for (int row = 0; row < child<QListWidget>(&dialog, "columnList")->count(); ++row) {
        QListWidgetItem* item = child<QListWidget>(&dialog, "columnList")->item(row);
        if (item->data(Qt::UserRole).toString() == Roster::token(RosterColumn::Name)) {
            item->setCheckState(Qt::Checked);
        }
    }
    CHECK(child<QLabel>(&dialog, "passportWarning")->isHidden());
    for (int row = 0; row < child<QListWidget>(&dialog, "columnList")->count(); ++row) {
        QListWidgetItem* item = child<QListWidget>(&dialog, "columnList")->item(row);
        if (item->data(Qt::UserRole).toString() == Roster::token(RosterColumn::PassportNumber)) {
            item->setCheckState(Qt::Checked);
        }
    }
    CHECK_FALSE(child<QLabel>(&dialog, "passportWarning")->isHidden());
    CHECK(dialog.columns() == std::vector<RosterColumn> { RosterColumn::Name, RosterColumn::PassportNumber });
}

TEST_CASE("Export Roster writes the chosen preset and remembers custom columns")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("immigration.csv"));
    f.window->exports()->runDialog = [](QDialog& d) {
        auto* roster = qobject_cast<RosterDialog*>(&d);
        REQUIRE(roster != nullptr);
        roster->choosePreset(RosterPreset::Immigration);
        child<QComboBox>(roster, "formatCombo")
            ->setCurrentIndex(child<QComboBox>(roster, "formatCombo")->findData(QStringLiteral("csv")));
        child<QCheckBox>(roster, "bomCheck")->setChecked(true);
        return true;
    };
    f.dialogs->fileNames.push_back(out);
    f.trigger("actionExportRoster");
    const QByteArray csv = readAll(out);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));  // the byte-order mark asked for
    CHECK(csv.contains("M00000001"));
    CHECK(csv.contains("HONG"));

    // A custom choice is remembered for the trip.
    const QString custom = f.dir.filePath(QStringLiteral("custom.json"));
    f.window->exports()->runDialog = [](QDialog& d) {
        auto* roster = qobject_cast<RosterDialog*>(&d);
        roster->choosePreset(std::nullopt);
        for (int row = 0; row < child<QListWidget>(roster, "columnList")->count(); ++row) {
            QListWidgetItem* item = child<QListWidget>(roster, "columnList")->item(row);
            const QString token = item->data(Qt::UserRole).toString();
            item->setCheckState(
                token == Roster::token(RosterColumn::Name) || token == Roster::token(RosterColumn::Email)
                    ? Qt::Checked
                    : Qt::Unchecked);
        }
        child<QComboBox>(roster, "formatCombo")
            ->setCurrentIndex(child<QComboBox>(roster, "formatCombo")->findData(QStringLiteral("json")));
        return true;
    };
    f.dialogs->fileNames.push_back(custom);
    f.trigger("actionExportRoster");
    CHECK(readAll(custom).contains("HONG Yun-sik"));
    auto remembered = Roster::rememberedColumns(*f.window->database(), f.window->currentTripId());
    REQUIRE_OK(remembered);
    CHECK(*remembered == std::vector<RosterColumn> { RosterColumn::Name, RosterColumn::Email });
}

TEST_CASE("Export Agenda and Export Calendar write files a reader understands")
{
    Fixture f;
    const QString pdf = f.dir.filePath(QStringLiteral("agenda.pdf"));
    f.window->exports()->runDialog = [](QDialog& d) {
        auto* agenda = qobject_cast<AgendaDialog*>(&d);
        REQUIRE(agenda != nullptr);
        auto* forums = agenda->findChild<QComboBox*>(QStringLiteral("forumCombo"));
        REQUIRE(forums->count() == 2);
        forums->setCurrentIndex(1);  // Baku
        return true;
    };
    f.dialogs->fileNames.push_back(pdf);
    f.trigger("actionExportAgenda");
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Korea-Azerbaijan Cooperation Forum")));
    CHECK(text.contains(QStringLiteral("Asia/Baku, UTC+04:00")));

    const QString ics = f.dir.filePath(QStringLiteral("hong"));
    f.window->exports()->runDialog = [](QDialog& d) {
        auto* calendar = qobject_cast<CalendarDialog*>(&d);
        REQUIRE(calendar != nullptr);
        auto* people = calendar->findChild<QComboBox*>(QStringLiteral("personCombo"));
        people->setCurrentIndex(people->findText(QStringLiteral("HONG Yun-sik (홍윤식)")));
        REQUIRE(people->currentIndex() > 0);
        return true;
    };
    f.dialogs->fileNames.push_back(ics);
    f.trigger("actionExportCalendar");
    const QByteArray calendar = readAll(ics + QStringLiteral(".ics"));  // the suffix is added
    CHECK(calendar.startsWith("BEGIN:VCALENDAR"));
    CHECK(calendar.count("BEGIN:VEVENT") >= 5);
    CHECK(calendar.contains("TZID=Asia/Tashkent"));
}

TEST_CASE("Print Agenda paints the chosen forum into the print preview's printer")
{
    Fixture f;
    const QString pdf = f.dir.filePath(QStringLiteral("printed.pdf"));
    int previews = 0;
    f.window->exports()->runDialog = [&](QDialog& d) {
        if (auto* preview = qobject_cast<QPrintPreviewDialog*>(&d)) {
            ++previews;
            // Opened big enough to read, the page fitted to the width.
            auto* widget = preview->findChild<QPrintPreviewWidget*>();
            REQUIRE(widget != nullptr);
            CHECK(widget->zoomMode() == QPrintPreviewWidget::FitToWidth);
            CHECK(preview->width() >= 600);
            preview->printer()->setOutputFormat(QPrinter::PdfFormat);
            preview->printer()->setOutputFileName(pdf);
            emit preview->paintRequested(preview->printer());
            return true;
        }
        return true;  // the agenda dialog: the first forum
    };
    f.trigger("actionPrintAgenda");
    CHECK(previews == 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Korea-Uzbekistan Cooperation Forum")));
    CHECK(text.contains(QStringLiteral("홍윤식")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
}

namespace {

QString pdfInfo(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { path });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The texts of the ticked travellers of an itinerary dialog.
QStringList ticked(const TripDocumentDialog& dialog)
{
    QStringList names;
    for (int row = 0; row < dialog.memberList()->count(); ++row) {
        if (dialog.memberList()->item(row)->checkState() == Qt::Checked) {
            names << dialog.memberList()->item(row)->text();
        }
    }
    return names;
}

}  // namespace

TEST_CASE("Export Itineraries writes the members selected on the Delegation page, in one file or a file each")
{
    Fixture f;
    f.window->showSection(MainWindow::Section::Delegation);
    auto* page = qobject_cast<DelegationPage*>(f.window->page(MainWindow::Section::Delegation));
    REQUIRE(page != nullptr);
    REQUIRE(page->proxy()->rowCount() == 20);
    // The first and the third member, clicked with Ctrl as a user would.
    QTreeView* view = page->view();
    const auto rowRect = [view, page](int row) { return view->visualRect(page->proxy()->index(row, 1)); };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowRect(0).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rowRect(2).center());
    REQUIRE(page->selectedPeople().size() == 2);

    QStringList names;
    f.window->exports()->runDialog = [&names](QDialog& d) {
        auto* dialog = qobject_cast<TripDocumentDialog*>(&d);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->memberList()->count() == 20);
        names = ticked(*dialog);
        dialog->pageSizeCombo()->setCurrentIndex(dialog->pageSizeCombo()->findData(static_cast<int>(QPageSize::A5)));
        REQUIRE(dialog->pageSizeCombo()->currentIndex() >= 0);
        return true;
    };
    const QString pdf = f.dir.filePath(QStringLiteral("two.pdf"));
    f.dialogs->fileNames.push_back(pdf);
    REQUIRE(page->itineraryAction()->isEnabled());
    page->itineraryAction()->trigger();
    REQUIRE(f.dialogs->warnings.isEmpty());
    REQUIRE(names.size() == 2);
    CHECK(names.front().contains(QStringLiteral("홍윤식")));
    const QString text = pdfText(pdf);
    for (const QString& name : names) {
        CHECK(text.contains(name.section(QStringLiteral(" ("), 0, 0)));
    }
    CHECK(pdfInfo(pdf).contains(QStringLiteral("(A5)")));

    SECTION("a file each, into a folder, asking before replacing")
    {
        f.window->exports()->runDialog = [](QDialog& d) {
            auto* dialog = qobject_cast<TripDocumentDialog*>(&d);
            REQUIRE(dialog != nullptr);
            dialog->perPersonButton()->setChecked(true);
            dialog->formatCombo()->setCurrentIndex(
                dialog->formatCombo()->findData(static_cast<int>(DocumentFormat::Docx)));
            return true;
        };
        QTemporaryDir folder;
        f.dialogs->fileNames.push_back(folder.path());
        page->itineraryAction()->trigger();
        REQUIRE(f.dialogs->warnings.isEmpty());
        const QStringList files = QDir(folder.path()).entryList({ QStringLiteral("*.docx") }, QDir::Files);
        REQUIRE(files.size() == 2);
        CHECK(files.filter(QStringLiteral("HONG")).size() == 1);
        CHECK(readAll(folder.filePath(files.front())).startsWith("PK"));
        CHECK(f.dialogs->questions.isEmpty());

        // Again: both would be replaced; the user says no and nothing changes.
        const QByteArray before = readAll(folder.filePath(files.front()));
        QFile::resize(folder.filePath(files.front()), 10);
        f.dialogs->fileNames.push_back(folder.path());
        f.dialogs->answers.push_back(false);
        page->itineraryAction()->trigger();
        REQUIRE(f.dialogs->questions.size() == 1);
        CHECK(f.dialogs->questions.front().contains(QStringLiteral("2 file")));
        CHECK(readAll(folder.filePath(files.front())).size() == 10);
        CHECK(before.size() > 10);
    }
    SECTION("nobody ticked: the dialog cannot be accepted")
    {
        TripDocumentDialog dialog(
            TripDocumentDialog::Kind::Itineraries, *TripTransfer::readDocument(sampleTripDocument()));
        CHECK(ticked(dialog).size() == 20);
        for (auto* button : dialog.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("&None")) {
                button->click();
            }
        }
        CHECK(ticked(dialog).isEmpty());
        CHECK_FALSE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    }
}

TEST_CASE("Export Programme asks for the paper and the format")
{
    Fixture f;
    f.window->exports()->runDialog = [](QDialog& d) {
        auto* dialog = qobject_cast<TripDocumentDialog*>(&d);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->memberList() == nullptr);
        CHECK(dialog->pageSizeCombo()->findData(static_cast<int>(QPageSize::A5)) < 0);
        dialog->pageSizeCombo()->setCurrentIndex(
            dialog->pageSizeCombo()->findData(static_cast<int>(QPageSize::Letter)));
        return true;
    };
    const QString pdf = f.dir.filePath(QStringLiteral("programme"));
    f.dialogs->fileNames.push_back(pdf);
    f.trigger("actionExportProgramme");
    const QString written = pdf + QStringLiteral(".pdf");  // the suffix of the chosen format is added
    CHECK(pdfInfo(written).contains(QStringLiteral("(letter)")));
    CHECK(pdfText(written).contains(QStringLiteral("Tashkent")));
}

TEST_CASE("Export Badges: the delegation or a forum's people, a choice among them, on the stock and sheet chosen")
{
    Fixture f;
    QStringList left;
    f.window->exports()->runDialog = [&left](QDialog& d) {
        auto* dialog = qobject_cast<BadgeDialog*>(&d);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->groupCombo()->currentData().toString() == QStringLiteral("delegation"));
        QListWidget* people = dialog->peopleList();
        REQUIRE(people->count() == 20);
        CHECK(people->item(0)->text().contains(QStringLiteral("홍윤식")));
        // Untick the second and third: a choice of people.
        for (int row : { 1, 2 }) {
            left << people->item(row)->text().section(QStringLiteral(" · "), 0, 0).section(QStringLiteral(" — "), 0, 0);
            people->item(row)->setCheckState(Qt::Unchecked);
        }
        CHECK(dialog->scope().personIds.size() == 18);
        dialog->stockCombo()->setCurrentIndex(dialog->stockCombo()->findData(QStringLiteral("id1")));
        dialog->sheetCombo()->setCurrentIndex(dialog->sheetCombo()->findData(QStringLiteral("single")));
        return true;
    };
    const QString pdf = f.dir.filePath(QStringLiteral("badges.pdf"));
    f.dialogs->fileNames.push_back(pdf);
    f.trigger("actionExportBadges");
    const auto info = pdfPageInfo(pdf);
    CHECK(info.pages == 18);
    CHECK(info.pageSize.width() == Approx(85.6 * 72 / 25.4).margin(1));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("HONG Yun-sik")));
    REQUIRE(left.size() == 2);
    for (const QString& name : left) {
        CHECK_FALSE(text.contains(name));
    }

    SECTION("the stock and sheet are remembered; a forum's people include the host side")
    {
        f.window->exports()->runDialog = [](QDialog& d) {
            auto* dialog = qobject_cast<BadgeDialog*>(&d);
            REQUIRE(dialog != nullptr);
            CHECK(dialog->stockCombo()->currentData().toString() == QStringLiteral("id1"));
            CHECK(dialog->sheetCombo()->currentData().toString() == QStringLiteral("single"));
            QComboBox* group = dialog->groupCombo();
            for (int i = 0; i < group->count(); ++i) {
                if (group->itemText(i).contains(QStringLiteral("Azerbaijan"))) {
                    group->setCurrentIndex(i);
                }
            }
            REQUIRE(group->currentData().toString().startsWith(QStringLiteral("forum:")));
            QStringList texts;
            for (int row = 0; row < dialog->peopleList()->count(); ++row) {
                texts << dialog->peopleList()->item(row)->text();
            }
            CHECK(texts.filter(QStringLiteral("Host side")).size() >= 1);
            CHECK(texts.filter(QStringLiteral("Head of delegation")).size() == 1);
            return false;  // cancelled: nothing is written
        };
        f.trigger("actionExportBadges");
        CHECK(QDir(f.dir.path()).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size() == 1);
    }
}

TEST_CASE("The Protocol page's exports: place cards of a meeting on the paper chosen, its seating plan as PNG")
{
    Fixture f;
    f.window->showSection(MainWindow::Section::Protocol);
    auto* page = qobject_cast<ProtocolPage*>(f.window->page(MainWindow::Section::Protocol));
    REQUIRE(page != nullptr);
    QComboBox* targets = page->targets();
    for (int i = 0; i < targets->count(); ++i) {
        if (targets->itemText(i).contains(QStringLiteral("Azimov"))) {
            targets->setCurrentIndex(i);
        }
    }
    REQUIRE(targets->currentText().contains(QStringLiteral("Azimov")));
    const auto click = [page](const QString& text) {
        for (QPushButton* b : page->findChildren<QPushButton*>()) {
            if (b->text().remove(QLatin1Char('&')).contains(text)) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        }
        FAIL("no button " << text.toStdString());
    };

    f.window->exports()->runDialog = [](QDialog& d) {
        auto* dialog = qobject_cast<PlaceCardDialog*>(&d);
        REQUIRE(dialog != nullptr);
        dialog->paperCombo()->setCurrentIndex(dialog->paperCombo()->findData(QStringLiteral("a5")));
        dialog->organisationBox()->setChecked(false);
        return true;
    };
    const QString cards = f.dir.filePath(QStringLiteral("cards.pdf"));
    f.dialogs->fileNames.push_back(cards);
    click(QStringLiteral("Place Cards"));
    REQUIRE(f.dialogs->warnings.isEmpty());
    const auto info = pdfPageInfo(cards);
    CHECK(info.pages == 4);
    CHECK(info.pageSize.width() == Approx(210 * 72 / 25.4).margin(1));
    CHECK(info.pageSize.height() == Approx(148 * 72 / 25.4).margin(1));
    const QString text = pdfText(cards);
    CHECK(text.contains(QStringLiteral("AZIMOV")));
    CHECK_FALSE(text.contains(QStringLiteral("Ministry of the Interior")));

    const QString png = f.dir.filePath(QStringLiteral("seating.png"));
    f.dialogs->fileNames.push_back(png);
    click(QStringLiteral("Seating Plan"));
    REQUIRE(f.dialogs->warnings.isEmpty());
    QImage image(png);
    CHECK_FALSE(image.isNull());
}

TEST_CASE("Badges, place cards and seating plans go to the print preview with Print…, on their own page sizes")
{
    Fixture f;
    const QString printed = f.dir.filePath(QStringLiteral("printed.pdf"));
    QStringList previews;
    f.window->exports()->runDialog = [&](QDialog& d) {
        if (auto* preview = qobject_cast<QPrintPreviewDialog*>(&d)) {
            previews << preview->windowTitle();
            preview->printer()->setOutputFormat(QPrinter::PdfFormat);
            preview->printer()->setOutputFileName(printed);
            emit preview->paintRequested(preview->printer());
            return true;
        }
        auto* print = d.findChild<QPushButton*>(QStringLiteral("printButton"));
        REQUIRE(print != nullptr);
        if (auto* badges = qobject_cast<BadgeDialog*>(&d)) {
            badges->sheetCombo()->setCurrentIndex(badges->sheetCombo()->findData(QStringLiteral("a4")));
            badges->stockCombo()->setCurrentIndex(badges->stockCombo()->findData(QStringLiteral("90x54")));
        }
        QTest::mouseClick(print, Qt::LeftButton);
        CHECK(d.result() == QDialog::Accepted);
        return true;
    };

    SECTION("badges of the whole delegation: three A4 sheets")
    {
        f.trigger("actionExportBadges");
        REQUIRE(previews.size() == 1);
        CHECK(previews.front().startsWith(QStringLiteral("Export Badges")));
        const auto info = pdfPageInfo(printed);
        CHECK(info.pages == 3);
        CHECK(info.pageSize.width() == Approx(297 * 72 / 25.4).margin(2));
        const QString text = pdfText(printed);
        CHECK(text.contains(QStringLiteral("홍윤식")));
        CHECK(text.contains(QStringLiteral("REPUBLIC OF KOREA")));
    }

    SECTION("the Protocol page: place cards and the seating plan of a meeting")
    {
        f.window->showSection(MainWindow::Section::Protocol);
        auto* page = qobject_cast<ProtocolPage*>(f.window->page(MainWindow::Section::Protocol));
        REQUIRE(page != nullptr);
        for (int i = 0; i < page->targets()->count(); ++i) {
            if (page->targets()->itemText(i).contains(QStringLiteral("Azimov"))) {
                page->targets()->setCurrentIndex(i);
            }
        }
        const auto click = [page](const QString& text) {
            for (QPushButton* b : page->findChildren<QPushButton*>()) {
                if (b->text().remove(QLatin1Char('&')) == text) {
                    QTest::mouseClick(b, Qt::LeftButton);
                    return;
                }
            }
            FAIL("no button " << text.toStdString());
        };
        click(QStringLiteral("Export Place Cards…"));
        REQUIRE(f.dialogs->warnings.isEmpty());
        CHECK(pdfPageInfo(printed).pages == 4);
        CHECK(pdfText(printed).contains(QStringLiteral("AZIMOV")));

        click(QStringLiteral("Print Seating Plan…"));
        REQUIRE(f.dialogs->warnings.isEmpty());
        REQUIRE(previews.size() == 2);
        CHECK(pdfPageInfo(printed).pages == 1);
        const QString plan = pdfText(printed);
        CHECK(plan.contains(QStringLiteral("Азимов")));
        CHECK(plan.contains(QStringLiteral("홍윤식")));
    }
}

TEST_CASE("Export Roster says when a traveller's passport expires too soon, and writes the file all the same")
{
    Fixture f;
    Database& db = *f.window->database();
    auto people = PersonRepository(db).list();
    REQUIRE_OK(people);
    auto hong = std::find_if(people->begin(), people->end(), [](const Person& p) { return p.familyName == QStringLiteral("Hong"); });
    REQUIRE(hong != people->end());
    Person expiring = *hong;
    expiring.passportExpiry = QDate(2016, 9, 1);  // ten days after the return
    REQUIRE_OK(PersonRepository(db).update(expiring));

    const auto choose = [](RosterPreset preset) {
        return [preset](QDialog& d) {
            auto* roster = qobject_cast<RosterDialog*>(&d);
            REQUIRE(roster != nullptr);
            roster->choosePreset(preset);
            child<QComboBox>(roster, "formatCombo")
                ->setCurrentIndex(child<QComboBox>(roster, "formatCombo")->findData(QStringLiteral("csv")));
            return true;
        };
    };
    auto* action = f.window->findChild<QAction*>(QStringLiteral("actionExportRoster"));
    REQUIRE(action != nullptr);

    // The protocol list carries no passport data: nothing to say.
    f.window->exports()->runDialog = choose(RosterPreset::Protocol);
    f.dialogs->fileNames.push_back(f.dir.filePath(QStringLiteral("protocol.csv")));
    action->trigger();
    CHECK(f.dialogs->warnings.isEmpty());

    const QString out = f.dir.filePath(QStringLiteral("immigration.csv"));
    f.window->exports()->runDialog = choose(RosterPreset::Immigration);
    f.dialogs->fileNames.push_back(out);
    action->trigger();
    CHECK(readAll(out).contains("HONG"));
    REQUIRE(f.dialogs->warnings.size() == 1);
    CHECK(f.dialogs->warnings.front().contains(QStringLiteral("HONG Yun-sik")));
    CHECK(f.dialogs->warnings.front().contains(QStringLiteral("passport")));
}
