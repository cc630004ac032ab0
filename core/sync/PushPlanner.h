#pragma once

#include "PushStep.h"
#include "gitlab/ApiShape.h"
#include "store/Snapshot.h"
#include "sync/Change.h"

#include <QCoreApplication>
#include <QList>

// A change that survived the three-way check, with what must still be sent.
struct PlannedChange
{
    Change change;
    QJsonObject toApply; // fields (model, Duo settings) or features → assignment (SetFeatures)
};

// Orders a push: creates, updates, feature assignments (a draft's local id resolved once it is
// created), Duo settings, then deletes. A delete whose model still serves features is preceded,
// visibly in the plan, by the step that reassigns or disables them: the API would silently
// cascade.
class PushPlanner
{
    Q_DECLARE_TR_FUNCTIONS(PushPlanner)

public:
    // `server` is the state just refreshed from GitLab.
    static QList<PushStep> plan(const QList<PlannedChange> &changes, const Snapshot &server,
                                const ApiShape &shape);
};
