#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace planner {

/// What a country field holds: an organisation's country (ISO alpha-2, "KR")
/// or a passport nationality (ICAO alpha-3, "KOR").
enum class CountryCode { Alpha2, Nationality };

/// A searchable list of the countries by name (in the interface language)
/// and code: type "korea", "대한" or "KOR" and choose.
class CountryChooser : public QDialog {
    Q_OBJECT
public:
    /// Runs a dialog modally; tests replace it to answer without an event loop.
    using Runner = std::function<bool(QDialog&)>;
    /// How the fields' buttons run the chooser (exec() unless replaced).
    static Runner& runner();

    CountryChooser(CountryCode code, const QString& current, QWidget* parent = nullptr);

    /// The code of the country chosen; empty when none is.
    [[nodiscard]] QString chosenCode() const;

    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QListView* list() const { return m_list; }

private:
    QLineEdit* m_filter = nullptr;
    QListView* m_list = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};


/// Gives a code field a "Choose…" button at its end (and Alt+Down) that
/// opens a CountryChooser; the chosen code goes into the field as if typed
/// (editingFinished follows). Typing a code still works.
void attachCountryChooser(QLineEdit* edit, CountryCode code);

}  // namespace planner
