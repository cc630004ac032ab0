#pragma once

#include "model/Change.h"

#include <QJsonObject>
#include <QStringList>

// Base (what the change was made against) vs the server now vs the draft, field by field:
// a field changed only in the draft is applied, one changed only on the server is kept, one
// changed on both sides to different values is a conflict, never overwritten silently.
struct MergeResult
{
    QJsonObject toApply;   // fields (or features) the push must still send
    QStringList conflicts; // fields (or features) changed on both sides
    bool alreadyApplied() const { return toApply.isEmpty() && conflicts.isEmpty(); }
};

namespace ThreeWayMerge {

// UpdateModel and UpdateDuoSettings: `server` holds the fields' current server values.
MergeResult fields(const Change &change, const QJsonObject &server);

// SetFeatures: `server` maps each feature to its current {"provider", "modelId"}.
MergeResult features(const Change &change, const QJsonObject &server);

} // namespace ThreeWayMerge
