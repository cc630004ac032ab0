#pragma once

#include "gitlab/InstanceCapabilities.h"
#include "model/DraftRules.h"
#include "model/EffectiveView.h"
#include "model/GatewayHealth.h"
#include "model/InstanceProfile.h"
#include "model/ModelTest.h"
#include "model/Outcome.h"
#include "model/PushOutcome.h"
#include "model/PushRecord.h"
#include "model/SecretResult.h"
#include "model/SettingsDrift.h"
#include "model/StoreError.h"
#include "net/ApiError.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class GitLabClient;
class InstanceConnector;
class Pusher;
class SecretStore;
class Workspace;

// One instance being worked on, for the window and the command line alike: its token (from the
// keychain, or kept in memory for this run), its connection and what connecting learnt, its
// local workspace, and the use cases on them: connect, refresh, record an edit (with the API key
// entered for it), discard, resolve a conflict, push. The faces reach storage, the server and
// the pusher only through this.
class InstanceSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, ReadingToken, NeedsToken, Connecting, Connected, Offline, Failed };
    Q_ENUM(State)

    using Done = std::function<void(const Outcome &)>;
    using Recorded = std::function<void(const Outcome &, const std::optional<Change> &)>;

    // `holder` names this process in a second push's message: "the window", "duo-console
    // changes push".
    // `completeView` false: the workspace's view holds only what the changes touch, other
    // models are read when an edit needs them (a command that edits one model of thousands).
    InstanceSession(InstanceProfile profile, SecretStore *secrets, QString holder,
                    QObject *parent = nullptr, bool completeView = true);
    ~InstanceSession() override;

    const InstanceProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    ApiError error() const { return m_error; }
    // Why the token is missing, when state() is NeedsToken.
    SecretResult tokenProblem() const { return m_tokenProblem; }
    const InstanceCapabilities &capabilities() const { return m_capabilities; }
    // One line for the status bar.
    QString statusText() const;
    // The window's way: read every model, feature and the Duo settings after connecting, and
    // follow what other processes (the command line) write to the workspace.
    void setInteractive(bool interactive);

    // --- the workspace
    bool isWorkspaceOpen() const;
    StoreError workspaceError() const;
    bool isWorkspaceReadOnly() const;
    QString workspacePath() const;
    const EffectiveView &view() const;
    // The API shape: the connection's, or the one last seen, for work done offline.
    ApiShape apiShape() const;
    // Runs `then` once the workspace has been opened (or could not be).
    void whenWorkspaceReady(QObject *context, std::function<void()> then);

    // --- connecting
    void connectToInstance();
    // Uses `token` for this run only: it is kept in memory, never written anywhere. Returns
    // why the token cannot be one (and then does nothing), or an empty string.
    [[nodiscard]] QString useTokenForThisRun(const QString &token);
    // Connects unless connected; `done` when connected, or with why not.
    void whenConnected(QObject *context, Done done);

    // --- use cases
    void refresh(QObject *context, Done done);
    // Records an edit; a non-empty `apiKey` goes to the keychain first, under a reference the
    // change holds, and leaves it again if the edit is refused.
    void record(const Edit &edit, const QString &apiKey, QObject *context, Recorded done);
    // Forgets changes not yet pushed, and the API keys typed into them.
    void discard(const QStringList &changeIds, QObject *context, Done done);
    void resolve(const QString &changeId, const QString &field, bool keepMine, QObject *context,
                 Done done);
    // Why a push cannot start now (empty: it can).
    QString pushBlockedReason() const;
    bool push(const PushOptions &options);
    void cancelPush();
    bool isPushing() const;
    bool isRefreshing() const { return m_refreshing; }
    const PushOutcome &lastPush() const { return m_lastPush; }
    void history(int limit, QObject *context, std::function<void(QList<PushRecord>)> done);
    // "Test connection" of a model (by id), or of a form's unsaved `fields`: GitLab's own check
    // and a probe from this computer, with the key typed, or the model's own for this test only.
    void testModel(const QString &modelId, const QJsonObject &fields, const QString &typedKey,
                   QObject *context, std::function<void(const ModelTestResult &)> done);
    // The license, its history and future entries and the Duo add-ons, read now.
    void readSubscription(QObject *context, std::function<void(const SubscriptionInfo &)> done);
    // The license's type and last sync, read now (for watching a synchronization).
    void
    readLicenseSync(QObject *context,
                    std::function<void(const LicenseSummary &license, const QString &error)> done);
    // The AI gateway from this computer: its health endpoint, and a TCP + TLS connection to
    // its and the Agent Platform service's host:port (the effective settings, drafts included).
    void checkGateway(QObject *context, std::function<void(const GatewayHealth &)> done);
    // GitLab's own probes of its AI set-up, and the Agent Platform functional check's state.
    void serverProbes(QObject *context, std::function<void(const ServerProbes &)> done);
    // Starts the Agent Platform functional check in a namespace with Duo turned on.
    void runFunctionalCheck(const QString &namespacePath, QObject *context, Done done);
    // The Duo hosting settings a GitLab upgrade put back to their defaults, found at the last
    // refresh (none: nothing drifted).
    const std::optional<SettingsDrift> &drift() const { return m_drift; }
    // Why a snapshot holds no feature settings when GitLab hid them from this token.
    static QString featuresHiddenMessage();
    // Runs `then` once the keychain has answered every removal this session started.
    void whenKeychainIdle(QObject *context, std::function<void()> then);

Q_SIGNALS:
    void stateChanged(InstanceSession::State state);
    void workspaceReady();
    void workspaceChanged(const ViewChanges &changes);
    void refreshed(const QString &error);
    void pushProgress(int stepsDone, int stepsTotal, const QString &current);
    void pushFinished(const PushOutcome &outcome);
    void keychainIdle();
    void driftChanged();

private:
    void setState(State state);
    void startConnecting();
    void connectWithToken();
    void removeKeys(const QStringList &refs);
    void withModelKey(const QString &modelId, const QString &typedKey,
                      std::function<void(const QString &key, const QString &problem)> then);

    InstanceProfile m_profile;
    SecretStore *m_secrets;
    QString m_holder;
    QString m_token;
    State m_state = State::Idle;
    ApiError m_error;
    SecretResult m_tokenProblem;
    InstanceCapabilities m_capabilities;
    QPointer<GitLabClient> m_client;
    std::optional<SettingsDrift> m_drift;
    QPointer<InstanceConnector> m_connector;
    QPointer<Pusher> m_pusher;
    Workspace *m_workspace = nullptr;
    PushOutcome m_lastPush;
    int m_keyJobs = 0;
    bool m_workspaceReady = false;
    bool m_refreshOnConnect = false;
    bool m_refreshing = false;
};
