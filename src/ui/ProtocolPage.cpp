#include "ui/ProtocolPage.h"

#include "commands/Document.h"
#include "commands/SeatingEdits.h"
#include "services/ProtocolOutputs.h"
#include "storage/Repositories.h"
#include "ui/DialogProvider.h"
#include "ui/SeatingView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace planner {

namespace {

/// The combo's data: "meeting:UUID" or "forum:UUID".
QString targetData(RecordKind kind, const Uuid& id)
{
    return token(kind) + QLatin1Char(':') + id;
}

}  // namespace

ProtocolPage::ProtocolPage(Document& document, DialogProvider& dialogs, QWidget* parent)
    : SectionPage(document, dialogs, parent)
{
    m_target = new QComboBox(this);
    m_target->setAccessibleName(tr("Meeting or forum"));
    m_layout = new QComboBox(this);
    for (const SeatingLayout l : { SeatingLayout::Bilateral, SeatingLayout::UShape, SeatingLayout::Theatre }) {
        m_layout->addItem(label(l), static_cast<int>(l));
    }
    auto* arrange = new QPushButton(tr("&Arrange by Precedence"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Seating of:"), this));
    top->addWidget(m_target, 1);
    top->addWidget(m_layout);
    top->addWidget(arrange);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_view = new SeatingView(this);
    auto* badges = new QPushButton(tr("Export &Badges…"), this);
    auto* cards = new QPushButton(tr("Export &Place Cards…"), this);
    auto* seating = new QPushButton(tr("Export &Seating Plan…"), this);
    auto* print = new QPushButton(tr("P&rint Seating Plan…"), this);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(badges);
    bottom->addWidget(cards);
    bottom->addWidget(seating);
    bottom->addWidget(print);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ProtocolPage::showPlan);
    connect(arrange, &QPushButton::clicked, this, &ProtocolPage::arrange);
    connect(m_view, &SeatingView::swapRequested, this, &ProtocolPage::swap);
    const auto request = [this](ProtocolOutput output) {
        if (!tripId().isEmpty() && (output == ProtocolOutput::Badges || !targetId().isEmpty())) {
            ProtocolScope s = scope();
            s.headTable = output != ProtocolOutput::Badges;  // badges: everybody of the forum
            emit exportRequested(output, s);
        }
    };
    connect(badges, &QPushButton::clicked, this, [request] { request(ProtocolOutput::Badges); });
    connect(cards, &QPushButton::clicked, this, [request] { request(ProtocolOutput::PlaceCards); });
    connect(seating, &QPushButton::clicked, this, [request] { request(ProtocolOutput::Seating); });
    connect(print, &QPushButton::clicked, this, [request] { request(ProtocolOutput::PrintSeating); });
    connect(&m_document, &Document::changed, this, &ProtocolPage::showPlan);
}

void ProtocolPage::refresh()
{
    const QString current = m_target->currentData().toString();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    if (!tripId().isEmpty()) {
        const auto meetings = MeetingRepository(m_document.database()).list(tripId());
        for (const Meeting& m : meetings.ok() ? *meetings : std::vector<Meeting>()) {
            m_target->addItem(m.title, targetData(RecordKind::Meeting, m.id));
        }
        const auto forums = ForumRepository(m_document.database()).list(tripId());
        for (const Forum& f : forums.ok() ? *forums : std::vector<Forum>()) {
            m_target->addItem(tr("%1 (head table)").arg(f.title), targetData(RecordKind::Forum, f.id));
        }
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(current)));
    showPlan();
}

RecordKind ProtocolPage::targetKind() const
{
    return m_target->currentData().toString().startsWith(token(RecordKind::Forum)) ? RecordKind::Forum
                                                                                   : RecordKind::Meeting;
}

Uuid ProtocolPage::targetId() const
{
    return m_target->currentData().toString().section(QLatin1Char(':'), 1);
}

ProtocolScope ProtocolPage::scope() const
{
    ProtocolScope s;
    (targetKind() == RecordKind::Forum ? s.forumId : s.meetingId) = targetId();
    s.headTable = true;
    return s;
}

void ProtocolPage::showPlan()
{
    if (tripId().isEmpty() || targetId().isEmpty()) {
        m_view->clear();
        m_note->clear();
        return;
    }
    const auto bundle = TripBundleStore(m_document.database()).load(tripId());
    if (!bundle.ok()) {
        m_note->setText(bundle.error().text());
        return;
    }
    const auto plan = ProtocolOutputs::seating(*bundle, scope());
    const auto people = ProtocolPeople::select(*bundle, scope());
    if (!plan.ok() || !people.ok()) {
        m_note->setText(plan.ok() ? people.error().text() : plan.error().text());
        m_view->clear();
        return;
    }
    QHash<Uuid, ProtocolPerson> byId;
    for (const ProtocolPerson& p : *people) {
        byId.insert(p.person.id, p);
    }
    const bool stored = targetKind() == RecordKind::Meeting
        ? MeetingRepository(m_document.database()).get(targetId())->seating.has_value()
        : ForumRepository(m_document.database()).get(targetId())->seating.has_value();
    m_note->setText(stored ? tr("The plan is stored with the %1.").arg(label(targetKind()))
                           : tr("Seated by precedence; not stored until you swap seats or arrange them."));
    m_layout->setCurrentIndex(m_layout->findData(static_cast<int>(plan->layout)));
    m_view->setPlan(*plan, byId, ProtocolOutputs::title(*bundle, scope()));
}

void ProtocolPage::swap(const Uuid& first, const Uuid& second)
{
    auto changes = edits::swapSeats(m_document.database(), targetKind(), targetId(), first, second);
    if (!changes.ok()) {
        m_dialogs.warning(this, tr("Swap Seats"), changes.error().text());
        return;
    }
    const Status applied = m_document.perform(tr("Swap seats"), std::move(changes).value());
    if (!applied.ok()) {
        m_dialogs.warning(this, tr("Swap Seats"), applied.error().text());
    }
}

void ProtocolPage::arrange()
{
    if (targetId().isEmpty()) {
        return;
    }
    const auto layout = static_cast<SeatingLayout>(m_layout->currentData().toInt());
    auto changes = edits::arrangeSeats(m_document.database(), targetKind(), targetId(), layout);
    const Status applied
        = changes.ok() ? m_document.perform(tr("Arrange seats"), std::move(changes).value()) : Status(changes.error());
    if (!applied.ok()) {
        m_dialogs.warning(this, tr("Arrange Seats"), applied.error().text());
    }
}

}  // namespace planner
