#include "DraftRules.h"

#include "model/DraftSteps.h"
#include "model/EffectiveView.h"
#include "model/EnumNames.h"
#include "model/FieldRules.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace {

Change newChange(const EffectiveView &view, Change::Kind kind, const QString &target)
{
    Change change;
    change.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    change.sequence = view.nextSequence();
    change.kind = kind;
    change.target = target;
    change.createdAt = QDateTime::currentDateTimeUtc();
    return change;
}

// An edited change waits to be pushed again, whatever happened to it before.
Change pending(Change change)
{
    change.status = Change::Status::Pending;
    change.error.clear();
    change.conflictFields.clear();
    return change;
}

WriteSet recorded(const Change &change)
{
    WriteSet set;
    set.recorded = pending(change);
    set.put << *set.recorded;
    return set;
}

// GitLab's wording: "Codegemma is incompatible with the General Chat feature".
QString familyWord(const QString &family)
{
    return family.left(1).toUpper() + family.mid(1).toLower();
}

FieldProblem uniqueNameProblem(const EffectiveView &view, const QJsonObject &fields,
                               const QString &selfId)
{
    if (!fields.contains(QLatin1String("name")))
        return {};
    const QString name = fields.value(QLatin1String("name")).toString().trimmed();
    const EffectiveModel *same = view.modelNamed(name);
    if (same && same->model.id != selfId)
        return {QStringLiteral("name"),
                DraftRules::tr("A model named '%1' already exists. Please enter a unique "
                               "deployment name.")
                    .arg(name)};
    return {};
}

// Base vs values: a field set back to the server's value is no change at all.
void dropUnchanged(Change &change)
{
    const QStringList keys = change.values.keys();
    for (const QString &key : keys) {
        if (key != Change::apiKeyField && change.base.contains(key) &&
            change.base.value(key) == change.values.value(key)) {
            change.values.remove(key);
            change.base.remove(key);
        }
    }
}

void mergeValues(Change &change, const QJsonObject &values, const QJsonObject &server)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!change.base.contains(it.key()) && it.key() != Change::apiKeyField)
            change.base.insert(it.key(), server.value(it.key()));
        change.values.insert(it.key(), it.value());
    }
}

} // namespace

using DraftSteps::refused;
using DraftSteps::withFeatures;

// A model named by its id or, as an administrator would, by its name.
QString DraftRules::modelId(const EffectiveView &view, const QString &idOrName)
{
    if (idOrName.isEmpty() || view.liveModel(idOrName))
        return idOrName;
    const EffectiveModel *named = view.modelNamed(idOrName);
    return named ? named->model.id : idOrName;
}

WriteSet DraftRules::record(const EffectiveView &view, const ApiShape &shape, Edit edit)
{
    if (edit.kind == Change::Kind::UpdateModel || edit.kind == Change::Kind::DeleteModel)
        edit.target = modelId(view, edit.target);
    for (const char *key : {"reassignTo", "modelId"}) {
        if (edit.values.contains(QLatin1String(key)))
            edit.values.insert(QLatin1String(key),
                               modelId(view, edit.values.value(QLatin1String(key)).toString()));
    }
    WriteSet set;
    switch (edit.kind) {
    case Change::Kind::CreateModel:
        set = createModel(view, shape, edit);
        break;
    case Change::Kind::UpdateModel:
        set = updateModel(view, shape, edit);
        break;
    case Change::Kind::DeleteModel:
        set = deleteModel(view, edit);
        break;
    case Change::Kind::SetFeatures:
        set = setFeatures(view, shape, edit);
        break;
    case Change::Kind::UpdateDuoSettings:
        set = updateDuoSettings(view, edit);
        break;
    case Change::Kind::SetAllowlist:
        set = setAllowlist(view, shape, edit);
        break;
    }
    if (!set.isRefused())
        findOrphanedKeys(view, set);
    return set;
}

