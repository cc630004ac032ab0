#include "InstanceSession.h"

#include "InstanceConnector.h"
#include "net/GitLabClient.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"
#include "sync/Pusher.h"
#include "sync/ServerReader.h"

#include <QTimer>

InstanceSession::InstanceSession(InstanceProfile profile, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_secrets(secrets)
{
    m_workspace = new Workspace(Workspace::pathFor(m_profile.idString()), this);
    if (!m_workspace->open(&m_workspaceError))
        return;
    // The command line may change the same workspace meanwhile.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, m_workspace, &Workspace::reloadIfChangedElsewhere);
    poll->start(1500);
}

Pusher *InstanceSession::createPusher()
{
    if (m_state != State::Connected || !m_client || isPushing())
        return nullptr;
    if (m_pusher)
        m_pusher->deleteLater();
    m_pusher = new Pusher(m_workspace, m_client, m_capabilities.shape, m_secrets,
                          m_profile.idString(), this);
    return m_pusher;
}

bool InstanceSession::discardChanges(const QStringList &changeIds)
{
    QStringList keys;
    for (const QString &id : changeIds) {
        if (const auto c = m_workspace->change(id); c && c->hasApiKey())
            keys << c->apiKeyName(m_profile.idString());
    }
    if (!m_workspace->discard(changeIds))
        return false;
    for (const QString &key : std::as_const(keys))
        m_secrets->remove(key, this, [](const SecretResult &) {});
    return true;
}

bool InstanceSession::isPushing() const
{
    return m_pusher && m_pusher->isRunning();
}

void InstanceSession::refreshSnapshot()
{
    if (!m_workspaceError.isEmpty() || !m_capabilities.selfHostedModelsAllowed)
        return;
    m_refreshing = true;
    auto *reader = new ServerReader(m_client, m_capabilities.shape, m_client);
    reader->snapshot([this, reader](const Snapshot &snapshot, const ApiError &error) {
        reader->deleteLater();
        if (error.isError()) {
            m_refreshing = false;
            Q_EMIT refreshed(error.userMessage());
            return;
        }
        m_workspace->replaceSnapshotInBackground(snapshot, this,
                                                 [this](bool ok, const QString &problem) {
                                                     m_refreshing = false;
                                                     Q_EMIT refreshed(ok ? QString() : problem);
                                                 });
    });
}

InstanceSession::~InstanceSession() = default;

GitLabClient *InstanceSession::client() const
{
    return m_client;
}

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

void InstanceSession::useTokenForThisRun(const QString &token)
{
    m_token = token;
    startConnecting();
}

void InstanceSession::startConnecting()
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
            if (m_workspaceError.isEmpty())
                m_workspace->setApiShape(m_capabilities.shape);
            setState(State::Connected);
            refreshSnapshot();
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
            .arg(m_profile.name, m_capabilities.version, m_capabilities.username);
    case State::Offline:
        return tr("%1: offline, %2").arg(m_profile.name, m_error.shortCause());
    case State::Failed:
        return tr("%1: error, %2").arg(m_profile.name, m_error.shortCause());
    }
    return {};
}
