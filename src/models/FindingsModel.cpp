#include "models/FindingsModel.h"

#include "domain/DateText.h"
#include "models/CheckResults.h"
#include "services/PlanningChecks.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <limits>

namespace planner {

namespace {

/// internalId of top-level rows; a finding inside a group carries group + 1.
constexpr quintptr kTopLevel = 0;

QPixmap severityPixmap(Severity severity, bool acknowledged, int size)
{
    const qreal ratio = 2.0;
    QPixmap pixmap(static_cast<int>(size * ratio), static_cast<int>(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1.0, 1.0, size - 2.0, size - 2.0);
    const QPointF c = r.center();
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans") });
    font.setBold(true);
    font.setPixelSize(static_cast<int>(size * 0.7));
    p.setFont(font);
    if (acknowledged) {
        p.setPen(QPen(QColor(0x5C, 0x5C, 0x5C), 1.0));
        p.setBrush(QColor(0xE0, 0xE0, 0xE0));
        p.drawEllipse(r);
        QPen tick(QColor(0x1A, 0x1A, 0x1A), size / 8.0);
        tick.setCapStyle(Qt::RoundCap);
        tick.setJoinStyle(Qt::RoundJoin);
        p.setPen(tick);
        p.drawPolyline(QPolygonF({ QPointF(r.left() + r.width() * 0.25, c.y()),
            QPointF(r.left() + r.width() * 0.43, r.top() + r.height() * 0.7),
            QPointF(r.left() + r.width() * 0.76, r.top() + r.height() * 0.3) }));
        return pixmap;
    }
    switch (severity) {
    case Severity::Error: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double a = (22.5 + 45.0 * i) * 3.14159265358979 / 180.0;
            octagon << QPointF(c.x() + r.width() / 2.0 * std::cos(a), c.y() + r.height() / 2.0 * std::sin(a));
        }
        p.setPen(QPen(QColor(0x80, 0x00, 0x00), 1.0));
        p.setBrush(QColor(0xC0, 0x00, 0x00));
        p.drawPolygon(octagon);
        QPen cross(Qt::white, size / 8.0);
        cross.setCapStyle(Qt::RoundCap);
        p.setPen(cross);
        const double d = r.width() * 0.2;
        p.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d));
        p.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d));
        break;
    }
    case Severity::Warning: {
        p.setPen(QPen(QColor(0x1A, 0x1A, 0x1A), 1.0));
        p.setBrush(QColor(0xE6, 0x9F, 0x00));
        p.drawPolygon(QPolygonF({ QPointF(c.x(), r.top()), r.bottomRight(), r.bottomLeft() }));
        p.drawText(r.adjusted(0, r.height() * 0.22, 0, 0), Qt::AlignCenter, QStringLiteral("!"));
        break;
    }
    case Severity::Note: {
        p.setPen(QPen(QColor(0x00, 0x4A, 0x80), 1.0));
        p.setBrush(QColor(0x00, 0x72, 0xB2));
        p.drawEllipse(r);
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, QStringLiteral("i"));
        break;
    }
    }
    return pixmap;
}

QString severityGroupTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error: return FindingsModel::tr("Errors");
    case Severity::Warning: return FindingsModel::tr("Warnings");
    case Severity::Note: return FindingsModel::tr("Notes");
    }
    return {};
}

}  // namespace

FindingsModel::FindingsModel(CheckResults* results, QObject* parent) : QAbstractItemModel(parent), m_results(results)
{
    if (m_results) {
        connect(m_results, &CheckResults::updated, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
        connect(m_results, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_groups.clear();
            m_flat.clear();
            endResetModel();
        });
    }
    rebuild();
}

QIcon FindingsModel::icon(Severity severity, bool acknowledged)
{
    QIcon icon;
    for (const int size : { 16, 24, 32 }) {
        icon.addPixmap(severityPixmap(severity, acknowledged, size));
    }
    return icon;
}

void FindingsModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping) {
        return;
    }
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void FindingsModel::setDisplayZone(const QString& zone)
{
    if (zone == m_displayZone) {
        return;
    }
    m_displayZone = zone;
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int row = 0; row < rowCount(); ++row) {
            const QModelIndex group = index(row, 0);
            if (rowCount(group) > 0) {
                emit dataChanged(index(0, 0, group), index(rowCount(group) - 1, ColumnCount - 1, group));
            }
        }
    }
}

void FindingsModel::rebuild()
{
    m_groups.clear();
    m_flat.clear();
    if (!m_results) {
        return;
    }
    const auto& findings = m_results->findings();
    if (m_grouping == Grouping::None) {
        for (std::size_t i = 0; i < findings.size(); ++i) {
            m_flat.push_back(static_cast<int>(i));
        }
        return;
    }
    const auto& rules = PlanningChecks::rules();
    auto groupOf = [&](const Finding& f) -> Group& {
        QString title;
        int order = 0;
        std::optional<Severity> severity;
        if (m_grouping == Grouping::BySeverity) {
            title = severityGroupTitle(f.severity);
            order = static_cast<int>(f.severity);
            severity = f.severity;
        } else {
            const auto rule = std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r.id == f.ruleId; });
            title = rule != rules.end() ? rule->title : f.ruleId;
            order = rule != rules.end() ? static_cast<int>(rule - rules.begin()) : static_cast<int>(rules.size());
        }
        for (Group& g : m_groups) {
            if (g.title == title) {
                return g;
            }
        }
        m_groups.push_back(Group { title, order, severity, {}, 0 });
        return m_groups.back();
    };
    for (std::size_t i = 0; i < findings.size(); ++i) {
        Group& g = groupOf(findings[i].finding);
        g.findings.push_back(static_cast<int>(i));
        g.open += findings[i].isOpen() ? 1 : 0;
        if (m_grouping == Grouping::ByRule
            && (!g.severity || static_cast<int>(findings[i].finding.severity) < static_cast<int>(*g.severity))) {
            g.severity = findings[i].finding.severity;  // the worst in the group, for its icon
        }
    }
    std::stable_sort(
        m_groups.begin(), m_groups.end(), [](const Group& a, const Group& b) { return a.order < b.order; });
}

int FindingsModel::findingAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return -1;
    }
    if (index.internalId() == kTopLevel) {
        return m_grouping == Grouping::None ? m_flat.at(static_cast<std::size_t>(index.row())) : -1;
    }
    const Group& g = m_groups.at(static_cast<std::size_t>(index.internalId() - 1));
    return g.findings.at(static_cast<std::size_t>(index.row()));
}

QModelIndex FindingsModel::indexOfFingerprint(const QString& fingerprint) const
{
    if (!m_results || fingerprint.isEmpty()) {
        return {};
    }
    const int wanted = m_results->indexOf(fingerprint);
    if (wanted < 0) {
        return {};
    }
    if (m_grouping == Grouping::None) {
        const auto it = std::find(m_flat.begin(), m_flat.end(), wanted);
        return it == m_flat.end() ? QModelIndex() : index(static_cast<int>(it - m_flat.begin()), 0);
    }
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto& list = m_groups[g].findings;
        const auto it = std::find(list.begin(), list.end(), wanted);
        if (it != list.end()) {
            return createIndex(static_cast<int>(it - list.begin()), 0, static_cast<quintptr>(g + 1));
        }
    }
    return {};
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kTopLevel);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_grouping == Grouping::None ? m_flat.size() : m_groups.size());
    }
    if (parent.column() != 0 || parent.internalId() != kTopLevel || m_grouping == Grouping::None) {
        return 0;
    }
    return static_cast<int>(m_groups.at(static_cast<std::size_t>(parent.row())).findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Finding");
    case WhenColumn: return tr("When");
    case RecordsColumn: return tr("Records");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_results) {
        return {};
    }
    if (index.internalId() == kTopLevel && m_grouping != Grouping::None) {
        return groupData(m_groups.at(static_cast<std::size_t>(index.row())), index.row(), index.column(), role);
    }
    return findingData(findingAt(index), index.column(), role);
}

