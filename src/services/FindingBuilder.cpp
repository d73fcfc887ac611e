#include "services/FindingBuilder.h"

#include <QCryptographicHash>

#include <algorithm>

namespace planner {

FindingBuilder::FindingBuilder(Severity severity, QString ruleId) : m_severity(severity), m_ruleId(std::move(ruleId))
{
}

FindingBuilder& FindingBuilder::involve(RecordKind kind, const Uuid& id, const QString& relevantContent)
{
    const RecordRef ref { kind, id };
    const QString key = QString::number(static_cast<int>(kind)) + QLatin1Char(':') + id;
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        m_index.insert(key, m_records.size());
        m_records.push_back({ ref, relevantContent });
    } else if (!relevantContent.isEmpty()) {
        m_records[*found].content += QLatin1Char('|') + relevantContent;
    }
    return *this;
}

FindingBuilder& FindingBuilder::setting(const QString& name, const QString& value)
{
    m_settings.append(name + QLatin1Char('=') + value);
    return *this;
}

FindingBuilder& FindingBuilder::at(const PlannedTime& when)
{
    m_when = when;
    return *this;
}

Finding FindingBuilder::build(const QString& message) const
{
    Finding f;
    f.severity = m_severity;
    f.ruleId = m_ruleId;
    f.message = message;
    if (!f.message.isEmpty()) {
        f.message[0] = f.message[0].toUpper();  // "flight XA202 ..." opens a sentence too
    }
    f.when = m_when;
    f.records.reserve(m_records.size());
    for (const Involved& i : m_records) {
        f.records.push_back(i.ref);
    }

    // The order records were named in does not matter to the fingerprint.
    std::vector<QString> lines;
    lines.reserve(m_records.size());
    for (const Involved& i : m_records) {
        lines.push_back(token(i.ref.kind) + QLatin1Char('\t') + i.ref.id + QLatin1Char('\t') + i.content);
    }
    std::sort(lines.begin(), lines.end());
    QStringList settings = m_settings;
    settings.sort();

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_ruleId.toUtf8());
    hash.addData(QByteArrayView("\n"));
    for (const QString& line : lines) {
        hash.addData(line.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    for (const QString& s : settings) {
        hash.addData(s.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    f.fingerprint = QString::fromLatin1(hash.result().toHex());
    return f;
}

}  // namespace planner
