#pragma once

#include "panes/Pane.h"
#include "panes/PaneCatalog.h"

#include <QJsonObject>
#include <QPointer>

class EmptyStatePane;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
struct GatewayHealth;
struct ServerProbes;

// The instance's Duo hosting settings (AI gateway URL and timeout, Agent Platform service and
// its TLS), edited through the workspace; below 17.9 the gitlab.rb snippet instead. Checks the
// gateway from this computer and asks GitLab for its own probes and the Agent Platform
// functional check.
class GatewayPane : public Pane
{
    Q_OBJECT

public:
    explicit GatewayPane(const PaneInfo &info, QWidget *parent = nullptr);

    QString title() const override { return m_info.title; }
    void setSession(InstanceSession *session) override;

    void save();
    void checkFromHere();
    void checkFromGitLab();
    void runFunctionalCheck();
    void openSetupCheck();

private:
    void reload();
    void fill();
    void updateState();
    void showDrift();
    void restoreDrifted();
    QJsonObject edits() const; // the fields changed from the effective settings
    void showHealth(const GatewayHealth &health);
    void showProbes(const ServerProbes &probes);

    PaneInfo m_info;
    QPointer<InstanceSession> m_session;
    QStackedWidget *m_stack;
    EmptyStatePane *m_empty;
    QLabel *m_state;
    QGroupBox *m_driftBox;
    QLabel *m_drift;
    QPushButton *m_restore;
    QGroupBox *m_settingsBox;
    QLineEdit *m_url;
    QSpinBox *m_timeout;
    QLineEdit *m_agentPlatform;
    QCheckBox *m_agentPlatformTls;
    QLabel *m_settingsMessage;
    QPushButton *m_save;
    QPushButton *m_revert;
    QGroupBox *m_snippetBox;
    QPlainTextEdit *m_snippet;
    QPushButton *m_copySnippet;
    QPushButton *m_checkHere;
    QLabel *m_hereResult;
    QPushButton *m_checkGitLab;
    QLabel *m_gitlabResult;
    QLineEdit *m_namespace;
    QPushButton *m_runFunctional;
    QPushButton *m_setupCheck;
};
