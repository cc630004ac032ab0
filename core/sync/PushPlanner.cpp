#include "PushPlanner.h"

#include "gitlab/Mutations.h"
#include "model/EffectiveView.h"
#include "model/FieldRules.h"
#include "sync/PlanGraph.h"

#include <QJsonArray>

namespace {

using Mutation = PushStep::Mutation;

struct Builder
{
    const EffectiveView &view;
    const Mutations &mutations;
    const QHash<QString, QString> &createdIds;

    QString resolved(const QString &id) const { return createdIds.value(id, id); }

    QString nameOf(const QString &id) const
    {
        if (const EffectiveModel *row = view.model(id))
            return row->model.name;
        if (const EffectiveModel *row = view.model(resolved(id)))
            return row->model.name;
        return id;
    }

    // The model's fields as they will stand: the server's (or the draft's), then `fields`.
    QJsonObject modelFields(const QString &id, const QJsonObject &fields) const
    {
        QJsonObject all;
        if (const SelfHostedModel *server = view.serverModel(resolved(id)))
            all = server->editableFields();
        else if (const Change *create = view.pendingFor(Change::Kind::CreateModel, id))
            all = create->values;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            all.insert(it.key(), it.value());
        return all;
    }
};

PushStep modelStep(Mutation mutation, const Change &c, const QJsonObject &sends)
{
    PushStep step;
    step.mutation = mutation;
    step.changeId = c.id;
    step.model = c.target;
    step.sends = sends;
    step.needsApiKey = sends.contains(Change::apiKeyField);
    return step;
}

} // namespace

QString PushPlanner::temporaryName(const QString &name, const QString &changeId)
{
    return name.left(FieldRules::maxNameLength - 10) + QLatin1String(" ~") + changeId.left(8);
}

