#include "ui/CountryChooser.h"

#include "domain/Countries.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace planner {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

QStandardItemModel* countryModel(CountryCode code, QObject* parent)
{
    auto* model = new QStandardItemModel(parent);
    const Countries& countries = Countries::system();
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    for (const Country& c : countries.all()) {
        const QString value = code == CountryCode::Alpha2 ? c.alpha2 : c.alpha3;
        const QString name = countries.displayName(c, language);
        auto* item = new QStandardItem(QStringLiteral("%1 (%2)").arg(name, value));
        item->setData(value, kCodeRole);
        // Found by its name in English and in the interface language, and by both codes.
        item->setData(QStringList { name, countries.displayName(c, QStringLiteral("en")), c.name, c.alpha2, c.alpha3 }
                          .join(QLatin1Char('|')),
            Qt::UserRole + 2);
        item->setToolTip(Countries::protocolName(c));
        model->appendRow(item);
    }
    model->sort(0);
    return model;
}

}  // namespace

CountryChooser::CountryChooser(CountryCode code, const QString& current, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(code == CountryCode::Alpha2 ? tr("Choose a Country") : tr("Choose a Nationality"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Search by name or code"));
    m_filter->setClearButtonEnabled(true);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(countryModel(code, this));
    m_proxy->setFilterRole(Qt::UserRole + 2);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumSize(360, 320);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* label = new QLabel(code == CountryCode::Alpha2
            ? tr("The country is stored as its two-letter ISO 3166-1 code.")
            : tr("A passport's nationality is its three-letter code (ICAO Doc 9303)."),
        this);
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(label);
    layout->addWidget(buttons);

    const auto selectFirst = [this] {
        if (m_proxy->rowCount() > 0 && !m_list->currentIndex().isValid()) {
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        }
    };
    connect(m_filter, &QLineEdit::textChanged, this, [this, selectFirst](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_list->setCurrentIndex({});
        selectFirst();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &QDialog::accept);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Start on the field's country.
    const QModelIndexList found
        = m_proxy->match(m_proxy->index(0, 0), kCodeRole, current.trimmed().toUpper(), 1, Qt::MatchExactly);
    m_list->setCurrentIndex(found.isEmpty() ? QModelIndex() : found.front());
    m_filter->setFocus();
}

QString CountryChooser::chosenCode() const
{
    return m_list->currentIndex().data(kCodeRole).toString();
}

CountryChooser::Runner& CountryChooser::runner()
{
    static Runner run = [](QDialog& dialog) { return dialog.exec() == QDialog::Accepted; };
    return run;
}

void attachCountryChooser(QLineEdit* edit, CountryCode code)
{
    if (Countries::system().isEmpty()) {
        return;  // no list to offer: the field takes codes as typed
    }
    auto* action = edit->addAction(edit->style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    action->setObjectName(QStringLiteral("chooseCountry"));
    action->setToolTip(code == CountryCode::Alpha2 ? CountryChooser::tr("Choose the country from a list (Alt+Down)")
                                                   : CountryChooser::tr("Choose the nationality from a list (Alt+Down)"));
    action->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    action->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(action);
    QObject::connect(action, &QAction::triggered, edit, [edit, code] {
        CountryChooser chooser(code, edit->text(), edit->window());
        if (CountryChooser::runner()(chooser) && !chooser.chosenCode().isEmpty() && chooser.chosenCode() != edit->text()) {
            edit->setText(chooser.chosenCode());
            edit->setModified(true);
            emit edit->editingFinished();
        }
    });
}

}  // namespace planner
