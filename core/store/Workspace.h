#pragma once

#include "Snapshot.h"
#include "gitlab/ApiShape.h"
#include "sync/Change.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <optional>

// A model of the effective view: the snapshot with pending changes applied.
struct EffectiveModel
{
    SelfHostedModel model;
    bool pending = false; // created or edited locally, not yet pushed
    bool pendingDelete = false;
};

struct PushRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QJsonObject summary;
};

// One instance's local state in SQLite: the last server snapshot, the pending changes and the
// push history. Every change is recorded in its own committed transaction, so the GUI and the
// command line may hold the same workspace open at once (WAL, busy timeout).
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QString databasePath, QObject *parent = nullptr);
    ~Workspace() override;

    static QString pathFor(const QString &instanceId);
    // Keychain entries of API keys typed into this instance's drafts: removing the instance
    // removes them too.
    static QStringList draftKeyNames(const QString &instanceId);
    static constexpr int schemaVersion = 2;

    bool open(QString *error);
    QString path() const { return m_path; }
    // Reloads what another process (the command line) committed since; true when it did.
    bool reloadIfChangedElsewhere();

    // --- snapshot
    const Snapshot &snapshot() const { return m_snapshot; }
    bool replaceSnapshot(const Snapshot &snapshot, QString *error = nullptr);
    // The same on a worker thread with its own connection (for large snapshots); `done` runs
    // on this thread, after the in-memory snapshot was replaced.
    void replaceSnapshotInBackground(Snapshot snapshot, QObject *context,
                                     std::function<void(bool ok, QString error)> done);
    bool putModel(const SelfHostedModel &model);
    bool removeModel(const QString &id);
    bool putFeature(const FeatureSetting &setting);
    bool putDuoSettings(const DuoSettings &settings);
    // The API shape last seen on this instance, for work done offline.
    ApiShape apiShape() const { return m_shape; }
    void setApiShape(const ApiShape &shape);

    // --- changes
    // Records an edit made against the current effective view; fills in its base from the
    // snapshot and folds it into an earlier pending change to the same object. Returns the
    // change as stored, or nothing (with `error`) when the edit cannot be recorded.
    std::optional<Change> record(Change::Kind kind, const QString &target, QJsonObject values,
                                 QString *error);
    QList<Change> changes() const; // not yet pushed, in recording order
    std::optional<Change> change(const QString &id) const;
    bool update(const Change &change);
    bool discard(const QStringList &ids);
    // A created model's local id became `globalId`: the create is pushed, and every change
    // that referred to the local id now refers to the global one, in one transaction.
    bool resolveCreated(const QString &changeId, const QString &globalId);
    bool markSent(const QStringList &changeIds, const QDateTime &when);
    // Settles a conflict on one field of a change: keep the draft's value, or take the
    // server's (a change left with nothing to do is discarded).
    bool resolveConflict(const QString &changeId, const QString &field, bool keepMine);

    // --- effective view
    QList<EffectiveModel> effectiveModels() const;
    QList<FeatureSetting> effectiveFeatures() const;
    std::optional<DuoSettings> effectiveDuoSettings() const;
    // Features served by model `id` in the effective view.
    QStringList featuresServedBy(const QString &modelId) const;

    // --- push history
    qint64 beginPush();
    void finishPush(qint64 id, const QJsonObject &summary);
    QList<PushRecord> pushHistory(int limit = 50) const;

Q_SIGNALS:
    void changed();

private:
    bool migrate(QString *error);
    bool loadSnapshot();
    bool loadChanges();
    bool writeChange(const Change &change);
    bool deleteChange(const QString &id);
    bool exec(const QString &sql, QString *error = nullptr);
    std::optional<Change> pendingFor(Change::Kind kind, const QString &target) const;
    QJsonObject serverFields(const QString &modelId) const;

    // The models of the effective view with lookups by id and name, kept between edits:
    // recording must not rebuild it each time (10,000 drafts in well under a second).
    struct ModelView
    {
        QList<EffectiveModel> models;
        QHash<QString, qsizetype> byId;
        QHash<QString, qsizetype> byName;
    };
    const ModelView &modelView() const;
    void invalidateView() { m_view.reset(); }

    QString m_path;
    QString m_connection;
    mutable std::optional<ModelView> m_view;
    std::optional<QSqlQuery> m_writeChange; // prepared once: recording is the hot path
    Snapshot m_snapshot;
    ApiShape m_shape;
    QList<Change> m_changes;
    qint64 m_nextSequence = 1;
    qint64 m_dataVersion = -1;
};
