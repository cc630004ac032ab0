#include "PushPlanner.h"

#include <QHash>
#include <QJsonArray>

QJsonObject PushStep::toJson() const
{
    QJsonObject shown = input;
    if (shown.contains(QLatin1String("apiToken")))
        shown.insert(QStringLiteral("apiToken"), QStringLiteral("(from the keychain)"));
    static const char *phases[] = {"create", "update", "features", "duo-settings", "delete"};
    return {{QStringLiteral("phase"), QLatin1String(phases[int(phase)])},
            {QStringLiteral("change"), changeId},
            {QStringLiteral("mutation"), document},
            {QStringLiteral("description"), description},
            {QStringLiteral("input"), shown}};
}

namespace {

QJsonObject modelInput(const QJsonObject &fields)
{
    QJsonObject input{{QStringLiteral("name"), fields.value(QLatin1String("name"))},
                      {QStringLiteral("model"), fields.value(QLatin1String("family"))},
                      {QStringLiteral("endpoint"), fields.value(QLatin1String("endpoint"))},
                      {QStringLiteral("identifier"), fields.value(QLatin1String("identifier"))}};
    return input;
}

QString modelName(const QHash<QString, QString> &names, const QString &id)
{
    return names.value(id, id);
}

} // namespace

QList<PushStep> PushPlanner::plan(const QList<PlannedChange> &changes, const Snapshot &server,
                                  const ApiShape &shape)
{
    QList<PushStep> creates, updates, features, duo, deletes;
    QHash<QString, QString> names; // model id → name, for descriptions
    for (const SelfHostedModel &model : server.models)
        names.insert(model.id, model.name);
    for (const PlannedChange &planned : changes) {
        if (planned.change.kind == Change::Kind::CreateModel)
            names.insert(planned.change.target,
                         planned.change.values.value(QLatin1String("name")).toString());
    }

    // Feature → model id after this push's own assignments, to find what a delete would cascade.
    QHash<QString, QString> servedBy;
    for (const FeatureSetting &setting : server.features) {
        if (setting.provider == QLatin1String("SELF_HOSTED"))
            servedBy.insert(setting.feature, setting.modelId);
    }

    auto featureSteps = [&](const QString &changeId, const QStringList &list,
                            const QString &provider, const QString &modelId,
                            const QString &description, bool reassignment) {
        QList<PushStep> steps;
        const auto make = [&](const QJsonObject &input, const QString &document) {
            PushStep step;
            step.phase = PushStep::Phase::Features;
            step.changeId = changeId;
            step.document = document;
            step.input = input;
            step.description = description;
            step.isReassignment = reassignment;
            steps << step;
        };
        QJsonObject common{{QStringLiteral("provider"), provider}};
        if (provider == QLatin1String("SELF_HOSTED"))
            common.insert(QStringLiteral("aiSelfHostedModelId"), modelId);
        if (provider == QLatin1String("VENDORED") && shape.offeredModelRef)
            common.insert(QStringLiteral("offeredModelRef"), QString());
        if (shape.featureSettingsBatch) {
            QJsonObject input = common;
            input.insert(QStringLiteral("features"), QJsonArray::fromStringList(list));
            make(input, QStringLiteral("set-features"));
        } else {
            for (const QString &feature : list) { // 17.x takes one feature at a time
                QJsonObject input = common;
                input.insert(QStringLiteral("feature"), feature);
                make(input, QStringLiteral("set-feature"));
            }
        }
        for (const QString &feature : list) {
            if (provider == QLatin1String("SELF_HOSTED"))
                servedBy.insert(feature, modelId);
            else
                servedBy.remove(feature);
        }
        return steps;
    };

    for (const PlannedChange &planned : changes) {
        const Change &c = planned.change;
        PushStep step;
        step.changeId = c.id;
        step.needsApiKey = c.hasApiKey();
        switch (c.kind) {
        case Change::Kind::CreateModel:
            step.phase = PushStep::Phase::Create;
            step.document = QStringLiteral("create-model");
            step.input = modelInput(c.values);
            step.description = tr("Create model '%1' (%2)")
                                   .arg(c.values.value(QLatin1String("name")).toString(),
                                        c.values.value(QLatin1String("family")).toString());
            creates << step;
            break;
        case Change::Kind::UpdateModel: {
            const SelfHostedModel *current = server.model(c.target);
            QJsonObject fields = current ? current->editableFields() : QJsonObject();
            for (auto it = planned.toApply.constBegin(); it != planned.toApply.constEnd(); ++it)
                fields.insert(it.key(), it.value());
            step.phase = PushStep::Phase::Update;
            step.document = QStringLiteral("update-model");
            step.input = modelInput(fields);
            step.input.insert(QStringLiteral("id"), c.target);
            QStringList changed = planned.toApply.keys();
            changed.removeAll(QStringLiteral("apiKey"));
            if (c.hasApiKey())
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
            const QStringList list = planned.toApply.keys();
            const QString to = provider == QLatin1String("SELF_HOSTED")
                                   ? tr("self-hosted model '%1'").arg(modelName(names, modelId))
                               : provider == QLatin1String("VENDORED")
                                   ? tr("GitLab AI vendor model")
                                   : tr("Disabled");
            features << featureSteps(c.id, list, provider, modelId,
                                     tr("Set %1 to %2").arg(list.join(QLatin1String(", ")), to),
                                     false);
            break;
        }
        case Change::Kind::UpdateDuoSettings:
            step.phase = PushStep::Phase::DuoSettings;
            step.document = QStringLiteral("update-duo-settings");
            step.input = planned.toApply;
            step.description =
                tr("Update Duo settings: %1").arg(planned.toApply.keys().join(QLatin1String(", ")));
            duo << step;
            break;
        case Change::Kind::DeleteModel:
            step.phase = PushStep::Phase::Delete;
            step.document = QStringLiteral("delete-model");
            step.input = {{QStringLiteral("id"), c.target}};
            step.needsApiKey = false;
            step.description = tr("Delete model '%1'").arg(modelName(names, c.target));
            deletes << step;
            break;
        }
    }

    // Features still served by a model to delete, once this push's assignments are done.
    QList<PushStep> reassignments;
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
        const QString reassignTo = c.values.value(QLatin1String("reassignTo")).toString();
        const QString name = modelName(names, c.target);
        if (reassignTo.isEmpty())
            reassignments << featureSteps(c.id, dependents, QStringLiteral("DISABLED"), {},
                                          tr("Disable %1 before deleting '%2'")
                                              .arg(dependents.join(QLatin1String(", ")), name),
                                          true);
        else
            reassignments << featureSteps(
                c.id, dependents, QStringLiteral("SELF_HOSTED"), reassignTo,
                tr("Move %1 from '%2' to '%3' before deleting '%2'")
                    .arg(dependents.join(QLatin1String(", ")), name, modelName(names, reassignTo)),
                true);
    }

    return creates + updates + features + reassignments + duo + deletes;
}
