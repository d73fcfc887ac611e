#pragma once

#include "domain/Entities.h"
#include "models/ModelRoles.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace planner {

/// A table of records of one type, described by its columns. Each page of
/// the editors shows one: the page loads the rows from a repository and
/// hands them over with setRecords(); the model keeps no other state.
///
/// setRecords() keeps rows that did not change (only changed rows emit
/// dataChanged, only new or removed ones insert or remove rows), so views
/// keep their selection and scroll position across an edit.
template <typename T> class RecordTableModel : public QAbstractTableModel {
public:
    struct Column {
        QString header;
        std::function<QVariant(const T&)> display;
        /// A value that sorts right (dates, times, numbers); display when empty.
        std::function<QVariant(const T&)> sort = {};
        std::function<QVariant(const T&)> toolTip = {};
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    explicit RecordTableModel(std::vector<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {
    }

    void setRecords(std::vector<T> records)
    {
        // Rows are matched by id; everything else is a reset of the rows
        // concerned.
        const bool sameIds = records.size() == m_records.size()
            && std::equal(
                records.begin(), records.end(), m_records.begin(), [](const T& a, const T& b) { return a.id == b.id; });
        if (!sameIds) {
            beginResetModel();
            m_records = std::move(records);
            endResetModel();
            return;
        }
        for (std::size_t row = 0; row < records.size(); ++row) {
            if (!(records[row] == m_records[row])) {
                m_records[row] = std::move(records[row]);
                emit dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), columnCount() - 1));
            }
        }
    }

    [[nodiscard]] const std::vector<T>& records() const { return m_records; }
    [[nodiscard]] const T& record(int row) const { return m_records.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] int rowOf(const Uuid& id) const
    {
        for (std::size_t row = 0; row < m_records.size(); ++row) {
            if (m_records[row].id == id) {
                return static_cast<int>(row);
            }
        }
        return -1;
    }
    [[nodiscard]] const T* find(const Uuid& id) const
    {
        const int row = rowOf(id);
        return row < 0 ? nullptr : &m_records[static_cast<std::size_t>(row)];
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const T& r = m_records[static_cast<std::size_t>(index.row())];
        const Column& c = m_columns[static_cast<std::size_t>(index.column())];
        switch (role) {
        case Qt::DisplayRole: return c.display(r);
        case Qt::ToolTipRole: return c.toolTip ? c.toolTip(r) : QVariant();
        case Qt::TextAlignmentRole: return QVariant::fromValue(c.alignment);
        case IdRole: return r.id;
        case SortRole: return c.sort ? c.sort(r) : c.display(r);
        default: return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
            || section >= static_cast<int>(m_columns.size())) {
            return {};
        }
        return m_columns[static_cast<std::size_t>(section)].header;
    }

private:
    std::vector<Column> m_columns;
    std::vector<T> m_records;
};

}  // namespace planner
