#include "FeatureSetting.h"

#include <QJsonArray>

QJsonObject FeatureSetting::assignment(const QString &provider, const QString &modelId,
                                       const QString &modelRef)
{
    QJsonObject json{{QStringLiteral("provider"), provider}, {QStringLiteral("modelId"), modelId}};
    if (!modelRef.isEmpty()) // absent rather than empty: assignments recorded before compare equal
        json.insert(QStringLiteral("modelRef"), modelRef);
    return json;
}

QJsonObject FeatureSetting::assignment() const
{
    return assignment(provider, modelId, modelRef);
}

QString FeatureSetting::gitlabModelName(const QString &ref) const
{
    for (const auto &entry : gitlabModels) {
        if (entry.toObject().value(QLatin1String("ref")).toString() == ref)
            return entry.toObject().value(QLatin1String("name")).toString();
    }
    if (defaultGitlabModel.value(QLatin1String("ref")).toString() == ref)
        return defaultGitlabModel.value(QLatin1String("name")).toString();
    return ref;
}

QJsonObject FeatureSetting::allowlistFields() const
{
    QStringList refs;
    for (const auto &entry : allowList.value(QLatin1String("models")).toArray()) {
        const QJsonObject model = entry.toObject();
        if (model.value(QLatin1String("allowed")).toBool() &&
            !model.value(QLatin1String("current")).toBool())
            refs << model.value(QLatin1String("ref")).toString();
    }
    refs.sort();
    return {{QStringLiteral("allowlistEnabled"), allowList.value(QLatin1String("enabled"))},
            {QStringLiteral("allowlistModelRefs"), QJsonArray::fromStringList(refs)}};
}

QStringList FeatureSetting::allowlistRefs() const
{
    QStringList refs;
    for (const auto &entry : allowList.value(QLatin1String("models")).toArray())
        refs << entry.toObject().value(QLatin1String("ref")).toString();
    return refs;
}

QStringList FeatureSetting::refs(const QJsonValue &array)
{
    QStringList list;
    for (const auto &ref : array.toArray())
        list << ref.toString();
    return list;
}

QJsonObject FeatureSetting::allowListWith(const QJsonObject &fields) const
{
    QJsonObject list = allowList;
    if (fields.contains(QLatin1String("allowlistEnabled")))
        list.insert(QStringLiteral("enabled"), fields.value(QLatin1String("allowlistEnabled")));
    if (fields.contains(QLatin1String("allowlistModelRefs"))) {
        const QStringList allowed = refs(fields.value(QLatin1String("allowlistModelRefs")));
        QJsonArray models;
        for (const auto &entry : list.value(QLatin1String("models")).toArray()) {
            QJsonObject model = entry.toObject();
            model.insert(QStringLiteral("allowed"),
                         model.value(QLatin1String("current")).toBool() ||
                             allowed.contains(model.value(QLatin1String("ref")).toString()));
            models.append(model);
        }
        list.insert(QStringLiteral("models"), models);
    }
    return list;
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
    if (hasAllowlist())
        json.insert(QStringLiteral("allowList"), allowList);
    if (!gitlabModels.isEmpty())
        json.insert(QStringLiteral("gitlabModels"), gitlabModels);
    if (!defaultGitlabModel.isEmpty())
        json.insert(QStringLiteral("defaultGitlabModel"), defaultGitlabModel);
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
    setting.allowList = json.value(QLatin1String("allowList")).toObject();
    setting.modelRef = json.value(QLatin1String("modelRef")).toString();
    setting.gitlabModels = json.value(QLatin1String("gitlabModels")).toArray();
    setting.defaultGitlabModel = json.value(QLatin1String("defaultGitlabModel")).toObject();
    return setting;
}
