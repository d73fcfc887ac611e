#include "models/CheckResults.h"

#include "commands/Document.h"
#include "services/PlanningChecks.h"
#include "services/TimelineLayout.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/Repositories.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace planner {

CheckResults::CheckResults(Document& document, QObject* parent) : QObject(parent), m_document(document)
{
    connect(&m_document, &Document::changed, this, &CheckResults::refresh);
    connect(&m_document, &Document::changedExternally, this, &CheckResults::refresh);
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("planning checks"));
    connect(&m_watcher, &QFutureWatcher<Checked>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0) {
            publish(m_watcher.result());
        }
    });
}

CheckResults::~CheckResults()
{
    // A check not yet started is skipped; one running finishes (the pool
    // waits for it) on its own copy of the snapshot, and its result goes
    // nowhere.
    m_latest->store(0);
    m_watcher.disconnect(this);
}

void CheckResults::setTrip(const Uuid& tripId)
{
    if (tripId == m_tripId) {
        return;
    }
    m_tripId = tripId;
    refresh();
}

namespace {

std::size_t timedItems(const TripBundle& bundle)
{
    std::size_t items = bundle.meetings.size() + bundle.legs.size() + bundle.forums.size();
    for (const Forum& forum : bundle.forums) {
        items += forum.sessions.size();
    }
    return items;
}

}  // namespace

void CheckResults::refresh()
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    const auto fail = [this](const QString& error) {
        if (std::exchange(m_checking, false)) {
            emit checkingChanged();
        }
        m_findings.clear();
        m_bundle.reset();
        m_settings = CheckSettings();
        m_error = error;
        emit updated();
    };
    if (m_tripId.isEmpty()) {
        fail(QString());
        return;
    }
    Database& db = m_document.database();
    auto bundle = m_document.trip(m_tripId);
    if (!bundle.ok()) {
        fail(bundle.error().text());
        return;
    }
    auto settings = CheckService(db).settings(m_tripId);
    if (!settings.ok()) {
        fail(settings.error().text());
        return;
    }
    auto acknowledgements = AcknowledgementRepository(db).list(m_tripId);
    if (!acknowledgements.ok()) {
        fail(acknowledgements.error().text());
        return;
    }
    const auto check = [generation, snapshot = bundle.value(), thresholds = *settings,
                           acknowledged = std::move(*acknowledgements)]() {
        return Checked { generation, snapshot, thresholds,
            CheckService::review(PlanningChecks::run(*snapshot, thresholds), acknowledged) };
    };
    if (timedItems(*bundle.value()) <= kInlineItems) {
        publish(check());
        return;
    }
    const auto checkUnlessOvertaken = [check, generation, latest = m_latest]() {
        if (latest->load() != generation) {
            return Checked { generation, {}, {}, {} };  // dropped by publish()
        }
        return check();
    };
    // Findings of another trip are not shown meanwhile.
    const bool otherTrip = m_bundle && m_bundle->trip.id != m_tripId;
    if (otherTrip) {
        m_findings.clear();
        m_bundle.reset();
    }
    m_checking = true;
    m_error.clear();
    m_settings = *settings;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, checkUnlessOvertaken));
    if (otherTrip) {
        emit updated();  // the lists drop the other trip's findings
    }
    emit checkingChanged();
}

void CheckResults::publish(Checked checked)
{
    if (checked.generation != m_latest->load()) {
        return;  // a later change is being checked
    }
    const bool wasChecking = std::exchange(m_checking, false);
    m_error.clear();
    m_bundle = std::move(checked.bundle);
    m_settings = std::move(checked.settings);
    m_findings = std::move(checked.findings);
    emit updated();
    if (wasChecking) {
        emit checkingChanged();
    }
}

const TripBundle& CheckResults::bundle() const
{
    static const TripBundle none;
    return m_bundle ? *m_bundle : none;
}

int CheckResults::openCount(Severity severity) const
{
    return static_cast<int>(std::count_if(m_findings.begin(), m_findings.end(),
        [severity](const ReviewedFinding& r) { return r.isOpen() && r.finding.severity == severity; }));
}

int CheckResults::acknowledgedCount() const
{
    return static_cast<int>(
        std::count_if(m_findings.begin(), m_findings.end(), [](const ReviewedFinding& r) { return !r.isOpen(); }));
}

QString CheckResults::openSummary() const
{
    QStringList parts;
    if (const int errors = openCount(Severity::Error); errors > 0) {
        parts << (tr("%n error(s)", nullptr, errors));
    }
    if (const int warnings = openCount(Severity::Warning); warnings > 0) {
        parts << (tr("%n warning(s)", nullptr, warnings));
    }
    if (const int notes = openCount(Severity::Note); notes > 0) {
        parts << (tr("%n note(s)", nullptr, notes));
    }
    return parts.join(QStringLiteral(", "));
}

