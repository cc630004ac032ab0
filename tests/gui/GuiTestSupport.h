#pragma once

#include "MainWindow.h"
#include "base/ColorSchemeSource.h"
#include "session/InstanceDirectory.h"
#include "theme/AppearanceManager.h"

#include <QCoreApplication>
#include <QTest>

// A desktop that states no colour-scheme preference.
class NoColorPreference : public ColorSchemeSource
{
public:
    std::optional<ColorScheme> preferred() const override { return std::nullopt; }
};

// The main window as the application builds it, shown offscreen; its keychain entries under
// a service of the test's own.
struct ShownWindow
{
    explicit ShownWindow(
        const QString &keychainService = QStringLiteral("io.github.duoconsole.DuoConsole.guitest"))
        : instances(keychainService), window(&appearance, &instances)
    {
        window.show();
    }
    bool exposed() { return QTest::qWaitForWindowExposed(&window); }

    NoColorPreference desktop;
    AppearanceManager appearance{&desktop};
    InstanceDirectory instances;
    MainWindow window;
};

// Saves a picture of `widget` when DUO_SCREENSHOT_DIR names a folder.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QByteArray dir = qgetenv("DUO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}