QList<PushStep> PushPlanner::plan(const QList<PlannedChange> &changes, const EffectiveView &view,
                                  const Mutations &mutations,
                                  const QHash<QString, QString> &createdIds)
{
    const Builder b{view, mutations, createdIds};
    const ApiShape &shape = mutations.shape();
    QList<PushStep> creates, updates, features, reassignments, duo, deletes;

    // Feature → model, after this push's own assignments: what a delete would cascade.
    QHash<QString, QString> servedBy;
    for (const FeatureSetting &setting : view.serverFeatures()) {
        if (setting.provider == FeatureSetting::selfHosted)
            servedBy.insert(setting.feature, setting.modelId);
    }
    auto featureSteps = [&](const QString &changeId, const QStringList &list,
                            const QString &provider, const QString &modelId,
                            const QString &modelRef, const QString &description,
                            bool reassignment) {
        QList<PushStep> steps;
        QJsonObject common{{QStringLiteral("provider"), provider}};
        if (provider == FeatureSetting::selfHosted)
            common.insert(QStringLiteral("aiSelfHostedModelId"), b.resolved(modelId));
        if (provider == FeatureSetting::vendored && shape.offeredModelRef)
            common.insert(QStringLiteral("offeredModelRef"), modelRef);
        // 18.x assigns several features at once; 17.x one at a time.
        const QList<QStringList> groups =
            shape.featureSettingsBatch ? QList<QStringList>{list} : [&] {
                QList<QStringList> one;
                for (const QString &f : list)
                    one << QStringList{f};
                return one;
            }();
        for (const QStringList &group : groups) {
            PushStep step;
            step.mutation =
                shape.featureSettingsBatch ? Mutation::SetFeatures : Mutation::SetFeature;
            step.changeId = changeId;
            step.model = provider == FeatureSetting::selfHosted ? modelId : QString();
            step.input = common;
            if (shape.featureSettingsBatch)
                step.input.insert(QStringLiteral("features"), QJsonArray::fromStringList(group));
            else
                step.input.insert(QStringLiteral("feature"), group.first());
            if (!reassignment)
                step.sends = {{QStringLiteral("features"), QJsonArray::fromStringList(group)},
                              {QStringLiteral("provider"), provider},
                              {QStringLiteral("modelId"), modelId}};
            if (!reassignment && !modelRef.isEmpty())
                step.sends.insert(QStringLiteral("modelRef"), modelRef);
            step.description = description;
            step.isReassignment = reassignment;
            steps << step;
        }
        for (const QString &feature : list) {
            if (provider == FeatureSetting::selfHosted)
                servedBy.insert(feature, b.resolved(modelId));
            else
                servedBy.remove(feature);
        }
        return steps;
    };

    for (const PlannedChange &planned : changes) {
        const Change &c = planned.change;
        switch (c.kind) {
        case Change::Kind::CreateModel: {
            PushStep step = modelStep(Mutation::CreateModel, c, c.values);
            step.input = mutations.modelInput(c.values);
            step.description = tr("Create model '%1' (%2)")
                                   .arg(c.values.value(QLatin1String("name")).toString(),
                                        c.values.value(QLatin1String("family")).toString());
            creates << step;
            break;
        }
        case Change::Kind::UpdateModel: {
            PushStep step = modelStep(Mutation::UpdateModel, c, planned.toApply);
            const QJsonObject fields = b.modelFields(c.target, planned.toApply);
            step.input = mutations.modelInput(fields);
            step.input.insert(QStringLiteral("id"), b.resolved(c.target));
            QStringList changed = planned.toApply.keys();
            if (changed.removeAll(Change::apiKeyField))
                changed << tr("API key");
            step.description = tr("Update model '%1': %2")
                                   .arg(fields.value(QLatin1String("name")).toString(),
                                        changed.join(QLatin1String(", ")));
            updates << step;
            break;
        }
        case Change::Kind::SetFeatures: {
            const QString provider = c.values.value(QLatin1String("provider")).toString();
            const QString modelId = c.values.value(QLatin1String("modelId")).toString();
            const QString modelRef = c.values.value(QLatin1String("modelRef")).toString();
            const QStringList list = planned.toApply.keys();
            const QString to =
                provider == FeatureSetting::selfHosted
                    ? tr("self-hosted model '%1'").arg(b.nameOf(modelId))
                : provider == FeatureSetting::vendored
                    ? (modelRef.isEmpty() ? tr("GitLab AI vendor model")
                                          : tr("GitLab AI vendor model %1").arg(modelRef))
                    : tr("Disabled");
            features << featureSteps(c.id, list, provider, modelId, modelRef,
                                     tr("Set %1 to %2").arg(list.join(QLatin1String(", ")), to),
                                     false);
            break;
        }
        case Change::Kind::UpdateDuoSettings: {
            PushStep step = modelStep(Mutation::UpdateDuoSettings, c, planned.toApply);
            step.model.clear();
            step.input = planned.toApply;
            step.description =
                tr("Update Duo settings: %1").arg(planned.toApply.keys().join(QLatin1String(", ")));
            duo << step;
            break;
        }
        case Change::Kind::SetAllowlist: {
            PushStep step = modelStep(Mutation::SetAllowlist, c, planned.toApply);
            step.model.clear();
            // Both arguments are required: what is not changed keeps the server's value.
            QJsonObject fields = view.serverFeature(c.target)
                                     ? view.serverFeature(c.target)->allowlistFields()
                                     : QJsonObject();
            for (auto it = planned.toApply.constBegin(); it != planned.toApply.constEnd(); ++it)
                fields.insert(it.key(), it.value());
            step.input = fields;
            step.input.insert(QStringLiteral("feature"), c.target);
            const QStringList refs =
                FeatureSetting::refs(fields.value(QLatin1String("allowlistModelRefs")));
            step.description =
                fields.value(QLatin1String("allowlistEnabled")).toBool()
                    ? tr("Limit %1 to the allowlist: %2")
                          .arg(c.target, refs.isEmpty() ? tr("the chosen model only")
                                                        : refs.join(QLatin1String(", ")))
                    : tr("Turn off the model allowlist of %1").arg(c.target);
            duo << step;
            break;
        }
        case Change::Kind::DeleteModel: {
            PushStep step = modelStep(Mutation::DeleteModel, c, {});
            step.input = {{QStringLiteral("id"), c.target}};
            step.description = tr("Delete model '%1'").arg(b.nameOf(c.target));
            deletes << step;
            break;
        }
        }
    }

    // Features still served by a model to delete, once this push's assignments are done.
    for (const PlannedChange &planned : changes) {
        const Change &c = planned.change;
        if (c.kind != Change::Kind::DeleteModel)
            continue;
        QStringList dependents;
        for (auto it = servedBy.constBegin(); it != servedBy.constEnd(); ++it) {
            if (it.value() == c.target)
                dependents << it.key();
        }
        dependents.sort();
        if (dependents.isEmpty())
            continue;
        const QString successor = c.values.value(QLatin1String("reassignTo")).toString();
        const QString name = b.nameOf(c.target);
        if (successor.isEmpty())
            reassignments << featureSteps(c.id, dependents, FeatureSetting::disabled, {}, {},
                                          tr("Disable %1 before deleting '%2'")
                                              .arg(dependents.join(QLatin1String(", ")), name),
                                          true);
        else
            reassignments << featureSteps(
                c.id, dependents, FeatureSetting::selfHosted, successor, {},
                tr("Move %1 from '%2' to '%3' before deleting '%2'")
                    .arg(dependents.join(QLatin1String(", ")), name, b.nameOf(successor)),
                true);
    }

    QList<PushStep> plan = creates + updates + features + reassignments + duo + deletes;
    PlanGraph graph(plan, view, createdIds);
    graph.breakNameCycles();
    return graph.steps();
}
