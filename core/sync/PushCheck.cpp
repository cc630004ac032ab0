#include "PushCheck.h"

#include "model/EffectiveView.h"
#include "model/FieldRules.h"
#include "sync/ThreeWayMerge.h"

#include <QJsonArray>
#include <QSet>

namespace {

QJsonObject serverFeatureMap(const EffectiveView &view)
{
    QJsonObject map;
    for (const FeatureSetting &setting : view.serverFeatures())
        map.insert(setting.feature, setting.assignment());
    return map;
}

// Values the server holds exactly as an interrupted push sent them are that push's writes:
// they become the base, not someone else's edit.
QJsonObject ownWrites(const Change &c, const QJsonObject &server)
{
    QJsonObject base;
    if (c.kind == Change::Kind::SetFeatures) {
        const QJsonObject sent =
            FeatureSetting::assignment(c.sentValues.value(QLatin1String("provider")).toString(),
                                       c.sentValues.value(QLatin1String("modelId")).toString());
        for (const auto &feature : c.sentValues.value(QLatin1String("features")).toArray()) {
            if (server.value(feature.toString()).toObject() == sent)
                base.insert(feature.toString(), sent);
        }
        return base;
    }
    for (auto it = c.sentValues.constBegin(); it != c.sentValues.constEnd(); ++it) {
        if (it.key() != Change::apiKeyField && server.value(it.key()) == it.value() &&
            c.base.value(it.key()) != it.value())
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace

CheckOutcome PushCheck::run(const QList<Change> &selected, const EffectiveView &view,
                            const ApiShape &shape)
{
    CheckOutcome outcome;
    // Names this push frees on the server: a create may take them once they are free.
    QSet<QString> namesFreed;
    for (const Change &c : selected) {
        const SelfHostedModel *server = view.serverModel(c.target);
        if (server &&
            (c.kind == Change::Kind::DeleteModel ||
             (c.kind == Change::Kind::UpdateModel && c.values.contains(QLatin1String("name")))))
            namesFreed.insert(server->name);
    }
    for (Change c : selected) {
        bool done = false;
        if (c.sentAt.isValid())
            recover(c, view, outcome, &done);
        if (!done && !refusedByInstance(c, view, shape, outcome))
            check(c, view, namesFreed, outcome);
    }
    return outcome;
}

// The field rules again, with the shape this instance has: a draft recorded before it was ever
// reached (or before an upgrade or downgrade) fails here in the console's words rather than at
// GitLab with a message about a field the administrator never set.
bool PushCheck::refusedByInstance(const Change &c, const EffectiveView &view, const ApiShape &shape,
                                  CheckOutcome &outcome)
{
    if (c.kind != Change::Kind::CreateModel && c.kind != Change::Kind::UpdateModel)
        return false;
    const SelfHostedModel *server = view.serverModel(c.target);
    const QString provider = c.values.contains(QLatin1String("provider"))
                                 ? c.values.value(QLatin1String("provider")).toString()
                             : server ? server->provider
                                      : QString();
    const FieldProblem problem = FieldRules::modelFields(c.values, provider, shape);
    if (!problem)
        return false;
    PushTransition failed{PushTransition::Op::Failed, c.id, c.version};
    failed.message = tr("%1 Edit the draft, or discard it.").arg(problem.message);
    outcome.transitions << failed;
    const QString name = c.values.contains(QLatin1String("name"))
                             ? c.values.value(QLatin1String("name")).toString()
                         : server ? server->name
                                  : c.target;
    outcome.refused.append({tr("Model '%1'").arg(name), c.id, false, failed.message});
    return true;
}

void PushCheck::recover(Change &c, const EffectiveView &view, CheckOutcome &outcome, bool *done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.kind == Change::Kind::CreateModel) {
        // Sent by a push that did not live to read the answer: found by the name it sent.
        const SelfHostedModel *ours =
            view.serverModelNamed(c.sentValues.value(QLatin1String("name")).toString());
        if (!ours)
            return;
        PushTransition created{PushTransition::Op::Created, c.id};
        created.sent = c.sentValues;
        created.globalId = ours->id;
        outcome.transitions << created;
        outcome.createdIds.insert(c.target, ours->id);
        const std::optional<Change> left = PushTransitions::apply(c, created, now);
        if (!left) {
            ++outcome.alreadyThere;
            *done = true;
            return;
        }
        c = *left; // edits made to the draft since then follow as an update
        return;
    }
    QJsonObject server;
    if (c.kind == Change::Kind::SetFeatures)
        server = serverFeatureMap(view);
    else if (c.kind == Change::Kind::UpdateModel && view.serverModel(c.target))
        server = view.serverModel(c.target)->editableFields();
    else if (c.kind == Change::Kind::UpdateDuoSettings && view.serverDuo())
        server = view.serverDuo()->fields;
    else if (c.kind == Change::Kind::SetAllowlist && view.serverFeature(c.target))
        server = view.serverFeature(c.target)->allowlistFields();
    const QJsonObject base = ownWrites(c, server);
    if (base.isEmpty())
        return;
    PushTransition adopt{PushTransition::Op::AdoptBase, c.id};
    adopt.base = base;
    outcome.transitions << adopt;
    c = *PushTransitions::apply(c, adopt, now);
}

void PushCheck::check(const Change &c, const EffectiveView &view, const QSet<QString> &namesFreed,
                      CheckOutcome &outcome)
{
    auto conflict = [&](const QStringList &fields, const QString &message) {
        ++outcome.conflicts;
        PushTransition t{PushTransition::Op::Conflict, c.id, c.version};
        t.fields = fields;
        t.message = message;
        outcome.transitions << t;
    };
    auto settle = [&](const MergeResult &merge, const QString &message) {
        if (!merge.conflicts.isEmpty()) {
            conflict(merge.conflicts, message.arg(merge.conflicts.join(QLatin1String(", "))));
        } else if (merge.alreadyApplied()) {
            ++outcome.alreadyThere;
            PushTransition t{PushTransition::Op::Finished, c.id};
            t.sent = c.values;
            outcome.transitions << t;
        } else {
            outcome.planned.append({c, merge.toApply});
        }
    };
    const QString changedToo =
        tr("Changed on the server too: %1. Keep yours or take the server's.");

    switch (c.kind) {
    case Change::Kind::CreateModel: {
        const QString name = c.values.value(QLatin1String("name")).toString();
        if (view.serverModelNamed(name) && !namesFreed.contains(name)) {
            conflict({QStringLiteral("name")},
                     tr("A model named '%1' was created on the server meanwhile. Rename the "
                        "draft, or discard it.")
                         .arg(name));
            return;
        }
        outcome.planned.append({c, c.values});
        return;
    }
    case Change::Kind::UpdateModel: {
        const SelfHostedModel *current = view.serverModel(c.target);
        if (!current) {
            conflict({QStringLiteral("deleted")},
                     tr("This model was deleted on the server. Discard the change, or create "
                        "the model again."));
            return;
        }
        settle(ThreeWayMerge::fields(c, current->editableFields()), changedToo);
        return;
    }
    case Change::Kind::DeleteModel:
        if (!view.serverModel(c.target)) {
            ++outcome.alreadyThere;
            PushTransition t{PushTransition::Op::Finished, c.id};
            outcome.transitions << t;
        } else {
            outcome.planned.append({c, {}});
        }
        return;
    case Change::Kind::SetFeatures:
        settle(ThreeWayMerge::features(c, serverFeatureMap(view)),
               tr("Assigned differently on the server too: %1. Keep yours or take the "
                  "server's."));
        return;
    case Change::Kind::UpdateDuoSettings:
        settle(
            ThreeWayMerge::fields(c, view.serverDuo() ? view.serverDuo()->fields : QJsonObject()),
            changedToo);
        return;
    case Change::Kind::SetAllowlist: {
        const FeatureSetting *setting = view.serverFeature(c.target);
        if (!setting || !setting->hasAllowlist()) {
            conflict(c.values.keys(), tr("GitLab no longer offers a model allowlist for %1. "
                                         "Take the server's side to drop this change.")
                                          .arg(c.target.toLower()));
            return;
        }
        settle(ThreeWayMerge::fields(c, setting->allowlistFields()), changedToo);
        return;
    }
    }
}
