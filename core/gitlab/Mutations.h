#pragma once

#include "model/ApiShape.h"
#include "model/PushStep.h"
#include "model/WorkspaceDelta.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class EffectiveView;

// A mutation document from its .graphql file, reduced to what batching needs: the type of its
// one $input variable, its root selection, and a complexity estimate.
struct MutationTemplate
{
    QString inputType; // e.g. "AiSelfHostedModelCreateInput!"
    QString selection; // e.g. "aiSelfHostedModelCreate(input: $input) { … errors }"
    int cost = 0;      // fields selected: GitLab counts about one point each

    bool isValid() const { return !inputType.isEmpty() && !selection.isEmpty(); }
    static MutationTemplate parse(const QString &document);
};

// How the answer to one step reads: applied, or refused with GitLab's messages.
struct StepAnswer
{
    bool ok = false;
    QStringList errors;
    QString createdId; // a create's new global id
};

// Every mutation a push sends, for one API shape: its document, how its input is built, how
// its answer is read, and what the server holds once it succeeded. The batch composer and the
// pusher use this table; nothing else knows a mutation's name or payload.
class Mutations
{
    Q_DECLARE_TR_FUNCTIONS(Mutations)

public:
    explicit Mutations(const ApiShape &shape);

    const ApiShape &shape() const { return m_shape; }
    const MutationTemplate &templateOf(PushStep::Mutation mutation) const;
    const QHash<PushStep::Mutation, MutationTemplate> &templates() const { return m_templates; }

    // A model's fields (as a change names them) as create or update input: family as `model`,
    // the platform where the instance stores one, Bedrock's placeholder endpoint.
    QJsonObject modelInput(const QJsonObject &fields) const;

    // The payload of one aliased mutation (`payload` is its value in "data").
    StepAnswer read(const PushStep &step, const QJsonValue &payload) const;
    // What the server holds after `step` succeeded, given the state before it.
    ServerFacts applied(const PushStep &step, const StepAnswer &answer,
                        const EffectiveView &view) const;

private:
    ApiShape m_shape;
    QHash<PushStep::Mutation, MutationTemplate> m_templates;
};
