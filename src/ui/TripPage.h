#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class TripPage;
}
QT_END_NAMESPACE

namespace planner {

class Database;
class DelegationTableModel;
class ForumTableModel;

/// One trip, read-only: an overview (title, dates, home zone, lead
/// organisation, purpose), its forums and its delegation in order of
/// precedence.
class TripPage : public QWidget {
    Q_OBJECT

public:
    explicit TripPage(QWidget* parent = nullptr);
    ~TripPage() override;

    /// Shows a trip of db; on failure the page is empty and the error returned.
    Status showTrip(Database& db, const Uuid& tripId);
    void clear();
    [[nodiscard]] Uuid tripId() const { return m_tripId; }

    [[nodiscard]] ForumTableModel* forumModel() const { return m_forumModel; }
    [[nodiscard]] DelegationTableModel* delegationModel() const { return m_delegationModel; }

    /// Splitter and column layout, for QSettings.
    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray& state);

private:
    void showOverview(Database& db, const Trip& trip);

    std::unique_ptr<Ui::TripPage> m_ui;
    ForumTableModel* m_forumModel = nullptr;
    DelegationTableModel* m_delegationModel = nullptr;
    Uuid m_tripId;
    bool m_columnsFitted = false;
};

}  // namespace planner
