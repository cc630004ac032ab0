#include "Snapshot.h"

const SelfHostedModel *Snapshot::model(const QString &id) const
{
    for (const SelfHostedModel &model : models) {
        if (model.id == id)
            return &model;
    }
    return nullptr;
}

const SelfHostedModel *Snapshot::modelNamed(const QString &name) const
{
    for (const SelfHostedModel &model : models) {
        if (model.name == name)
            return &model;
    }
    return nullptr;
}

const FeatureSetting *Snapshot::feature(const QString &feature) const
{
    for (const FeatureSetting &setting : features) {
        if (setting.feature == feature)
            return &setting;
    }
    return nullptr;
}