QVariant FindingsModel::groupData(const Group& group, int row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == SeverityColumn) {
            const int total = static_cast<int>(group.findings.size());
            const int acknowledged = total - group.open;
            return acknowledged == 0
                ? tr("%1 (%2 open)").arg(group.title).arg(group.open)
                : tr("%1 (%2 open, %3 acknowledged)").arg(group.title).arg(group.open).arg(acknowledged);
        }
        return {};
    case Qt::DecorationRole:
        if (column == SeverityColumn && group.severity) {
            return icon(*group.severity, group.open == 0);
        }
        return {};
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case SortRole: return row;  // groups keep their order (severity, or the rules' order)
    case GroupRole: return true;
    default: return {};
    }
}

QVariant FindingsModel::findingData(int index, int column, int role) const
{
    if (index < 0 || index >= static_cast<int>(m_results->findings().size())) {
        return {};
    }
    const ReviewedFinding& reviewed = m_results->findings()[static_cast<std::size_t>(index)];
    const Finding& f = reviewed.finding;
    const bool acknowledged = !reviewed.isOpen();
    auto whenText = [&]() -> QString {
        if (f.when.isNull()) {
            return tr("—");
        }
        const PlannedTime shown = m_displayZone.isEmpty() ? f.when : f.when.inZone(m_displayZone);
        return QStringLiteral("%1 (%2, UTC%3)")
            .arg(datetext::dateTime(shown.localDate(), shown.localTime(), datetext::Part::None), shown.zone(),
                shown.utcOffsetText());
    };
    auto recordsText = [&]() {
        QStringList names;
        for (const RecordRef& r : f.records) {
            names << m_results->recordName(r);
        }
        return names.join(QStringLiteral("; "));
    };
    auto statusText
        = [&]() { return acknowledged ? tr("Acknowledged: %1").arg(reviewed.acknowledgement->reason) : tr("Open"); };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn: return acknowledged ? tr("%1 (ack.)").arg(label(f.severity)) : label(f.severity);
        case MessageColumn: return f.message;
        case WhenColumn: return whenText();
        case RecordsColumn: return recordsText();
        case StatusColumn: return statusText();
        default: return {};
        }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>: %2").arg(label(f.severity), f.message.toHtmlEscaped());
        tip += QStringLiteral("<br>") + tr("Records: %1").arg(recordsText().toHtmlEscaped());
        tip += QStringLiteral("<br>") + statusText().toHtmlEscaped();
        if (column == MessageColumn || column == SeverityColumn) {
            tip += QStringLiteral("<br><i>%1</i>").arg(tr("Double-click to open the record in its editor"));
        }
        return tip;
    }
    case Qt::DecorationRole: return column == SeverityColumn ? QVariant(icon(f.severity, acknowledged)) : QVariant();
    case Qt::ForegroundRole: return acknowledged ? QVariant(QColor(0x5C, 0x5C, 0x5C)) : QVariant();
    case Qt::AccessibleTextRole:
        return column == SeverityColumn ? QVariant(
                   acknowledged ? tr("%1, acknowledged").arg(label(f.severity)) : tr("%1, open").arg(label(f.severity)))
                                        : QVariant();
    case SortRole:
        switch (column) {
        case SeverityColumn: return static_cast<int>(f.severity) * 2 + (acknowledged ? 1 : 0);
        case MessageColumn: return f.message;
        case WhenColumn:
            return f.when.isNull() ? std::numeric_limits<qint64>::max() : f.when.toUtc().toMSecsSinceEpoch();
        case RecordsColumn: return recordsText();
        case StatusColumn: return acknowledged ? 1 : 0;
        default: return {};
        }
    case IdRole: return f.records.empty() ? QVariant() : QVariant(f.records.front().id);
    case RecordKindRole: return f.records.empty() ? QVariant() : QVariant(static_cast<int>(f.records.front().kind));
    case FingerprintRole: return f.fingerprint;
    case GroupRole: return false;
    case AcknowledgedRole: return acknowledged;
    default: return {};
    }
}

}  // namespace planner
