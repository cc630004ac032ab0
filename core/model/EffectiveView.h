#pragma once

#include "model/ChangeIndex.h"
#include "model/WorkspaceDelta.h"

#include <QHash>
#include <QMap>
#include <QMultiHash>
#include <functional>

// How a model of the effective view differs from the server's.
enum class PendingState { None, New, Edited, Deleted };

struct EffectiveModel
{
    SelfHostedModel model;
    PendingState pending = PendingState::None;
    QString changeId; // the change that makes it pending
    Change::Status changeStatus = Change::Status::Pending;
    qint64 order = 0; // the server's order (newest first), then drafts in recording order

    bool isPending() const { return pending != PendingState::None; }
    bool isDeleted() const { return pending == PendingState::Deleted; }
    bool operator==(const EffectiveModel &) const = default;
};

// Where a partial view reads the server models it was not given: by id, by name, and their
// number (the store answers from SQLite, through indexes).
struct ServerModelLookup
{
    std::function<std::optional<SelfHostedModel>(const QString &id)> byId;
    std::function<std::optional<SelfHostedModel>(const QString &name)> byName;
    std::function<qsizetype()> count;
};

// A workspace in memory: the server snapshot, the pending changes, and the effective view
// (the snapshot with the changes applied), each with indexed lookups. Every update touches only
// the rows it concerns, so its cost does not grow with the number of models.
//
// A view may be partial: given every change but only the server models they touch, it reads
// any other model through a lookup when asked for it, and keeps it. Listing every model needs
// a complete view.
class EffectiveView
{
public:
    void reset(const WorkspaceState &state);
    // A partial view: `state.snapshot.models` holds only some models; `lookup` finds the rest.
    void resetPartial(const WorkspaceState &state, ServerModelLookup lookup);
    bool isComplete() const { return m_complete; }
    ViewChanges apply(const WorkspaceDelta &delta);

    // --- the server's state
    bool snapshotExists() const { return m_snapshotExists; }
    QDateTime snapshotTakenAt() const { return m_takenAt; }
    // GitLab hid the feature settings from this token at the last read (Snapshot::featuresHidden).
    bool featuresHidden() const { return m_featuresHidden; }
    const SelfHostedModel *serverModel(const QString &id) const;
    const SelfHostedModel *serverModelNamed(const QString &name) const;
    qsizetype serverModelCount() const;
    const QList<FeatureSetting> &serverFeatures() const { return m_serverFeatures; }
    const FeatureSetting *serverFeature(const QString &feature) const;
    const std::optional<DuoSettings> &serverDuo() const { return m_serverDuo; }
    QString snapshotGitlabVersion() const { return m_gitlabVersion; }
    Snapshot snapshot() const; // a copy of the whole server state

    // --- pending changes
    QList<Change> changes() const { return m_changes.all(); } // in recording order
    qsizetype changeCount() const { return m_changes.size(); }
    const Change *change(const QString &id) const { return m_changes.change(id); }
    const Change *pendingFor(Change::Kind kind, const QString &target) const
    {
        return m_changes.pendingFor(kind, target);
    }
    // The assignment covering a feature.
    const Change *featureChange(const QString &feature) const
    {
        return m_changes.featureChange(feature);
    }
    // The changes that name a model, by modelId or reassignTo.
    QStringList changesReferring(const QString &modelId) const
    {
        return m_changes.referring(modelId);
    }
    qint64 nextSequence() const { return m_changes.nextSequence(); }

    // --- the effective view
    // Any row, rows to delete included.
    const EffectiveModel *model(const QString &id) const;
    // A model that stays: not one to delete.
    const EffectiveModel *liveModel(const QString &id) const;
    const EffectiveModel *modelNamed(const QString &name) const;  // rows to delete excluded
    QList<EffectiveModel> models(bool withDeleted = false) const; // complete views only
    qsizetype rowCount() const { return m_rows.size(); }
    QList<FeatureSetting> features() const;
    std::optional<FeatureSetting> feature(const QString &feature) const;
    QStringList featuresServedBy(const QString &modelId) const;
    std::optional<DuoSettings> duo() const;

private:
    void putServerModel(const SelfHostedModel &model) const;
    const SelfHostedModel *fetched(std::optional<SelfHostedModel> model) const;
    void removeServerModel(const QString &id);
    void putServerFeature(const FeatureSetting &setting);
    void touchedBy(const Change &change, QSet<QString> &models, ViewChanges &changes) const;
    void recomputeRow(const QString &id, ViewChanges &changes);
    std::optional<EffectiveModel> computeRow(const QString &id) const;
    void setRow(const QString &id, std::optional<EffectiveModel> row) const;

    bool m_snapshotExists = false;
    bool m_featuresHidden = false;
    bool m_complete = true;
    ServerModelLookup m_lookup;
    QDateTime m_takenAt;
    // A partial view fills these (and the rows) as models are asked for: caches, hence mutable.
    mutable QHash<QString, SelfHostedModel> m_server;
    mutable QHash<QString, qint64> m_serverOrder;
    mutable QMultiHash<QString, QString> m_serverByName;
    mutable qint64 m_firstOrder = 0;
    QList<FeatureSetting> m_serverFeatures;
    QHash<QString, qsizetype> m_serverFeatureIndex;
    std::optional<DuoSettings> m_serverDuo;
    QString m_gitlabVersion;

    ChangeIndex m_changes;

    mutable QHash<QString, EffectiveModel> m_rows;
    mutable QMultiHash<QString, QString> m_rowsByName; // live rows only
};
