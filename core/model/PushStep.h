#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One mutation of a push plan. Model ids in `input` may still be a draft's local id: the pusher
// puts the created model's global id in before the step is sent, which is why a step waits for
// the steps it depends on.
struct PushStep
{
    Q_DECLARE_TR_FUNCTIONS(PushStep)

public:
    enum class Mutation {
        CreateModel,
        UpdateModel,
        DeleteModel,
        SetFeatures,
        SetFeature,
        UpdateDuoSettings,
        SetAllowlist
    };

    Mutation mutation = Mutation::CreateModel;
    QString changeId;
    QString model; // the model it writes, or assigns features to (a draft's local id at first)
    QJsonObject input;
    // The change's fields this step sends, as the change names them: the journal keeps them,
    // so a push that dies can tell its own writes on the server from anyone else's.
    QJsonObject sends;
    QString description;      // one line for the plan, e.g. "Create model 'vLLM Mistral' (MISTRAL)"
    bool needsApiKey = false; // input.apiToken comes from the keychain at send time
    bool isReassignment = false; // moves features off a model about to be deleted
    QList<int> dependsOn;        // steps of the plan that must have succeeded first

    static QString mutationName(Mutation mutation);
    QJsonObject toJson() const;
};
