#include "EndpointProbe.h"

#include "base/SafeText.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

EndpointProbe::EndpointProbe(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl EndpointProbe::modelsUrl(const QString &endpoint)
{
    QString base = endpoint.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.endsWith(QLatin1String("/v1")))
        base.chop(3);
    return QUrl(base + QLatin1String("/v1/models"), QUrl::StrictMode);
}

void EndpointProbe::start(const QString &endpoint, const QString &apiKey, int timeoutMs)
{
    m_result = {};
    m_result.ran = true;
    const QUrl url = modelsUrl(endpoint);
    m_result.url = url.toString();
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        QMetaObject::invokeMethod(
            this, [this] { finish(false, tr("The endpoint is not an http:// or https:// URL.")); },
            Qt::QueuedConnection);
        return;
    }
    m_clock.start();
    // The name alone first, so its time is known; Qt's own lookup then comes from its cache.
    QHostInfo::lookupHost(url.host(), this, [this, url, apiKey, timeoutMs](const QHostInfo &host) {
        m_result.lookupMs = m_clock.elapsed();
        if (host.error() != QHostInfo::NoError) {
            finish(false, tr("The name %1 could not be found from this computer.").arg(url.host()));
            return;
        }
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        if (!apiKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
        m_reply = m_network->get(request);
        connect(m_reply, &QNetworkReply::socketStartedConnecting, this, [this] {
            if (m_result.connectMs < 0)
                m_result.connectMs = m_clock.elapsed();
        });
        connect(m_reply, &QNetworkReply::encrypted, this,
                [this] { m_result.tlsMs = m_clock.elapsed(); });
        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
            if (m_result.firstByteMs < 0)
                m_result.firstByteMs = m_clock.elapsed();
        });
        connect(m_reply, &QNetworkReply::finished, this, &EndpointProbe::onFinished);
    });
}

void EndpointProbe::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        finish(false, tr("%1 refused the connection: is the model server running, and on "
                         "this port?")
                          .arg(host));
        return;
    case QNetworkReply::HostNotFoundError:
        finish(false, tr("The name %1 could not be found from this computer.").arg(host));
        return;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        finish(false, tr("%1 did not answer in time.").arg(host));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        finish(false, tr("The model server's certificate was refused: %1")
                          .arg(SafeText::forDisplay(reply->errorString())));
        return;
    case QNetworkReply::AuthenticationRequiredError:
        finish(false, tr("The model server refused the API key (HTTP 401): check the key."));
        return;
    case QNetworkReply::ContentNotFoundError:
        finish(false, tr("The model server has no %1 (HTTP 404): check the endpoint's path; "
                         "OpenAI-compatible servers answer under /v1.")
                          .arg(reply->url().path()));
        return;
    default:
        if (m_result.httpStatus == 0) {
            finish(false, tr("%1 could not be reached from this computer: %2")
                              .arg(host, SafeText::forDisplay(reply->errorString())));
            return;
        }
        if (m_result.httpStatus == 401 || m_result.httpStatus == 403) {
            finish(false, tr("The model server refused the API key (HTTP %1): check the key.")
                              .arg(m_result.httpStatus));
            return;
        }
        finish(false, tr("The model server answered HTTP %1.").arg(m_result.httpStatus));
        return;
    }
    if (m_result.httpStatus >= 300) {
        finish(false, tr("The model server answered HTTP %1 (a redirect): use the address it "
                         "redirects to as the endpoint.")
                          .arg(m_result.httpStatus));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply->read(1 << 20)).object();
    for (const auto &entry : body.value(QLatin1String("data")).toArray()) {
        const QString id = entry.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            m_result.modelIds << SafeText::forDisplay(id);
    }
    if (m_result.modelIds.isEmpty()) {
        finish(false, tr("The server answered, but not with a list of models: is it an "
                         "OpenAI-compatible server?"));
        return;
    }
    finish(true, tr("Reached from this computer: it serves %1.")
                     .arg(m_result.modelIds.join(QLatin1String(", "))));
}

void EndpointProbe::finish(bool ok, const QString &message)
{
    m_result.ok = ok;
    m_result.message = message;
    if (m_clock.isValid())
        m_result.totalMs = m_clock.elapsed();
    Q_EMIT finished();
}