WriteSet DraftRules::createModel(const EffectiveView &view, const ApiShape &shape, Edit edit)
{
    for (const char *key : {"name", "family", "endpoint"}) {
        if (!edit.values.contains(QLatin1String(key)))
            edit.values.insert(QLatin1String(key), QString());
    }
    if (shape.modelProvider && !edit.values.contains(QLatin1String("provider")))
        edit.values.insert(QStringLiteral("provider"), QStringLiteral("API"));
    const QString provider = edit.values.value(QLatin1String("provider")).toString();
    if (const QString fixed = FieldRules::platformEndpoint(provider); !fixed.isNull())
        edit.values.insert(QStringLiteral("endpoint"), fixed);
    if (FieldProblem problem = FieldRules::modelFields(edit.values, provider, shape);
        problem || (problem = uniqueNameProblem(view, edit.values, {})))
        return refused(problem);
    Change change = newChange(view, Change::Kind::CreateModel, SelfHostedModel::newLocalId());
    change.values = edit.values;
    return recorded(change);
}

WriteSet DraftRules::updateModel(const EffectiveView &view, const ApiShape &shape, Edit edit)
{
    const EffectiveModel *row = view.liveModel(edit.target);
    if (!row)
        return refused(tr("There is no model '%1'.").arg(edit.target));
    const QString provider = edit.values.contains(QLatin1String("provider"))
                                 ? edit.values.value(QLatin1String("provider")).toString()
                                 : row->model.provider;
    // A platform without an endpoint takes GitLab's stand-in when the model moves to it.
    if (const QString fixed = FieldRules::platformEndpoint(provider); !fixed.isNull()) {
        if (edit.values.contains(QLatin1String("endpoint")) &&
            edit.values.value(QLatin1String("endpoint")).toString() != fixed)
            return refused(tr("GitLab keeps no endpoint for models on %1: leave it out.")
                               .arg(EnumNames::platform(provider).text),
                           QStringLiteral("endpoint"));
        if (edit.values.contains(QLatin1String("provider")) && row->model.endpoint != fixed)
            edit.values.insert(QStringLiteral("endpoint"), fixed);
    }
    QJsonObject checked = edit.values;
    // A new platform puts the other fields to its test as they stand.
    if (edit.values.contains(QLatin1String("provider"))) {
        const QJsonObject current = row->model.editableFields();
        for (const char *key : {"endpoint", "identifier"}) {
            if (!checked.contains(QLatin1String(key)))
                checked.insert(QLatin1String(key), current.value(QLatin1String(key)));
        }
    }
    if (FieldProblem problem = FieldRules::modelFields(checked, provider, shape);
        problem || (problem = uniqueNameProblem(view, edit.values, edit.target)))
        return refused(problem);

    if (SelfHostedModel::isLocalId(edit.target)) {
        const Change *create = view.pendingFor(Change::Kind::CreateModel, edit.target);
        if (!create)
            return refused(tr("There is no model '%1'.").arg(edit.target));
        Change folded = *create;
        for (auto it = edit.values.constBegin(); it != edit.values.constEnd(); ++it)
            folded.values.insert(it.key(), it.value());
        return recorded(folded);
    }
    const SelfHostedModel *server = view.serverModel(edit.target);
    return updateFields(view, Change::Kind::UpdateModel, edit.target, edit.values,
                        server ? server->editableFields() : QJsonObject());
}