QHash<Uuid, TimelineFlag> CheckResults::timelineFlags() const
{
    QHash<Uuid, TimelineFlag> flags;
    for (const ReviewedFinding& r : m_findings) {
        const Finding& f = r.finding;
        if (!r.isOpen() || f.severity == Severity::Note) {
            continue;
        }
        const bool hasSession = std::any_of(
            f.records.begin(), f.records.end(), [](const RecordRef& ref) { return ref.kind == RecordKind::Session; });
        for (const RecordRef& ref : f.records) {
            if (hasSession && ref.kind == RecordKind::Forum) {
                continue;
            }
            TimelineFlag& flag = flags[ref.id];
            if (flag.messages.isEmpty() || static_cast<int>(f.severity) < static_cast<int>(flag.severity)) {
                flag.severity = f.severity;
            }
            if (!flag.messages.contains(f.message)) {
                flag.messages << f.message;
            }
        }
    }
    return flags;
}

namespace {

template <typename T> const T* findById(const std::vector<T>& records, const Uuid& id)
{
    const auto it = std::find_if(records.begin(), records.end(), [&id](const T& r) { return r.id == id; });
    return it == records.end() ? nullptr : &*it;
}

}  // namespace

QString CheckResults::recordName(const RecordRef& record) const
{
    const TripBundle& b = bundle();
    QString name;
    switch (record.kind) {
    case RecordKind::Trip: name = b.trip.id == record.id ? b.trip.title : QString(); break;
    case RecordKind::Person:
        if (const Person* p = findById(b.people, record.id)) {
            name = p->displayName();
        }
        break;
    case RecordKind::Organisation:
        if (const Organisation* o = findById(b.organisations, record.id)) {
            name = o->name;
        }
        break;
    case RecordKind::Venue:
        if (const Venue* v = findById(b.venues, record.id)) {
            name = v->name;
        }
        break;
    case RecordKind::Member:
        if (const DelegationMember* m = findById(b.members, record.id)) {
            if (const Person* p = findById(b.people, m->personId)) {
                name = p->displayName();
            }
        }
        break;
    case RecordKind::Stop:
        if (const Stop* s = findById(b.stops, record.id)) {
            name = s->city;
        }
        break;
    case RecordKind::Leg:
        if (const TravelLeg* l = findById(b.legs, record.id)) {
            name = QStringLiteral("%1 → %2").arg(l->fromPlace, l->toPlace);
            if (!l->flightNumber.isEmpty()) {
                name += QStringLiteral(" (%1)").arg(l->flightNumber);
            }
        }
        break;
    case RecordKind::Forum:
        if (const Forum* f = findById(b.forums, record.id)) {
            name = f->title;
        }
        break;
    case RecordKind::Session:
        for (const Forum& f : b.forums) {
            if (const AgendaSession* s = findById(f.sessions, record.id)) {
                name = s->title;
                break;
            }
        }
        break;
    case RecordKind::Meeting:
        if (const Meeting* m = findById(b.meetings, record.id)) {
            name = m->title;
        }
        break;
    case RecordKind::Mou:
        if (const Mou* m = findById(b.mous, record.id)) {
            name = m->title;
        }
        break;
    }
    QString kind = label(record.kind);
    if (!kind.isEmpty()) {
        kind[0] = kind[0].toUpper();
    }
    if (name.isEmpty()) {
        return kind;
    }
    return tr("%1 '%2'").arg(kind, name);
}

int CheckResults::indexOf(const QString& fingerprint) const
{
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].finding.fingerprint == fingerprint) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

Status CheckResults::acknowledge(const QString& fingerprint, const QString& reason)
{
    const int index = indexOf(fingerprint);
    if (index < 0) {
        return makeError(tr("the finding is no longer there; it may have been resolved by an edit"));
    }
    const Status done = CheckService(m_document.database())
                            .acknowledge(m_tripId, m_findings[static_cast<std::size_t>(index)].finding, reason);
    refresh();
    return done;
}

Status CheckResults::withdraw(const QString& fingerprint)
{
    const Status done = CheckService(m_document.database()).withdraw(m_tripId, fingerprint);
    refresh();
    return done;
}

Status CheckResults::setSettings(const CheckSettings& settings)
{
    if (m_tripId.isEmpty()) {
        return makeError(tr("no trip is chosen"));
    }
    const Status done = CheckService(m_document.database()).setSettings(m_tripId, settings);
    refresh();
    return done;
}

}  // namespace planner
