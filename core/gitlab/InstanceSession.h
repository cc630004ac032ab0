#pragma once

#include "InstanceCapabilities.h"
#include "net/ApiError.h"
#include "store/InstanceProfile.h"
#include "store/SecretResult.h"

#include <QObject>
#include <QPointer>

class GitLabClient;
class InstanceConnector;
class Pusher;
class SecretStore;
class Workspace;

// One instance being worked on: its token (from the keychain, or kept in memory for this run
// when no keychain is usable), its client, and what connecting learnt.
class InstanceSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, ReadingToken, NeedsToken, Connecting, Connected, Offline, Failed };
    Q_ENUM(State)

    InstanceSession(InstanceProfile profile, SecretStore *secrets, QObject *parent = nullptr);
    ~InstanceSession() override;

    const InstanceProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    ApiError error() const { return m_error; }
    // Why the token is missing, when state() is NeedsToken.
    SecretResult tokenProblem() const { return m_tokenProblem; }
    const InstanceCapabilities &capabilities() const { return m_capabilities; }
    GitLabClient *client() const;
    // The instance's local workspace (snapshot, pending changes); open even when offline.
    Workspace *workspace() const { return m_workspace; }
    QString workspaceError() const { return m_workspaceError; }
    // A pusher for this connection, owned by the session (it goes with it); null unless
    // connected or while another push runs. The connection stays as it is while it pushes.
    Pusher *createPusher();
    bool isPushing() const;
    // Forgets changes not yet pushed, and the API keys typed into them.
    bool discardChanges(const QStringList &changeIds);
    bool isRefreshing() const { return m_refreshing; }

    // Reads the token if needed, then connects; again on Reconnect.
    void connectToInstance();
    // Uses `token` for this run only: it is kept in memory, never written anywhere.
    void useTokenForThisRun(const QString &token);

    // One line for the status bar.
    QString statusText() const;

Q_SIGNALS:
    void stateChanged(InstanceSession::State state);
    // A snapshot refresh after connecting finished (error empty on success).
    void refreshed(const QString &error);

private:
    void setState(State state);
    void startConnecting();
    void refreshSnapshot();

    InstanceProfile m_profile;
    SecretStore *m_secrets;
    QString m_token;
    State m_state = State::Idle;
    ApiError m_error;
    SecretResult m_tokenProblem;
    InstanceCapabilities m_capabilities;
    QPointer<GitLabClient> m_client;
    QPointer<InstanceConnector> m_connector;
    QPointer<Pusher> m_pusher;
    Workspace *m_workspace = nullptr;
    QString m_workspaceError;
    bool m_refreshing = false;
};
