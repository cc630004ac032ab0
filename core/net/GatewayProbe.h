#pragma once

#include "model/ConnectionSettings.h"
#include "model/GatewayHealth.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;

// The AI gateway from this computer, three checks at once: GET <gateway>/monitoring/healthz
// (what GitLab's own diagnostics ask), a TCP + TLS connection to the gateway's host:port, and
// one to the Agent Platform service's. Certificates are verified against the system's CAs plus
// the instance profile's CA file; the instance's proxy is used and named. GitLab's token is
// never sent.
class GatewayProbe : public QObject
{
    Q_OBJECT

public:
    explicit GatewayProbe(const ConnectionSettings &settings, QObject *parent = nullptr);

    // `agentPlatform` is a host:port (empty: not set); `agentPlatformTls` whether it speaks TLS.
    void start(const QString &gatewayUrl, const QString &agentPlatform, bool agentPlatformTls,
               int timeoutMs = 10000);
    const GatewayHealth &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void checkHealth(const QUrl &url, int timeoutMs);
    void reach(ReachResult *result, const QString &host, quint16 port, bool tls, int timeoutMs);
    QNetworkProxy proxyFor(const QString &host, quint16 port, QString *via) const;
    void partDone();

    ConnectionSettings m_settings;
    QSslConfiguration m_tls;
    QString m_tlsError;
    QNetworkAccessManager *m_network;
    QElapsedTimer m_clock;
    GatewayHealth m_result;
    int m_waiting = 0;
};
