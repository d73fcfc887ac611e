// The read-only models over the repositories, each checked by
// QAbstractItemModelTester on the sample trip.
#include "TestSupport.h"
#include "models/DelegationTableModel.h"
#include "models/ForumTableModel.h"
#include "models/ModelRoles.h"
#include "models/TripListModel.h"
#include "services/SampleTrip.h"
#include "services/TripTransfer.h"
#include "storage/Repositories.h"
#include "ui/PersonChooser.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace planner;

namespace {

const QString kForumTashkent = QStringLiteral("Korea-Uzbekistan Cooperation Forum on Public Governance");
const QString kForumBaku = QStringLiteral("Korea-Azerbaijan Cooperation Forum on Public Governance");

TripBundle importSample(Database& db)
{
    const Result<TripBundle> imported = TripTransfer::importTrip(db, sampleTripDocument(), false);
    REQUIRE_OK(imported);
    return imported.value();
}

QString text(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

}  // namespace

TEST_CASE("TripListModel lists the trips of a database", "[models]")
{
    test::TempDatabase temp;
    TripListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.reload(&temp.db()));
    CHECK(model.rowCount() == 0);

    const TripBundle sample = importSample(temp.db());
    REQUIRE_OK(model.reload(&temp.db()));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.columnCount() == TripListModel::ColumnCount);
    CHECK(text(model, 0, TripListModel::TitleColumn) == sample.trip.title);
    CHECK(text(model, 0, TripListModel::StartColumn) == QStringLiteral("15 Aug 2016"));
    CHECK(model.index(0, 0).data(IdRole).toString() == sample.trip.id);
    CHECK(model.rowOf(sample.trip.id) == 0);
    CHECK(model.rowOf(newUuid()) == -1);
    CHECK(model.headerData(TripListModel::TitleColumn, Qt::Horizontal).toString() == QStringLiteral("Trip"));

    Trip second;
    second.id = newUuid();
    second.title = QStringLiteral("Earlier trip");
    second.homeZone = QStringLiteral("Asia/Seoul");
    second.startDate = QDate(2015, 5, 1);
    second.endDate = QDate(2015, 5, 3);
    REQUIRE_OK(TripRepository(temp.db()).insert(second));
    REQUIRE_OK(model.reload(&temp.db()));
    CHECK(model.rowCount() == 2);

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(TripListModel::StartColumn, Qt::DescendingOrder);
    CHECK(proxy.index(0, TripListModel::TitleColumn).data().toString() == sample.trip.title);
    proxy.sort(TripListModel::StartColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, TripListModel::TitleColumn).data().toString() == QStringLiteral("Earlier trip"));

    REQUIRE_OK(model.reload(nullptr));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("ForumTableModel shows a trip's forums with local times", "[models]")
{
    test::TempDatabase temp;
    const TripBundle sample = importSample(temp.db());
    ForumTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto stored = TripBundleStore(temp.db()).load(sample.trip.id);
    REQUIRE_OK(stored);
    model.setTrip(&stored.value());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == ForumTableModel::ColumnCount);

    CHECK(text(model, 0, ForumTableModel::TitleColumn) == kForumTashkent);
    CHECK(text(model, 0, ForumTableModel::CityColumn) == QStringLiteral("Tashkent"));
    CHECK(text(model, 0, ForumTableModel::StartColumn) == QStringLiteral("17 Aug 2016 09:30 Asia/Tashkent, UTC+05:00"));
    CHECK(model.index(0, ForumTableModel::StartColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("13:30 Asia/Seoul, UTC+09:00")));
    CHECK(model.index(0, ForumTableModel::SessionsColumn).data().toInt()
        == static_cast<int>(sample.forums.front().sessions.size()));
    CHECK(!text(model, 0, ForumTableModel::VenueColumn).isEmpty());
    CHECK(text(model, 0, ForumTableModel::HostsColumn).contains(QStringLiteral("(co-host)")));

    CHECK(text(model, 1, ForumTableModel::TitleColumn) == kForumBaku);
    CHECK(text(model, 1, ForumTableModel::CityColumn) == QStringLiteral("Baku"));
    CHECK(text(model, 1, ForumTableModel::StartColumn).endsWith(QStringLiteral("Asia/Baku, UTC+04:00")));
    CHECK(text(model, 1, ForumTableModel::VenueColumn).contains(QStringLiteral("Four Seasons")));

    CHECK(model.index(0, ForumTableModel::StartColumn).data(SortRole).toLongLong()
        < model.index(1, ForumTableModel::StartColumn).data(SortRole).toLongLong());

    // The row keeps the forum without its sessions, and counts them.
    CHECK(model.forum(0).sessions.empty());
    CHECK(model.sessionCount(0) == static_cast<int>(sample.forums.front().sessions.size()));
    CHECK(model.forum(0).hosts == sample.forums.front().hosts);

    model.setTrip(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("DelegationTableModel shows the delegation in order of precedence", "[models]")
{
    test::TempDatabase temp;
    const TripBundle sample = importSample(temp.db());
    DelegationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto stored = TripBundleStore(temp.db()).load(sample.trip.id);
    REQUIRE_OK(stored);
    model.setTrip(&stored.value());
    REQUIRE(model.rowCount() == static_cast<int>(sample.members.size()));
    CHECK(model.columnCount() == DelegationTableModel::ColumnCount);

    CHECK(model.index(0, DelegationTableModel::PrecedenceColumn).data().toInt() == 1);
    CHECK(text(model, 0, DelegationTableModel::NameColumn) == QStringLiteral("HONG Yun-sik"));
    CHECK(text(model, 0, DelegationTableModel::LocalNameColumn) == QStringLiteral("홍윤식"));
    CHECK(text(model, 0, DelegationTableModel::RoleColumn) == label(MemberRole::Head));
    CHECK(!text(model, 0, DelegationTableModel::PositionColumn).isEmpty());
    CHECK(!text(model, 0, DelegationTableModel::OrganisationColumn).isEmpty());
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(model.member(row).precedence > model.member(row - 1).precedence);
    }

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(DelegationTableModel::PrecedenceColumn, Qt::DescendingOrder);
    CHECK(proxy.index(0, DelegationTableModel::PrecedenceColumn).data().toInt() == model.rowCount());
    proxy.sort(DelegationTableModel::NameColumn, Qt::AscendingOrder);
    CHECK(proxy.rowCount() == model.rowCount());

    model.setTrip(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A person is found first where the typed text starts the name or a word")
{
    CHECK(PersonChooser::matchRank(QStringLiteral("HONG Yun-sik — Minister"), QStringLiteral("hong")) == 0);
    CHECK(PersonChooser::matchRank(QStringLiteral("KIM Ji-hoon — Minister of the Interior"), QStringLiteral("minis"))
        == 1);
    CHECK(PersonChooser::matchRank(QStringLiteral("PARK — Administration"), QStringLiteral("minis")) == 2);
    CHECK(PersonChooser::matchRank(QStringLiteral("LEE — Administration, Ministry"), QStringLiteral("minis")) == 1);
    CHECK(PersonChooser::matchRank(QStringLiteral("홍윤식"), QStringLiteral("윤")) == 2);
    CHECK(PersonChooser::matchRank(QStringLiteral("AZIMOV"), QStringLiteral("xyz")) == -1);
}
