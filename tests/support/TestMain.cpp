// The main() of every test binary: a QApplication on the offscreen platform
// when there is no display, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "ui/Preferences.h"

#include <QApplication>
#include <QLocale>

#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char** argv)
{
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((display == nullptr || *display == '\0') && (wayland == nullptr || *wayland == '\0')) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DelegationPlannerTests"));
    QApplication::setApplicationName(QStringLiteral("delegation-planner-tests"));
    // English with its numerus forms ("1 error", "2 errors"), whatever the
    // machine's language.
    planner::Preferences::installTranslators(app, QLocale(QLocale::English, QLocale::UnitedKingdom));
    return Catch::Session().run(argc, argv);
}
