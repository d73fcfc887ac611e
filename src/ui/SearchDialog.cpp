#include "ui/SearchDialog.h"

#include "commands/Document.h"
#include "models/ModelRoles.h"
#include "models/SearchResultModel.h"
#include "storage/SearchRepository.h"
#include "ui_SearchDialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace planner {

namespace {

}  // namespace

SearchDialog::SearchDialog(Document& document, QWidget* parent)
    : QDialog(parent), m_form(std::make_unique<Ui::SearchDialog>()), m_document(&document)
{
    m_form->setupUi(this);
    m_model = new SearchResultModel(this);
    m_form->resultView->setModel(m_model);
    m_form->resultView->header()->setStretchLastSection(true);
    m_form->resultView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_form->resultView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_goButton = m_form->buttonBox->addButton(tr("&Go to Record"), QDialogButtonBox::AcceptRole);
    m_goButton->setToolTip(tr("Show the chosen record on its page (Enter)"));
    m_goButton->setEnabled(false);
    m_goButton->setAutoDefault(false);
    m_goButton->setDefault(false);
    // Enter goes to the record, never closes the dialog by accident.
    m_form->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_form->searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_form->resultView, &QAbstractItemView::activated, this, [this] { chooseCurrent(); });
    connect(m_form->resultView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { m_goButton->setEnabled(m_model->hit(current) != nullptr); });
    connect(m_form->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(m_form->buttonBox, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_goButton, &QPushButton::clicked, this, [this] { chooseCurrent(); });
    // The database goes away when another one is opened: this dialog with it.
    connect(&document, &QObject::destroyed, this, [this] {
        m_debounce->stop();
        m_model->setHits({});
        close();
        deleteLater();
    });
    m_form->searchEdit->installEventFilter(this);
    m_form->searchStatusLabel->setText(
        tr("Type part of a name: people, organisations, agenda sessions and MOUs are searched."));
    resize(760, 480);
}

SearchDialog::~SearchDialog() = default;

QLineEdit* SearchDialog::searchField() const
{
    return m_form->searchEdit;
}

QTreeView* SearchDialog::resultView() const
{
    return m_form->resultView;
}

QLabel* SearchDialog::statusLabel() const
{
    return m_form->searchStatusLabel;
}

void SearchDialog::focusField()
{
    m_form->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_form->searchEdit->selectAll();
}

void SearchDialog::searchNow()
{
    m_debounce->stop();
    if (!m_document) {
        return;
    }
    const QString text = m_form->searchEdit->text().trimmed();
    if (text.isEmpty()) {
        m_model->setHits({});
        m_form->searchStatusLabel->setText(
            tr("Type part of a name: people, organisations, agenda sessions and MOUs are searched."));
        m_goButton->setEnabled(false);
        return;
    }
    auto hits = SearchRepository(m_document->database()).search(text, kLimitPerKind);
    if (!hits.ok()) {
        m_model->setHits({});
        m_form->searchStatusLabel->setText(tr("The search failed: %1").arg(hits.error().text()));
        return;
    }
    m_model->setHits(std::move(hits).value());
    m_form->resultView->expandAll();
    for (int c = 0; c < SearchResultModel::ColumnCount - 1; ++c) {
        m_form->resultView->resizeColumnToContents(c);
        m_form->resultView->setColumnWidth(c, qMin(m_form->resultView->columnWidth(c), 320));
    }
    const int count = m_model->hitCount();
    m_form->searchStatusLabel->setText(count == 0
            ? tr("Nothing found for “%1”.").arg(text)
            : tr("%n found; Enter or double-click goes to the record.", nullptr, count));
    const QModelIndex first = m_model->firstHit();
    if (first.isValid()) {
        m_form->resultView->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_goButton->setEnabled(first.isValid());
}

bool SearchDialog::chooseCurrent()
{
    if (m_debounce->isActive()) {
        searchNow();
    }
    QModelIndex current = m_form->resultView->currentIndex().siblingAtColumn(0);
    if (current.isValid() && !current.parent().isValid()) {
        current = m_model->index(0, 0, current);  // a group: its first hit
    }
    if (!m_model->hit(current)) {
        current = m_model->firstHit();
    }
    const SearchHit* h = m_model->hit(current);
    if (!h) {
        return false;
    }
    const SearchHit chosen = *h;
    emit recordChosen(chosen.kind, chosen.id, chosen.tripId);
    accept();
    return true;
}

void SearchDialog::moveHit(int step)
{
    // The hits in view order, groups skipped.
    std::vector<QModelIndex> hits;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int row = 0; row < m_model->rowCount(group); ++row) {
            hits.push_back(m_model->index(row, 0, group));
        }
    }
    if (hits.empty()) {
        return;
    }
    const QModelIndex current = m_form->resultView->currentIndex().siblingAtColumn(0);
    const auto at = std::find(hits.begin(), hits.end(), current);
    const int position = at == hits.end() ? (step > 0 ? -1 : 0) : static_cast<int>(at - hits.begin());
    const int next = std::clamp(position + step, 0, static_cast<int>(hits.size()) - 1);
    m_form->resultView->selectionModel()->setCurrentIndex(
        hits[static_cast<std::size_t>(next)], QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_form->resultView->scrollTo(hits[static_cast<std::size_t>(next)]);
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_form->searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: chooseCurrent(); return true;
        case Qt::Key_Down:
            moveHit(1);  // move in the results without leaving the field
            return true;
        case Qt::Key_Up: moveHit(-1); return true;
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace planner
