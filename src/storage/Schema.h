#pragma once

#include <QStringList>

#include <vector>

namespace planner::schema {

/// One step of the schema's history: the statements that take a database
/// from version `version - 1` to `version`. Steps are never edited once
/// released; a change of schema is a new step.
struct Migration {
    int version;
    const char* description;
    QStringList statements;
};

/// Every migration in order; the last one's version is the current schema.
const std::vector<Migration>& migrations();

/// The tables a Delegation Planner database of the current version has.
QStringList expectedTables();

}  // namespace planner::schema
