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
    bool connectionCheck = false;      // aiSelfHostedModelConnectionCheck (17.7+)
    bool modelReleaseState = false;
    bool modelDisplayName = false;
    bool modelApiToken = false;
    bool modelUpdatedAt = false;
    QStringList modelFamilies; // AiAcceptedSelfHostedModels
    QStringList features;      // AiFeatures
    QStringList providers;     // AiFeatureProviders

    // "18.x" when the feature update takes a list, "17.x" when it takes one feature.
    QString name() const;

    // From an introspection result ({"data": {"__schema": …}} or {"__schema": …}).
    static ApiShape fromIntrospection(const QJsonObject &result);

    QJsonObject toJson() const;
    static ApiShape fromJson(const QJsonObject &json);
};
