#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Which provider serves one AI-native feature: DISABLED, VENDORED (a GitLab AI vendor model),
// SELF_HOSTED (with a model), or UNASSIGNED (18.x: never configured).
struct FeatureSetting
{
    QString feature;  // AiFeatures value, e.g. "CODE_GENERATIONS"
    QString provider; // AiFeatureProviders value
    QString modelId;  // the self-hosted model's id when provider is SELF_HOSTED
    QString title;
    QString mainFeature;
    QString releaseState;           // GA | BETA | EXPERIMENT
    QStringList compatibleFamilies; // AiAcceptedSelfHostedModels values

    QJsonObject assignment() const; // {"provider", "modelId"}: what a change sets
    QJsonObject toJson() const;
    static FeatureSetting fromJson(const QJsonObject &json);
    static FeatureSetting fromGraphQL(const QJsonObject &node);
};

// The Duo settings (18.x): the AI gateway and its timeout.
struct DuoSettings
{
    QString aiGatewayUrl;
    int aiGatewayTimeoutSeconds = 60;
    QString duoAgentPlatformServiceUrl;

    QJsonObject toJson() const;
    static DuoSettings fromJson(const QJsonObject &json);
};
