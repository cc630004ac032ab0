#pragma once

#include "model/PushStep.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

class EffectiveView;

// The order a push plan must keep, as edges between its steps: which step waits for which.
// Independent steps may be sent together, or in parallel batches.
class PlanGraph
{
    Q_DECLARE_TR_FUNCTIONS(PlanGraph)

public:
    PlanGraph(QList<PushStep> steps, const EffectiveView &view,
              const QHash<QString, QString> &createdIds);

    // Where taking a name waits in a circle, takes a temporary name and renames at the end.
    void breakNameCycles();
    // The steps, each with the steps it depends on.
    QList<PushStep> steps() const;

private:
    struct Edge
    {
        int to;
        bool byName;
    };
    void addEdge(int from, int to, bool byName);
    QList<int> findCycle() const;
    bool visit(int node, QList<int> &path, QHash<int, int> &state, QList<int> &cycle) const;
    QString resolved(const QString &id) const { return m_createdIds.value(id, id); }

    QList<PushStep> m_steps;
    QList<QList<Edge>> m_edges;
    const EffectiveView &m_view;
    QHash<QString, QString> m_createdIds;
};
