#pragma once

#include "gitlab/FeatureSetting.h"
#include "gitlab/SelfHostedModel.h"

#include <QDateTime>
#include <QList>
#include <optional>

// The last server state of one instance: every self-hosted model (all pages), the feature
// settings and the Duo settings, with the time it was taken.
struct Snapshot
{
    bool exists = false; // false until the first refresh (an instance drafted before contact)
    QDateTime takenAt;
    QList<SelfHostedModel> models;
    QList<FeatureSetting> features;
    std::optional<DuoSettings> duo;

    const SelfHostedModel *model(const QString &id) const;
    const SelfHostedModel *modelNamed(const QString &name) const;
    const FeatureSetting *feature(const QString &feature) const;
};
