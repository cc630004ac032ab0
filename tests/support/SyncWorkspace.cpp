#include "SyncWorkspace.h"

bool SyncWorkspace::open(QString *error)
{
    const StoreResult result = m_store.open();
    if (error)
        *error = result.error.message;
    return !result.error.isError();
}

std::optional<Change> SyncWorkspace::record(Change::Kind kind, const QString &target,
                                            const QJsonObject &values, QString *error)
{
    const StoreResult result = m_store.record({kind, target, values});
    *error = result.error.isError() ? result.error.message : result.write.refused;
    return result.ok() ? result.write.recorded : std::nullopt;
}

bool SyncWorkspace::replaceSnapshot(const Snapshot &snapshot)
{
    return m_store.replaceSnapshot(snapshot).ok();
}

bool SyncWorkspace::discard(const QStringList &ids)
{
    return m_store.discard(ids).ok();
}

bool SyncWorkspace::resolveConflict(const QString &changeId, const QString &field, bool keepMine)
{
    return m_store.resolve(changeId, field, keepMine).ok();
}

bool SyncWorkspace::resolveCreated(const QString &changeId, const QString &globalId)
{
    const Change *create = view().change(changeId);
    if (!create)
        return false;
    PushTransition created(PushTransition::Op::Created, changeId);
    created.sent = create->values;
    created.globalId = globalId;
    return m_store.applyPush({}, {created}).ok();
}

bool SyncWorkspace::markSent(const QStringList &changeIds)
{
    QList<PushTransition> sent;
    for (const QString &id : changeIds) {
        PushTransition t(PushTransition::Op::Sent, id);
        if (const Change *c = view().change(id))
            t.sent = c->values;
        sent << t;
    }
    return m_store.applyPush({}, sent).ok();
}

qint64 SyncWorkspace::beginPush()
{
    return m_store.beginPush().pushId;
}

void SyncWorkspace::finishPush(qint64 id, const QJsonObject &summary)
{
    m_store.finishPush(id, summary);
}

QList<PushRecord> SyncWorkspace::pushHistory()
{
    return m_store.history(50).history;
}
