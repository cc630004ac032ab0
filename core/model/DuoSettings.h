#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// The instance's Duo hosting settings as GitLab names them in `duoSettings`: the AI gateway URL
// and timeout, and where the instance has them the Agent Platform service URL and its TLS
// flag. Kept as the fields GitLab answered, so a field one version lacks is simply absent and
// one the console does not know is never sent back.
struct DuoSettings
{
    QJsonObject fields;

    static inline const QString gatewayUrlField = QStringLiteral("aiGatewayUrl");
    static inline const QString gatewayTimeoutField = QStringLiteral("aiGatewayTimeoutSeconds");
    static inline const QString agentPlatformUrlField =
        QStringLiteral("duoAgentPlatformServiceUrl");
    static inline const QString agentPlatformSecureField =
        QStringLiteral("selfHostedDuoAgentPlatformServiceSecure");

    QString gatewayUrl() const { return fields.value(gatewayUrlField).toString(); }
    // Unset (null) on 19.x means GitLab's default of 60 seconds.
    std::optional<int> gatewayTimeoutSeconds() const;
    QString agentPlatformUrl() const { return fields.value(agentPlatformUrlField).toString(); }
    std::optional<bool> agentPlatformSecure() const;
    bool has(const QString &field) const { return fields.contains(field); }

    QJsonObject toJson() const { return fields; }
    static DuoSettings fromJson(const QJsonObject &json) { return {json}; }
    bool operator==(const DuoSettings &) const = default;
};
