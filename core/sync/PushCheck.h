#pragma once

#include "model/PushOutcome.h"
#include "model/PushTransitions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class EffectiveView;
struct ApiShape;

// A change that survived the three-way check, with what must still be sent.
struct PlannedChange
{
    Change change;
    QJsonObject toApply; // fields (model, Duo settings) or features → assignment (SetFeatures)
};

struct CheckOutcome
{
    QList<PushTransition> transitions; // what the check itself settles, to be written
    QList<PlannedChange> planned;
    int alreadyThere = 0; // changes the server already holds (counted as pushed)
    int conflicts = 0;
    QList<StepResult> refused; // changes this instance would refuse (its shape known only now)
    QHash<QString, QString> createdIds; // drafts an interrupted push created: local → global
};

// Before a push sends anything: first what an interrupted push left in flight is reconciled
// against the server (a create is found by the name it was sent with; values the server holds
// exactly as sent are the push's own writes); then each change is checked three ways, base vs
// server now vs draft: applied, already there, or a conflict left for the administrator.
class PushCheck
{
    Q_DECLARE_TR_FUNCTIONS(PushCheck)

public:
    // `view` holds the server state just read again; `shape` what this instance takes, known
    // for sure only now (a draft may have been recorded before the instance was ever reached).
    static CheckOutcome run(const QList<Change> &selected, const EffectiveView &view,
                            const ApiShape &shape);

private:
    static void recover(Change &change, const EffectiveView &view, CheckOutcome &outcome,
                        bool *done);
    static void check(const Change &change, const EffectiveView &view,
                      const QSet<QString> &namesFreed, CheckOutcome &outcome);
    static bool refusedByInstance(const Change &change, const EffectiveView &view,
                                  const ApiShape &shape, CheckOutcome &outcome);
};
