#pragma once

#include "model/Change.h"
#include "model/Snapshot.h"

#include <QList>
#include <QStringList>
#include <optional>

// What was found on the server: models read or written, models gone, feature settings, the
// Duo settings, and when the state was read.
struct ServerFacts
{
    QList<SelfHostedModel> modelsPut;
    QStringList modelsRemoved;
    std::optional<QList<FeatureSetting>> features; // the whole list, replacing the old one
    QList<FeatureSetting> featuresPut;
    std::optional<DuoSettings> duo;
    std::optional<QDateTime> takenAt;

    bool isEmpty() const
    {
        return modelsPut.isEmpty() && modelsRemoved.isEmpty() && !features &&
               featuresPut.isEmpty() && !duo && !takenAt;
    }
    void merge(const ServerFacts &later);
};

// A workspace's whole state: the server snapshot and the changes not yet pushed. A partial
// state holds only the server models its changes touch (see EffectiveView).
struct WorkspaceState
{
    Snapshot snapshot;
    QList<Change> changes;
    bool complete = true;
};

// One committed write to a workspace, as the rows it touched. Applied in order to an
// EffectiveView, it keeps a copy of the workspace up to date without reading it again.
struct WorkspaceDelta
{
    std::optional<WorkspaceState> reset; // the whole state, read again (written elsewhere)
    ServerFacts server;
    QList<Change> changesPut;
    QStringList changesRemoved;

    bool isEmpty() const
    {
        return !reset && server.isEmpty() && changesPut.isEmpty() && changesRemoved.isEmpty();
    }
};

// What applying a delta changed in the effective view: item models update these rows only.
struct ViewChanges
{
    bool reset = false;
    QStringList modelsAdded;
    QStringList modelsChanged;
    QStringList modelsRemoved;
    bool featuresChanged = false;
    bool duoChanged = false;
    bool changesChanged = false;
    bool snapshotChanged = false;

    bool isEmpty() const
    {
        return !reset && modelsAdded.isEmpty() && modelsChanged.isEmpty() &&
               modelsRemoved.isEmpty() && !featuresChanged && !duoChanged && !changesChanged &&
               !snapshotChanged;
    }
};
