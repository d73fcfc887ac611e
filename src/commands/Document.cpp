#include "commands/Document.h"

#include "commands/EditCommand.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

namespace planner {

Document::Document(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent), m_database(std::move(database))
{
    m_dataVersion = m_database->dataVersion();
}

Document::~Document()
{
    m_undoStack.clear();
}

Status Document::perform(const QString& text, std::vector<RecordChange> changes)
{
    std::erase_if(changes, [](const RecordChange& c) { return isNoOp(c); });
    if (changes.empty()) {
        return {};
    }
    auto command = std::make_unique<EditCommand>(*this, text, std::move(changes));
    if (Status s = command->apply(true); !s) {
        checkForExternalChanges();  // a refusal may come from another writer: show what is there now
        return s;
    }
    const ChangeSet set = command->changeSet();
    m_undoStack.push(command.release());
    m_dataVersion = m_database->dataVersion();
    m_snapshot.reset();
    emit changed(set);
    return {};
}

void Document::notifyChanged(const ChangeSet& changes)
{
    m_dataVersion = m_database->dataVersion();
    m_snapshot.reset();
    emit changed(changes);
}

void Document::reportError(const QString& message)
{
    emit errorOccurred(message);
    checkForExternalChanges();
}

Result<std::shared_ptr<const TripBundle>> Document::trip(const Uuid& tripId)
{
    if (m_snapshot && m_snapshot->trip.id == tripId) {
        return m_snapshot;
    }
    auto loaded = TripBundleStore(*m_database).load(tripId);
    if (!loaded.ok()) {
        return loaded.error();
    }
    m_snapshot = std::make_shared<const TripBundle>(std::move(loaded).value());
    return m_snapshot;
}

void Document::checkForExternalChanges()
{
    const qint64 version = m_database->dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        m_snapshot.reset();
        emit changedExternally();
    }
}

}  // namespace planner
