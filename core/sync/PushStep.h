#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One mutation of a push plan. Model ids in `input` may still be a draft's local id; the pusher
// replaces them with the created model's global id before the step is sent.
struct PushStep
{
    // The plan's order: creates, updates, feature assignments, Duo settings, then deletes.
    enum class Phase { Create, Update, Features, DuoSettings, Delete };

    Phase phase = Phase::Create;
    QString changeId;
    QString document; // the mutation's .graphql resource name, e.g. "create-model"
    QJsonObject input;
    QString description;      // one line for the plan, e.g. "Create model 'vLLM Mistral' (MISTRAL)"
    bool needsApiKey = false; // input.apiToken comes from the keychain at send time
    bool isReassignment = false; // moves features off a model about to be deleted

    QJsonObject toJson() const;
};
