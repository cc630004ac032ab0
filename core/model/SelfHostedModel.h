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
    // API | BEDROCK | VERTEX_AI (AiSelfHostedModelProvider): stored by 19.x instances, inferred
    // from the identifier on older ones (providerInferred), empty where neither applies.
    QString provider;
    bool providerInferred = false;
    bool hasApiKey = false;
    QString releaseState; // GA | BETA | EXPERIMENTAL, when the instance says
    QDateTime updatedAt;

    static bool isLocalId(const QString &id) { return id.startsWith(QLatin1String("local:")); }
    static QString newLocalId();

    // The fields a change can set, as JSON: name, family, endpoint, identifier, and provider
    // where the model has one.
    QJsonObject editableFields() const;
    void applyFields(const QJsonObject &fields);
    static bool isEditableField(const QString &field);

    QJsonObject toJson() const;
    static SelfHostedModel fromJson(const QJsonObject &json);

    bool operator==(const SelfHostedModel &) const = default;
};
