#include "MainWindow.h"

#include "NoticeBanner.h"
#include "base/AppInfo.h"
#include "base/AppSettings.h"
#include "base/Translations.h"
#include "instances/ConnectionPanel.h"
#include "instances/InstanceController.h"
#include "panes/EmptyStatePane.h"
#include "panes/PaneCatalog.h"
#include "panes/PendingChangesPane.h"
#include "panes/SubscriptionPane.h"
#include "panes/features/FeaturesPane.h"
#include "panes/gateway/GatewayPane.h"
#include "panes/models/ModelsPane.h"
#include "session/InstanceDirectory.h"
#include "session/InstanceSession.h"
#include "theme/AppearanceManager.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(AppearanceManager *appearance, InstanceDirectory *instances, QWidget *parent)
    : QMainWindow(parent), m_appearance(appearance)
{
    m_instances = new InstanceController(instances, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QLatin1String(AppInfo::displayName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/duo-console.svg")));

    m_panes = new QStackedWidget(this);
    m_panes->setObjectName(QStringLiteral("panes"));
    // Each pane is built the first time it is shown: a start paints only the pane it opens on.
    for (const PaneInfo &info : PaneCatalog::panes()) {
        auto *placeholder = new QWidget(m_panes);
        placeholder->setObjectName(info.id + QLatin1String("Placeholder"));
        m_panes->addWidget(placeholder);
    }

    m_notice = new NoticeBanner(this);
    m_connectionPanel = new ConnectionPanel(this);
    connect(m_connectionPanel, &ConnectionPanel::editRequested, m_instances,
            &InstanceController::editInstance);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_connectionPanel);
    rightLayout->addWidget(m_panes, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildSidebar());
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_connectionStatus = new QLabel(tr("No instance"), this);
    m_connectionStatus->setTextFormat(Qt::PlainText);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setAccessibleName(tr("Connection status"));
    m_keychainStatus = new QLabel(tr("Keychain: checking…"), this);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setAccessibleName(tr("Keychain status"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_connectionStatus, 1);
    statusBar()->addPermanentWidget(m_keychainStatus);

    buildMenus();
    resize(1100, 720);
    restoreGeometry(AppSettings::get(AppSettings::windowGeometry));
    showPane(AppSettings::get(AppSettings::lastPane));

    instances->probeKeychain(this,
                             [this](const SecretResult &result) { onKeychainProbed(result); });
    connect(m_instances, &InstanceController::notice, m_notice, &NoticeBanner::showNotice);
    if (const QString problem = instances->configurationProblem(); !problem.isEmpty())
        m_notice->showNotice(problem);

    connect(m_instances, &InstanceController::profilesChanged, this,
            &MainWindow::refreshInstanceSwitcher);
    connect(m_instances, &InstanceController::sessionChanged, this, &MainWindow::onSessionChanged);
    refreshInstanceSwitcher();
    onSessionChanged(nullptr);
    // Once the caller had its say: an instance asked for on the command line is the only one
    // opened, rather than the last one opened and then closed while its workspace is created.
    QTimer::singleShot(0, this, &MainWindow::openLastInstance);
}

void MainWindow::openLastInstance()
{
    if (m_instances->session())
        return;
    const auto profiles = m_instances->profiles();
    const QUuid last = QUuid::fromString(AppSettings::get(AppSettings::currentInstance));
    auto it = std::find_if(profiles.cbegin(), profiles.cend(),
                           [&](const InstanceProfile &p) { return p.id == last; });
    if (it != profiles.cend())
        m_instances->select(it->id);
    else if (!profiles.isEmpty())
        m_instances->select(profiles.first().id);
}

void MainWindow::openInstance(const QString &name, const QString &sessionToken)
{
    const auto profile = m_instances->directory()->find(name);
    if (!profile) {
        m_notice->showNotice(tr("There is no instance named '%1'.").arg(name));
        return;
    }
    m_instances->select(profile->id, sessionToken);
}

void MainWindow::refreshInstanceSwitcher()
{
    const QSignalBlocker blocker(m_instanceSwitcher);
    m_instanceSwitcher->clear();
    const auto profiles = m_instances->profiles();
    for (const InstanceProfile &profile : profiles)
        m_instanceSwitcher->addItem(QIcon(QStringLiteral(":/icons/instance.svg")), profile.name,
                                    profile.id);
    if (profiles.isEmpty())
        m_instanceSwitcher->addItem(tr("No instance"));
    m_instanceSwitcher->setEnabled(!profiles.isEmpty());
    if (InstanceSession *session = m_instances->session())
        m_instanceSwitcher->setCurrentIndex(m_instanceSwitcher->findData(session->profile().id));
}

void MainWindow::onSessionChanged(InstanceSession *session)
{
    refreshInstanceSwitcher();
    m_connectionPanel->setSession(session);
    for (QAction *action : std::as_const(m_instanceActions))
        action->setEnabled(session != nullptr);
    for (int i = 0; i < m_panes->count(); ++i) {
        if (auto *pane = qobject_cast<Pane *>(m_panes->widget(i))) // the built ones
            pane->setSession(session);
    }
    if (session) {
        connect(session, &InstanceSession::stateChanged, this,
                &MainWindow::refreshConnectionStatus);
        connect(session, &InstanceSession::refreshed, this, [this](const QString &error) {
            if (!error.isEmpty())
                m_notice->showNotice(
                    tr("The local snapshot could not be refreshed: %1 Pending changes are kept; "
                       "they are checked against the server when pushed.")
                        .arg(error));
        });
    }
    refreshConnectionStatus();
}

void MainWindow::refreshConnectionStatus()
{
    InstanceSession *session = m_instances->session();
    m_connectionStatus->setText(session ? session->statusText() : tr("No instance"));
}

QWidget *MainWindow::buildSidebar()
{
    m_instanceSwitcher = new QComboBox(this);
    m_instanceSwitcher->setObjectName(QStringLiteral("instanceSwitcher"));
    m_instanceSwitcher->setAccessibleName(tr("GitLab instance"));
    connect(m_instanceSwitcher, &QComboBox::activated, this, [this](int index) {
        const QUuid id = m_instanceSwitcher->itemData(index).toUuid();
        if (!id.isNull())
            m_instances->select(id);
    });

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    for (const PaneInfo &info : PaneCatalog::panes()) {
        auto *item = new QListWidgetItem(QIcon(info.iconPath), info.title, m_sidebar);
        item->setData(Qt::AccessibleTextRole, info.title);
        item->setData(Qt::AccessibleDescriptionRole, info.description);
        item->setToolTip(info.description);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        buildPane(row);
        m_panes->setCurrentIndex(row);
    });

    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("sidebarColumn"));
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_instanceSwitcher);
    layout->addWidget(m_sidebar, 1);
    column->setMinimumWidth(200);
    column->setMaximumWidth(320);
    return column;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *instance = menuBar()->addMenu(tr("&Instance"));
    instance->setObjectName(QStringLiteral("instanceMenu"));
    QAction *add =
        instance->addAction(tr("&Add instance…"), m_instances, &InstanceController::addInstance);
    add->setObjectName(QStringLiteral("addInstanceAction"));
    QAction *edit =
        instance->addAction(tr("&Edit instance…"), m_instances, &InstanceController::editInstance);
    edit->setObjectName(QStringLiteral("editInstanceAction"));
    QAction *remove = instance->addAction(tr("&Remove instance…"), m_instances,
                                          &InstanceController::removeInstance);
    remove->setObjectName(QStringLiteral("removeInstanceAction"));
    instance->addSeparator();
    QAction *reconnect = instance->addAction(tr("Re&connect"), QKeySequence::Refresh, m_instances,
                                             &InstanceController::reconnect);
    reconnect->setObjectName(QStringLiteral("reconnectAction"));
    m_instanceActions = {edit, remove, reconnect};

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    m_appearanceGroup = new QActionGroup(this);
    const std::pair<AppearanceMode, QString> modes[] = {
        {AppearanceMode::System, tr("&System")},
        {AppearanceMode::Light, tr("&Light")},
        {AppearanceMode::Dark, tr("&Dark")},
    };
    for (const auto &[mode, label] : modes) {
        QAction *action = appearance->addAction(label);
        action->setObjectName(QLatin1String("appearance") + AppSettings::appearanceModeName(mode) +
                              QLatin1String("Action"));
        action->setCheckable(true);
        action->setChecked(m_appearance && m_appearance->mode() == mode);
        m_appearanceGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            AppSettings::setAppearanceMode(mode);
            if (m_appearance)
                m_appearance->setMode(mode);
        });
    }

    buildLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Duo Console"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

