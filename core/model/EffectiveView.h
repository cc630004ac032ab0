#pragma once

#include "model/ChangeIndex.h"
#include "model/WorkspaceDelta.h"

#include <QHash>
#include <QMap>
#include <QMultiHash>

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

// A workspace in memory: the server snapshot, the pending changes, and the effective view
// (the snapshot with the changes applied), each with indexed lookups. Every update touches only
// the rows it concerns, so its cost does not grow with the number of models.
class EffectiveView
{
public:
    void reset(const WorkspaceState &state);
    ViewChanges apply(const WorkspaceDelta &delta);

    // --- the server's state
    bool snapshotExists() const { return m_snapshotExists; }
    QDateTime snapshotTakenAt() const { return m_takenAt; }
    const SelfHostedModel *serverModel(const QString &id) const;
    const SelfHostedModel *serverModelNamed(const QString &name) const;
    qsizetype serverModelCount() const { return m_server.size(); }
    const QList<FeatureSetting> &serverFeatures() const { return m_serverFeatures; }
    const FeatureSetting *serverFeature(const QString &feature) const;
    const std::optional<DuoSettings> &serverDuo() const { return m_serverDuo; }
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
    const EffectiveModel *modelNamed(const QString &name) const; // rows to delete excluded
    QList<EffectiveModel> models(bool withDeleted = false) const;
    qsizetype rowCount() const { return m_rows.size(); }
    QList<FeatureSetting> features() const;
    std::optional<FeatureSetting> feature(const QString &feature) const;
    QStringList featuresServedBy(const QString &modelId) const;
    std::optional<DuoSettings> duo() const;

private:
    void putServerModel(const SelfHostedModel &model);
    void removeServerModel(const QString &id);
    void putServerFeature(const FeatureSetting &setting);
    void touchedBy(const Change &change, QSet<QString> &models, ViewChanges &changes) const;
    void recomputeRow(const QString &id, ViewChanges &changes);
    std::optional<EffectiveModel> computeRow(const QString &id) const;
    void setRow(const QString &id, std::optional<EffectiveModel> row);

    bool m_snapshotExists = false;
    QDateTime m_takenAt;
    QHash<QString, SelfHostedModel> m_server;
    QHash<QString, qint64> m_serverOrder;
    QMultiHash<QString, QString> m_serverByName;
    qint64 m_firstOrder = 0;
    QList<FeatureSetting> m_serverFeatures;
    QHash<QString, qsizetype> m_serverFeatureIndex;
    std::optional<DuoSettings> m_serverDuo;

    ChangeIndex m_changes;

    QHash<QString, EffectiveModel> m_rows;
    QMultiHash<QString, QString> m_rowsByName; // live rows only
};
