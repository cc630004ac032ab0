#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One edit, recorded locally before it reaches GitLab. It keeps its new values and its base:
// the server values it was made against, so a push can tell a merge from a conflict.
struct Change
{
    enum class Kind {
        CreateModel,
        UpdateModel,
        DeleteModel,
        SetFeatures,
        UpdateDuoSettings,
        SetAllowlist
    };
    enum class Status { Pending, Conflict, Failed, Pushed };

    QString id;          // uuid
    qint64 sequence = 0; // recording order
    qint64 version = 0;  // moves with every write of the row
    Kind kind = Kind::UpdateModel;
    // CreateModel: the draft's local id; Update/DeleteModel: the model's id; SetFeatures: the
    // features, comma-separated; UpdateDuoSettings: "duo"; SetAllowlist: the feature.
    QString target;
    // CreateModel: all editable fields; UpdateModel / UpdateDuoSettings / SetAllowlist: the
    // changed fields (SetAllowlist: allowlistEnabled, allowlistModelRefs);
    // SetFeatures: {"features": [...], "provider", "modelId"}; DeleteModel: {"reassignTo": id}
    // or {"disableFeatures": true} or {}. Model changes may carry "apiKey": a reference to a key
    // entered for the model, which is in the keychain under apiKeyName(); never the key itself.
    QJsonObject values;
    // UpdateModel / UpdateDuoSettings / SetAllowlist: the server's value of each changed field;
    // SetFeatures:
    // {FEATURE: {"provider", "modelId"}}; DeleteModel: the model's fields.
    QJsonObject base;
    Status status = Status::Pending;
    QString error;              // GitLab's message, or the conflict's description
    QStringList conflictFields; // fields changed on both sides, when status is Conflict
    QDateTime createdAt;
    QDateTime sentAt;       // set while a push has it in flight (the journal)
    QJsonObject sentValues; // what that push sent: a later edit may have moved on
    QString createdId;      // CreateModel: the global id GitLab gave it

    static inline const QString apiKeyField = QStringLiteral("apiKey");

    bool isModelChange() const
    {
        return kind == Kind::CreateModel || kind == Kind::UpdateModel || kind == Kind::DeleteModel;
    }
    QStringList features() const;
    bool hasApiKey() const { return values.contains(apiKeyField); }
    // Which keychain entry holds the key entered in this change (empty when none).
    QString apiKeyRef() const;
    // The keychain entry of a key entered in this draft.
    QString apiKeyName(const QString &instanceId) const;
    static QString apiKeyName(const QString &instanceId, const QString &ref);
    // The draft model a change refers to (a SetFeatures model, a delete's successor), if any.
    QStringList referencedModels() const;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
    // The status in words, in the user's language ("pending", "interrupted: …").
    QString statusText() const;
    QJsonObject toJson() const;
    bool operator==(const Change &) const = default;

    Q_DECLARE_TR_FUNCTIONS(Change)
};
