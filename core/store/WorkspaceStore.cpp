#include "WorkspaceStore.h"

#include <QHash>
#include <QJsonDocument>

WorkspaceStore::WorkspaceStore(QString path) : m_db(std::move(path)), m_tables(m_db), m_pushes(m_db)
{}

StoreResult WorkspaceStore::open(bool complete)
{
    m_complete = complete;
    StoreResult result;
    result.opened = true;
    result.error = m_db.open();
    if (!result.error.isError())
        result.error = reload(result);
    result.readOnly = m_db.isReadOnly();
    result.shape = m_shape;
    return result;
}

StoreResult WorkspaceStore::loadAll()
{
    StoreResult result;
    if (!m_complete) {
        m_complete = true;
        result.error = reload(result);
    }
    result.shape = m_shape;
    return result;
}

StoreError WorkspaceStore::reload(StoreResult &result)
{
    WorkspaceState state;
    QJsonObject shape;
    if (StoreError e = m_tables.load(&state, &shape, m_complete); e.isError())
        return e;
    m_shape = ApiShape::fromJson(shape);
    if (m_complete)
        m_view.reset(state);
    else
        m_view.resetPartial(state,
                            {[this](const QString &id) { return m_tables.model(id); },
                             [this](const QString &name) { return m_tables.modelNamed(name); },
                             [this] {
                                 return m_tables.modelCount();
                             }});
    m_dataVersion = m_db.dataVersion();
    result.delta = {};
    result.delta.reset = std::move(state);
    return {};
}

StoreResult WorkspaceStore::reloadIfChanged()
{
    StoreResult result;
    if (m_db.dataVersion() != m_dataVersion)
        result.error = reload(result);
    result.shape = m_shape;
    return result;
}

StoreResult WorkspaceStore::transact(const std::function<StoreError(StoreResult &)> &body)
{
    StoreResult result;
    result.error = m_db.begin();
    bool reloaded = false;
    if (!result.error.isError() && m_db.dataVersion() != m_dataVersion) {
        result.error = reload(result);
        reloaded = true;
    }
    const ApiShape shapeBefore = m_shape;
    StoreResult done;
    if (!result.error.isError()) {
        done.write = {};
        result.error = body(done);
        if (!result.error.isError() && done.write.isRefused()) {
            m_db.rollback();
            result.write = done.write;
            result.shape = m_shape;
            return result;
        }
    }
    if (!result.error.isError())
        result.error = m_db.commit();
    result.lease = done.lease;
    if (result.error.isError()) {
        m_db.rollback();
        m_shape = shapeBefore;
        result.shape = m_shape;
        return result;
    }
    m_view.apply(done.delta);
    result.write = done.write;
    result.pushId = done.pushId;
    result.history = done.history;
    if (reloaded)
        result.delta.reset = WorkspaceState{m_view.snapshot(), m_view.changes(), m_complete};
    else
        result.delta = done.delta;
    result.shape = m_shape;
    return result;
}

StoreError WorkspaceStore::writeRows(const QList<Change> &put, const QStringList &removed,
                                     WorkspaceDelta &delta)
{
    for (const QString &id : removed) {
        if (StoreError e = m_tables.deleteChange(id); e.isError())
            return e;
        delta.changesRemoved << id;
    }
    for (Change row : put) {
        const Change *current = m_view.change(row.id);
        row.version = (current ? current->version : 0) + 1;
        if (StoreError e = m_tables.writeChange(row); e.isError())
            return e;
        delta.changesPut << row;
    }
    return {};
}

StoreResult WorkspaceStore::record(const Edit &edit)
{
    return transact([&](StoreResult &result) {
        result.write = DraftRules::record(m_view, m_shape, edit);
        if (result.write.isRefused())
            return StoreError();
        StoreError e = writeRows(result.write.put, result.write.removed, result.delta);
        if (result.write.recorded) {
            for (const Change &written : std::as_const(result.delta.changesPut)) {
                if (written.id == result.write.recorded->id)
                    result.write.recorded = written;
            }
        }
        return e;
    });
}

StoreResult WorkspaceStore::discard(const QStringList &ids)
{
    return transact([&](StoreResult &result) {
        result.write = DraftRules::discard(m_view, ids);
        return writeRows(result.write.put, result.write.removed, result.delta);
    });
}

