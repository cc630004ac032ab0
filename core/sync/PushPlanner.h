#pragma once

#include "sync/PushCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class EffectiveView;
class Mutations;
struct PushStep;

// Turns the changes that passed the check into steps, each with the steps it must wait for:
// a step that uses a draft waits for the draft's create; an assignment waits for the model's
// update; a delete waits for the assignments, and first moves or disables, visibly in the plan,
// the features its model still serves (the API would silently cascade); a create or rename that
// takes a name the push frees waits for the delete or rename that frees it. Where that makes a
// cycle (B takes A's name while A's features move to B), the step takes a temporary name and a
// rename step finishes the job.
class PushPlanner
{
    Q_DECLARE_TR_FUNCTIONS(PushPlanner)

public:
    // `view` holds the server state just read; `createdIds` maps drafts an interrupted push
    // created to their global ids.
    static QList<PushStep> plan(const QList<PlannedChange> &changes, const EffectiveView &view,
                                const Mutations &mutations,
                                const QHash<QString, QString> &createdIds = {});

    // The temporary name a step takes while the name it wants is still held.
    static QString temporaryName(const QString &name, const QString &changeId);
};
