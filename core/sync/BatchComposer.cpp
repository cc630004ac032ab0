#include "BatchComposer.h"

#include "gitlab/GraphQLDocuments.h"

#include <QRegularExpression>

MutationTemplate MutationTemplate::parse(const QString &document)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(mutation\s+\w+\s*\(\s*\$input\s*:\s*([\w!\[\]]+)\s*\)\s*\{(.*)\}\s*$)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("#[^\n]*"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    static const QRegularExpression arguments(QStringLiteral(R"(\([^)]*\))"));
    static const QRegularExpression names(QStringLiteral(R"([A-Za-z_]\w*)"));

    QString text = document;
    text.remove(comments);
    const auto match = shape.match(text.trimmed());
    MutationTemplate t;
    if (!match.hasMatch())
        return t;
    t.inputType = match.captured(1);
    t.selection = match.captured(2).replace(spaces, QStringLiteral(" ")).trimmed();
    QString fields = t.selection;
    fields.remove(arguments);
    for (auto it = names.globalMatch(fields); it.hasNext(); it.next())
        ++t.cost;
    return t;
}

QHash<QString, MutationTemplate> MutationTemplate::pushMutations()
{
    QHash<QString, MutationTemplate> templates;
    for (const char *name : {"create-model", "update-model", "delete-model", "set-features",
                             "set-feature", "update-duo-settings"})
        templates.insert(QLatin1String(name), parse(GraphQLDocuments::load(QLatin1String(name))));
    return templates;
}

BatchComposer::BatchComposer(QHash<QString, MutationTemplate> templates)
    : m_templates(std::move(templates))
{}

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

QList<QList<int>> BatchComposer::split(const QList<PushStep> &plan, int maxSteps) const
{
    static const int envelope = int(QStringLiteral("mutation Push() {  }").size());
    QList<QList<int>> batches;
    QList<int> current;
    int characters = envelope;
    int cost = 0;
    for (int i = 0; i < plan.size(); ++i) {
        const MutationTemplate t = m_templates.value(plan[i].document);
        const int position = int(current.size());
        const int size = int(fieldText(t, position).size() + declarationText(t, position).size());
        const bool phaseChanges = !current.isEmpty() && plan[current.last()].phase != plan[i].phase;
        const bool full = maxSteps > 0 && current.size() >= maxSteps;
        if (!current.isEmpty() && (phaseChanges || full || characters + size > maxCharacters ||
                                   cost + t.cost > maxCost)) {
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
        const MutationTemplate t = m_templates.value(step.document);
        declarations += declarationText(t, position);
        fields += fieldText(t, position);
        batch.variables.insert(alias(position), step.input);
    }
    declarations.chop(2);
    batch.document = QLatin1String("mutation Push(") + declarations + QLatin1String(") { ") +
                     fields + QLatin1Char('}');
    return batch;
}
