#include "services/TripDocumentJson.h"

#include "services/TripDocument.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <exception>
#include <set>
#include <vector>

namespace planner::tripdoc {

QString Where::text() const
{
    if (m_key == nullptr) {
        return m_parent;
    }
    const QString member = m_parent + QLatin1Char('.') + QLatin1String(m_key);
    return m_index < 0 ? member : element(member, static_cast<std::size_t>(m_index));
}

void fail(const Where& where, const QString& message)
{
    throw Failure { makeError(message, where.text()) };
}

QString describe(const Json& j)
{
    switch (j.type()) {
    case Json::value_t::null: return QCoreApplication::translate("planner::TripDocument", "null");
    case Json::value_t::boolean:
        return j.get<bool>() ? QCoreApplication::translate("planner::TripDocument", "true")
                             : QCoreApplication::translate("planner::TripDocument", "false");
    case Json::value_t::string: return QCoreApplication::translate("planner::TripDocument", "a string");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return QCoreApplication::translate("planner::TripDocument", "a number");
    case Json::value_t::number_float: return QCoreApplication::translate("planner::TripDocument", "a decimal number");
    case Json::value_t::object: return QCoreApplication::translate("planner::TripDocument", "an object");
    case Json::value_t::array: return QCoreApplication::translate("planner::TripDocument", "an array");
    default: return QCoreApplication::translate("planner::TripDocument", "something else");
    }
}

[[noreturn]] void wrongType(const Where& where, const QString& expected, const Json& found)
{
    fail(where,
        QCoreApplication::translate("planner::TripDocument", "expected %1, found %2").arg(expected, describe(found)));
}

static bool isIdentifier(const std::string& key)
{
    if (key.empty() || (std::isdigit(static_cast<unsigned char>(key.front())) != 0)) {
        return false;
    }
    return std::all_of(key.begin(), key.end(),
        [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

QString member(const QString& path, const std::string& key)
{
    if (isIdentifier(key)) {
        return path + QLatin1Char('.') + QString::fromStdString(key);
    }
    QString quoted = QString::fromStdString(key);
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return path + QStringLiteral("['") + quoted + QStringLiteral("']");
}

QString element(const QString& path, std::size_t index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

QString readString(const Json& j, const Where& where)
{
    if (!j.is_string()) {
        wrongType(where, QCoreApplication::translate("planner::TripDocument", "a string"), j);
    }
    return QString::fromStdString(j.get<std::string>());
}

Uuid readUuid(const Json& j, const Where& where)
{
    if (!j.is_string()) {
        wrongType(where, QCoreApplication::translate("planner::TripDocument", "a UUID string"), j);
    }
    const QString text = QString::fromStdString(j.get<std::string>());
    if (!isUuid(text)) {
        fail(where,
            QCoreApplication::translate("planner::TripDocument",
                "'%1' is not a UUID (expected 8-4-4-4-12 lowercase hexadecimal digits without braces)")
                .arg(excerpt(text)));
    }
    return text;
}

Uuid readOptionalUuid(const Json& j, const Where& where)
{
    return j.is_null() ? Uuid() : readUuid(j, where);
}

QDate readOptionalDate(const Json& j, const Where& where)
{
    if (j.is_null()) {
        return {};
    }
    if (!j.is_string()) {
        wrongType(where, QCoreApplication::translate("planner::TripDocument", "a date \"YYYY-MM-DD\" or null"), j);
    }
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = QString::fromStdString(j.get<std::string>());
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !d.isValid()) {
        fail(where,
            QCoreApplication::translate("planner::TripDocument", "'%1' is not a date of the form YYYY-MM-DD")
                .arg(excerpt(text)));
    }
    return d;
}

QString readZone(const Json& j, const Where& where)
{
    const QString zone = readString(j, where);
    if (!PlannedTime::isKnownZone(zone)) {
        fail(where,
            QCoreApplication::translate(
                "planner::TripDocument", "'%1' is not a known IANA time zone (e.g. Asia/Tashkent)")
                .arg(excerpt(zone)));
    }
    return zone;
}

Object::Object(
    const Json& j, QString path, std::initializer_list<const char*> keys, std::initializer_list<const char*> optional)
    : m_json(j), m_path(std::move(path))
{
    if (!j.is_object()) {
        wrongType(m_path, QCoreApplication::translate("planner::TripDocument", "an object"), j);
    }
    for (const char* key : keys) {
        if (!j.contains(key)) {
            fail(m_path, QCoreApplication::translate("planner::TripDocument", "missing field '%1'").arg(qs(key)));
        }
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        const auto same = [&key](const char* k) { return key == k; };
        const bool known
            = std::any_of(keys.begin(), keys.end(), same) || std::any_of(optional.begin(), optional.end(), same);
        if (!known) {
            fail(member(m_path, key),
                QCoreApplication::translate(
                    "planner::TripDocument", "unknown field '%1' (not part of version %2 of the format)")
                    .arg(excerpt(QString::fromStdString(key)))
                    .arg(TripDocument::kVersion));
        }
    }
}

QString Object::nonEmpty(const char* key) const
{
    const QString s = string(key);
    if (s.trimmed().isEmpty()) {
        fail(path(key), QCoreApplication::translate("planner::TripDocument", "must not be empty"));
    }
    return s;
}

const Json& Object::array(const char* key) const
{
    const Json& a = m_json.at(key);
    if (!a.is_array()) {
        wrongType(path(key), QCoreApplication::translate("planner::TripDocument", "an array"), a);
    }
    return a;
}

/// "2016-08-17T09:30 Asia/Tashkent (UTC+05:00)", for messages.
QString timeText(const PlannedTime& t)
{
    return QStringLiteral("%1 %2 (UTC%3)").arg(t.localIso(), t.zone(), t.utcOffsetText());
}

/// "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS", nothing else.
static bool isStrictLocalTime(const QString& text)
{
    static constexpr char kShape[] = "dddd-dd-ddTdd:dd:dd";
    if (text.size() != 16 && text.size() != 19) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (kShape[i] == 'd' ? (c < QLatin1Char('0') || c > QLatin1Char('9')) : c != QLatin1Char(kShape[i])) {
            return false;
        }
    }
    return true;
}

PlannedTime readTime(const Json& j, const Where& where)
{
    if (!j.is_object()) {
        wrongType(
            where, QCoreApplication::translate("planner::TripDocument", "a time object {local, zone, utcOffset}"), j);
    }
    const Object o(j, where.text(), { "local", "zone", "utcOffset" });
    const QString local = o.string("local");
    // Stricter than PlannedTime::parse, which also takes a space for the 'T'.
    if (!isStrictLocalTime(local)) {
        fail(o.path("local"),
            QCoreApplication::translate("planner::TripDocument",
                "'%1' is not a local time of the form YYYY-MM-DDTHH:MM (seconds optional, no offset and no Z)")
                .arg(excerpt(local)));
    }
    const QString zone = o.zone("zone");
    (void)o.string("utcOffset");  // for people only; the zone rules win
    auto parsed = PlannedTime::parse(local, zone);
    if (!parsed) {
        fail(o.path("local"), parsed.error().message);
    }
    return *parsed;
}

PlannedTime readOptionalTime(const Json& j, const Where& where)
{
    if (j.is_null()) {
        return {};
    }
    if (!j.is_object()) {
        wrongType(where,
            QCoreApplication::translate("planner::TripDocument", "a time object {local, zone, utcOffset} or null"), j);
    }
    return readTime(j, where);
}

namespace {

// ---------------------------------------------------------------------------
// Reading: bytes to JSON

/// 1-based line and column of a 0-based byte offset.
QString lineAndColumn(const QByteArray& bytes, qsizetype offset)
{
    const qsizetype end = std::min(offset, bytes.size());
    const qsizetype lineStart = end == 0 ? 0 : bytes.lastIndexOf('\n', end - 1) + 1;
    const qsizetype line = bytes.left(end).count('\n') + 1;
    return QCoreApplication::translate("planner::TripDocument", "line %1, column %2")
        .arg(line)
        .arg(end - lineStart + 1);
}

/// Offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            hi = c == 0xED ? 0x9F : 0xBF;  // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n) {
                return i;
            }
            const unsigned char cc = p[i + k];
            if (cc < (k == 1 ? lo : 0x80) || cc > (k == 1 ? hi : 0xBF)) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

/// Builds the JSON tree from the parser's events (SAX), refusing what a
/// tree would hide or what would take the program down: a key that appears
/// twice in one object (a tree keeps only one of the two values silently)
/// and nesting deeper than any trip document needs. Remembers where.
class TreeBuilder {
public:
    /// A trip document nests 5 deep ($.forums[].sessions[].start.local);
    /// anything far beyond is not one.
    static constexpr std::size_t kMaxDepth = 64;
    /// A description or a note is a few KB; a megabyte is not a text of a trip.
    static constexpr std::size_t kMaxTextBytes = 1024 * 1024;
    /// Objects and arrays of a document: a session is about six (itself, its
    /// times, its speakers), so this is some 150,000 records, ten times the
    /// largest programme we know of. Beyond it, reading would take gigabytes.
    static constexpr std::size_t kMaxContainers = 1000000;

    explicit TreeBuilder(Json& root) : m_root(root) { }

    bool null() { return value(Json(nullptr)); }
    bool boolean(bool v) { return value(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return value(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(Json(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t& /*text*/) { return value(Json(v)); }
    bool string(Json::string_t& v)
    {
        if (v.size() > kMaxTextBytes) {
            m_error = makeError(TripDocumentText::tr("the text is %1 MB long; a text of a trip is at most %2 MB")
                                    .arg(QString::number(double(v.size()) / (1024 * 1024), 'f', 1))
                                    .arg(kMaxTextBytes / (1024 * 1024)),
                pathToNext());
            return false;
        }
        // A control character other than tab and line breaks has no place in
        // a text of a trip, and breaks what is made of it: NUL cuts a
        // calendar's SUMMARY short, and none of them is allowed in the XML of
        // a DOCX or ODT file.
        const auto bad = std::find_if(v.begin(), v.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
        });
        if (bad != v.end()) {
            m_error = makeError(TripDocumentText::tr("the text holds the control character U+%1 at character %2; "
                                                     "remove it (it cannot be printed or exported)")
                                    .arg(static_cast<unsigned char>(*bad), 4, 16, QLatin1Char('0'))
                                    .arg(QString::fromUtf8(v.data(), bad - v.begin()).size() + 1),
                pathToNext());
            return false;
        }
        return value(Json(std::move(v)));
    }
    bool binary(Json::binary_t& v) { return value(Json(std::move(v))); }

    bool start_object(std::size_t /*elements*/) { return open(Json::object()); }
    bool start_array(std::size_t /*elements*/) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t& key)
    {
        Frame& f = m_frames.back();
        if (f.container->contains(key)) {
            f.key = std::move(key);
            m_error = makeError(TripDocumentText::tr("the field '%1' appears twice in the same object")
                                    .arg(excerpt(QString::fromStdString(f.key))),
                pathTo(m_frames.size()));
            return false;
        }
        f.key = std::move(key);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*token*/, const nlohmann::detail::exception& e)
    {
        m_parseError = true;
        m_position = position;
        m_what = e.what();
        return false;
    }

    [[nodiscard]] const std::optional<Error>& error() const { return m_error; }
    [[nodiscard]] bool parseError() const { return m_parseError; }
    [[nodiscard]] std::size_t position() const { return m_position; }
    [[nodiscard]] const std::string& what() const { return m_what; }

private:
    struct Frame {
        Json* container;
        std::size_t index = 0;  ///< elements of an array so far
        std::string key;  ///< the key whose value comes next, in an object
    };

    /// Where the next value goes; null at the top when the root is set.
    Json* place(Json&& v)
    {
        if (m_frames.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        Frame& f = m_frames.back();
        if (f.container->is_array()) {
            ++f.index;
            f.container->push_back(std::move(v));
            return &f.container->back();
        }
        Json& slot = (*f.container)[f.key];
        slot = std::move(v);
        return &slot;
    }

    bool value(Json&& v)
    {
        place(std::move(v));
        return true;
    }

    bool open(Json&& container)
    {
        if (++m_containers > kMaxContainers) {
            m_error
                = makeError(TripDocumentText::tr("the document holds more than %L1 objects and arrays; a trip is far "
                                                 "smaller (split it into several trips)")
                                .arg(kMaxContainers),
                    pathTo(m_frames.size()));
            return false;
        }
        if (m_frames.size() >= kMaxDepth) {
            m_error = makeError(
                TripDocumentText::tr("the values are nested more than %1 deep; a trip document is not").arg(kMaxDepth),
                pathTo(m_frames.size()));
            return false;
        }
        Json* placed = place(std::move(container));
        if (placed->is_object()) {
            // Most objects of a trip document have a few keys (times have
            // three): room for four saves the first reallocations.
            placed->get_ref<Json::object_t&>().reserve(4);
        }
        m_frames.push_back(Frame { placed, 0, {} });
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        return true;
    }

    /// Where the value that comes next goes: "$.forums[0].title".
    [[nodiscard]] QString pathToNext() const
    {
        if (m_frames.empty()) {
            return QStringLiteral("$");
        }
        const QString parent = pathTo(m_frames.size() - 1);
        const Frame& f = m_frames.back();
        return f.container->is_array() ? element(parent, f.index) : member(parent, f.key);
    }

    [[nodiscard]] QString pathTo(std::size_t depth) const
    {
        QString path = QStringLiteral("$");
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& f = m_frames[i];
            path = f.container->is_array() ? element(path, f.index == 0 ? 0 : f.index - 1) : member(path, f.key);
        }
        return path;
    }

    Json& m_root;
    std::vector<Frame> m_frames;
    std::size_t m_containers = 0;
    std::optional<Error> m_error;
    bool m_parseError = false;
    std::size_t m_position = 0;
    std::string m_what;
};

}  // namespace

Result<Json> parseJson(const QByteArray& bytes)
{
    const QString root = QStringLiteral("$");
    if (bytes.trimmed().isEmpty()) {
        return makeError(TripDocumentText::tr("the file is empty; a trip document is a JSON object"), root);
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        return makeError(
            TripDocumentText::tr("the file is not valid UTF-8 at byte %1 (%2); save it with UTF-8 encoding")
                .arg(bad + 1)
                .arg(lineAndColumn(bytes, bad)),
            root);
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        // The JSON parser would take a NUL for the end of the input and
        // ignore whatever follows it.
        return makeError(TripDocumentText::tr("the file holds a NUL byte at byte %1 (%2); a trip document is text")
                             .arg(nul + 1)
                             .arg(lineAndColumn(bytes, nul)),
            root);
    }
    Json j;
    TreeBuilder builder(j);
    try {
        if (Json::sax_parse(bytes.begin(), bytes.end(), &builder)) {
            return j;
        }
    } catch (const std::exception& e) {
        return makeError(
            TripDocumentText::tr("the file could not be read as JSON (%1)").arg(QString::fromUtf8(e.what())), root);
    }
    if (builder.error()) {
        return *builder.error();
    }
    const auto size = static_cast<std::size_t>(bytes.size());
    if (builder.position() > size) {
        return makeError(
            TripDocumentText::tr("the file is not valid JSON (ends early at byte %1); it may have been cut off while "
                                 "copying or saving")
                .arg(bytes.size()),
            root);
    }
    // nlohmann's own wording of the problem comes after " - ".
    const std::string& what = builder.what();
    const auto dash = what.find(" - ");
    const QString detail
        = dash == std::string::npos ? QString() : excerpt(QString::fromStdString(what.substr(dash + 3)), 120);
    const auto offset = static_cast<qsizetype>(builder.position() == 0 ? 0 : builder.position() - 1);
    return makeError(TripDocumentText::tr("the file is not valid JSON (at byte %1, %2: %3)")
                         .arg(offset + 1)
                         .arg(lineAndColumn(bytes, offset), detail),
        root);
}

}  // namespace planner::tripdoc
