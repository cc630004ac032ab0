#pragma once

#include "store/WorkspaceStore.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QThread;
class QTimer;

// One instance's workspace for the thread that uses it (the GUI's, or the command line's): every
// SQLite operation runs on a worker thread of its own, so this thread never waits on another
// process's write lock, and answers in order through `done`. What each operation wrote is
// applied to a copy of the workspace kept here (view()), and announced with changed().
class Workspace : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const StoreResult &)>;

    explicit Workspace(QString path, QObject *parent = nullptr);
    ~Workspace() override;

    static QString pathFor(const QString &instanceId);

    // `done` runs on this thread unless `context` was destroyed first (no context: always).
    // With `complete` false the view holds only the models the changes touch (see
    // WorkspaceStore::open); loadAll() completes it.
    void open(QObject *context, Done done, bool complete = true);
    void loadAll(QObject *context, Done done);
    bool isOpen() const { return m_open; }
    StoreError openError() const { return m_openError; }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    const EffectiveView &view() const { return m_view; }
    const ApiShape &apiShape() const { return m_shape; }

    void record(const Edit &edit, QObject *context, Done done);
    void discard(const QStringList &ids, QObject *context, Done done);
    void resolve(const QString &changeId, const QString &field, bool keepMine, QObject *context,
                 Done done);
    void replaceSnapshot(const Snapshot &snapshot, QObject *context, Done done);
    void setApiShape(const ApiShape &shape, QObject *context, Done done);
    void applyPush(const ServerFacts &facts, const QList<PushTransition> &transitions,
                   const QString &leaseToken, QObject *context, Done done);
    void acquireLease(const PushLease &claim, QObject *context, Done done);
    void renewLease(const QString &token, QObject *context, Done done);
    void releaseLease(const QString &token, QObject *context, Done done);
    void beginPush(QObject *context, Done done);
    void finishPush(qint64 id, const QJsonObject &summary, QObject *context, Done done);
    void history(int limit, QObject *context, Done done);
    // Reads again what other processes committed, then answers.
    void readAgain(QObject *context, Done done);

    // Reads again, every `interval`, what other processes (the command line, another window)
    // committed.
    void watchForChangesElsewhere(std::chrono::milliseconds interval);
    void checkForChangesElsewhere();

Q_SIGNALS:
    void changed(const ViewChanges &changes);
    // API keys no change refers to any more (references, see Change::apiKeyName): they leave
    // the keychain.
    void keysOrphaned(const QStringList &refs);

private:
    void run(std::function<StoreResult(WorkspaceStore &)> job, QObject *context, Done done);
    void absorb(const StoreResult &result);

    QString m_path;
    QThread *m_thread;
    QObject *m_worker;                       // lives on m_thread
    std::shared_ptr<WorkspaceStore> m_store; // used on m_thread only
    QTimer *m_watch = nullptr;
    EffectiveView m_view;
    ApiShape m_shape;
    StoreError m_openError;
    bool m_open = false;
    bool m_readOnly = false;
};
