#include "PlanGraph.h"

#include "base/Logging.h"
#include "model/EffectiveView.h"
#include "sync/PushPlanner.h"

namespace {

using Mutation = PushStep::Mutation;

bool isFeatureStep(const PushStep &step)
{
    return step.mutation == Mutation::SetFeatures || step.mutation == Mutation::SetFeature;
}

bool setsName(const PushStep &step)
{
    return (step.mutation == Mutation::CreateModel || step.mutation == Mutation::UpdateModel) &&
           step.input.contains(QLatin1String("name"));
}

} // namespace

PlanGraph::PlanGraph(QList<PushStep> steps, const EffectiveView &view,
                     const QHash<QString, QString> &createdIds)
    : m_steps(std::move(steps)), m_edges(m_steps.size()), m_view(view), m_createdIds(createdIds)
{
    QHash<QString, int> createOf;
    QHash<QString, int> deleteOf;
    QMultiHash<QString, int> updatesOf;
    QList<int> featureSteps;
    for (int i = 0; i < m_steps.size(); ++i) {
        const PushStep &step = m_steps[i];
        if (step.mutation == Mutation::CreateModel)
            createOf.insert(step.model, i);
        else if (step.mutation == Mutation::DeleteModel)
            deleteOf.insert(resolved(step.model), i);
        else if (step.mutation == Mutation::UpdateModel)
            updatesOf.insert(resolved(step.model), i);
        else if (isFeatureStep(step))
            featureSteps << i;
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        const PushStep &step = m_steps[i];
        // A draft's id is known once its create has been answered.
        for (const char *key : {"id", "aiSelfHostedModelId"}) {
            const QString id = step.input.value(QLatin1String(key)).toString();
            if (const auto it = createOf.constFind(id); it != createOf.constEnd() && *it != i)
                addEdge(i, *it, false);
        }
        // An assignment waits for the model's update: its family may be what makes it fit.
        if (isFeatureStep(step) && !step.model.isEmpty()) {
            for (int update : updatesOf.values(resolved(step.model)))
                addEdge(i, update, false);
        }
        // A delete waits for every assignment: none may still point at it when it goes.
        if (step.mutation == Mutation::DeleteModel) {
            for (int feature : std::as_const(featureSteps))
                addEdge(i, feature, false);
        }
        // Taking a name waits for the step that frees it.
        if (setsName(step)) {
            const QString name = step.input.value(QLatin1String("name")).toString();
            const SelfHostedModel *holder = m_view.serverModelNamed(name);
            if (!holder || holder->id == resolved(step.model))
                continue;
            if (const auto it = deleteOf.constFind(holder->id); it != deleteOf.constEnd())
                addEdge(i, *it, true);
            for (int update : updatesOf.values(holder->id)) {
                if (m_steps[update].input.value(QLatin1String("name")).toString() != name)
                    addEdge(i, update, true);
            }
        }
    }
}

void PlanGraph::addEdge(int from, int to, bool byName)
{
    for (const Edge &edge : std::as_const(m_edges[from])) {
        if (edge.to == to)
            return;
    }
    m_edges[from].append({to, byName});
}

bool PlanGraph::visit(int node, QList<int> &path, QHash<int, int> &state, QList<int> &cycle) const
{
    state.insert(node, 1);
    path << node;
    for (const Edge &edge : m_edges[node]) {
        const int seen = state.value(edge.to, 0);
        if (seen == 1) {
            cycle = path.mid(path.indexOf(edge.to));
            return true;
        }
        if (seen == 0 && visit(edge.to, path, state, cycle))
            return true;
    }
    path.removeLast();
    state.insert(node, 2);
    return false;
}

QList<int> PlanGraph::findCycle() const
{
    QHash<int, int> state; // 1: on the current path, 2: done
    QList<int> path;
    QList<int> cycle;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (!state.contains(i) && visit(i, path, state, cycle))
            return cycle;
    }
    return {};
}

void PlanGraph::breakNameCycles()
{
    for (QList<int> cycle = findCycle(); !cycle.isEmpty(); cycle = findCycle()) {
        // The step in the circle that waits for a name: it takes a temporary one instead.
        int taker = -1;
        int holder = -1;
        for (int k = 0; k < cycle.size() && taker < 0; ++k) {
            const int next = cycle[(k + 1) % cycle.size()];
            for (const Edge &edge : std::as_const(m_edges[cycle[k]])) {
                if (edge.to == next && edge.byName) {
                    taker = cycle[k];
                    holder = next;
                    break;
                }
            }
        }
        if (taker < 0) {
            qCWarning(lcSync,
                      "push plan: a cycle without a name in it; its first edge was dropped");
            m_edges[cycle.first()].removeIf(
                [&](const Edge &e) { return e.to == cycle[1 % cycle.size()]; });
            continue;
        }
        PushStep &step = m_steps[taker];
        const QString name = step.input.value(QLatin1String("name")).toString();
        const QString temporary = PushPlanner::temporaryName(name, step.changeId);
        const QString holderName = m_view.serverModelNamed(name)->name;
        m_edges[taker].removeIf([&](const Edge &e) { return e.to == holder; });

        PushStep rename;
        rename.mutation = Mutation::UpdateModel;
        rename.changeId = step.changeId;
        rename.model = step.model;
        rename.input = step.input;
        rename.input.insert(QStringLiteral("id"), step.model);
        rename.sends = {{QStringLiteral("name"), name}};
        rename.description =
            tr("Rename '%1' to '%2' once the model holding that name has given it up")
                .arg(temporary, name);
        step.input.insert(QStringLiteral("name"), temporary);
        step.sends.insert(QStringLiteral("name"), temporary);
        step.description += QLatin1Char(' ') +
                            tr("(as '%1' until '%2' gives its name up)").arg(temporary, holderName);
        m_steps << rename;
        m_edges.append(QList<Edge>());
        const int at = int(m_steps.size()) - 1;
        addEdge(at, taker, false);
        addEdge(at, holder, true);
    }
}

QList<PushStep> PlanGraph::steps() const
{
    QList<PushStep> steps = m_steps;
    for (int i = 0; i < steps.size(); ++i) {
        steps[i].dependsOn.clear();
        for (const Edge &edge : m_edges[i])
            steps[i].dependsOn << edge.to;
        std::sort(steps[i].dependsOn.begin(), steps[i].dependsOn.end());
    }
    return steps;
}
