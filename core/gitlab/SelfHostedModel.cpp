#include "SelfHostedModel.h"

namespace {
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kFamily = QStringLiteral("family");
const QString kEndpoint = QStringLiteral("endpoint");
const QString kIdentifier = QStringLiteral("identifier");
const QString kHasApiKey = QStringLiteral("hasApiKey");
const QString kReleaseState = QStringLiteral("releaseState");
const QString kUpdatedAt = QStringLiteral("updatedAt");
} // namespace

QJsonObject SelfHostedModel::editableFields() const
{
    return {{kName, name}, {kFamily, family}, {kEndpoint, endpoint}, {kIdentifier, identifier}};
}

void SelfHostedModel::applyFields(const QJsonObject &fields)
{
    if (fields.contains(kName))
        name = fields.value(kName).toString();
    if (fields.contains(kFamily))
        family = fields.value(kFamily).toString();
    if (fields.contains(kEndpoint))
        endpoint = fields.value(kEndpoint).toString();
    if (fields.contains(kIdentifier))
        identifier = fields.value(kIdentifier).toString();
}

QJsonObject SelfHostedModel::toJson() const
{
    QJsonObject json = editableFields();
    json.insert(kId, id);
    json.insert(kHasApiKey, hasApiKey);
    if (!releaseState.isEmpty())
        json.insert(kReleaseState, releaseState);
    if (updatedAt.isValid())
        json.insert(kUpdatedAt, updatedAt.toString(Qt::ISODate));
    return json;
}

SelfHostedModel SelfHostedModel::fromJson(const QJsonObject &json)
{
    SelfHostedModel model;
    model.id = json.value(kId).toString();
    model.applyFields(json);
    model.hasApiKey = json.value(kHasApiKey).toBool();
    model.releaseState = json.value(kReleaseState).toString();
    model.updatedAt = QDateTime::fromString(json.value(kUpdatedAt).toString(), Qt::ISODate);
    return model;
}

SelfHostedModel SelfHostedModel::fromGraphQL(const QJsonObject &node)
{
    SelfHostedModel model;
    model.id = node.value(kId).toString();
    model.name = node.value(kName).toString();
    model.family = node.value(QLatin1String("model")).toString().toUpper();
    model.endpoint = node.value(kEndpoint).toString();
    model.identifier = node.value(kIdentifier).toString();
    model.hasApiKey = node.value(QLatin1String("hasApiToken")).toBool();
    model.releaseState = node.value(kReleaseState).toString();
    model.updatedAt = QDateTime::fromString(node.value(kUpdatedAt).toString(), Qt::ISODate);
    return model;
}
