#include "storage/SearchRepository.h"

#include "storage/RepositorySupport.h"

#include <QHash>

#include <algorithm>

namespace planner {

using namespace storage;

namespace {

bool hasCase(QChar c)
{
    return c.toLower() != c || c.toUpper() != c || c.toCaseFolded() != c;
}

bool contains(const QString& haystack, const QString& needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

/// "LOWER(a) LIKE :p ESCAPE '\' OR LOWER(b) LIKE :p ESCAPE '\' ..."
QString anyLike(const QStringList& columns)
{
    QStringList parts;
    for (const QString& c : columns) {
        parts << QStringLiteral("LOWER(%1) LIKE :pattern ESCAPE '\\'").arg(c);
    }
    return parts.join(QStringLiteral(" OR "));
}

QString personName(const QString& family, const QString& given)
{
    Person p;
    p.familyName = family;
    p.givenName = given;
    return p.displayName();
}

/// Keeps the first limit hits by title (locale-aware), drops the rest.
void keepFirst(std::vector<SearchHit>& hits, int limit)
{
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        const int c = QString::localeAwareCompare(a.title, b.title);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    if (static_cast<int>(hits.size()) > limit) {
        hits.resize(static_cast<std::size_t>(limit));
    }
}

}  // namespace

QString SearchRepository::likePattern(const QString& text)
{
    QString pattern = QStringLiteral("%");
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\')) {
            pattern += QLatin1Char('\\');
            pattern += c;
        } else if (c.unicode() < 0x80) {
            pattern += c.toLower();
        } else if (c.isHighSurrogate() && i + 1 < trimmed.size()) {
            // One wildcard for the whole code point (LIKE counts characters).
            pattern += QLatin1Char('_');
            ++i;
        } else if (hasCase(c)) {
            // SQL engines differ in folding the case of non-ASCII letters
            // (SQLite does not): let any character through, compare below.
            pattern += QLatin1Char('_');
        } else {
            pattern += c;  // Hangul, digits, punctuation: the same in every case
        }
    }
    pattern += QLatin1Char('%');
    return pattern;
}

