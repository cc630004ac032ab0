#pragma once

#include "gitlab/Mutations.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct Batch
{
    QList<int> steps; // indexes into the plan
    QString document; // "mutation Push($m0: …) { m0: … }"
    QJsonObject variables;
};

// Several aliased mutations in one GraphQL request, kept under GitLab's 10,000-character query
// limit and its complexity limit (300 for admins), with a margin.
class BatchComposer
{
public:
    static constexpr int maxCharacters = 9000;
    static constexpr int maxCost = 240;

    using Templates = QHash<PushStep::Mutation, MutationTemplate>;
    explicit BatchComposer(Templates templates) : m_templates(std::move(templates)) {}

    // Splits `steps` (indexes into `plan`, in order) into batches, at most `maxSteps` each when
    // not 0; a step never shares a batch with one it depends on.
    QList<QList<int>> split(const QList<PushStep> &plan, const QList<int> &steps,
                            int maxSteps = 0) const;
    // The request for these steps (their inputs as they are now).
    Batch compose(const QList<PushStep> &plan, const QList<int> &steps) const;

    static QString alias(int position) { return QStringLiteral("m%1").arg(position); }

private:
    QString fieldText(const MutationTemplate &t, int position) const;
    QString declarationText(const MutationTemplate &t, int position) const;

    const MutationTemplate &templateOf(PushStep::Mutation mutation) const;

    Templates m_templates;
};
