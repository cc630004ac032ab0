#pragma once

#include <QJsonObject>
#include <QStringList>

// What the instance's Duo GraphQL API looks like, read from its schema (never guessed from the
// version number): which operations and fields exist, and the enum values it accepts.
struct ApiShape
{
    bool known = false;
    bool featureSettingsBatch = false; // aiFeatureSettingUpdate(features: [...]) (18.x)
    bool offeredModelRef = false;      // GitLab-managed model selection in feature updates
    bool duoSettings = false;          // duoSettings / duoSettingsUpdate (17.9+)
    bool gatewayTimeout = false;       // DuoSettings.aiGatewayTimeoutSeconds (18.6+)
    bool agentPlatformUrl = false;     // DuoSettings.duoAgentPlatformServiceUrl (18.4+)
    bool agentPlatformTls = false;     // DuoSettings.selfHostedDuoAgentPlatformServiceSecure (19.x)
    bool connectionCheck = false;      // aiSelfHostedModelConnectionCheck (17.7+)
    bool modelReleaseState = false;
    bool modelDisplayName = false;
    bool modelApiToken = false;
    bool modelUpdatedAt = false;
    bool modelProvider = false;    // AiSelfHostedModel.provider, stored per model (19.x)
    bool featureAllowlist = false; // aiFeatureSettingModelAllowlistUpdate (19.1+)
    bool functionalCheck = false;  // functionalVerificationStatus (19.5+)
    QStringList modelFamilies;     // AiAcceptedSelfHostedModels
    QStringList features;          // AiFeatures
    QStringList providers;         // AiFeatureProviders
    QStringList modelProviders;    // AiSelfHostedModelProvider (19.x)

    // "19.x" where models have a provider, "18.x" where the feature update takes a list,
    // "17.x" where it takes one feature.
    QString name() const;

    QJsonObject toJson() const;
    static ApiShape fromJson(const QJsonObject &json);
    bool operator==(const ApiShape &) const = default;
};
