#include "SelfHostedModel.h"

#include <QUuid>

namespace {
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kFamily = QStringLiteral("family");
const QString kEndpoint = QStringLiteral("endpoint");
const QString kIdentifier = QStringLiteral("identifier");
const QString kProvider = QStringLiteral("provider");
const QString kProviderInferred = QStringLiteral("providerInferred");
const QString kHasApiKey = QStringLiteral("hasApiKey");
const QString kReleaseState = QStringLiteral("releaseState");
const QString kUpdatedAt = QStringLiteral("updatedAt");
} // namespace

QString SelfHostedModel::newLocalId()
{
    return QLatin1String("local:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool SelfHostedModel::isEditableField(const QString &field)
{
    return field == kName || field == kFamily || field == kEndpoint || field == kIdentifier ||
           field == kProvider;
}

QJsonObject SelfHostedModel::editableFields() const
{
    QJsonObject fields{
        {kName, name}, {kFamily, family}, {kEndpoint, endpoint}, {kIdentifier, identifier}};
    if (!provider.isEmpty())
        fields.insert(kProvider, provider);
    return fields;
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
    if (fields.contains(kProvider)) {
        provider = fields.value(kProvider).toString();
        providerInferred = false;
    }
}

QJsonObject SelfHostedModel::toJson() const
{
    QJsonObject json = editableFields();
    json.insert(kId, id);
    json.insert(kHasApiKey, hasApiKey);
    if (providerInferred)
        json.insert(kProviderInferred, true);
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
    model.providerInferred = json.value(kProviderInferred).toBool();
    model.hasApiKey = json.value(kHasApiKey).toBool();
    model.releaseState = json.value(kReleaseState).toString();
    model.updatedAt = QDateTime::fromString(json.value(kUpdatedAt).toString(), Qt::ISODate);
    return model;
}
