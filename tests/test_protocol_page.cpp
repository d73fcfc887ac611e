// The Protocol page on the sample trip: the seating plan of a meeting shown
// by precedence, a seat dragged onto another swaps the two people as one
// undoable edit stored with the meeting, and the page's exports.

#include "PageTestSupport.h"
#include "storage/Repositories.h"
#include "ui/ProtocolPage.h"
#include "ui/SeatingView.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>

using namespace planner;
using namespace planner::test;

namespace {

struct ProtocolFixture {
    SampleDocument s;
    std::unique_ptr<ProtocolPage> page;
    Meeting meeting;

    ProtocolFixture()
    {
        page = std::make_unique<ProtocolPage>(*s.document, *s.dialogs);
        page->resize(900, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        page->setTrip(s.sample.trip.id);
        for (const Meeting& m : s.sample.meetings) {
            if (m.title.contains(QStringLiteral("Azimov"))) {
                meeting = m;
            }
        }
        REQUIRE(!meeting.id.isEmpty());
        choose(page->targets(), meeting.title);
    }

    std::optional<SeatingPlan> stored() { return MeetingRepository(s.db()).get(meeting.id)->seating; }

    void drag(const Uuid& from, const Uuid& to)
    {
        SeatingView* view = page->view();
        const auto a = view->seatCentre(from);
        const auto b = view->seatCentre(to);
        REQUIRE(a);
        REQUIRE(b);
        QTest::mousePress(view, Qt::LeftButton, {}, a->toPoint());
        QTest::mouseMove(view, b->toPoint());
        QTest::mouseRelease(view, Qt::LeftButton, {}, b->toPoint());
    }
};

}  // namespace

TEST_CASE("Protocol page: dragging a seat onto another swaps them as one undoable edit", "[protocol][gui]")
{
    ProtocolFixture f;
    const SeatingPlan shown = f.page->view()->plan();
    REQUIRE(shown.seats.size() == 4);
    CHECK_FALSE(f.stored().has_value());
    const Uuid head = shown.seats[0].personId;
    const Uuid second = shown.seats[1].personId;
    CHECK(shown.seats[0].place == 0);

    f.drag(head, second);
    REQUIRE(f.stored().has_value());
    CHECK(f.stored()->seats[0].personId == second);
    CHECK(f.stored()->seats[1].personId == head);
    CHECK(f.page->view()->plan().seats[0].personId == second);
    CHECK(f.s.undo()->count() == 1);
    CHECK(f.s.undo()->undoText() == QStringLiteral("Swap seats"));

    f.s.undo()->undo();
    CHECK_FALSE(f.stored().has_value());
    CHECK(f.page->view()->plan() == shown);
    f.s.undo()->redo();
    CHECK(f.stored()->seats[0].personId == second);

    // Dropping a seat on itself changes nothing.
    f.drag(second, second);
    CHECK(f.s.undo()->count() == 1);
}

TEST_CASE("Protocol page: arranging in another layout is stored, and the export buttons ask for their outputs",
    "[protocol][gui]")
{
    ProtocolFixture f;
    auto* layout = f.page->findChildren<QComboBox*>().at(1);
    choose(layout, label(SeatingLayout::Theatre));
    for (QPushButton* b : f.page->findChildren<QPushButton*>()) {
        if (b->text().contains(QStringLiteral("Precedence"))) {
            QTest::mouseClick(b, Qt::LeftButton);
        }
    }
    REQUIRE(f.stored().has_value());
    CHECK(f.stored()->layout == SeatingLayout::Theatre);
    CHECK(f.page->view()->plan().layout == SeatingLayout::Theatre);

    std::vector<std::pair<ProtocolOutput, ProtocolScope>> requests;
    QObject::connect(f.page.get(), &ProtocolPage::exportRequested,
        [&](ProtocolOutput output, const ProtocolScope& scope) { requests.emplace_back(output, scope); });
    const auto click = [&](const QString& text) {
        for (QPushButton* b : f.page->findChildren<QPushButton*>()) {
            if (b->text().remove(QLatin1Char('&')) == text) {
                QTest::mouseClick(b, Qt::LeftButton);
            }
        }
    };
    click(QStringLiteral("Export Seating Plan…"));
    click(QStringLiteral("Export Badges…"));
    click(QStringLiteral("Export Place Cards…"));
    click(QStringLiteral("Print Seating Plan…"));
    REQUIRE(requests.size() == 4);
    CHECK(requests[0].first == ProtocolOutput::Seating);
    CHECK(requests[0].second.meetingId == f.meeting.id);
    CHECK(requests[1].first == ProtocolOutput::Badges);
    CHECK(requests[1].second.meetingId == f.meeting.id);
    CHECK(requests[2].first == ProtocolOutput::PlaceCards);
    CHECK(requests[3].first == ProtocolOutput::PrintSeating);
}
