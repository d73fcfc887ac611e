#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <vector>

namespace planner {

class Database;

/// One record found by the global search.
struct SearchHit {
    RecordKind kind = RecordKind::Person;  ///< Person, Organisation, Session or Mou
    Uuid id;
    QString title;  ///< "HONG Yun-sik", the session's title...
    QString detail;  ///< what else identifies it (position, forum, what matched)
    Uuid tripId;  ///< the trip it belongs to; empty for directory records outside any trip
    QString tripTitle;
    bool operator==(const SearchHit&) const = default;
};

/// Finds people (Latin and local names, position), organisations (name,
/// local name, abbreviation), agenda sessions (title, speakers' names) and
/// MOUs (title, subject) whose text contains a string, case-insensitively in
/// any script (Hangul, Cyrillic, Azerbaijani Latin).
///
/// SQL narrows the candidates with portable LIKE on lower-cased columns
/// (characters whose case SQL cannot fold are matched by a wildcard); the
/// final case-insensitive comparison is done here with Unicode rules. A
/// fixed number of queries per search, never one per row.
class SearchRepository {
public:
    explicit SearchRepository(Database& db) : m_db(db) { }

    /// At most limitPerKind hits of each kind, each kind sorted by title.
    /// An empty or blank text finds nothing.
    Result<std::vector<SearchHit>> search(const QString& text, int limitPerKind = 50) const;

    /// The LIKE pattern for text: lower-cased, %, _ and the escape character
    /// escaped with a backslash, non-ASCII characters that have case replaced
    /// by _, wrapped in %...%. For tests.
    static QString likePattern(const QString& text);

private:
    Database& m_db;
};

}  // namespace planner