Result<std::vector<SearchHit>> SearchRepository::search(const QString& text, int limitPerKind) const
{
    const QString needle = text.trimmed();
    std::vector<SearchHit> out;
    if (needle.isEmpty() || limitPerKind <= 0) {
        return out;
    }
    const QString pattern = likePattern(needle);

    // People, with the trips whose delegation they belong to (one row per
    // membership).
    {
        SqlQuery q(m_db,
            QStringLiteral("SELECT p.id, p.family_name, p.given_name, p.local_name, p.position, o.name, t.id, t.title "
                           "FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id "
                           "LEFT JOIN delegation_members dm ON dm.person_id = p.id "
                           "LEFT JOIN trips t ON t.id = dm.trip_id WHERE %1 "
                           "ORDER BY p.family_name, p.given_name, p.id, t.start_date, t.title")
                .arg(anyLike(
                    { QStringLiteral("p.family_name"), QStringLiteral("p.given_name"), QStringLiteral("p.local_name"),
                        QStringLiteral("p.position"), QStringLiteral("p.given_name || ' ' || p.family_name"),
                        QStringLiteral("p.family_name || ' ' || p.given_name") })));
        q.bind(QStringLiteral(":pattern"), pattern);
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        std::vector<SearchHit> hits;
        QHash<Uuid, std::size_t> index;
        while (q.next()) {
            const Uuid id = q.text(0);
            if (const auto found = index.constFind(id); found != index.cend()) {
                SearchHit& hit = hits[*found];
                if (!q.text(6).isEmpty()) {
                    hit.tripTitle += QStringLiteral(", ") + q.text(7);
                }
                continue;
            }
            const QString family = q.text(1);
            const QString given = q.text(2);
            const QString local = q.text(3);
            const QString position = q.text(4);
            if (!contains(family, needle) && !contains(given, needle) && !contains(local, needle)
                && !contains(position, needle) && !contains(given + QLatin1Char(' ') + family, needle)
                && !contains(family + QLatin1Char(' ') + given, needle)) {
                continue;
            }
            SearchHit hit;
            hit.kind = RecordKind::Person;
            hit.id = id;
            hit.title = personName(family, given);
            if (!local.isEmpty()) {
                hit.title += QStringLiteral(" (%1)").arg(local);
            }
            QStringList detail;
            for (const QString& part : { position, q.text(5) }) {
                if (!part.isEmpty()) {
                    detail << part;
                }
            }
            hit.detail = detail.join(QStringLiteral(", "));
            hit.tripId = q.text(6);
            hit.tripTitle = q.text(7);
            index.insert(id, hits.size());
            hits.push_back(hit);
        }
        keepFirst(hits, limitPerKind);
        out.insert(out.end(), hits.begin(), hits.end());
    }

    // Organisations: directory records, in no trip of their own.
    {
        SqlQuery q(m_db,
            QStringLiteral("SELECT o.id, o.name, o.local_name, o.abbreviation, o.country FROM organisations o WHERE %1")
                .arg(anyLike(
                    { QStringLiteral("o.name"), QStringLiteral("o.local_name"), QStringLiteral("o.abbreviation") })));
        q.bind(QStringLiteral(":pattern"), pattern);
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        std::vector<SearchHit> hits;
        while (q.next()) {
            const QString name = q.text(1);
            const QString local = q.text(2);
            const QString abbreviation = q.text(3);
            if (!contains(name, needle) && !contains(local, needle) && !contains(abbreviation, needle)) {
                continue;
            }
            SearchHit hit;
            hit.kind = RecordKind::Organisation;
            hit.id = q.text(0);
            hit.title = abbreviation.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, abbreviation);
            QStringList detail;
            for (const QString& part : { local, q.text(4) }) {
                if (!part.isEmpty()) {
                    detail << part;
                }
            }
            hit.detail = detail.join(QStringLiteral(", "));
            hits.push_back(hit);
        }
        keepFirst(hits, limitPerKind);
        out.insert(out.end(), hits.begin(), hits.end());
    }

    // Agenda sessions by title or by a speaker's name (one row per speaker).
    {
        SqlQuery q(m_db,
            QStringLiteral("SELECT s.id, s.title, f.title, f.trip_id, t.title, p.family_name, p.given_name, "
                           "p.local_name FROM agenda_sessions s JOIN forums f ON f.id = s.forum_id "
                           "JOIN trips t ON t.id = f.trip_id "
                           "LEFT JOIN session_speakers ss ON ss.session_id = s.id "
                           "LEFT JOIN people p ON p.id = ss.person_id WHERE %1 OR %2 "
                           "ORDER BY s.id, ss.position")
                .arg(anyLike({ QStringLiteral("s.title") }),
                    QStringLiteral("s.id IN (SELECT ss2.session_id FROM session_speakers ss2 "
                                   "JOIN people p2 ON p2.id = ss2.person_id WHERE %1)")
                        .arg(anyLike({ QStringLiteral("p2.family_name"), QStringLiteral("p2.given_name"),
                            QStringLiteral("p2.local_name"), QStringLiteral("p2.given_name || ' ' || p2.family_name"),
                            QStringLiteral("p2.family_name || ' ' || p2.given_name") }))));
        q.bind(QStringLiteral(":pattern"), pattern);
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        std::vector<SearchHit> hits;
        QHash<Uuid, std::size_t> index;
        while (q.next()) {
            const Uuid id = q.text(0);
            const QString family = q.text(5);
            const QString given = q.text(6);
            const QString local = q.text(7);
            const bool speakerMatches = !family.isEmpty()
                && (contains(family, needle) || contains(given, needle) || contains(local, needle)
                    || contains(given + QLatin1Char(' ') + family, needle)
                    || contains(family + QLatin1Char(' ') + given, needle));
            const QString speaker = local.isEmpty() ? personName(family, given)
                                                    : QStringLiteral("%1 (%2)").arg(personName(family, given), local);
            if (const auto found = index.constFind(id); found != index.cend()) {
                if (speakerMatches) {
                    SearchHit& hit = hits[*found];
                    hit.detail += QStringLiteral(", ") + speaker;
                }
                continue;
            }
            const QString title = q.text(1);
            if (!contains(title, needle) && !speakerMatches) {
                continue;
            }
            SearchHit hit;
            hit.kind = RecordKind::Session;
            hit.id = id;
            hit.title = title;
            hit.detail = speakerMatches ? QStringLiteral("%1 — %2").arg(q.text(2), speaker) : q.text(2);
            hit.tripId = q.text(3);
            hit.tripTitle = q.text(4);
            index.insert(id, hits.size());
            hits.push_back(hit);
        }
        keepFirst(hits, limitPerKind);
        out.insert(out.end(), hits.begin(), hits.end());
    }

    // MOUs by title or subject.
    {
        SqlQuery q(m_db,
            QStringLiteral("SELECT m.id, m.title, m.subject, m.status, m.trip_id, t.title FROM mous m "
                           "JOIN trips t ON t.id = m.trip_id WHERE %1")
                .arg(anyLike({ QStringLiteral("m.title"), QStringLiteral("m.subject") })));
        q.bind(QStringLiteral(":pattern"), pattern);
        if (Status s = q.exec(); !s) {
            return s.error();
        }
        std::vector<SearchHit> hits;
        while (q.next()) {
            const QString title = q.text(1);
            const QString subject = q.text(2);
            if (!contains(title, needle) && !contains(subject, needle)) {
                continue;
            }
            SearchHit hit;
            hit.kind = RecordKind::Mou;
            hit.id = q.text(0);
            hit.title = title;
            const auto status = fromToken<MouStatus>(q.text(3));
            hit.detail = status ? label(*status) : QString();
            if (!subject.isEmpty()) {
                hit.detail += (hit.detail.isEmpty() ? QString() : QStringLiteral(": ")) + subject;
            }
            hit.tripId = q.text(4);
            hit.tripTitle = q.text(5);
            hits.push_back(hit);
        }
        keepFirst(hits, limitPerKind);
        out.insert(out.end(), hits.begin(), hits.end());
    }
    return out;
}

}  // namespace planner
