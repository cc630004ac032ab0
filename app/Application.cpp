#include "Application.h"

#include "AppInfo.h"
#include "MainWindow.h"
#include "Translations.h"
#include "settings/AppSettings.h"
#include "settings/PortalColorSchemeSource.h"
#include "store/SecretStore.h"
#include "theme/AppearanceManager.h"

#include <QIcon>

Application::Application(int &argc, char **argv) : QApplication(argc, argv)
{
    AppInfo::applyTo(*this);
    setApplicationDisplayName(QLatin1String(AppInfo::displayName));
    setDesktopFileName(QLatin1String(AppInfo::applicationId));
    setWindowIcon(QIcon(QStringLiteral(":/icons/duo-console.svg")));
    Translations::install(*this);

    m_secrets = new SecretStore(AppInfo::keychainService(), std::chrono::seconds(10), this);
    m_appearance = new AppearanceManager(new PortalColorSchemeSource(this), this);
    m_appearance->setMode(AppSettings::appearanceMode());
}

Application::~Application() = default;

void Application::openMainWindow()
{
    m_window = std::make_unique<MainWindow>(m_appearance, m_secrets);
    m_window->show();
}
