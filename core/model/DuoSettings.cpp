#include "DuoSettings.h"

std::optional<int> DuoSettings::gatewayTimeoutSeconds() const
{
    const QJsonValue value = fields.value(gatewayTimeoutField);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

std::optional<bool> DuoSettings::agentPlatformSecure() const
{
    const QJsonValue value = fields.value(agentPlatformSecureField);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}