Pane *MainWindow::createPane(const PaneInfo &info)
{
    if (info.id == QLatin1String("subscription"))
        return new SubscriptionPane(info, m_panes);
    if (info.id == QLatin1String("changes"))
        return new PendingChangesPane(info, m_panes);
    if (info.id == QLatin1String("models"))
        return new ModelsPane(info, m_panes);
    if (info.id == QLatin1String("features"))
        return new FeaturesPane(info, m_panes);
    if (info.id == QLatin1String("gateway"))
        return new GatewayPane(info, m_panes);
    return new EmptyStatePane(info, m_panes);
}

void MainWindow::buildPane(int index)
{
    QWidget *placeholder = m_panes->widget(index);
    if (qobject_cast<Pane *>(placeholder))
        return;
    Pane *pane = createPane(PaneCatalog::panes().at(index));
    connect(pane, &Pane::addInstanceRequested, m_instances, &InstanceController::addInstance);
    pane->setSession(m_instances->session());
    m_panes->insertWidget(index, pane);
    m_panes->removeWidget(placeholder);
    delete placeholder;
}

void MainWindow::buildAllPanes()
{
    for (int i = 0; i < m_panes->count(); ++i)
        buildPane(i);
}

// The system's language, or one Duo Console is translated to, each named in its own language;
// the choice takes effect at the next start (and for the command line too).
void MainWindow::buildLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString chosen = AppSettings::get(AppSettings::language);
    QStringList codes{QString()};
    codes << Translations::languages();
    for (const QString &code : std::as_const(codes)) {
        const QString name = code.isEmpty() ? tr("&System") : QLocale(code).nativeLanguageName();
        QAction *action = menu->addAction(name);
        action->setObjectName(QLatin1String("language") +
                              (code.isEmpty() ? QStringLiteral("System") : code) +
                              QLatin1String("Action"));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, name] {
            AppSettings::set(AppSettings::language, code);
            m_notice->showNotice(code.isEmpty()
                                     ? tr("Duo Console will follow the system's language from "
                                          "its next start.")
                                     : tr("Duo Console will be in %1 from its next start.")
                                           .arg(QString(name).remove(QLatin1Char('&'))));
        });
    }
}

int MainWindow::currentPane() const
{
    return m_panes->currentIndex();
}

void MainWindow::showPane(int index)
{
    if (index < 0 || index >= m_panes->count())
        index = 0;
    buildPane(index);
    m_panes->setCurrentIndex(index);
    m_sidebar->setCurrentRow(index);
}

void MainWindow::onKeychainProbed(const SecretResult &result)
{
    if (result.keychainUsable()) {
        m_keychainStatus->setText(tr("Keychain: available"));
        return;
    }
    m_keychainStatus->setText(tr("Keychain: not available"));
    m_notice->showNotice(result.message());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Duo Console"),
        tr("<h3>Duo Console %1</h3><p>A desktop admin console for GitLab Duo Self-Hosted: "
           "self-hosted models, AI-native features and the AI gateway, offline drafts and "
           "reviewed pushes.</p><p>MIT License.</p>")
            .arg(QLatin1String(AppInfo::version)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::set(AppSettings::windowGeometry, saveGeometry());
    AppSettings::set(AppSettings::lastPane, currentPane());
    event->accept();
}
