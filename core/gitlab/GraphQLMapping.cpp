#include "GraphQLMapping.h"

#include <QJsonArray>

namespace GraphQLMapping {

QString inferredProvider(const QString &identifier)
{
    return identifier.startsWith(QLatin1String("bedrock/")) ? QStringLiteral("BEDROCK")
                                                            : QStringLiteral("API");
}

SelfHostedModel model(const QJsonObject &node, const ApiShape &shape)
{
    SelfHostedModel m;
    m.id = node.value(QLatin1String("id")).toString();
    m.name = node.value(QLatin1String("name")).toString();
    m.family = node.value(QLatin1String("model")).toString().toUpper();
    m.endpoint = node.value(QLatin1String("endpoint")).toString();
    m.identifier = node.value(QLatin1String("identifier")).toString();
    m.hasApiKey = node.value(QLatin1String("hasApiToken")).toBool();
    m.releaseState = node.value(QLatin1String("releaseState")).toString();
    m.updatedAt =
        QDateTime::fromString(node.value(QLatin1String("updatedAt")).toString(), Qt::ISODate);
    if (shape.modelProvider) {
        m.provider = node.value(QLatin1String("provider")).toString();
    } else {
        m.provider = inferredProvider(m.identifier);
        m.providerInferred = true;
    }
    return m;
}

FeatureSetting feature(const QJsonObject &node)
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
    for (const auto &family : node.value(QLatin1String("compatibleLlms")).toArray())
        setting.compatibleFamilies << family.toString().toUpper();
    auto offered = [](const QJsonValue &value) {
        const QJsonObject model = value.toObject();
        return QJsonObject{{QStringLiteral("ref"), model.value(QLatin1String("ref"))},
                           {QStringLiteral("name"), model.value(QLatin1String("name"))}};
    };
    if (setting.provider == FeatureSetting::vendored)
        setting.modelRef = node.value(QLatin1String("gitlabModel"))
                               .toObject()
                               .value(QLatin1String("ref"))
                               .toString();
    for (const auto &model : node.value(QLatin1String("validGitlabModels"))
                                 .toObject()
                                 .value(QLatin1String("nodes"))
                                 .toArray())
        setting.gitlabModels.append(offered(model));
    if (node.value(QLatin1String("defaultGitlabModel")).isObject())
        setting.defaultGitlabModel = offered(node.value(QLatin1String("defaultGitlabModel")));
    if (const QJsonObject list = node.value(QLatin1String("allowList")).toObject();
        !list.isEmpty()) {
        QJsonArray models;
        for (const auto &entry : list.value(QLatin1String("models"))
                                     .toObject()
                                     .value(QLatin1String("nodes"))
                                     .toArray()) {
            const QJsonObject model = entry.toObject();
            models.append(
                QJsonObject{{QStringLiteral("ref"), model.value(QLatin1String("ref"))},
                            {QStringLiteral("name"), model.value(QLatin1String("name"))},
                            {QStringLiteral("allowed"), model.value(QLatin1String("allowed"))},
                            {QStringLiteral("current"),
                             model.value(QLatin1String("currentlyChosenModelForFeature"))}});
        }
        setting.allowList = {{QStringLiteral("enabled"), list.value(QLatin1String("enabled"))},
                             {QStringLiteral("models"), models}};
    }
    return setting;
}

DuoSettings duoSettings(const QJsonObject &node)
{
    return DuoSettings{node};
}

} // namespace GraphQLMapping