WriteSet DraftRules::deleteModel(const EffectiveView &view, const Edit &edit)
{
    const EffectiveModel *row = view.liveModel(edit.target);
    if (!row)
        return refused(tr("There is no model '%1'.").arg(edit.target));
    const QStringList dependents = view.featuresServedBy(edit.target);
    const QString successor = edit.values.value(QLatin1String("reassignTo")).toString();
    const bool disable = edit.values.value(QLatin1String("disableFeatures")).toBool();
    if (!successor.isEmpty()) {
        const EffectiveModel *other = view.liveModel(successor);
        if (!other || successor == edit.target)
            return refused(tr("Choose another existing model to take over the features."));
        for (const QString &feature : dependents) {
            const std::optional<FeatureSetting> setting = view.feature(feature);
            if (setting && !setting->accepts(other->model.family))
                return refused(
                    tr("%1 cannot serve %2: its family is not compatible with that feature.")
                        .arg(other->model.name, setting->displayTitle()));
        }
    } else if (!dependents.isEmpty() && !disable) {
        return refused(tr("%1 still serves %2. Choose a model to take these features over, or "
                          "disable them.")
                           .arg(row->model.name, dependents.join(QLatin1String(", "))));
    }

    WriteSet set;
    // Pending changes that send features to this model follow the choice made here.
    for (const QString &id : view.changesReferring(edit.target)) {
        Change moved = *view.change(id);
        if (moved.kind == Change::Kind::SetFeatures) {
            moved.values.insert(QStringLiteral("provider"), successor.isEmpty()
                                                                ? FeatureSetting::disabled
                                                                : FeatureSetting::selfHosted);
            moved.values.insert(QStringLiteral("modelId"), successor);
        } else if (moved.kind == Change::Kind::DeleteModel) {
            moved.values.remove(QStringLiteral("reassignTo"));
            if (successor.isEmpty())
                moved.values.insert(QStringLiteral("disableFeatures"), true);
            else
                moved.values.insert(QStringLiteral("reassignTo"), successor);
        }
        set.put << moved;
    }
    if (SelfHostedModel::isLocalId(edit.target)) {
        // A draft never reached GitLab: deleting it forgets it.
        if (const Change *create = view.pendingFor(Change::Kind::CreateModel, edit.target))
            set.removed << create->id;
        return set;
    }
    Change change = newChange(view, Change::Kind::DeleteModel, edit.target);
    if (const SelfHostedModel *server = view.serverModel(edit.target))
        change.base = server->editableFields();
    change.values.insert(QStringLiteral("name"), row->model.name);
    if (!successor.isEmpty())
        change.values.insert(QStringLiteral("reassignTo"), successor);
    else if (disable)
        change.values.insert(QStringLiteral("disableFeatures"), true);
    if (const Change *earlier = view.pendingFor(Change::Kind::UpdateModel, edit.target))
        set.removed << earlier->id;
    set.recorded = pending(change);
    set.put << *set.recorded;
    return set;
}

WriteSet DraftRules::setFeatures(const EffectiveView &view, const ApiShape &shape, const Edit &edit)
{
    const QString provider = edit.values.value(QLatin1String("provider")).toString();
    const QStringList providers =
        shape.providers.isEmpty()
            ? QStringList{FeatureSetting::disabled, FeatureSetting::vendored,
                          FeatureSetting::selfHosted, FeatureSetting::unassigned}
            : shape.providers;
    if (!providers.contains(provider))
        return refused(
            tr("The provider must be one of: %1.").arg(providers.join(QLatin1String(", "))));
    QString modelId = edit.values.value(QLatin1String("modelId")).toString();
    const EffectiveModel *model = nullptr;
    if (provider == FeatureSetting::selfHosted) {
        model = view.liveModel(modelId);
        if (!model)
            return refused(tr("Choose an existing self-hosted model for these features."));
    } else {
        modelId.clear();
    }
    const QString modelRef = provider == FeatureSetting::vendored
                                 ? edit.values.value(QLatin1String("modelRef")).toString()
                                 : QString();
    if (!modelRef.isEmpty() && shape.known && !shape.offeredModelRef)
        return refused(tr("This instance cannot choose a GitLab managed model per feature "
                          "(GitLab 18.3 and later can)."));
    QStringList features;
    for (const auto &feature : edit.values.value(QLatin1String("features")).toArray())
        features << feature.toString();
    features.removeDuplicates();
    if (features.isEmpty())
        return refused(tr("At least one feature is required."));

    Change change = newChange(view, Change::Kind::SetFeatures, {});
    for (const QString &feature : std::as_const(features)) {
        const std::optional<FeatureSetting> setting = view.feature(feature);
        if (view.snapshotExists() && !setting)
            return refused(tr("This instance has no feature %1.").arg(feature));
        if (model && setting && !setting->accepts(model->model.family))
            return refused(tr("%1 is incompatible with the %2 feature.")
                               .arg(familyWord(model->model.family), setting->displayTitle()));
        if (!modelRef.isEmpty() && setting && !setting->gitlabModels.isEmpty() &&
            setting->gitlabModelName(modelRef) == modelRef)
            return refused(tr("GitLab does not offer the model %1 for the %2 feature.")
                               .arg(modelRef, setting->displayTitle()));
        const FeatureSetting *server = view.serverFeature(feature);
        change.base.insert(feature,
                           server ? server->assignment() : FeatureSetting::assignment({}, {}));
    }

    WriteSet set;
    // These features leave any earlier pending assignment.
    QSet<QString> narrowed;
    for (const QString &feature : std::as_const(features)) {
        if (const Change *earlier = view.featureChange(feature))
            narrowed.insert(earlier->id);
    }
    for (const QString &id : std::as_const(narrowed)) {
        Change earlier = *view.change(id);
        QStringList rest = earlier.features();
        rest.removeIf([&](const QString &f) { return features.contains(f); });
        if (rest.isEmpty()) {
            set.removed << id;
            continue;
        }
        for (const QString &f : std::as_const(features))
            earlier.base.remove(f);
        set.put << withFeatures(earlier, rest);
    }
    // Features whose server assignment already is this one need no change.
    const QJsonObject wanted = FeatureSetting::assignment(provider, modelId, modelRef);
    features.removeIf([&](const QString &f) {
        const FeatureSetting *server = view.serverFeature(f);
        if (server && server->assignment() == wanted) {
            change.base.remove(f);
            return true;
        }
        return false;
    });
    if (features.isEmpty())
        return set;
    change.values = edit.values;
    change.values.insert(QStringLiteral("modelId"), modelId);
    change.values.remove(QStringLiteral("modelRef"));
    if (!modelRef.isEmpty())
        change.values.insert(QStringLiteral("modelRef"), modelRef);
    change = withFeatures(change, features);
    set.recorded = pending(change);
    set.put << *set.recorded;
    return set;
}

