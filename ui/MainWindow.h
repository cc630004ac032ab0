#pragma once

#include <QMainWindow>

class AppearanceManager;
class NoticeBanner;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class SecretStore;
struct SecretResult;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppearanceManager *appearance, SecretStore *secrets, QWidget *parent = nullptr);

    int currentPane() const;
    void showPane(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    QWidget *buildSidebar();
    void onKeychainProbed(const SecretResult &result);
    void showAbout();

    AppearanceManager *m_appearance;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_panes = nullptr;
    NoticeBanner *m_notice = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QActionGroup *m_appearanceGroup = nullptr;
};
