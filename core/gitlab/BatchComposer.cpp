#include "BatchComposer.h"

const MutationTemplate &BatchComposer::templateOf(PushStep::Mutation mutation) const
{
    static const MutationTemplate none;
    const auto it = m_templates.constFind(mutation);
    return it == m_templates.constEnd() ? none : *it;
}

QString BatchComposer::fieldText(const MutationTemplate &t, int position) const
{
    QString selection = t.selection;
    selection.replace(QLatin1String("$input"), QLatin1Char('$') + alias(position));
    return alias(position) + QLatin1String(": ") + selection + QLatin1Char(' ');
}

QString BatchComposer::declarationText(const MutationTemplate &t, int position) const
{
    return QLatin1Char('$') + alias(position) + QLatin1String(": ") + t.inputType +
           QLatin1String(", ");
}

QList<QList<int>> BatchComposer::split(const QList<PushStep> &plan, const QList<int> &steps,
                                       int maxSteps) const
{
    static const int envelope = int(QStringLiteral("mutation Push() {  }").size());
    QList<QList<int>> batches;
    QList<int> current;
    int characters = envelope;
    int cost = 0;
    for (int i : steps) {
        const MutationTemplate &t = templateOf(plan[i].mutation);
        const int position = int(current.size());
        const int size = int(fieldText(t, position).size() + declarationText(t, position).size());
        const bool full = maxSteps > 0 && current.size() >= maxSteps;
        const bool waits = std::any_of(plan[i].dependsOn.cbegin(), plan[i].dependsOn.cend(),
                                       [&](int d) { return current.contains(d); });
        if (!current.isEmpty() &&
            (full || waits || characters + size > maxCharacters || cost + t.cost > maxCost)) {
            batches << current;
            current.clear();
            characters = envelope;
            cost = 0;
        }
        const int at = int(current.size());
        characters += int(fieldText(t, at).size() + declarationText(t, at).size());
        cost += t.cost;
        current << i;
    }
    if (!current.isEmpty())
        batches << current;
    return batches;
}

Batch BatchComposer::compose(const QList<PushStep> &plan, const QList<int> &steps) const
{
    Batch batch;
    batch.steps = steps;
    QString declarations;
    QString fields;
    for (int position = 0; position < steps.size(); ++position) {
        const PushStep &step = plan[steps[position]];
        const MutationTemplate &t = templateOf(step.mutation);
        declarations += declarationText(t, position);
        fields += fieldText(t, position);
        batch.variables.insert(alias(position), step.input);
    }
    declarations.chop(2);
    batch.document = QLatin1String("mutation Push(") + declarations + QLatin1String(") { ") +
                     fields + QLatin1Char('}');
    return batch;
}
