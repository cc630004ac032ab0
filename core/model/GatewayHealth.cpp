#include "GatewayHealth.h"

QJsonObject ReachResult::toJson() const
{
    return {{QStringLiteral("ran"), ran},         {QStringLiteral("ok"), ok},
            {QStringLiteral("target"), target},   {QStringLiteral("via"), via},
            {QStringLiteral("message"), message}, {QStringLiteral("connectMs"), connectMs},
            {QStringLiteral("tlsMs"), tlsMs}};
}

QJsonObject GatewayHealth::toJson() const
{
    return {
        {QStringLiteral("configured"), configured},
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("reached"), reached()},
        {QStringLiteral("health"), QJsonObject{{QStringLiteral("ok"), health.ok},
                                               {QStringLiteral("url"), health.url},
                                               {QStringLiteral("httpStatus"), health.httpStatus},
                                               {QStringLiteral("message"), health.message},
                                               {QStringLiteral("totalMs"), health.totalMs}}},
        {QStringLiteral("gateway"), gateway.toJson()},
        {QStringLiteral("agentPlatform"), agentPlatform.toJson()}};
}

QJsonObject ServerProbes::toJson() const
{
    QJsonArray list;
    for (const Probe &probe : probes)
        list.append(
            QJsonObject{{QStringLiteral("name"), probe.name},
                        {QStringLiteral("success"), probe.success},
                        {QStringLiteral("message"), probe.message},
                        {QStringLiteral("errors"), QJsonArray::fromStringList(probe.errors)},
                        {QStringLiteral("details"), probe.details}});
    QJsonObject json{{QStringLiteral("ran"), ran},
                     {QStringLiteral("success"), success},
                     {QStringLiteral("probes"), list}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    json.insert(QStringLiteral("functionalCheck"),
                functionalAvailable
                    ? QJsonValue(QJsonObject{{QStringLiteral("state"), functionalState},
                                             {QStringLiteral("message"), functionalMessage},
                                             {QStringLiteral("updatedAt"), functionalUpdatedAt}})
                    : QJsonValue());
    return json;
}
