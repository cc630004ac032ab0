#pragma once

#include "model/Change.h"

#include <QHash>
#include <QMap>
#include <QMultiHash>

// The pending changes of a workspace with the lookups the rules need, each O(1): by id, in
// recording order, by kind and target, the assignment that covers a feature, and the changes
// that name a model (by modelId or reassignTo).
class ChangeIndex
{
public:
    void put(const Change &change);
    void remove(const QString &id);

    QList<Change> all() const; // in recording order
    qsizetype size() const { return m_changes.size(); }
    const Change *change(const QString &id) const;
    const Change *pendingFor(Change::Kind kind, const QString &target) const;
    const Change *featureChange(const QString &feature) const;
    QStringList referring(const QString &modelId) const;
    QStringList coveredFeatures() const; // features some pending assignment covers
    qint64 nextSequence() const;

private:
    using KindTarget = QPair<int, QString>;
    void index(const Change &change, bool add);

    QHash<QString, Change> m_changes;
    QMap<qint64, QString> m_bySequence;
    QHash<KindTarget, QString> m_byKindTarget;
    QHash<QString, QString> m_featureChange;
    QMultiHash<QString, QString> m_references;
};
