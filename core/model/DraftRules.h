#pragma once

#include "model/ApiShape.h"
#include "model/Change.h"

#include <QCoreApplication>
#include <optional>

class EffectiveView;

// An edit an administrator makes: what kind, to which object, with which values (as in Change).
struct Edit
{
    Change::Kind kind = Change::Kind::UpdateModel;
    QString target;
    QJsonObject values;
};

// What one edit (or discard, or resolution) writes: the rows to put and the rows to remove,
// applied together in one transaction, or the reason nothing may be written.
struct WriteSet
{
    std::optional<Change> recorded; // the change the edit became (none: nothing left to do)
    QList<Change> put;              // rows to write, `recorded` among them
    QStringList removed;            // change ids to delete
    QString refused;                // why the edit may not be recorded (nothing is written)
    QString refusedField;           // the form field `refused` is about, if any
    QStringList orphanedKeys;       // API key references no change holds any more

    bool isRefused() const { return !refused.isEmpty(); }
};

// The rules of drafting, as pure functions of the effective view: what GitLab would refuse is
// refused; an edit folds into an earlier pending change to the same object; a field set back
// to the server's value is no change; an assignment narrows earlier ones; a delete decides
// where the features its model serves go.
class DraftRules
{
    Q_DECLARE_TR_FUNCTIONS(DraftRules)

public:
    // Models may be named by id or by name (in the target, reassignTo and modelId).
    static WriteSet record(const EffectiveView &view, const ApiShape &shape, Edit edit);
    static QString modelId(const EffectiveView &view, const QString &idOrName);
    // Forgets changes; a draft's create takes the changes that use the draft along.
    static WriteSet discard(const EffectiveView &view, const QStringList &ids);
    // Settles a conflict on one field: keep the draft's value, or take the server's.
    static WriteSet resolve(const EffectiveView &view, const QString &changeId,
                            const QString &field, bool keepMine);
    // Fills `set.orphanedKeys`: the API key references of rows it removes or rewrites that no
    // row it writes holds any more.
    static void findOrphanedKeys(const EffectiveView &view, WriteSet &set);

private:
    static WriteSet createModel(const EffectiveView &view, const ApiShape &shape, Edit edit);
    static WriteSet updateModel(const EffectiveView &view, const ApiShape &shape, Edit edit);
    static WriteSet deleteModel(const EffectiveView &view, const Edit &edit);
    static WriteSet setFeatures(const EffectiveView &view, const ApiShape &shape, const Edit &edit);
    static WriteSet updateDuoSettings(const EffectiveView &view, const Edit &edit);
    static WriteSet setAllowlist(const EffectiveView &view, const ApiShape &shape,
                                 const Edit &edit);
    static WriteSet updateFields(const EffectiveView &view, Change::Kind kind,
                                 const QString &target, const QJsonObject &values,
                                 const QJsonObject &server);
};
