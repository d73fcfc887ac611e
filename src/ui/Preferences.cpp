#include "ui/Preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace planner {

namespace {

Q_LOGGING_CATEGORY(lcTranslations, "planner.translations", QtWarningMsg)

const QString kInterfaceLanguage = QStringLiteral("preferences/interfaceLanguage");
const QString kOutputLanguage = QStringLiteral("preferences/outputLanguage");
const QString kPageSize = QStringLiteral("preferences/pageSize");
const QString kHomeZone = QStringLiteral("preferences/homeZone");
const QString kLeadOrganisation = QStringLiteral("preferences/leadOrganisation");
const QString kShowHomeTime = QStringLiteral("view/timesInHomeZone");
const QString kExportFolder = QStringLiteral("preferences/exportFolder");

QString text(const QString& key)
{
    return QSettings().value(key).toString();
}

void load(QCoreApplication& app, const QString& name, const QLocale& locale, const QStringList& folders)
{
    for (const QString& folder : folders) {
        auto* translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            qCInfo(lcTranslations) << "loaded" << QDir::cleanPath(translator->filePath());
            return;
        }
        delete translator;
    }
    qCInfo(lcTranslations) << "no" << name << "translation for" << locale.uiLanguages() << "in" << folders;
}

}  // namespace

QString Preferences::interfaceLanguage()
{
    return text(kInterfaceLanguage);
}

void Preferences::setInterfaceLanguage(const QString& language)
{
    QSettings().setValue(kInterfaceLanguage, language);
}

QString Preferences::outputLanguage()
{
    const QString language = text(kOutputLanguage);
    return language.isEmpty() ? QStringLiteral("en") : language;
}

void Preferences::setOutputLanguage(const QString& language)
{
    QSettings().setValue(kOutputLanguage, language);
}

QLocale Preferences::outputLocale()
{
    return outputLanguage() == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QPageSize::PageSizeId Preferences::pageSize()
{
    const QString size = text(kPageSize);
    if (size.isEmpty()) {
        return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    }
    return size == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
}

void Preferences::setPageSize(QPageSize::PageSizeId size)
{
    QSettings().setValue(kPageSize, size == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"));
}

QString Preferences::homeZone()
{
    return text(kHomeZone);
}

void Preferences::setHomeZone(const QString& zone)
{
    QSettings().setValue(kHomeZone, zone);
}

Uuid Preferences::leadOrganisation()
{
    return text(kLeadOrganisation);
}

void Preferences::setLeadOrganisation(const Uuid& id)
{
    QSettings().setValue(kLeadOrganisation, id);
}

bool Preferences::showHomeTime()
{
    return QSettings().value(kShowHomeTime, false).toBool();
}

void Preferences::setShowHomeTime(bool home)
{
    QSettings().setValue(kShowHomeTime, home);
}

QString Preferences::exportFolder()
{
    return text(kExportFolder);
}

void Preferences::setExportFolder(const QString& folder)
{
    QSettings().setValue(kExportFolder, folder);
}

QList<std::pair<QString, QString>> Preferences::languages()
{
    return { { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("ko"), QStringLiteral("한국어") } };
}

void Preferences::installTranslators(QCoreApplication& app)
{
    const QString language = interfaceLanguage();
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
    }
    installTranslators(app, language.isEmpty() ? QLocale::system() : QLocale(language));
}

void Preferences::installTranslators(QCoreApplication& app, const QLocale& interfaceLocale)
{
    // The C locale of a bare shell or CI ("LANG=C") reads English.
    const QLocale locale
        = interfaceLocale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedKingdom) : interfaceLocale;
    load(app, QStringLiteral("qtbase"), locale, { QLibraryInfo::path(QLibraryInfo::TranslationsPath) });
    // Embedded by the build (translations/*.ts, lrelease): Korean in full,
    // English for the numerus forms of "%n" texts.
    load(app, QStringLiteral("delegation-planner"), locale, { QStringLiteral(":/i18n") });
}

}  // namespace planner
