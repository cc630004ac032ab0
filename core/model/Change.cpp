#include "Change.h"

#include <QJsonArray>

QStringList Change::features() const
{
    QStringList list;
    for (const auto &feature : values.value(QLatin1String("features")).toArray())
        list << feature.toString();
    return list;
}

QString Change::apiKeyRef() const
{
    const QJsonValue ref = values.value(apiKeyField);
    // Workspaces of schema 2 marked a key with `true` and kept it under the change's own id.
    if (ref.isBool())
        return ref.toBool() ? id : QString();
    return ref.toString();
}

QString Change::apiKeyName(const QString &instanceId) const
{
    return apiKeyName(instanceId, apiKeyRef());
}

QString Change::apiKeyName(const QString &instanceId, const QString &ref)
{
    return QStringLiteral("instances/%1/changes/%2/apiKey").arg(instanceId, ref);
}

QStringList Change::referencedModels() const
{
    QStringList ids;
    for (const char *key : {"modelId", "reassignTo"}) {
        const QString modelId = values.value(QLatin1String(key)).toString();
        if (!modelId.isEmpty())
            ids << modelId;
    }
    return ids;
}

namespace {
const std::pair<Change::Kind, const char *> kindNames[] = {
    {Change::Kind::CreateModel, "create-model"},
    {Change::Kind::UpdateModel, "update-model"},
    {Change::Kind::DeleteModel, "delete-model"},
    {Change::Kind::SetFeatures, "set-features"},
    {Change::Kind::UpdateDuoSettings, "update-duo-settings"},
    {Change::Kind::SetAllowlist, "set-allowlist"},
};
const std::pair<Change::Status, const char *> statusNames[] = {
    {Change::Status::Pending, "pending"},
    {Change::Status::Conflict, "conflict"},
    {Change::Status::Failed, "failed"},
    {Change::Status::Pushed, "pushed"},
};
} // namespace

QString Change::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

Change::Kind Change::kindFromName(const QString &name)
{
    for (const auto &[k, text] : kindNames) {
        if (name == QLatin1String(text))
            return k;
    }
    return Kind::UpdateModel;
}

QString Change::statusName(Status status)
{
    for (const auto &[s, name] : statusNames) {
        if (s == status)
            return QLatin1String(name);
    }
    return {};
}

QString Change::statusText() const
{
    switch (status) {
    case Status::Pending:
        return sentAt.isValid() ? tr("interrupted: checked on the next push") : tr("pending");
    case Status::Conflict:
        return tr("conflict");
    case Status::Failed:
        return tr("failed");
    case Status::Pushed:
        return tr("pushed");
    }
    return {};
}

Change::Status Change::statusFromName(const QString &name)
{
    for (const auto &[s, text] : statusNames) {
        if (name == QLatin1String(text))
            return s;
    }
    return Status::Pending;
}

QJsonObject Change::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("kind"), kindName(kind)},
                     {QStringLiteral("target"), target},
                     {QStringLiteral("values"), values},
                     {QStringLiteral("base"), base},
                     {QStringLiteral("status"), statusName(status)},
                     {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODate)}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (!conflictFields.isEmpty())
        json.insert(QStringLiteral("conflictFields"), QJsonArray::fromStringList(conflictFields));
    if (!createdId.isEmpty())
        json.insert(QStringLiteral("createdId"), createdId);
    return json;
}
