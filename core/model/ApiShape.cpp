#include "ApiShape.h"

#include <QJsonArray>

namespace {

// Every flag with its JSON key, so the JSON form and the struct cannot drift apart.
const std::pair<const char *, bool ApiShape::*> flags[] = {
    {"known", &ApiShape::known},
    {"featureSettingsBatch", &ApiShape::featureSettingsBatch},
    {"offeredModelRef", &ApiShape::offeredModelRef},
    {"duoSettings", &ApiShape::duoSettings},
    {"gatewayTimeout", &ApiShape::gatewayTimeout},
    {"agentPlatformUrl", &ApiShape::agentPlatformUrl},
    {"agentPlatformTls", &ApiShape::agentPlatformTls},
    {"connectionCheck", &ApiShape::connectionCheck},
    {"modelReleaseState", &ApiShape::modelReleaseState},
    {"modelDisplayName", &ApiShape::modelDisplayName},
    {"modelApiToken", &ApiShape::modelApiToken},
    {"modelUpdatedAt", &ApiShape::modelUpdatedAt},
    {"modelProvider", &ApiShape::modelProvider},
    {"featureAllowlist", &ApiShape::featureAllowlist},
    {"functionalCheck", &ApiShape::functionalCheck},
};

const std::pair<const char *, QStringList ApiShape::*> lists[] = {
    {"modelFamilies", &ApiShape::modelFamilies},
    {"features", &ApiShape::features},
    {"providers", &ApiShape::providers},
    {"modelProviders", &ApiShape::modelProviders},
};

} // namespace

QString ApiShape::name() const
{
    if (!known)
        return QStringLiteral("unknown");
    if (modelProvider)
        return QStringLiteral("19.x");
    return featureSettingsBatch ? QStringLiteral("18.x") : QStringLiteral("17.x");
}

QJsonObject ApiShape::toJson() const
{
    QJsonObject json;
    for (const auto &[key, member] : flags)
        json.insert(QLatin1String(key), this->*member);
    for (const auto &[key, member] : lists)
        json.insert(QLatin1String(key), QJsonArray::fromStringList(this->*member));
    return json;
}

ApiShape ApiShape::fromJson(const QJsonObject &json)
{
    ApiShape shape;
    for (const auto &[key, member] : flags)
        shape.*member = json.value(QLatin1String(key)).toBool();
    for (const auto &[key, member] : lists) {
        for (const auto &value : json.value(QLatin1String(key)).toArray())
            (shape.*member) << value.toString();
    }
    return shape;
}
