#pragma once

#include "model/DuoSettings.h"
#include "model/FeatureSetting.h"
#include "model/SelfHostedModel.h"

#include <QDateTime>
#include <QList>
#include <optional>

// The server state of one instance as last read: every self-hosted model (all pages, newest
// first), the feature settings and the Duo settings, with the time it was taken.
struct Snapshot
{
    bool exists = false; // false until the first refresh (an instance drafted before contact)
    QDateTime takenAt;
    QList<SelfHostedModel> models;
    QList<FeatureSetting> features;
    std::optional<DuoSettings> duo;
};
