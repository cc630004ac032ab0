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
    // GitLab answered null for the feature settings (19.x, to a token without the admin
    // abilities): `features` is empty because they could not be read, not because there are none.
    bool featuresHidden = false;
    std::optional<DuoSettings> duo;
    QString gitlabVersion; // the version GitLab reported when the snapshot was taken
};
