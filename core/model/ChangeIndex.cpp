#include "ChangeIndex.h"

void ChangeIndex::put(const Change &change)
{
    if (const auto it = m_changes.constFind(change.id); it != m_changes.constEnd())
        index(*it, false);
    m_changes.insert(change.id, change);
    index(change, true);
}

void ChangeIndex::remove(const QString &id)
{
    const auto it = m_changes.constFind(id);
    if (it == m_changes.constEnd())
        return;
    index(*it, false);
    m_changes.remove(id);
}

void ChangeIndex::index(const Change &change, bool add)
{
    const KindTarget key{int(change.kind), change.target};
    const QStringList features =
        change.kind == Change::Kind::SetFeatures ? change.features() : QStringList();
    if (add) {
        m_bySequence.insert(change.sequence, change.id);
        m_byKindTarget.insert(key, change.id);
        for (const QString &feature : features)
            m_featureChange.insert(feature, change.id);
        for (const QString &model : change.referencedModels())
            m_references.insert(model, change.id);
        return;
    }
    if (m_bySequence.value(change.sequence) == change.id)
        m_bySequence.remove(change.sequence);
    if (m_byKindTarget.value(key) == change.id)
        m_byKindTarget.remove(key);
    for (const QString &feature : features) {
        if (m_featureChange.value(feature) == change.id)
            m_featureChange.remove(feature);
    }
    for (const QString &model : change.referencedModels())
        m_references.remove(model, change.id);
}

QList<Change> ChangeIndex::all() const
{
    QList<Change> list;
    list.reserve(m_changes.size());
    for (const QString &id : m_bySequence)
        list << m_changes.value(id);
    return list;
}

const Change *ChangeIndex::change(const QString &id) const
{
    const auto it = m_changes.constFind(id);
    return it == m_changes.constEnd() ? nullptr : &*it;
}

const Change *ChangeIndex::pendingFor(Change::Kind kind, const QString &target) const
{
    const auto it = m_byKindTarget.constFind({int(kind), target});
    return it == m_byKindTarget.constEnd() ? nullptr : change(*it);
}

const Change *ChangeIndex::featureChange(const QString &feature) const
{
    const auto it = m_featureChange.constFind(feature);
    return it == m_featureChange.constEnd() ? nullptr : change(*it);
}

QStringList ChangeIndex::referring(const QString &modelId) const
{
    return m_references.values(modelId);
}

QStringList ChangeIndex::coveredFeatures() const
{
    return m_featureChange.keys();
}

qint64 ChangeIndex::nextSequence() const
{
    return m_bySequence.isEmpty() ? 1 : m_bySequence.lastKey() + 1;
}
