#include "GatewayProbe.h"

#include "base/SafeText.h"
#include "net/TlsTrust.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

GatewayProbe::GatewayProbe(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (!TlsTrust::configuration(m_settings.caBundlePath, &m_tls, &m_tlsError))
        m_tls = QSslConfiguration::defaultConfiguration();
}

QNetworkProxy GatewayProbe::proxyFor(const QString &host, quint16 port, QString *via) const
{
    switch (m_settings.proxy.mode) {
    case ProxySettings::Mode::None:
        *via = tr("direct");
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxySettings::Mode::Manual: {
        *via = tr("proxy %1:%2").arg(m_settings.proxy.host).arg(m_settings.proxy.port);
        return QNetworkProxy(QNetworkProxy::HttpProxy, m_settings.proxy.host, m_settings.proxy.port,
                             m_settings.proxy.user, m_settings.proxyPassword);
    }
    case ProxySettings::Mode::System:
        break;
    }
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(host, port));
    const QNetworkProxy proxy =
        proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    *via = proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy
               ? tr("direct (no system proxy)")
               : tr("system proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
    return proxy;
}

void GatewayProbe::start(const QString &gatewayUrl, const QString &agentPlatform,
                         bool agentPlatformTls, int timeoutMs)
{
    m_result = {};
    m_clock.start();
    const QUrl url(gatewayUrl.trimmed(), QUrl::StrictMode);
    m_result.configured = !gatewayUrl.trimmed().isEmpty();
    if (!m_result.configured || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_result.health.ran = true;
        m_result.health.message =
            m_result.configured
                ? tr("The AI gateway URL is not an http:// or https:// URL.")
                : tr("No AI gateway URL is set: GitLab does not know where its gateway is.");
        QMetaObject::invokeMethod(this, &GatewayProbe::finished, Qt::QueuedConnection);
        return;
    }
    m_waiting = 2;
    const bool tls = url.scheme() == QLatin1String("https");
    checkHealth(url, timeoutMs);
    reach(&m_result.gateway, url.host(), quint16(url.port(tls ? 443 : 80)), tls, timeoutMs);
    if (!agentPlatform.trimmed().isEmpty()) {
        // A host and port, as GitLab takes it (no scheme).
        const QUrl hostPort(QLatin1String("tcp://") + agentPlatform.trimmed());
        ++m_waiting;
        if (!hostPort.isValid() || hostPort.host().isEmpty() || hostPort.port() <= 0) {
            m_result.agentPlatform.ran = true;
            m_result.agentPlatform.target = agentPlatform;
            m_result.agentPlatform.message =
                tr("The Agent Platform service URL is not a host and port, such as "
                   "agent-platform.example.com:50052.");
            QMetaObject::invokeMethod(this, &GatewayProbe::partDone, Qt::QueuedConnection);
        } else {
            reach(&m_result.agentPlatform, hostPort.host(), quint16(hostPort.port()),
                  agentPlatformTls, timeoutMs);
        }
    }
}

void GatewayProbe::checkHealth(const QUrl &gateway, int timeoutMs)
{
    EndpointProbeResult &health = m_result.health;
    health.ran = true;
    QString base = gateway.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + QLatin1String("/monitoring/healthz"));
    health.url = url.toString();
    QString via;
    m_network->setProxy(proxyFor(url.host(), quint16(url.port(443)), &via));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (m_result.health.connectMs < 0)
            m_result.health.connectMs = m_clock.elapsed();
    });
    connect(reply, &QNetworkReply::encrypted, this,
            [this] { m_result.health.tlsMs = m_clock.elapsed(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_result.health.firstByteMs < 0)
            m_result.health.firstByteMs = m_clock.elapsed();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        EndpointProbeResult &answer = m_result.health;
        answer.totalMs = m_clock.elapsed();
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer.httpStatus == 200) {
            answer.ok = true;
            answer.message = tr("Healthy: %1 answered 200.").arg(url.path());
        } else if (answer.httpStatus > 0) {
            answer.message = tr("Unhealthy: the gateway answered HTTP %1 to %2.")
                                 .arg(answer.httpStatus)
                                 .arg(url.path());
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            answer.message = tr("Unreachable from here: the gateway's certificate was refused "
                                "(%1). Add its CA file to the instance profile if it is yours.")
                                 .arg(SafeText::forDisplay(reply->errorString()));
        } else if (reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError) {
            answer.message =
                tr("Unreachable from here: %1 did not answer in time.").arg(url.host());
        } else {
            answer.message =
                tr("Unreachable from here: %1").arg(SafeText::forDisplay(reply->errorString()));
        }
        partDone();
    });
}

void GatewayProbe::reach(ReachResult *result, const QString &host, quint16 port, bool tls,
                         int timeoutMs)
{
    result->ran = true;
    result->target = QStringLiteral("%1:%2").arg(host).arg(port);
    auto *socket = new QSslSocket(this);
    socket->setProxy(proxyFor(host, port, &result->via));
    socket->setSslConfiguration(m_tls);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto finish = [this, socket, result](bool ok, const QString &message) {
        if (socket->property("done").toBool())
            return;
        socket->setProperty("done", true);
        result->ok = ok;
        result->message = message;
        socket->abort();
        socket->deleteLater();
        partDone();
    };
    connect(timer, &QTimer::timeout, socket, [finish, result] {
        finish(false, tr("Unreachable from here: %1 did not answer in time.").arg(result->target));
    });
    connect(socket, &QSslSocket::connected, socket, [this, result, tls, finish] {
        result->connectMs = m_clock.elapsed();
        if (!tls)
            finish(true, tr("Reached %1 (TCP; no TLS).").arg(result->target));
    });
    connect(socket, &QSslSocket::encrypted, socket, [this, result, finish, socket] {
        result->tlsMs = m_clock.elapsed();
        finish(true, tr("Reached %1; its certificate (%2) is trusted.")
                         .arg(result->target, SafeText::forDisplay(
                                                  socket->peerCertificate().subjectDisplayName())));
    });
    connect(socket, &QSslSocket::sslErrors, socket,
            [this, finish, host](const QList<QSslError> &errors) {
                finish(false, TlsTrust::describe(errors, host, m_settings.caBundlePath));
            });
    connect(
        socket, &QAbstractSocket::errorOccurred, socket,
        [finish, socket, result](QAbstractSocket::SocketError error) {
            switch (error) {
            case QAbstractSocket::ConnectionRefusedError:
                finish(false,
                       tr("Unreachable from here: %1 refused the connection.").arg(result->target));
                return;
            case QAbstractSocket::HostNotFoundError:
                finish(false, tr("Unreachable from here: the name in %1 could not be found.")
                                  .arg(result->target));
                return;
            default:
                finish(false, tr("Unreachable from here: %1")
                                  .arg(SafeText::forDisplay(socket->errorString())));
            }
        });
    timer->start(timeoutMs);
    if (tls)
        socket->connectToHostEncrypted(host, port);
    else
        socket->connectToHost(host, port);
}

void GatewayProbe::partDone()
{
    if (--m_waiting == 0)
        Q_EMIT finished();
}
