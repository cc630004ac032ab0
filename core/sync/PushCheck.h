#pragma once

#include "model/PushTransitions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class EffectiveView;

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
    // `view` holds the server state just read again.
    static CheckOutcome run(const QList<Change> &selected, const EffectiveView &view);

private:
    static void recover(Change &change, const EffectiveView &view, CheckOutcome &outcome,
                        bool *done);
    static void check(const Change &change, const EffectiveView &view,
                      const QSet<QString> &namesFreed, CheckOutcome &outcome);
};
