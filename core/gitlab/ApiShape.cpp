#include "ApiShape.h"

#include <QJsonArray>
#include <QSet>

namespace {

QHash<QString, QJsonObject> typesByName(const QJsonObject &result)
{
    QJsonObject schema = result.value(QLatin1String("__schema")).toObject();
    if (schema.isEmpty())
        schema = result.value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("__schema"))
                     .toObject();
    QHash<QString, QJsonObject> types;
    for (const auto &type : schema.value(QLatin1String("types")).toArray()) {
        const QJsonObject object = type.toObject();
        types.insert(object.value(QLatin1String("name")).toString(), object);
    }
    return types;
}

QStringList names(const QJsonObject &type, const char *member)
{
    QStringList result;
    for (const auto &entry : type.value(QLatin1String(member)).toArray())
        result << entry.toObject().value(QLatin1String("name")).toString();
    return result;
}

} // namespace

QString ApiShape::name() const
{
    if (!known)
        return QStringLiteral("unknown");
    return featureSettingsBatch ? QStringLiteral("18.x") : QStringLiteral("17.x");
}

ApiShape ApiShape::fromIntrospection(const QJsonObject &result)
{
    const auto types = typesByName(result);
    ApiShape shape;
    if (types.isEmpty())
        return shape;
    shape.known = true;

    const QStringList queries = names(types.value(QStringLiteral("Query")), "fields");
    const QStringList mutations = names(types.value(QStringLiteral("Mutation")), "fields");
    const QStringList model = names(types.value(QStringLiteral("AiSelfHostedModel")), "fields");
    const QStringList update =
        names(types.value(QStringLiteral("AiFeatureSettingUpdateInput")), "inputFields");

    shape.featureSettingsBatch = update.contains(QLatin1String("features"));
    shape.offeredModelRef = update.contains(QLatin1String("offeredModelRef"));
    shape.duoSettings = queries.contains(QLatin1String("duoSettings")) &&
                        mutations.contains(QLatin1String("duoSettingsUpdate"));
    shape.connectionCheck = mutations.contains(QLatin1String("aiSelfHostedModelConnectionCheck"));
    shape.modelReleaseState = model.contains(QLatin1String("releaseState"));
    shape.modelDisplayName = model.contains(QLatin1String("modelDisplayName"));
    shape.modelApiToken = model.contains(QLatin1String("apiToken"));
    shape.modelUpdatedAt = model.contains(QLatin1String("updatedAt"));
    shape.modelFamilies =
        names(types.value(QStringLiteral("AiAcceptedSelfHostedModels")), "enumValues");
    shape.features = names(types.value(QStringLiteral("AiFeatures")), "enumValues");
    shape.providers = names(types.value(QStringLiteral("AiFeatureProviders")), "enumValues");
    return shape;
}

QJsonObject ApiShape::toJson() const
{
    return {
        {QStringLiteral("known"), known},
        {QStringLiteral("featureSettingsBatch"), featureSettingsBatch},
        {QStringLiteral("offeredModelRef"), offeredModelRef},
        {QStringLiteral("duoSettings"), duoSettings},
        {QStringLiteral("connectionCheck"), connectionCheck},
        {QStringLiteral("modelReleaseState"), modelReleaseState},
        {QStringLiteral("modelDisplayName"), modelDisplayName},
        {QStringLiteral("modelApiToken"), modelApiToken},
        {QStringLiteral("modelUpdatedAt"), modelUpdatedAt},
        {QStringLiteral("modelFamilies"), QJsonArray::fromStringList(modelFamilies)},
        {QStringLiteral("features"), QJsonArray::fromStringList(features)},
        {QStringLiteral("providers"), QJsonArray::fromStringList(providers)},
    };
}

ApiShape ApiShape::fromJson(const QJsonObject &json)
{
    auto flag = [&](const char *key) {
        return json.value(QLatin1String(key)).toBool();
    };
    auto list = [&](const char *key) {
        QStringList values;
        for (const auto &value : json.value(QLatin1String(key)).toArray())
            values << value.toString();
        return values;
    };
    ApiShape shape;
    shape.known = flag("known");
    shape.featureSettingsBatch = flag("featureSettingsBatch");
    shape.offeredModelRef = flag("offeredModelRef");
    shape.duoSettings = flag("duoSettings");
    shape.connectionCheck = flag("connectionCheck");
    shape.modelReleaseState = flag("modelReleaseState");
    shape.modelDisplayName = flag("modelDisplayName");
    shape.modelApiToken = flag("modelApiToken");
    shape.modelUpdatedAt = flag("modelUpdatedAt");
    shape.modelFamilies = list("modelFamilies");
    shape.features = list("features");
    shape.providers = list("providers");
    return shape;
}