WriteSet DraftRules::updateDuoSettings(const EffectiveView &view, const Edit &edit)
{
    if (const QString problem = FieldRules::duoSettings(edit.values); !problem.isEmpty())
        return refused(problem);
    return updateFields(view, Change::Kind::UpdateDuoSettings, QStringLiteral("duo"), edit.values,
                        view.serverDuo() ? view.serverDuo()->fields : QJsonObject());
}

WriteSet DraftRules::setAllowlist(const EffectiveView &view, const ApiShape &shape,
                                  const Edit &edit)
{
    const QString feature = edit.target.toUpper();
    const FeatureSetting *server = view.serverFeature(feature);
    if (!shape.featureAllowlist)
        return refused(tr("This instance has no model allowlists (GitLab 19.1 and later have "
                          "them)."));
    if (!server || !server->hasAllowlist())
        return refused(
            tr("Model allowlists are not supported for the feature '%1'.").arg(feature.toLower()));
    QJsonObject values;
    if (edit.values.contains(QLatin1String("allowlistEnabled")))
        values.insert(QStringLiteral("allowlistEnabled"),
                      edit.values.value(QLatin1String("allowlistEnabled")).toBool());
    if (edit.values.contains(QLatin1String("allowlistModelRefs"))) {
        QStringList refs =
            FeatureSetting::refs(edit.values.value(QLatin1String("allowlistModelRefs")));
        const QStringList known = server->allowlistRefs();
        for (const QString &ref : std::as_const(refs)) {
            if (!known.contains(ref))
                return refused(tr("GitLab offers no model '%1' for this feature's allowlist. It "
                                  "offers: %2.")
                                   .arg(ref, known.join(QLatin1String(", "))));
        }
        refs.removeDuplicates();
        refs.sort();
        values.insert(QStringLiteral("allowlistModelRefs"), QJsonArray::fromStringList(refs));
    }
    return updateFields(view, Change::Kind::SetAllowlist, feature, values,
                        server->allowlistFields());
}

// A change of named fields, folded into the one already pending for the same target.
WriteSet DraftRules::updateFields(const EffectiveView &view, Change::Kind kind,
                                  const QString &target, const QJsonObject &values,
                                  const QJsonObject &server)
{
    const Change *earlier = view.pendingFor(kind, target);
    Change change = earlier ? *earlier : newChange(view, kind, target);
    mergeValues(change, values, server);
    dropUnchanged(change);
    if (change.values.isEmpty()) {
        WriteSet set;
        if (earlier)
            set.removed << earlier->id;
        return set;
    }
    return recorded(change);
}
