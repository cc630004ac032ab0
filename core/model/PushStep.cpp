#include "PushStep.h"

#include <QJsonArray>

QString PushStep::mutationName(Mutation mutation)
{
    switch (mutation) {
    case Mutation::CreateModel:
        return QStringLiteral("create-model");
    case Mutation::UpdateModel:
        return QStringLiteral("update-model");
    case Mutation::DeleteModel:
        return QStringLiteral("delete-model");
    case Mutation::SetFeatures:
        return QStringLiteral("set-features");
    case Mutation::SetFeature:
        return QStringLiteral("set-feature");
    case Mutation::UpdateDuoSettings:
        return QStringLiteral("update-duo-settings");
    case Mutation::SetAllowlist:
        return QStringLiteral("set-allowlist");
    }
    return {};
}

QJsonObject PushStep::toJson() const
{
    QJsonObject shown = input;
    if (shown.contains(QLatin1String("apiToken")) || needsApiKey)
        shown.insert(QStringLiteral("apiToken"), tr("(from the keychain)"));
    QJsonArray after;
    for (int step : dependsOn)
        after.append(step);
    return {{QStringLiteral("change"), changeId},
            {QStringLiteral("mutation"), mutationName(mutation)},
            {QStringLiteral("description"), description},
            {QStringLiteral("after"), after},
            {QStringLiteral("input"), shown}};
}