StoreResult WorkspaceStore::resolve(const QString &changeId, const QString &field, bool keepMine)
{
    return transact([&](StoreResult &result) {
        result.write = DraftRules::resolve(m_view, changeId, field, keepMine);
        if (result.write.isRefused())
            return StoreError();
        return writeRows(result.write.put, result.write.removed, result.delta);
    });
}

StoreResult WorkspaceStore::replaceSnapshot(const Snapshot &snapshot)
{
    return transact([&](StoreResult &result) {
        if (StoreError e = m_tables.replace(snapshot); e.isError())
            return e;
        Snapshot stored = snapshot;
        stored.exists = true;
        m_complete = true;
        result.delta.reset = WorkspaceState{stored, m_view.changes(), true};
        return StoreError();
    });
}

StoreResult WorkspaceStore::setApiShape(const ApiShape &shape)
{
    return transact([&](StoreResult &) {
        const QString json =
            QString::fromUtf8(QJsonDocument(shape.toJson()).toJson(QJsonDocument::Compact));
        if (StoreError e = m_tables.putMeta(QStringLiteral("api_shape"), json); e.isError())
            return e;
        m_shape = shape;
        return StoreError();
    });
}

StoreResult WorkspaceStore::applyPush(const ServerFacts &facts,
                                      const QList<PushTransition> &transitions,
                                      const QString &leaseToken)
{
    return transact([&](StoreResult &result) {
        if (!leaseToken.isEmpty()) {
            if (StoreError e = m_pushes.check(leaseToken); e.isError())
                return e;
        }
        if (StoreError e = m_tables.write(facts); e.isError())
            return e;
        result.delta.server = facts;
        // Rows as this operation leaves them: a transition sees the ones before it.
        QHash<QString, std::optional<Change>> rows;
        QStringList order;
        auto current = [&](const QString &id) -> std::optional<Change> {
            if (const auto it = rows.constFind(id); it != rows.constEnd())
                return *it;
            if (const Change *c = m_view.change(id))
                return *c;
            return std::nullopt;
        };
        auto set = [&](const QString &id, std::optional<Change> row) {
            if (!rows.contains(id))
                order << id;
            rows.insert(id, std::move(row));
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const PushTransition &t : transitions) {
            const std::optional<Change> row = current(t.changeId);
            if (!row)
                continue; // discarded meanwhile
            const QString localId = row->target;
            set(t.changeId, PushTransitions::apply(*row, t, now));
            if (t.op != PushTransition::Op::Created)
                continue;
            for (const QString &user : m_view.changesReferring(localId)) {
                if (const std::optional<Change> using_ = current(user))
                    set(user, PushTransitions::rewriteReference(*using_, localId, t.globalId));
            }
        }
        QList<Change> put;
        QStringList removed;
        for (const QString &id : std::as_const(order)) {
            const std::optional<Change> &row = rows[id];
            if (row)
                put << *row;
            else
                removed << id;
        }
        result.write.put = put;
        result.write.removed = removed;
        DraftRules::findOrphanedKeys(m_view, result.write);
        return writeRows(put, removed, result.delta);
    });
}

StoreResult WorkspaceStore::acquireLease(const PushLease &claim)
{
    return transact([&](StoreResult &result) { return m_pushes.acquire(claim, &result.lease); });
}

StoreResult WorkspaceStore::renewLease(const QString &token)
{
    return transact([&](StoreResult &) { return m_pushes.renew(token); });
}

StoreResult WorkspaceStore::releaseLease(const QString &token)
{
    return transact([&](StoreResult &) { return m_pushes.release(token); });
}

StoreResult WorkspaceStore::beginPush()
{
    return transact([&](StoreResult &result) { return m_pushes.begin(&result.pushId); });
}

StoreResult WorkspaceStore::finishPush(qint64 id, const QJsonObject &summary)
{
    return transact([&](StoreResult &) { return m_pushes.finish(id, summary); });
}

StoreResult WorkspaceStore::history(int limit)
{
    StoreResult result;
    result.error = m_pushes.history(limit, &result.history);
    result.shape = m_shape;
    return result;
}
