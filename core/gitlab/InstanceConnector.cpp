#include "InstanceConnector.h"

#include "GraphQLDocuments.h"
#include "SchemaCache.h"
#include "ShapeDetection.h"
#include "SubscriptionReader.h"
#include "base/Logging.h"
#include "net/ApiCall.h"
#include "net/GitLabClient.h"

#include <QJsonArray>

InstanceConnector::InstanceConnector(GitLabClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

void InstanceConnector::start()
{
    m_metadata = m_client->get(QStringLiteral("metadata"));
    m_user = m_client->get(QStringLiteral("user"));
    m_token = m_client->get(QStringLiteral("personal_access_tokens/self"));
    m_probe = m_client->graphql(GraphQLDocuments::load(QStringLiteral("connect")));
    for (ApiCall *call : {m_metadata.data(), m_user.data(), m_token.data(), m_probe.data()})
        connect(call, &ApiCall::finished, this, &InstanceConnector::onFirstRoundCall);
}

void InstanceConnector::cancel()
{
    for (ApiCall *call : {m_metadata.data(), m_user.data(), m_token.data(), m_probe.data(),
                          m_introspection.data()}) {
        if (call)
            call->cancel();
    }
}

void InstanceConnector::onFirstRoundCall()
{
    for (ApiCall *call : {m_metadata.data(), m_user.data(), m_token.data(), m_probe.data()}) {
        if (!call || !call->isFinished())
            return;
    }
    readFirstRound();
}

namespace {
QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}
} // namespace

void InstanceConnector::readFirstRound()
{
    m_capabilities.roundTrips = 1;
    // Without metadata and user there is nothing to go on; their error says why.
    for (ApiCall *call : {m_metadata.data(), m_user.data()}) {
        if (!call->succeeded()) {
            finish(call->error());
            return;
        }
    }

    const QJsonObject metadata = m_metadata->json().object();
    m_capabilities.version = metadata.value(QLatin1String("version")).toString();
    m_capabilities.revision = metadata.value(QLatin1String("revision")).toString();
    m_capabilities.enterprise = metadata.value(QLatin1String("enterprise")).toBool();

    const QJsonObject user = m_user->json().object();
    m_capabilities.username = user.value(QLatin1String("username")).toString();
    m_capabilities.userDisplayName = user.value(QLatin1String("name")).toString();
    m_capabilities.isAdmin = user.value(QLatin1String("is_admin")).toBool();

    if (m_token->succeeded()) {
        const QJsonObject token = m_token->json().object();
        m_capabilities.tokenKnown = true;
        for (const auto &scope : token.value(QLatin1String("scopes")).toArray())
            m_capabilities.scopes << scope.toString();
        m_capabilities.tokenExpiresAt = dateOf(token.value(QLatin1String("expires_at")));
    }

    // Partial data is normal here: a non-admin may not read the license, for one.
    if (m_probe->error().isError() &&
        !m_probe->json().object().value(QLatin1String("data")).isObject()) {
        finish(m_probe->error());
        return;
    }
    const QJsonObject probe = m_probe->data();
    m_capabilities.license =
        SubscriptionReader::license(probe.value(QLatin1String("currentLicense")).toObject());
    for (const auto &entry : probe.value(QLatin1String("addOnPurchases")).toArray())
        m_capabilities.addOns.append(SubscriptionReader::addOn(entry.toObject()));
    decideEligibility(probe);

    if (const auto cached = SchemaCache::load(m_client->settings().url, m_capabilities.version,
                                              m_capabilities.revision)) {
        m_capabilities.shape = *cached;
        finish();
        return;
    }
    m_introspection = m_client->graphql(GraphQLDocuments::load(QStringLiteral("introspection")));
    connect(m_introspection, &ApiCall::finished, this, &InstanceConnector::readIntrospection);
}

void InstanceConnector::decideEligibility(const QJsonObject &probe)
{
    const bool hasEnterprise =
        std::any_of(m_capabilities.addOns.cbegin(), m_capabilities.addOns.cend(),
                    [](const AddOnPurchase &addOn) {
                        return addOn.name == QLatin1String("DUO_ENTERPRISE") ||
                               addOn.name == QLatin1String("SELF_HOSTED_DAP");
                    });
    // GitLab answers a null model list, without an error, to whoever may not manage them.
    m_capabilities.selfHostedModelsAllowed =
        probe.value(QLatin1String("aiSelfHostedModels")).isObject();
    if (m_capabilities.selfHostedModelsAllowed)
        return;

    const QString host = m_client->settings().url.host();
    QString &reason = m_capabilities.selfHostedModelsReason;
    using Block = InstanceCapabilities::SelfHostedBlock;
    Block &block = m_capabilities.selfHostedBlock;
    if (!m_capabilities.isAdmin) {
        block = Block::NotAdmin;
        reason = InstanceCapabilities::tr("Only administrators can manage self-hosted models, "
                                          "and GitLab does not treat %1 as one with this token.")
                     .arg(m_capabilities.username);
    } else if (host == QLatin1String("gitlab.com") || host.endsWith(QLatin1String(".gitlab.com"))) {
        block = Block::GitLabCom;
        reason = InstanceCapabilities::tr("GitLab.com does not offer self-hosted models.");
    } else if (!hasEnterprise) {
        block = Block::NoDuoAddOn;
        reason = InstanceCapabilities::tr(
            "This instance has no active GitLab Duo Enterprise add-on (nor GitLab Duo Agent "
            "Platform Self-Hosted).");
    } else {
        block = Block::Other;
        reason = InstanceCapabilities::tr(
            "GitLab does not let this token manage self-hosted models: the license may lack "
            "the feature, or Amazon Q may be connected.");
    }
}

void InstanceConnector::readIntrospection()
{
    m_capabilities.roundTrips = 2;
    m_capabilities.introspectionDownloaded = true;
    if (!m_introspection->succeeded()) {
        finish(m_introspection->error());
        return;
    }
    const ApiShape shape = ShapeDetection::fromIntrospection(m_introspection->json().object());
    if (!shape.known) {
        finish({ApiError::Category::Protocol,
                tr("GitLab's API schema could not be read, so Duo Console cannot tell which "
                   "operations this instance offers.")});
        return;
    }
    m_capabilities.shape = shape;
    SchemaCache::store(m_client->settings().url, m_capabilities.version, m_capabilities.revision,
                       shape);
    finish();
}

void InstanceConnector::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    qCInfo(lcNet) << "connect finished:"
                  << (m_error.isError() ? m_error.detail() : QStringLiteral("ok")) << "round trips"
                  << m_capabilities.roundTrips;
    Q_EMIT finished();
}
