#pragma once

#include "domain/Entities.h"

#include <QWidget>

#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QStringListModel;
class QLabel;
class QToolButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace planner {

/// An ordered list of linked records, each with an optional role: the
/// hosts of a forum (organisation + host or co-host), the speakers of a
/// session (person + speaker, moderator or panellist), the passengers of a
/// leg. Records are chosen from a searchable list and added, removed (Del)
/// and reordered (Alt+Up/Down or drag); the role box shows the selected
/// entry's role, changes it, and is the role of the next one added. Every
/// change by the user emits edited().
class LinkListEditor : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        Uuid id;
        QString role;  ///< a role token; empty when the list has no roles
        bool operator==(const Entry&) const = default;
    };
    using Choice = std::pair<Uuid, QString>;  ///< id and the name shown

    explicit LinkListEditor(QWidget* parent = nullptr);

    /// What can be added (ids and names), in the order offered.
    void setCandidates(const std::vector<Choice>& candidates);
    /// The roles (token, label); none: the list has no roles.
    void setRoles(const std::vector<Choice>& roles);
    /// Header of the name column ("Organisation", "Speaker", ...).
    void setNameHeader(const QString& header);

    void setEntries(const std::vector<Entry>& entries);
    /// For another record: nothing selected, and the first role (speaker,
    /// host) for the next one added, so that a role chosen for the last
    /// record is not given silently to the next record's first entry.
    void startOver();
    [[nodiscard]] std::vector<Entry> entries() const;

    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QComboBox* chooser() const { return m_chooser; }
    [[nodiscard]] QComboBox* roleBox() const { return m_role; }

    /// Adds the record chosen in the chooser (as the user's Add does).
    void addChosen();
    void removeSelected();
    void moveSelected(int delta);

signals:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addRow(const Entry& entry);
    QString nameOf(const Uuid& id) const;
    QString roleLabel(const QString& token) const;
    void selectionChanged();
    void roleChosen();
    void updateButtons();

    QTreeWidget* m_list = nullptr;
    QComboBox* m_chooser = nullptr;
    QComboBox* m_role = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QStringListModel* m_names = nullptr;
    std::vector<Choice> m_candidates;
    std::vector<Choice> m_roles;
};

}  // namespace planner
