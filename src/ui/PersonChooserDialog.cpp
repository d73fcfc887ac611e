#include "ui/PersonChooserDialog.h"

#include "ui/ViewSetup.h"
#include "ui_PersonChooserDialog.h"

#include <QPushButton>
#include <QSortFilterProxyModel>

namespace planner {

PersonChooserDialog::PersonChooserDialog(
    std::vector<Person> people, QHash<Uuid, QString> organisationNames, QWidget* parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::PersonChooserDialog>()),
      m_organisationNames(std::make_shared<QHash<Uuid, QString>>(std::move(organisationNames)))
{
    m_ui->setupUi(this);
    using Col = RecordTableModel<Person>::Column;
    m_model = new RecordTableModel<Person>(
        {
            Col { tr("Name"), [](const Person& p) { return p.displayName(); } },
            Col { tr("Local name"), [](const Person& p) { return p.localName; } },
            Col { tr("Position"), [](const Person& p) { return p.position; } },
            Col { tr("Organisation"),
                [names = m_organisationNames](const Person& p) { return names->value(p.organisationId); } },
        },
        this);
    m_model->setRecords(std::move(people));
    m_proxy = setUpSortedView(m_ui->peopleView, m_model, NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    fitColumns(m_ui->peopleView, 220);
    for (const QString& t : allTokens<MemberRole>()) {
        m_ui->roleCombo->addItem(label(*fromToken<MemberRole>(t)), t);
    }
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(token(MemberRole::Member)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add to Delegation"));

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (m_proxy->rowCount() > 0 && !m_ui->peopleView->selectionModel()->hasSelection()) {
            m_ui->peopleView->setCurrentIndex(m_proxy->index(0, 0));
        }
        updateOk();
    });
    connect(m_ui->peopleView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PersonChooserDialog::updateOk);
    connect(m_ui->peopleView, &QAbstractItemView::doubleClicked, this, &QDialog::accept);
    updateOk();
    m_ui->searchEdit->setFocus();
}

PersonChooserDialog::~PersonChooserDialog() = default;

std::vector<Uuid> PersonChooserDialog::chosen() const
{
    QModelIndexList rows = m_ui->peopleView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<Uuid> ids;
    for (const QModelIndex& index : rows) {
        ids.push_back(index.data(IdRole).toString());
    }
    return ids;
}

MemberRole PersonChooserDialog::role() const
{
    return fromToken<MemberRole>(m_ui->roleCombo->currentData().toString()).value_or(MemberRole::Member);
}

void PersonChooserDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!chosen().empty());
}

}  // namespace planner
