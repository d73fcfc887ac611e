#pragma once

// Internal to the trip document's reader and writer (TripDocument*.cpp):
// the JSON type, paths for messages, and the checked reads of values. Inside
// these files a failure is thrown as a private Failure and caught in
// TripDocument::read(): nothing is thrown out of read().

#include "domain/Entities.h"
#include "domain/Kinds.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace planner::tripdoc {

using Json = nlohmann::ordered_json;

struct TripDocumentText {
    Q_DECLARE_TR_FUNCTIONS(planner::TripDocument)
};

inline QString qs(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

struct Failure {
    Error error;
};

/// Where a value is in the document ("$.forums[1].sessions[3].start"). The
/// text is made only when a message needs it: reading 25,000 sessions makes
/// none. Cheap to copy (the parent's path is shared, not copied).
class Where {
public:
    Where(QString path) : m_parent(std::move(path)) { }  // NOLINT(google-explicit-constructor)
    Where(QString parent, const char* key, qsizetype index = -1)
        : m_parent(std::move(parent)), m_key(key), m_index(index)
    {
    }
    [[nodiscard]] QString text() const;

private:
    QString m_parent;
    const char* m_key = nullptr;  ///< a literal: lives as long as the program
    qsizetype m_index = -1;
};

[[noreturn]] void fail(const Where& where, const QString& message);
/// "a string", "an object", ...: what a JSON value is, for messages.
QString describe(const Json& j);
[[noreturn]] void wrongType(const Where& where, const QString& expected, const Json& found);

/// "$.a.b" or "$.a['odd key']".
QString member(const QString& path, const std::string& key);
/// "$.a[3]".
QString element(const QString& path, std::size_t index);

QString readString(const Json& j, const Where& where);
Uuid readUuid(const Json& j, const Where& where);
Uuid readOptionalUuid(const Json& j, const Where& where);
QDate readOptionalDate(const Json& j, const Where& where);
QString readZone(const Json& j, const Where& where);
PlannedTime readTime(const Json& j, const Where& where);
PlannedTime readOptionalTime(const Json& j, const Where& where);
/// "2016-08-17T09:30 Asia/Tashkent (UTC+05:00)", for messages.
QString timeText(const PlannedTime& t);

template <typename E> E readToken(const Json& j, const Where& where)
{
    const QString text = readString(j, where);
    const std::optional<E> value = fromToken<E>(text);
    if (!value) {
        fail(
            where, TripDocumentText::tr("'%1' is not one of: %2").arg(text, allTokens<E>().join(QStringLiteral(", "))));
    }
    return *value;
}

/// A JSON object with a fixed set of keys, all required, and optional ones
/// that may be left out.
class Object {
public:
    Object(const Json& j, QString path, std::initializer_list<const char*> keys,
        std::initializer_list<const char*> optional = {});

    [[nodiscard]] bool has(const char* key) const { return m_json.contains(key); }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QString path(const char* key) const { return m_path + QLatin1Char('.') + qs(key); }
    /// The member key, as a Where (no text made).
    [[nodiscard]] Where at(const char* key, qsizetype index = -1) const { return Where(m_path, key, index); }
    [[nodiscard]] const Json& operator[](const char* key) const { return m_json.at(key); }

    [[nodiscard]] QString string(const char* key) const { return readString(m_json.at(key), at(key)); }
    [[nodiscard]] QString nonEmpty(const char* key) const;
    [[nodiscard]] Uuid uuid(const char* key) const { return readUuid(m_json.at(key), at(key)); }
    [[nodiscard]] Uuid optionalUuid(const char* key) const { return readOptionalUuid(m_json.at(key), at(key)); }
    [[nodiscard]] QDate optionalDate(const char* key) const { return readOptionalDate(m_json.at(key), at(key)); }
    [[nodiscard]] QString zone(const char* key) const { return readZone(m_json.at(key), at(key)); }
    [[nodiscard]] PlannedTime time(const char* key) const { return readTime(m_json.at(key), at(key)); }
    [[nodiscard]] PlannedTime optionalTime(const char* key) const { return readOptionalTime(m_json.at(key), at(key)); }
    template <typename E> [[nodiscard]] E token(const char* key) const { return readToken<E>(m_json.at(key), at(key)); }
    [[nodiscard]] const Json& array(const char* key) const;

private:
    const Json& m_json;
    QString m_path;
};

/// Bytes to JSON: refuses empty input, bytes that are not UTF-8, keys that
/// appear twice in an object and malformed JSON, with the byte, line and
/// column of the problem.
Result<Json> parseJson(const QByteArray& bytes);

/// The validated bundle of a parsed document (throws Failure).
TripBundle readBundle(const Json& root);

}  // namespace planner::tripdoc
