#include "FeatureSetting.h"

#include <QJsonArray>

QJsonObject FeatureSetting::assignment(const QString &provider, const QString &modelId)
{
    return {{QStringLiteral("provider"), provider}, {QStringLiteral("modelId"), modelId}};
}

QJsonObject FeatureSetting::assignment() const
{
    return assignment(provider, modelId);
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
    for (const auto &family : json.value(QLatin1String("compatibleFamilies")).toArray())
        setting.compatibleFamilies << family.toString();
    return setting;
}
