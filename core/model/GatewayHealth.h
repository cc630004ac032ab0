#pragma once

#include "model/ModelTest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Whether a host:port takes a TCP connection (and a TLS handshake where it speaks TLS) from
// this computer, through the proxy in effect.
struct ReachResult
{
    bool ran = false;
    bool ok = false;
    QString target;  // "gateway.example.com:443"
    QString via;     // "direct", "proxy proxy.example.com:3128"
    QString message; // what happened, in words
    qint64 connectMs = -1;
    qint64 tlsMs = -1;

    QJsonObject toJson() const;
};

// The AI gateway seen from this computer: its health endpoint, and the gateway's and the Agent
// Platform service's host:port. "Unreachable from here" (no answer) and "unhealthy" (an answer
// other than 200) are told apart.
struct GatewayHealth
{
    Q_DECLARE_TR_FUNCTIONS(GatewayHealth)

public:
    bool configured = false;    // false: no gateway URL is set
    EndpointProbeResult health; // GET <gateway>/monitoring/healthz
    ReachResult gateway;
    ReachResult agentPlatform; // ran only where an Agent Platform service URL is set

    bool reached() const { return health.httpStatus > 0; }
    bool ok() const
    {
        return configured && health.ok && gateway.ok && (!agentPlatform.ran || agentPlatform.ok);
    }
    QJsonObject toJson() const;
};

// GitLab's own probes (cloudConnectorStatus), and the Agent Platform functional check where the
// instance has it (19.5+).
struct ServerProbes
{
    struct Probe
    {
        QString name;
        bool success = false;
        QString message;
        QStringList errors;
        QJsonValue details;
    };

    bool ran = false;
    QString error; // why GitLab could not be asked
    bool success = false;
    QList<Probe> probes;
    bool functionalAvailable = false; // false: not on this instance, or GitLab answered null
    QString functionalState;          // NOT_RUN | RUNNING | PASSED | FAILED
    QString functionalMessage;
    QString functionalUpdatedAt;

    QJsonObject toJson() const;
};
