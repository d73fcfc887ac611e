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

/// A forum by UUID, or by a part of its title matching exactly one forum (an
/// exact title wins).
Result<Forum> resolveForum(Database& db, const QString& selector)
{
    const auto forums = ForumRepository(db).list();
    if (!forums.ok()) {
        return forums.error();
    }
    std::vector<const Forum*> partial;
    for (const Forum& forum : forums.value()) {
        if (forum.id == selector || forum.title.compare(selector, Qt::CaseInsensitive) == 0) {
            return forum;
        }
        if (forum.title.contains(selector, Qt::CaseInsensitive)) {
            partial.push_back(&forum);
        }
    }
    if (partial.size() == 1) {
        return *partial.front();
    }
    if (partial.empty()) {
        return makeError(CommandLine::tr("no forum matches '%1' (see 'list forums')").arg(selector));
    }
    QStringList names;
    for (const Forum* forum : partial) {
        names << QStringLiteral("%1 (%2)").arg(forum->title, forum->id);
    }
    return makeError(CommandLine::tr("several forums match '%1': %2").arg(selector, names.join(QStringLiteral(", "))));
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
