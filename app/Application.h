#pragma once

#include <QApplication>
#include <memory>

class AppearanceManager;
class MainWindow;
class InstanceDirectory;

// The GUI process: identity, translators, theme, the one SecretStore, and the main window.
class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int &argc, char **argv);
    ~Application() override;

    // Reads the window's own arguments: [open] [-i NAME] [--token-stdin]. False, with a
    // message, when they are wrong.
    bool parseArguments(QString *error);
    void openMainWindow();

private:
    InstanceDirectory *m_instances = nullptr;
    AppearanceManager *m_appearance = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QString m_instance;
    QString m_sessionToken;
};
