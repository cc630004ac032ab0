#pragma once

#include "PushStep.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// A mutation document from its .graphql file, reduced to what batching needs: the type of its
// one $input variable, its root selection, and a complexity estimate.
struct MutationTemplate
{
    QString inputType; // e.g. "AiSelfHostedModelCreateInput!"
    QString selection; // e.g. "aiSelfHostedModelCreate(input: $input) { selfHostedModel { id }
                       // errors }"
    int cost = 0;      // fields selected: GitLab counts about one point each

    bool isValid() const { return !inputType.isEmpty() && !selection.isEmpty(); }
    static MutationTemplate parse(const QString &document);
    // Every mutation a push sends, by document name, from the .graphql resources.
    static QHash<QString, MutationTemplate> pushMutations();
};

struct Batch
{
    QList<int> steps; // indexes into the plan
    QString document; // "mutation Push($m0: …) { m0: … }"
    QJsonObject variables;
};

// Several aliased mutations in one GraphQL request, kept under GitLab's 10,000-character query
// limit and its complexity limit (300 for admins), with a margin; a batch never spans phases,
// so a step that needs a created model's id is sent after the create's answer.
class BatchComposer
{
public:
    static constexpr int maxCharacters = 9000;
    static constexpr int maxCost = 240;

    explicit BatchComposer(QHash<QString, MutationTemplate> templates);

    // Splits the plan into batches of step indexes (at most `maxSteps` each, when not 0).
    QList<QList<int>> split(const QList<PushStep> &plan, int maxSteps = 0) const;
    // The request for these steps (their inputs as they are now).
    Batch compose(const QList<PushStep> &plan, const QList<int> &steps) const;

    static QString alias(int position) { return QStringLiteral("m%1").arg(position); }

private:
    QString fieldText(const MutationTemplate &t, int position) const;
    QString declarationText(const MutationTemplate &t, int position) const;

    QHash<QString, MutationTemplate> m_templates;
};
