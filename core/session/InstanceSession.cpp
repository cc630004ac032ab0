#include "InstanceSession.h"

#include "base/SafeText.h"
#include "gitlab/InstanceConnector.h"
#include "gitlab/ServerReader.h"
#include "model/FieldRules.h"
#include "net/GitLabClient.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"
#include "sync/Pusher.h"

#include <QUuid>

namespace {

Outcome fromStore(const StoreResult &result)
{
    if (result.error.isError())
        return Outcome::failure(result.error.kindName(), result.error.message);
    if (result.write.isRefused()) {
        Outcome outcome = Outcome::failure(QStringLiteral("validation"), result.write.refused);
        outcome.field = result.write.refusedField;
        return outcome;
    }
    return {};
}

Outcome fromApi(const ApiError &error)
{
    if (!error.isError())
        return {};
    return Outcome::failure(ApiError::categoryName(error.category()), error.userMessage());
}

} // namespace

InstanceSession::InstanceSession(InstanceProfile profile, SecretStore *secrets, QString holder,
                                 QObject *parent, bool completeView)
    : QObject(parent), m_profile(std::move(profile)), m_secrets(secrets),
      m_holder(std::move(holder))
{
    m_workspace = new Workspace(Workspace::pathFor(m_profile.idString()), this);
    connect(m_workspace, &Workspace::changed, this, &InstanceSession::workspaceChanged);
    connect(m_workspace, &Workspace::keysOrphaned, this, &InstanceSession::removeKeys);
    m_workspace->open(
        this,
        [this](const StoreResult &) {
            m_workspaceReady = true;
            Q_EMIT workspaceReady();
        },
        completeView);
}

InstanceSession::~InstanceSession() = default;

void InstanceSession::setInteractive(bool interactive)
{
    m_refreshOnConnect = interactive;
    if (interactive)
        m_workspace->watchForChangesElsewhere(std::chrono::milliseconds(1500));
}

bool InstanceSession::isWorkspaceOpen() const
{
    return m_workspace->isOpen();
}

StoreError InstanceSession::workspaceError() const
{
    return m_workspace->openError();
}

bool InstanceSession::isWorkspaceReadOnly() const
{
    return m_workspace->isReadOnly();
}

QString InstanceSession::workspacePath() const
{
    return m_workspace->path();
}

const EffectiveView &InstanceSession::view() const
{
    return m_workspace->view();
}

ApiShape InstanceSession::apiShape() const
{
    return m_capabilities.shape.known ? m_capabilities.shape : m_workspace->apiShape();
}

void InstanceSession::whenWorkspaceReady(QObject *context, std::function<void()> then)
{
    if (m_workspaceReady) {
        then();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &InstanceSession::workspaceReady, context, [once, then] {
        QObject::disconnect(*once);
        then();
    });
}

// ---------------------------------------------------------------- connecting

void InstanceSession::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void InstanceSession::connectToInstance()
{
    // A push in flight keeps its connection: reconnecting would pull it away mid-batch.
    if (m_state == State::ReadingToken || m_state == State::Connecting || isPushing())
        return;
    if (!m_token.isEmpty()) {
        startConnecting();
        return;
    }
    setState(State::ReadingToken);
    m_secrets->read(m_profile.tokenKey(), this, [this](const SecretResult &result) {
        if (!result.ok()) {
            m_tokenProblem = result;
            setState(State::NeedsToken);
            return;
        }
        m_token = result.secret;
        startConnecting();
    });
}

void InstanceSession::startConnecting()
{
    // A manual proxy with a user needs its password, from the keychain too.
    if (!m_profile.connection.proxy.user.isEmpty() &&
        m_profile.connection.proxy.mode == ProxySettings::Mode::Manual &&
        m_profile.connection.proxyPassword.isEmpty()) {
        setState(State::ReadingToken);
        m_secrets->read(m_profile.proxyPasswordKey(), this, [this](const SecretResult &result) {
            // No stored password: try without one, and let the proxy say whether it needs one.
            if (!result.keychainUsable()) {
                m_tokenProblem = result;
                setState(State::NeedsToken);
                return;
            }
            m_profile.connection.proxyPassword = result.secret;
            connectWithToken();
        });
        return;
    }
    connectWithToken();
}

