#pragma once

#include "store/WorkspaceStore.h"

#include <optional>

// The workspace store called directly on the test's thread, with the answers a test checks:
// the same SQL, rules and transitions the worker thread runs, without the waiting.
class SyncWorkspace
{
public:
    explicit SyncWorkspace(QString path) : m_store(std::move(path)) {}

    bool open(QString *error);
    WorkspaceStore &store() { return m_store; }
    const EffectiveView &view() const { return m_store.view(); }

    std::optional<Change> record(Change::Kind kind, const QString &target,
                                 const QJsonObject &values, QString *error);
    bool replaceSnapshot(const Snapshot &snapshot);
    bool discard(const QStringList &ids);
    bool resolveConflict(const QString &changeId, const QString &field, bool keepMine);
    // A draft's create answered with `globalId`, as a push would record it.
    bool resolveCreated(const QString &changeId, const QString &globalId);
    bool markSent(const QStringList &changeIds);
    qint64 beginPush();
    void finishPush(qint64 id, const QJsonObject &summary);
    QList<PushRecord> pushHistory();

    QList<Change> changes() const { return view().changes(); }
    Snapshot snapshot() const { return view().snapshot(); }
    QList<EffectiveModel> effectiveModels() const { return view().models(); }
    QList<FeatureSetting> effectiveFeatures() const { return view().features(); }
    std::optional<DuoSettings> effectiveDuoSettings() const { return view().duo(); }
    QStringList featuresServedBy(const QString &id) const { return view().featuresServedBy(id); }

private:
    WorkspaceStore m_store;
};
