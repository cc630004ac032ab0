#include "ApiCall.h"

#include "RetryPolicy.h"
#include "TlsTrust.h"
#include "base/Logging.h"

#include <QNetworkProxy>
#include <QNetworkReply>

ApiCall::ApiCall(Kind kind, bool isRead, Send send, std::chrono::milliseconds deadline,
                 QObject *parent)
    : QObject(parent), m_kind(kind), m_isRead(isRead), m_send(std::move(send))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &ApiCall::attempt);
    // Start from the event loop, so the caller can connect to finished() first.
    QMetaObject::invokeMethod(this, &ApiCall::attempt, Qt::QueuedConnection);
}

ApiCall::ApiCall(ApiError error, QObject *parent)
    : ApiCall(Kind::Rest, false, {}, std::chrono::milliseconds(0), parent)
{
    m_refused = std::move(error);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QJsonObject ApiCall::data() const
{
    return m_json.object().value(QLatin1String("data")).toObject();
}

QJsonArray ApiCall::graphqlErrors() const
{
    return m_json.object().value(QLatin1String("errors")).toArray();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished as a cancel
        return;
    }
    m_pause.stop();
    finish({ApiError::Category::Cancelled, ApiError::tr("The request was cancelled.")});
}

void ApiCall::attempt()
{
    if (m_finished)
        return;
    if (m_refused.isError()) {
        finish(m_refused);
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_sslErrors.clear();
    m_reply = m_send();
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_deadline.start();
}

void ApiCall::onReplyFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body =
        reply->isOpen() ? reply->readAll() : QByteArray(); // closed once aborted
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_isRead) {
        const auto pause = RetryPolicy::pauseBeforeRetry(
            m_httpStatus, reply->rawHeader("Retry-After"), m_attempts);
        if (pause) {
            qCInfo(lcNet) << "HTTP" << m_httpStatus << "from" << reply->url().path()
                          << "; retrying in" << pause->count() << "ms";
            m_pause.start(*pause);
            return;
        }
    }
    finish(interpret(*reply, body));
}

ApiError ApiCall::interpret(QNetworkReply &reply, const QByteArray &body)
{
    using C = ApiError::Category;
    if (reply.error() == QNetworkReply::SslHandshakeFailedError && !m_sslErrors.isEmpty())
        return {C::Tls, TlsTrust::describe(m_sslErrors, reply.url().host(), m_caBundlePath),
                reply.errorString()};
    if (reply.error() == QNetworkReply::InsecureRedirectError ||
        reply.error() == QNetworkReply::TooManyRedirectsError) {
        // Where it was sent: the Location header (the attribute is empty when Qt refused it).
        QUrl target = QUrl::fromEncoded(reply.rawHeader("Location"));
        if (target.isEmpty())
            target = reply.attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        return {C::Protocol,
                ApiError::tr("GitLab redirected the request to another address (%1); the token "
                             "was not sent there. If the instance moved, use its new URL.")
                    .arg(reply.url().resolved(target).toDisplayString(QUrl::RemoveUserInfo)),
                reply.errorString(), m_httpStatus};
    }
    if (reply.error() == QNetworkReply::RemoteHostClosedError && m_httpStatus != 0)
        return {C::Protocol,
                ApiError::tr("GitLab's answer was cut off before it was complete. A proxy or "
                             "load balancer may have closed the connection; try again."),
                reply.errorString(), m_httpStatus};
    if (reply.error() != QNetworkReply::NoError || m_httpStatus < 200 || m_httpStatus >= 300) {
        const ApiError error = ApiError::fromReply(reply, body, m_timedOut);
        // Qt often cannot say whether the proxy or the host failed: name the proxy.
        const QNetworkProxy proxy = reply.manager()->proxy();
        if (m_httpStatus == 0 && error.category() == C::Network &&
            proxy.type() == QNetworkProxy::HttpProxy &&
            reply.error() != QNetworkReply::ProxyAuthenticationRequiredError)
            return {C::Network,
                    ApiError::tr("%1 could not be reached through the proxy %2:%3 (%4). Check "
                                 "that the proxy is running and the instance's proxy setting.")
                        .arg(reply.url().host(), proxy.hostName())
                        .arg(proxy.port())
                        .arg(reply.errorString()),
                    reply.errorString()};
        return error;
    }

    QJsonParseError parseError;
    m_json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {C::Protocol,
                ApiError::tr("GitLab's answer could not be read (it is not valid JSON). A proxy "
                             "may have changed or cut it."),
                parseError.errorString(), m_httpStatus};
    if (m_kind == Kind::GraphQL)
        return ApiError::fromGraphQLErrors(graphqlErrors(), m_httpStatus);
    return {};
}

void ApiCall::finish(ApiError error)
{
    m_finished = true;
    m_error = std::move(error);
    if (m_error.isError())
        qCInfo(lcNet) << "request failed:" << ApiError::categoryName(m_error.category())
                      << m_error.detail();
    Q_EMIT finished();
}
