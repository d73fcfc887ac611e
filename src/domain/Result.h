#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace planner {

/// A failure a person can act on: a message in plain words, and optionally
/// where it happened (a JSON path, a field name, a record title).
struct Error {
    QString message;
    QString where;

    /// "where: message", or just the message when there is no place.
    [[nodiscard]] QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// A value or an Error. Failures are values: no exception crosses a layer.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) { }  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) { }  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const& { return std::get<0>(m_data); }
    [[nodiscard]] T& value() & { return std::get<0>(m_data); }
    /// By value: `for (auto& x : repo.list().value())` must not dangle.
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    [[nodiscard]] const Error& error() const { return std::get<1>(m_data); }
    /// The value, or fallback when this is an error.
    [[nodiscard]] T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }  // NOLINT(google-explicit-constructor)

    static Status success() { return {}; }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, QString where = {})
{
    return Error { std::move(message), std::move(where) };
}

/// What a message quotes of something a person (or a file) gave: at most
/// `limit` characters, cut with an ellipsis, so that a 10 MB value is not
/// echoed back as a 10 MB error line.
inline QString excerpt(const QString& given, qsizetype limit = 40)
{
    if (given.size() <= limit) {
        return given;
    }
    return given.left(limit) + QChar(0x2026);
}

}  // namespace planner