QString InstanceSession::useTokenForThisRun(const QString &token)
{
    if (const QString problem = FieldRules::accessToken(token); !problem.isEmpty())
        return problem;
    m_token = token;
    startConnecting();
    return {};
}

void InstanceSession::connectWithToken()
{
    if (m_client)
        m_client->deleteLater();
    m_client = new GitLabClient(m_profile.connection, m_token, this);
    m_connector = new InstanceConnector(m_client, m_client);
    m_error = {};
    setState(State::Connecting);
    connect(m_connector, &InstanceConnector::finished, this, [this] {
        m_error = m_connector->error();
        if (!m_error.isError()) {
            m_capabilities = m_connector->capabilities();
            m_workspace->setApiShape(m_capabilities.shape, this, {});
            setState(State::Connected);
            if (m_refreshOnConnect && m_capabilities.selfHostedModelsAllowed)
                refresh(this,
                        [this](const Outcome &outcome) { Q_EMIT refreshed(outcome.message); });
            return;
        }
        using C = ApiError::Category;
        const C category = m_error.category();
        const bool unreachable =
            category == C::Network || category == C::Dns || category == C::Timeout;
        setState(unreachable ? State::Offline : State::Failed);
    });
    m_connector->start();
}

void InstanceSession::whenConnected(QObject *context, Done done)
{
    if (m_state == State::Connected) {
        done({});
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &InstanceSession::stateChanged, context, [this, once, done](State s) {
        if (s == State::ReadingToken || s == State::Connecting)
            return;
        QObject::disconnect(*once);
        if (s == State::Connected)
            done({});
        else if (s == State::NeedsToken)
            done(Outcome::failure(QStringLiteral("keychain"), m_tokenProblem.message()));
        else
            done(fromApi(m_error));
    });
    if (m_state != State::ReadingToken && m_state != State::Connecting)
        connectToInstance();
}

QString InstanceSession::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("%1: not connected").arg(m_profile.name);
    case State::ReadingToken:
        return tr("%1: reading the token from the keychain…").arg(m_profile.name);
    case State::NeedsToken:
        return tr("%1: no token available").arg(m_profile.name);
    case State::Connecting:
        return tr("%1: connecting…").arg(m_profile.name);
    case State::Connected:
        return tr("%1 · GitLab %2 · %3 · connected")
            .arg(m_profile.name, SafeText::forDisplay(m_capabilities.version),
                 SafeText::forDisplay(m_capabilities.username));
    case State::Offline:
        return tr("%1: offline, %2").arg(m_profile.name, m_error.shortCause());
    case State::Failed:
        return tr("%1: error, %2").arg(m_profile.name, m_error.shortCause());
    }
    return {};
}

// ---------------------------------------------------------------- use cases

void InstanceSession::refresh(QObject *context, Done done)
{
    if (m_state != State::Connected) {
        done(Outcome::failure(QStringLiteral("offline"),
                              tr("Connect to the instance first: a refresh reads it.")));
        return;
    }
    m_refreshing = true;
    auto *reader = new ServerReader(m_client, m_capabilities.shape, m_client);
    const QPointer<QObject> guard(context);
    reader->snapshot([this, reader, guard, done](const Snapshot &snapshot, const ApiError &error) {
        reader->deleteLater();
        if (error.isError()) {
            m_refreshing = false;
            if (guard)
                done(fromApi(error));
            return;
        }
        // The last values seen, before the new snapshot replaces them.
        const QString fromVersion = view().snapshotGitlabVersion();
        const std::optional<DuoSettings> before = view().serverDuo();
        Snapshot taken = snapshot;
        taken.gitlabVersion = m_capabilities.version;
        m_workspace->replaceSnapshot(taken, this, [=, this](const StoreResult &r) {
            m_refreshing = false;
            if (r.ok()) {
                if (auto found =
                        SettingsDrift::detect(fromVersion, before, taken.gitlabVersion, taken.duo))
                    m_drift = found;
                else if (taken.duo && !SettingsDrift::isDefault(*taken.duo))
                    m_drift.reset(); // set again since
                Q_EMIT driftChanged();
            }
            if (guard)
                done(fromStore(r));
        });
    });
}

