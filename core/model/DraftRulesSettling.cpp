#include "DraftRules.h"
#include "model/DraftSteps.h"
#include "model/EffectiveView.h"

#include <QSet>

// Discarding changes, settling conflicts, and the API keys no change holds any more.

using DraftSteps::refused;
using DraftSteps::withFeatures;

WriteSet DraftRules::discard(const EffectiveView &view, const QStringList &ids)
{
    WriteSet set;
    QSet<QString> gone;
    for (const QString &id : ids) {
        const Change *c = view.change(id);
        if (!c || gone.contains(id))
            continue;
        gone.insert(id);
        set.removed << id;
        if (c->kind != Change::Kind::CreateModel)
            continue;
        // What uses the draft goes with it: assignments to it, deletes that hand over to it.
        for (const QString &user : view.changesReferring(c->target)) {
            const Change *dependent = view.change(user);
            if (gone.contains(user) || ids.contains(user))
                continue;
            if (dependent->kind == Change::Kind::SetFeatures &&
                dependent->values.value(QLatin1String("modelId")).toString() == c->target) {
                gone.insert(user);
                set.removed << user;
            } else if (dependent->kind == Change::Kind::DeleteModel) {
                gone.insert(user);
                set.removed << user;
            }
        }
    }
    findOrphanedKeys(view, set);
    return set;
}

WriteSet DraftRules::resolve(const EffectiveView &view, const QString &changeId,
                             const QString &field, bool keepMine)
{
    const Change *found = view.change(changeId);
    // A draft whose name was taken meanwhile is renamed or discarded, not settled by field.
    if (!found || found->status != Change::Status::Conflict ||
        !found->conflictFields.contains(field) || found->kind == Change::Kind::CreateModel)
        return refused(tr("This change has no conflict on '%1'.").arg(field));
    Change change = *found;
    if (keepMine) {
        QJsonValue serverValue;
        if (change.kind == Change::Kind::UpdateModel) {
            if (const SelfHostedModel *m = view.serverModel(change.target))
                serverValue = m->editableFields().value(field);
        } else if (change.kind == Change::Kind::SetFeatures) {
            if (const FeatureSetting *f = view.serverFeature(field))
                serverValue = f->assignment();
        } else if (change.kind == Change::Kind::UpdateDuoSettings && view.serverDuo()) {
            serverValue = view.serverDuo()->fields.value(field);
        } else if (change.kind == Change::Kind::SetAllowlist) {
            if (const FeatureSetting *f = view.serverFeature(change.target))
                serverValue = f->allowlistFields().value(field);
        }
        change.base.insert(field, serverValue);
    } else if (change.kind == Change::Kind::SetFeatures) {
        QStringList rest = change.features();
        rest.removeAll(field);
        change = withFeatures(change, rest);
        change.base.remove(field);
    } else {
        change.values.remove(field);
        change.base.remove(field);
    }
    change.conflictFields.removeAll(field);
    if (change.conflictFields.isEmpty()) {
        change.status = Change::Status::Pending;
        change.error.clear();
    }
    WriteSet set;
    const bool nothingLeft = change.kind == Change::Kind::SetFeatures ? change.features().isEmpty()
                                                                      : change.values.isEmpty();
    if (nothingLeft)
        set.removed << change.id;
    else
        set.put << change;
    findOrphanedKeys(view, set);
    return set;
}

void DraftRules::findOrphanedKeys(const EffectiveView &view, WriteSet &set)
{
    QSet<QString> held;
    for (const Change &c : std::as_const(set.put)) {
        if (c.hasApiKey())
            held.insert(c.apiKeyRef());
    }
    auto dropped = [&](const QString &id) {
        if (const Change *old = view.change(id); old && old->hasApiKey() &&
                                                 !held.contains(old->apiKeyRef()) &&
                                                 !set.orphanedKeys.contains(old->apiKeyRef()))
            set.orphanedKeys << old->apiKeyRef();
    };
    for (const QString &id : std::as_const(set.removed))
        dropped(id);
    for (const Change &c : std::as_const(set.put))
        dropped(c.id);
}
