#include "WorkspaceDelta.h"

void ServerFacts::merge(const ServerFacts &later)
{
    for (const SelfHostedModel &model : later.modelsPut) {
        modelsRemoved.removeAll(model.id);
        modelsPut.removeIf([&](const SelfHostedModel &m) { return m.id == model.id; });
        modelsPut << model;
    }
    for (const QString &id : later.modelsRemoved) {
        modelsPut.removeIf([&](const SelfHostedModel &m) { return m.id == id; });
        if (!modelsRemoved.contains(id))
            modelsRemoved << id;
    }
    if (later.features) {
        features = later.features;
        featuresPut.clear();
    }
    for (const FeatureSetting &setting : later.featuresPut) {
        featuresPut.removeIf([&](const FeatureSetting &f) { return f.feature == setting.feature; });
        featuresPut << setting;
    }
    if (later.duo)
        duo = later.duo;
    if (later.takenAt)
        takenAt = later.takenAt;
}