void InstanceSession::record(const Edit &edit, const QString &apiKey, QObject *context,
                             Recorded done)
{
    if (apiKey.isEmpty()) {
        m_workspace->record(edit, context, [done](const StoreResult &result) {
            done(fromStore(result), result.write.recorded);
        });
        return;
    }
    if (const QString problem = FieldRules::apiKey(apiKey); !problem.isEmpty()) {
        done(Outcome::failure(QStringLiteral("validation"), problem), std::nullopt);
        return;
    }
    // The key first, under a reference of its own: a change never names a key that is not
    // there, and an edit refused takes its key away again.
    const QString ref = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString name = Change::apiKeyName(m_profile.idString(), ref);
    m_secrets->write(name, apiKey, this, [=, this](const SecretResult &written) {
        if (!written.ok()) {
            done(Outcome::failure(QStringLiteral("keychain"),
                                  written.message() + QLatin1Char('\n') +
                                      tr("The change was not recorded: API keys are kept only "
                                         "in the system keychain.")),
                 std::nullopt);
            return;
        }
        Edit withKey = edit;
        withKey.values.insert(Change::apiKeyField, ref);
        m_workspace->record(withKey, context, [=, this](const StoreResult &result) {
            const Outcome outcome = fromStore(result);
            if (!outcome.ok() || !result.write.recorded)
                removeKeys({ref});
            done(outcome, result.write.recorded);
        });
    });
}

void InstanceSession::discard(const QStringList &changeIds, QObject *context, Done done)
{
    m_workspace->discard(changeIds, context,
                         [done](const StoreResult &result) { done(fromStore(result)); });
}

void InstanceSession::resolve(const QString &changeId, const QString &field, bool keepMine,
                              QObject *context, Done done)
{
    m_workspace->resolve(changeId, field, keepMine, context,
                         [done](const StoreResult &result) { done(fromStore(result)); });
}

void InstanceSession::removeKeys(const QStringList &refs)
{
    for (const QString &ref : refs) {
        ++m_keyJobs;
        m_secrets->remove(Change::apiKeyName(m_profile.idString(), ref), this,
                          [this](const SecretResult &) {
                              if (--m_keyJobs == 0)
                                  Q_EMIT keychainIdle();
                          });
    }
}

void InstanceSession::whenKeychainIdle(QObject *context, std::function<void()> then)
{
    if (m_keyJobs == 0) {
        then();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &InstanceSession::keychainIdle, context, [once, then] {
        QObject::disconnect(*once);
        then();
    });
}

bool InstanceSession::isPushing() const
{
    return m_pusher && m_pusher->isRunning();
}

QString InstanceSession::pushBlockedReason() const
{
    if (isPushing())
        return tr("A push is running.");
    if (!m_workspace->isOpen())
        return m_workspace->openError().message;
    if (m_workspace->isReadOnly())
        return m_workspace->openError().isError() ? m_workspace->openError().message
                                                  : tr("The workspace is read-only.");
    if (m_refreshing)
        return tr("The snapshot is being refreshed; push when it is done.");
    if (m_state != State::Connected)
        return tr("Offline: changes are kept here and can be pushed once the instance is "
                  "connected.");
    return {};
}

bool InstanceSession::push(const PushOptions &options)
{
    if (!pushBlockedReason().isEmpty())
        return false;
    if (m_pusher)
        m_pusher->deleteLater();
    m_pusher = new Pusher(m_workspace, m_client, m_capabilities.shape, m_secrets,
                          m_profile.idString(), m_holder, this);
    connect(m_pusher, &Pusher::progress, this, &InstanceSession::pushProgress);
    connect(m_pusher, &Pusher::finished, this, [this] {
        m_lastPush = m_pusher->outcome();
        Q_EMIT pushFinished(m_lastPush);
    });
    m_pusher->push(options);
    return true;
}

void InstanceSession::cancelPush()
{
    if (m_pusher)
        m_pusher->cancel();
}

void InstanceSession::history(int limit, QObject *context,
                              std::function<void(QList<PushRecord>)> done)
{
    m_workspace->history(limit, context,
                         [done](const StoreResult &result) { done(result.history); });
}
