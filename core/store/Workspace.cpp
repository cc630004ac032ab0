#include "Workspace.h"

#include "store/ProfileStore.h"

#include <QThread>
#include <QTimer>
#include <QUuid>

Workspace::Workspace(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_thread(new QThread), m_worker(new QObject),
      m_store(std::make_shared<WorkspaceStore>(m_path))
{
    m_thread->setObjectName(QStringLiteral("workspace"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

Workspace::~Workspace()
{
    // The jobs already queued run first; then the store (and its connection) goes on the
    // thread that used it, and the thread ends.
    std::shared_ptr<WorkspaceStore> store = std::move(m_store);
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(m_worker, [store = std::move(store), thread]() mutable {
        store.reset();
        thread->quit();
    });
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

QString Workspace::pathFor(const QString &instanceId)
{
    return ProfileStore::dataDirectory(QUuid::fromString(instanceId)) +
           QLatin1String("/workspace.sqlite");
}

void Workspace::run(std::function<StoreResult(WorkspaceStore &)> job, QObject *context, Done done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QPointer<Workspace> self(this);
    std::shared_ptr<WorkspaceStore> store = m_store;
    QMetaObject::invokeMethod(m_worker, [=, job = std::move(job), done = std::move(done)] {
        const StoreResult result = job(*store);
        QMetaObject::invokeMethod(
            self.data(),
            [=] {
                if (!self)
                    return;
                self->absorb(result);
                if (done && (!hasContext || guard))
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

void Workspace::absorb(const StoreResult &result)
{
    if (result.opened) {
        m_open = !result.error.isError();
        m_openError = result.error;
        m_readOnly = result.readOnly;
    }
    const bool shapeChanged = !(result.shape == m_shape);
    m_shape = result.shape;
    ViewChanges changes;
    if (!result.delta.isEmpty())
        changes = m_view.apply(result.delta);
    if (!changes.isEmpty() || shapeChanged)
        Q_EMIT changed(changes);
    if (!result.write.orphanedKeys.isEmpty())
        Q_EMIT keysOrphaned(result.write.orphanedKeys);
}

void Workspace::open(QObject *context, Done done, bool complete)
{
    run([complete](WorkspaceStore &store) { return store.open(complete); }, context,
        std::move(done));
}

void Workspace::loadAll(QObject *context, Done done)
{
    run([](WorkspaceStore &store) { return store.loadAll(); }, context, std::move(done));
}

void Workspace::record(const Edit &edit, QObject *context, Done done)
{
    run([edit](WorkspaceStore &store) { return store.record(edit); }, context, std::move(done));
}

void Workspace::discard(const QStringList &ids, QObject *context, Done done)
{
    run([ids](WorkspaceStore &store) { return store.discard(ids); }, context, std::move(done));
}

void Workspace::resolve(const QString &changeId, const QString &field, bool keepMine,
                        QObject *context, Done done)
{
    run([=](WorkspaceStore &store) { return store.resolve(changeId, field, keepMine); }, context,
        std::move(done));
}

void Workspace::replaceSnapshot(const Snapshot &snapshot, QObject *context, Done done)
{
    run([snapshot](WorkspaceStore &store) { return store.replaceSnapshot(snapshot); }, context,
        std::move(done));
}

void Workspace::setApiShape(const ApiShape &shape, QObject *context, Done done)
{
    run([shape](WorkspaceStore &store) { return store.setApiShape(shape); }, context,
        std::move(done));
}

void Workspace::applyPush(const ServerFacts &facts, const QList<PushTransition> &transitions,
                          const QString &leaseToken, QObject *context, Done done)
{
    run([=](WorkspaceStore &store) { return store.applyPush(facts, transitions, leaseToken); },
        context, std::move(done));
}

void Workspace::acquireLease(const PushLease &claim, QObject *context, Done done)
{
    run([claim](WorkspaceStore &store) { return store.acquireLease(claim); }, context,
        std::move(done));
}

void Workspace::renewLease(const QString &token, QObject *context, Done done)
{
    run([token](WorkspaceStore &store) { return store.renewLease(token); }, context,
        std::move(done));
}

void Workspace::releaseLease(const QString &token, QObject *context, Done done)
{
    run([token](WorkspaceStore &store) { return store.releaseLease(token); }, context,
        std::move(done));
}

void Workspace::beginPush(QObject *context, Done done)
{
    run([](WorkspaceStore &store) { return store.beginPush(); }, context, std::move(done));
}

void Workspace::finishPush(qint64 id, const QJsonObject &summary, QObject *context, Done done)
{
    run([=](WorkspaceStore &store) { return store.finishPush(id, summary); }, context,
        std::move(done));
}

void Workspace::history(int limit, QObject *context, Done done)
{
    run([limit](WorkspaceStore &store) { return store.history(limit); }, context, std::move(done));
}

void Workspace::readAgain(QObject *context, Done done)
{
    run([](WorkspaceStore &store) { return store.reloadIfChanged(); }, context, std::move(done));
}

void Workspace::watchForChangesElsewhere(std::chrono::milliseconds interval)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &Workspace::checkForChangesElsewhere);
    }
    m_watch->start(interval);
}

void Workspace::checkForChangesElsewhere()
{
    if (m_open)
        run([](WorkspaceStore &store) { return store.reloadIfChanged(); }, this, {});
}
