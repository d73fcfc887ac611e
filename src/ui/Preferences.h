#pragma once

#include "domain/Entities.h"

#include <QLocale>
#include <QPageSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace planner {

/// The user's preferences (Edit ▸ Preferences…), kept with QSettings. Each
/// accessor gives the default when nothing was chosen; where a preference
/// takes effect is said beside it.
class Preferences {
public:
    /// The interface language ("en", "ko"; empty: the system's), from the
    /// next start on (installTranslators()).
    static QString interfaceLanguage();
    static void setInterfaceLanguage(const QString& language);

    /// The language of printed outputs ("en", "ko"): the dates of agendas
    /// exported or printed from the window.
    static QString outputLanguage();
    static void setOutputLanguage(const QString& language);
    /// The locale the outputs are written in, after outputLanguage().
    static QLocale outputLocale();

    /// The page size the export and print dialogs start with: A4, or Letter
    /// where the system measures in US units, until one is chosen.
    static QPageSize::PageSizeId pageSize();
    static void setPageSize(QPageSize::PageSizeId size);

    /// The home time zone of a new trip (Trip ▸ New Trip); empty: the zone
    /// of the latest trip, or Asia/Seoul.
    static QString homeZone();
    static void setHomeZone(const QString& zone);
    /// The lead organisation of a new trip, when the database holds it.
    static Uuid leadOrganisation();
    static void setLeadOrganisation(const Uuid& id);

    /// Whether times show in the trip's home zone (View ▸ Times in Home Zone).
    static bool showHomeTime();
    static void setShowHomeTime(bool home);

    /// The folder every export starts in; empty: the folder used last.
    static QString exportFolder();
    static void setExportFolder(const QString& folder);

    /// The languages the interface can be shown in: code and name.
    static QList<std::pair<QString, QString>> languages();

    /// Loads Qt's and Delegation Planner's translations for the interface
    /// language into app, and makes it the default locale when one was
    /// chosen. Says what it loaded under the logging category
    /// planner.translations.
    static void installTranslators(QCoreApplication& app);
    /// The same for a given locale (the command line, tests); the default
    /// locale is left as it is.
    static void installTranslators(QCoreApplication& app, const QLocale& interfaceLocale);
};

}  // namespace planner
