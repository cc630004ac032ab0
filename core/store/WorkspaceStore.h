#pragma once

#include "model/ApiShape.h"
#include "model/DraftRules.h"
#include "model/EffectiveView.h"
#include "model/PushTransitions.h"
#include "store/Database.h"
#include "store/PushRecords.h"
#include "store/WorkspaceTables.h"

#include <functional>

// The outcome of one workspace operation: what it wrote (as a delta to apply to any copy of the
// workspace), or why it wrote nothing.
struct StoreResult
{
    StoreError error;     // the workspace could not be read or written
    WorkspaceDelta delta; // what changed, a reset when another process had written meanwhile
    WriteSet write;       // record, discard, resolve: the rows, or why the edit was refused
    ApiShape shape;       // the API shape the workspace knows, after the operation
    bool opened = false;  // open(): whether the file could be opened is in `error`
    bool readOnly = false;
    qint64 pushId = 0;
    PushLease lease; // acquireLease: ours, or the holder's when refused
    QList<PushRecord> history;

    bool ok() const { return !error.isError() && !write.isRefused(); }
};

// One instance's workspace in SQLite, used from one thread: its state in memory (an
// EffectiveView, kept in step with the file), and every operation one transaction that first
// reads again what another process committed. Edits pass the draft rules; a push's writes pass
// its transitions; nothing else writes a change.
class WorkspaceStore
{
public:
    explicit WorkspaceStore(QString path);

    // With `complete` false, the snapshot's models are read when asked for, one at a time
    // through indexes: a single edit against thousands of models reads none of the others.
    StoreResult open(bool complete = true);
    // Reads every model, making the view complete (for listing, and for a push).
    StoreResult loadAll();
    QString path() const { return m_db.path(); }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    const EffectiveView &view() const { return m_view; }
    const ApiShape &apiShape() const { return m_shape; }
    // A reset delta when another process committed since the last operation.
    StoreResult reloadIfChanged();

    StoreResult record(const Edit &edit);
    StoreResult discard(const QStringList &ids);
    StoreResult resolve(const QString &changeId, const QString &field, bool keepMine);

    StoreResult replaceSnapshot(const Snapshot &snapshot);
    StoreResult setApiShape(const ApiShape &shape);
    // What a push learnt from the server and did to its changes, together. With a lease
    // token, only while that lease is held.
    StoreResult applyPush(const ServerFacts &facts, const QList<PushTransition> &transitions,
                          const QString &leaseToken = {});

    StoreResult acquireLease(const PushLease &claim);
    StoreResult renewLease(const QString &token);
    StoreResult releaseLease(const QString &token);
    StoreResult beginPush();
    StoreResult finishPush(qint64 id, const QJsonObject &summary);
    StoreResult history(int limit);

private:
    // Runs `body` in a write transaction, after reading again what others committed; the
    // delta it fills is applied to the view once committed.
    StoreResult transact(const std::function<StoreError(StoreResult &)> &body);
    StoreError reload(StoreResult &result);
    StoreError writeRows(const QList<Change> &put, const QStringList &removed,
                         WorkspaceDelta &delta);

    Database m_db;
    WorkspaceTables m_tables;
    PushRecords m_pushes;
    EffectiveView m_view;
    ApiShape m_shape;
    qint64 m_dataVersion = -1;
    bool m_complete = true;
};
