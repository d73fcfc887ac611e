#pragma once

#include <Qt>

namespace planner {

/// Item data roles shared by the models of src/models.
enum ModelRole {
    IdRole = Qt::UserRole + 1,  ///< the record's UUID (QString)
    SortRole,  ///< a value that sorts right (dates, instants, numbers)
};

}  // namespace planner
