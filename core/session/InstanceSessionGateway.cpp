// The gateway use cases of InstanceSession: its health from this computer, GitLab's own probes,
// and the Agent Platform functional check.
#include "InstanceSession.h"
#include "gitlab/GatewayChecks.h"
#include "gitlab/ServerReader.h"
#include "net/GatewayProbe.h"
#include "net/GitLabClient.h"

#include <QPointer>

namespace {

// Answers from the event loop, as the asynchronous path does: a caller sees one order of events.
template <typename Result>
void answerLater(QObject *context, std::function<void(const Result &)> done, Result result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace

void InstanceSession::checkGateway(QObject *context,
                                   std::function<void(const GatewayHealth &)> done)
{
    const std::optional<DuoSettings> duo = isWorkspaceOpen() ? view().duo() : std::nullopt;
    // The connection's own settings (the proxy's password included, read for this run).
    const ConnectionSettings settings = m_client ? m_client->settings() : m_profile.connection;
    auto *probe = new GatewayProbe(settings, this);
    QPointer<QObject> receiver(context);
    connect(probe, &GatewayProbe::finished, this, [probe, receiver, done] {
        probe->deleteLater();
        if (receiver)
            done(probe->result());
    });
    probe->start(duo ? duo->gatewayUrl() : QString(), duo ? duo->agentPlatformUrl() : QString(),
                 duo ? duo->agentPlatformSecure().value_or(true) : true);
}

void InstanceSession::serverProbes(QObject *context, std::function<void(const ServerProbes &)> done)
{
    if (m_state != State::Connected || !m_client) {
        ServerProbes probes;
        probes.error = tr("Not connected to the instance: GitLab's own probes run there.");
        answerLater(context, std::move(done), probes);
        return;
    }
    GatewayChecks::serverProbes(m_client, m_capabilities.shape, context, std::move(done));
}

void InstanceSession::runFunctionalCheck(const QString &namespacePath, QObject *context, Done done)
{
    if (m_state != State::Connected || !m_client || !m_capabilities.shape.functionalCheck) {
        answerLater(context, std::move(done),
                    Outcome::failure(QStringLiteral("unavailable"),
                                     tr("This instance has no Agent Platform functional check "
                                        "(GitLab 19.5 and later have it), or it is not "
                                        "connected.")));
        return;
    }
    if (namespacePath.trimmed().isEmpty()) {
        answerLater(context, std::move(done),
                    Outcome::failure(QStringLiteral("validation"),
                                     tr("Name a group or project with GitLab Duo turned on: the "
                                        "check runs there.")));
        return;
    }
    GatewayChecks::runFunctionalCheck(
        m_client, namespacePath.trimmed(), context, [done](const QString &error) {
            done(error.isEmpty() ? Outcome{} : Outcome::failure(QStringLiteral("server"), error));
        });
}

QString InstanceSession::featuresHiddenMessage()
{
    return ServerReader::featuresHiddenMessage();
}
