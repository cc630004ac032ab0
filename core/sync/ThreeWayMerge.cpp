#include "ThreeWayMerge.h"

#include <QJsonArray>

namespace ThreeWayMerge {

MergeResult fields(const Change &change, const QJsonObject &server)
{
    MergeResult result;
    for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it) {
        const QString &field = it.key();
        if (field == QLatin1String("apiKey")) {
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
    const QJsonObject draft{
        {QStringLiteral("provider"), change.values.value(QLatin1String("provider"))},
        {QStringLiteral("modelId"), change.values.value(QLatin1String("modelId"))}};
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

namespace {
// The field no longer conflicts; with none left, the change is pending again.
Change settled(Change change, const QString &field)
{
    change.conflictFields.removeAll(field);
    if (change.conflictFields.isEmpty() && change.status == Change::Status::Conflict) {
        change.status = Change::Status::Pending;
        change.error.clear();
    }
    return change;
}
} // namespace

Change keepMine(Change change, const QString &field, const QJsonValue &serverValue)
{
    change.base.insert(field, serverValue);
    return settled(std::move(change), field);
}

Change takeServers(Change change, const QString &field)
{
    if (change.kind == Change::Kind::SetFeatures) {
        QStringList rest = change.features();
        rest.removeAll(field);
        change.values.insert(QStringLiteral("features"), QJsonArray::fromStringList(rest));
        change.target = rest.join(QLatin1Char(','));
    } else {
        change.values.remove(field);
    }
    change.base.remove(field);
    return settled(std::move(change), field);
}

} // namespace ThreeWayMerge
