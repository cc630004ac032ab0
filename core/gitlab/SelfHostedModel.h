#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A self-hosted model deployment as GitLab knows it, or as a draft not yet created.
struct SelfHostedModel
{
    QString id; // "gid://gitlab/Ai::SelfHostedModel/<n>", or "local:<uuid>" for a draft
    QString name;
    QString family; // AiAcceptedSelfHostedModels value, e.g. "MISTRAL"
    QString endpoint;
    QString identifier;
    bool hasApiKey = false;
    QString releaseState; // GA | BETA | EXPERIMENTAL, when the instance says
    QDateTime updatedAt;

    static bool isLocalId(const QString &id) { return id.startsWith(QLatin1String("local:")); }

    // The fields a change can set, as JSON: name, family, endpoint, identifier.
    QJsonObject editableFields() const;
    void applyFields(const QJsonObject &fields);

    QJsonObject toJson() const;
    static SelfHostedModel fromJson(const QJsonObject &json);
    // From a GraphQL AiSelfHostedModel node (family comes lower-case in `model`).
    static SelfHostedModel fromGraphQL(const QJsonObject &node);

    bool operator==(const SelfHostedModel &) const = default;
};
