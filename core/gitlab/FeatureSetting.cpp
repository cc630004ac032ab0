#include "FeatureSetting.h"

#include <QJsonArray>

namespace {
QStringList upperStrings(const QJsonArray &array)
{
    QStringList values;
    for (const auto &value : array)
        values << value.toString().toUpper();
    return values;
}
} // namespace

QJsonObject FeatureSetting::assignment() const
{
    return {{QStringLiteral("provider"), provider}, {QStringLiteral("modelId"), modelId}};
}

QJsonObject FeatureSetting::toJson() const
{
    QJsonObject json = assignment();
    json.insert(QStringLiteral("feature"), feature);
    json.insert(QStringLiteral("title"), title);
    json.insert(QStringLiteral("mainFeature"), mainFeature);
    json.insert(QStringLiteral("releaseState"), releaseState);
    json.insert(QStringLiteral("compatibleFamilies"),
                QJsonArray::fromStringList(compatibleFamilies));
    return json;
}

FeatureSetting FeatureSetting::fromJson(const QJsonObject &json)
{
    FeatureSetting setting;
    setting.feature = json.value(QLatin1String("feature")).toString();
    setting.provider = json.value(QLatin1String("provider")).toString();
    setting.modelId = json.value(QLatin1String("modelId")).toString();
    setting.title = json.value(QLatin1String("title")).toString();
    setting.mainFeature = json.value(QLatin1String("mainFeature")).toString();
    setting.releaseState = json.value(QLatin1String("releaseState")).toString();
    setting.compatibleFamilies =
        upperStrings(json.value(QLatin1String("compatibleFamilies")).toArray());
    return setting;
}

FeatureSetting FeatureSetting::fromGraphQL(const QJsonObject &node)
{
    FeatureSetting setting;
    setting.feature = node.value(QLatin1String("feature")).toString().toUpper();
    setting.provider = node.value(QLatin1String("provider")).toString().toUpper();
    setting.modelId = node.value(QLatin1String("selfHostedModel"))
                          .toObject()
                          .value(QLatin1String("id"))
                          .toString();
    setting.title = node.value(QLatin1String("title")).toString();
    setting.mainFeature = node.value(QLatin1String("mainFeature")).toString();
    setting.releaseState = node.value(QLatin1String("releaseState")).toString();
    setting.compatibleFamilies =
        upperStrings(node.value(QLatin1String("compatibleLlms")).toArray());
    return setting;
}

QJsonObject DuoSettings::toJson() const
{
    return {{QStringLiteral("aiGatewayUrl"), aiGatewayUrl},
            {QStringLiteral("aiGatewayTimeoutSeconds"), aiGatewayTimeoutSeconds},
            {QStringLiteral("duoAgentPlatformServiceUrl"), duoAgentPlatformServiceUrl}};
}

DuoSettings DuoSettings::fromJson(const QJsonObject &json)
{
    DuoSettings settings;
    settings.aiGatewayUrl = json.value(QLatin1String("aiGatewayUrl")).toString();
    settings.aiGatewayTimeoutSeconds =
        json.value(QLatin1String("aiGatewayTimeoutSeconds")).toInt(60);
    settings.duoAgentPlatformServiceUrl =
        json.value(QLatin1String("duoAgentPlatformServiceUrl")).toString();
    return settings;
}
