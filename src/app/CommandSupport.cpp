#include "app/CommandSupport.h"

#include "services/TripTransfer.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planner::cli {

QString optionText(const QCommandLineOption& option)
{
    const QString name = option.names().constLast();
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.trimmed();
}

int userError(QTextStream& err, const QString& message)
{
    err << kProgram << ": " << oneLine(message) << Qt::endl;
    return CommandLine::UserError;
}

int usageError(QTextStream& err, const QString& message)
{
    err << kProgram << ": " << oneLine(message) << '\n'
        << CommandLine::tr("Try '%1 --help' for usage.").arg(kProgram) << Qt::endl;
    return CommandLine::UsageError;
}
bool readPageSize(const Invocation& inv, const std::vector<QPageSize::PageSizeId>& allowed, QPageSize::PageSizeId& size)
{
    const QString given = inv.parser.value(inv.options.pageSize);
    if (given.isEmpty()) {
        size = QPageSize::A4;
        return true;
    }
    QStringList names;
    for (QPageSize::PageSizeId id : allowed) {
        const QString name = QPageSize::key(id);
        names << name;
        if (given.compare(name, Qt::CaseInsensitive) == 0) {
            size = id;
            return true;
        }
    }
    usageError(inv.err, CommandLine::tr("--page-size is %1, not '%2'").arg(names.join(QStringLiteral(" or ")), given));
    return false;
}

void Table::print(QTextStream& out, bool asJson) const
{
    if (asJson) {
        QJsonArray array;
        for (const QVariantList& row : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i) {
                object.insert(columns.at(i), QJsonValue::fromVariant(row.at(i)));
            }
            array.append(object);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    out << columns.join(QLatin1Char('\t')) << '\n';
    for (const QVariantList& row : rows) {
        QStringList cells;
        for (const QVariant& cell : row) {
            QString text = cell.toString();
            text.replace(QLatin1Char('\t'), QLatin1Char(' '));
            cells << oneLine(text);
        }
        out << cells.join(QLatin1Char('\t')) << '\n';
    }
    out.flush();
}

Result<std::unique_ptr<Database>> openExisting(const Invocation& inv)
{
    return Database::open(inv.parser.value(inv.options.db), Database::Mode::OpenExisting);
}

Result<OpenTrip> openTrip(const Invocation& inv)
{
    auto db = openExisting(inv);
    if (!db.ok()) {
        return db.error();
    }
    auto trip = TripTransfer::resolveTrip(*db.value(), inv.parser.value(inv.options.trip));
    if (!trip.ok()) {
        return trip.error();
    }
    return OpenTrip { std::move(db).value(), std::move(trip).value() };
}

namespace {

/// The record of the UUID or of the exact title, else the only one whose
/// title contains the selector; what names it in messages: "forum", "forums".
template <typename T>
Result<T> matchTitle(
    const std::vector<T>& records, const QString& selector, const QString& none, const QString& several)
{
    std::vector<const T*> partial;
    for (const T& record : records) {
        if (record.id == selector || record.title.compare(selector, Qt::CaseInsensitive) == 0) {
            return record;
        }
        if (record.title.contains(selector, Qt::CaseInsensitive)) {
            partial.push_back(&record);
        }
    }
    if (partial.size() == 1) {
        return *partial.front();
    }
    if (partial.empty()) {
        return makeError(none.arg(selector));
    }
    QStringList names;
    for (const T* record : partial) {
        names << QStringLiteral("%1 (%2)").arg(record->title, record->id);
    }
    return makeError(several.arg(selector, names.join(QStringLiteral(", "))));
}

}  // namespace

/// A forum by UUID, or by a part of its title matching exactly one forum (an
/// exact title wins).
Result<Forum> resolveForum(Database& db, const QString& selector)
{
    const auto forums = ForumRepository(db).list();
    if (!forums.ok()) {
        return forums.error();
    }
    return matchTitle(forums.value(), selector, CommandLine::tr("no forum matches '%1' (see 'list forums')"),
        CommandLine::tr("several forums match '%1': %2"));
}

Result<Meeting> resolveMeeting(Database& db, const QString& selector)
{
    const auto trips = TripRepository(db).list();
    if (!trips.ok()) {
        return trips.error();
    }
    std::vector<Meeting> all;
    for (const Trip& trip : trips.value()) {
        const auto meetings = MeetingRepository(db).list(trip.id);
        if (!meetings.ok()) {
            return meetings.error();
        }
        all.insert(all.end(), meetings->begin(), meetings->end());
    }
    return matchTitle(
        all, selector, CommandLine::tr("no meeting matches '%1'"), CommandLine::tr("several meetings match '%1': %2"));
}

/// A person of the trip by UUID, or by a part of their name in either script.
Result<Person> resolvePerson(const TripBundle& bundle, const QString& selector)
{
    std::vector<const Person*> partial;
    for (const Person& person : bundle.people) {
        if (person.id == selector) {
            return person;
        }
        const QString latin = person.givenName + QLatin1Char(' ') + person.familyName;
        if (latin.contains(selector, Qt::CaseInsensitive)
            || person.displayName().contains(selector, Qt::CaseInsensitive)
            || (!person.localName.isEmpty() && person.localName.contains(selector, Qt::CaseInsensitive))) {
            partial.push_back(&person);
        }
    }
    if (partial.size() == 1) {
        return *partial.front();
    }
    if (partial.empty()) {
        return makeError(CommandLine::tr("no person of the trip matches '%1' (see 'list people')").arg(selector));
    }
    QStringList names;
    for (const Person* person : partial) {
        names << QStringLiteral("%1 (%2)").arg(person->displayName(), person->id);
    }
    return makeError(CommandLine::tr("several people match '%1': %2").arg(selector, names.join(QStringLiteral(", "))));
}

}  // namespace planner::cli
