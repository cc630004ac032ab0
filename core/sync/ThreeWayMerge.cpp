#include "ThreeWayMerge.h"

#include "model/FeatureSetting.h"

#include <QJsonArray>

namespace ThreeWayMerge {

MergeResult fields(const Change &change, const QJsonObject &server)
{
    MergeResult result;
    for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it) {
        const QString &field = it.key();
        if (field == Change::apiKeyField) {
            result.toApply.insert(field, it.value()); // a new key always goes out
            continue;
        }
        const QJsonValue draft = it.value();
        const QJsonValue now = server.value(field);
        if (now == draft)
            continue; // the server already has it
        // Without a base (drafted before first contact) the draft simply applies.
        if (!change.base.contains(field) || change.base.value(field) == now)
            result.toApply.insert(field, draft);
        else
            result.conflicts << field;
    }
    return result;
}

MergeResult features(const Change &change, const QJsonObject &server)
{
    MergeResult result;
    const QJsonObject draft =
        FeatureSetting::assignment(change.values.value(QLatin1String("provider")).toString(),
                                   change.values.value(QLatin1String("modelId")).toString(),
                                   change.values.value(QLatin1String("modelRef")).toString());
    for (const QString &feature : change.features()) {
        const QJsonObject now = server.value(feature).toObject();
        if (now == draft)
            continue;
        if (!change.base.contains(feature) || change.base.value(feature).toObject() == now)
            result.toApply.insert(feature, draft);
        else
            result.conflicts << feature;
    }
    return result;
}

} // namespace ThreeWayMerge
