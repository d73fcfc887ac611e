// The main() of every test binary: a QApplication on the offscreen platform
// when there is no display, then Catch2.
#define CATCH_CONFIG_RUNNER
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
    return Catch::Session().run(argc, argv);
}
