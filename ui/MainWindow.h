#pragma once

#include <QMainWindow>

class AppearanceManager;
class ConnectionPanel;
class InstanceController;
class InstanceSession;
class NoticeBanner;
class Pane;
struct PaneInfo;
class QComboBox;
class QActionGroup;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class InstanceDirectory;
struct SecretResult;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppearanceManager *appearance, InstanceDirectory *instances,
               QWidget *parent = nullptr);

    int currentPane() const;
    void showPane(int index);
    // Panes are built when first shown; this builds the others too (tests walk every widget).
    void buildAllPanes();
    InstanceController *instances() const { return m_instances; }
    // Opens the instance named `name`; a non-empty `sessionToken` is used for this run only.
    void openInstance(const QString &name, const QString &sessionToken);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu *view);
    QWidget *buildSidebar();
    Pane *createPane(const PaneInfo &info);
    void buildPane(int index);
    void onKeychainProbed(const SecretResult &result);
    void showAbout();
    void openLastInstance();
    void refreshInstanceSwitcher();
    void onSessionChanged(InstanceSession *session);
    void refreshConnectionStatus();

    AppearanceManager *m_appearance;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_panes = nullptr;
    NoticeBanner *m_notice = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QActionGroup *m_appearanceGroup = nullptr;
    InstanceController *m_instances = nullptr;
    QComboBox *m_instanceSwitcher = nullptr;
    ConnectionPanel *m_connectionPanel = nullptr;
    QList<QAction *> m_instanceActions; // enabled only while an instance is chosen
};
