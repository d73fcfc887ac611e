#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace planner {

class Database;
class ZoneComboBox;

/// Edit ▸ Preferences…: a form over Preferences, each row saying where it
/// takes effect. Written when accepted. The lead organisation is chosen
/// among the organisations of db (none without a database).
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Database* db, QWidget* parent = nullptr);

    /// Writes the form to Preferences (done by accept()).
    void save() const;

    void accept() override;

private:
    void addLanguageRows();
    void addOutputRows();
    void addTripRows(Database* db);
    void chooseFolder();

    QComboBox* m_interfaceLanguage = nullptr;
    QComboBox* m_outputLanguage = nullptr;
    QComboBox* m_pageSize = nullptr;
    ZoneComboBox* m_homeZone = nullptr;
    QComboBox* m_leadOrganisation = nullptr;
    QCheckBox* m_homeTime = nullptr;
    QLineEdit* m_exportFolder = nullptr;
};

}  // namespace planner
