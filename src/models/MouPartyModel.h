#pragma once

#include "domain/Entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace planner {

/// The parties of one MOU in signing order: an organisation and, when
/// named, its signatory. Editable: Qt::EditRole holds the id of the
/// organisation or person; every change by setData(), addParty(),
/// removeParty() or moveParty() is reported by partiesEdited() so that the
/// page writes it as one undoable edit.
class MouPartyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OrganisationColumn, SignatoryColumn, ColumnCount };

    explicit MouPartyModel(QObject* parent = nullptr);

    /// Names shown for ids (organisation names, people's display names).
    void setNames(QHash<Uuid, QString> organisations, QHash<Uuid, QString> people);
    /// Replaces the rows (no partiesEdited()).
    void setParties(std::vector<MouParty> parties);
    [[nodiscard]] const std::vector<MouParty>& parties() const { return m_parties; }

    /// Appends a party; false when the organisation is already one.
    bool addParty(const MouParty& party);
    bool removeParty(int row);
    /// Moves a row up (-1) or down (+1); false at the ends.
    bool moveParty(int row, int delta);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void partiesEdited();

private:
    std::vector<MouParty> m_parties;
    QHash<Uuid, QString> m_organisationNames;
    QHash<Uuid, QString> m_personNames;
};

}  // namespace planner
