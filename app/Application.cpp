#include "Application.h"

#include "MainWindow.h"
#include "base/AppInfo.h"
#include "base/AppSettings.h"
#include "base/PortalColorSchemeSource.h"
#include "base/SafeText.h"
#include "base/Translations.h"
#include "session/InstanceDirectory.h"
#include "theme/AppearanceManager.h"

#include <QCommandLineParser>
#include <QIcon>
#include <iostream>
#include <string>

Application::Application(int &argc, char **argv) : QApplication(argc, argv)
{
    AppInfo::applyTo(*this);
    setApplicationDisplayName(QLatin1String(AppInfo::displayName));
    setDesktopFileName(QLatin1String(AppInfo::applicationId));
    setWindowIcon(QIcon(QStringLiteral(":/icons/duo-console.svg")));
    Translations::install(*this);

    m_instances = new InstanceDirectory(AppInfo::keychainService(), this);
    m_appearance = new AppearanceManager(new PortalColorSchemeSource(this), this);
    m_appearance->setMode(AppSettings::appearanceMode());
}

Application::~Application() = default;

bool Application::parseArguments(QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption instance({QStringLiteral("i"), QStringLiteral("instance")},
                                      tr("The instance to open."), tr("NAME"));
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"),
                                        tr("Read a token for this run only from standard input."));
    parser.addOptions({instance, tokenStdin});
    parser.addPositionalArgument(QStringLiteral("open"), tr("Open the window."));
    if (!parser.parse(arguments())) {
        *error = parser.errorText();
        return false;
    }
    m_instance = parser.value(instance);
    if (parser.isSet(tokenStdin)) {
        if (m_instance.isEmpty()) {
            *error = tr("--token-stdin needs -i NAME: the instance the token is for.");
            return false;
        }
        std::string line;
        std::getline(std::cin, line);
        const QByteArray bytes = QByteArray::fromStdString(line);
        if (!SafeText::isValidUtf8(bytes)) {
            *error = tr("Standard input is not valid UTF-8: a token must be text.");
            return false;
        }
        m_sessionToken = QString::fromUtf8(bytes).trimmed();
    }
    return true;
}

void Application::openMainWindow()
{
    m_window = std::make_unique<MainWindow>(m_appearance, m_instances);
    if (!m_instance.isEmpty())
        m_window->openInstance(m_instance, m_sessionToken);
    m_sessionToken.clear();
    m_window->show();
}
