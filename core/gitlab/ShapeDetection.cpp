#include "ShapeDetection.h"

#include <QHash>
#include <QJsonArray>

namespace ShapeDetection {

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

ApiShape fromIntrospection(const QJsonObject &result)
{
    const auto types = typesByName(result);
    ApiShape shape;
    if (types.isEmpty())
        return shape;
    shape.known = true;
    auto fields = [&](const char *type) {
        return names(types.value(QLatin1String(type)), "fields");
    };
    auto inputs = [&](const char *type) {
        return names(types.value(QLatin1String(type)), "inputFields");
    };
    auto values = [&](const char *type) {
        return names(types.value(QLatin1String(type)), "enumValues");
    };

    const QStringList queries = fields("Query");
    const QStringList mutations = fields("Mutation");
    const QStringList model = fields("AiSelfHostedModel");
    const QStringList duo = fields("DuoSettings");
    const QStringList update = inputs("AiFeatureSettingUpdateInput");

    shape.featureSettingsBatch = update.contains(QLatin1String("features"));
    shape.offeredModelRef = update.contains(QLatin1String("offeredModelRef"));
    shape.duoSettings = queries.contains(QLatin1String("duoSettings")) &&
                        mutations.contains(QLatin1String("duoSettingsUpdate"));
    shape.gatewayTimeout = duo.contains(QLatin1String("aiGatewayTimeoutSeconds"));
    shape.agentPlatformUrl = duo.contains(QLatin1String("duoAgentPlatformServiceUrl"));
    shape.agentPlatformTls = duo.contains(QLatin1String("selfHostedDuoAgentPlatformServiceSecure"));
    shape.connectionCheck = mutations.contains(QLatin1String("aiSelfHostedModelConnectionCheck"));
    shape.modelReleaseState = model.contains(QLatin1String("releaseState"));
    shape.modelDisplayName = model.contains(QLatin1String("modelDisplayName"));
    shape.modelApiToken = model.contains(QLatin1String("apiToken"));
    shape.modelUpdatedAt = model.contains(QLatin1String("updatedAt"));
    shape.modelProvider =
        model.contains(QLatin1String("provider")) &&
        inputs("AiSelfHostedModelCreateInput").contains(QLatin1String("provider"));
    shape.featureAllowlist =
        mutations.contains(QLatin1String("aiFeatureSettingModelAllowlistUpdate"));
    shape.functionalCheck =
        queries.contains(QLatin1String("functionalVerificationStatus")) &&
        mutations.contains(QLatin1String("createFunctionalVerificationWorkflow"));
    shape.modelFamilies = values("AiAcceptedSelfHostedModels");
    shape.features = values("AiFeatures");
    shape.providers = values("AiFeatureProviders");
    shape.modelProviders = values("AiSelfHostedModelProvider");
    return shape;
}

QSet<QString> capabilities(const ApiShape &shape)
{
    QSet<QString> set;
    const QJsonObject json = shape.toJson();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.value().isBool() && it.value().toBool())
            set.insert(it.key());
    }
    return set;
}

} // namespace ShapeDetection
