#include "ApiError.h"

#include "RetryPolicy.h"
#include "base/SafeText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkReply>

ApiError::ApiError(Category category, QString userMessage, QString detail, int httpStatus)
    : m_category(category), m_userMessage(std::move(userMessage)), m_detail(std::move(detail)),
      m_httpStatus(httpStatus)
{}

QString ApiError::categoryName(Category category)
{
    const auto meta = QMetaEnum::fromType<Category>();
    return QString::fromLatin1(meta.valueToKey(static_cast<int>(category))).toLower();
}

QString ApiError::shortCause() const
{
    switch (m_category) {
    case Category::None:
        return {};
    case Category::Network:
        return tr("unreachable");
    case Category::Dns:
        return tr("host not found");
    case Category::Timeout:
        return tr("timed out");
    case Category::Tls:
        return tr("certificate refused");
    case Category::Auth:
        return tr("token refused");
    case Category::Forbidden:
        return tr("access refused");
    case Category::NotFound:
        return tr("not found");
    case Category::NotLicensed:
        return tr("not licensed");
    case Category::Validation:
        return tr("invalid request");
    case Category::RateLimited:
        return tr("rate limited");
    case Category::Server:
        return tr("server error");
    case Category::Protocol:
        return tr("unexpected answer");
    case Category::Cancelled:
        return tr("cancelled");
    }
    return {};
}

namespace {

// GitLab's own words, as far as a person reads them.
QString shortened(const QString &message)
{
    constexpr qsizetype readable = 1000;
    return message.size() <= readable ? message : message.left(readable) + QChar(0x2026);
}

QString gitlabMessage(const QByteArray &body)
{
    const auto json = QJsonDocument::fromJson(body).object();
    if (json.contains(QLatin1String("error_description")))
        return json.value(QLatin1String("error_description")).toString();
    if (json.contains(QLatin1String("message")))
        return json.value(QLatin1String("message")).toString();
    const auto errors = json.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty())
        return errors.first().toObject().value(QLatin1String("message")).toString();
    return {};
}

ApiError transportError(const QNetworkReply &reply, bool timedOut)
{
    using C = ApiError::Category;
    const QString host = reply.url().host();
    const QString detail = reply.errorString();
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
        if (timedOut)
            return {C::Timeout,
                    ApiError::tr("%1 did not answer in time. Check that the instance is up, "
                                 "or raise the request timeout.")
                        .arg(host),
                    detail};
        return {C::Cancelled, ApiError::tr("The request was cancelled."), detail};
    case QNetworkReply::HostNotFoundError:
        return {C::Dns,
                ApiError::tr("The host name %1 could not be found. Check the instance URL and "
                             "your DNS or proxy settings.")
                    .arg(host),
                detail};
    case QNetworkReply::ConnectionRefusedError:
        return {
            C::Network,
            ApiError::tr("%1 refused the connection. Check the instance URL and port.").arg(host),
            detail};
    case QNetworkReply::ContentReSendError: // a write's connection closed before the answer
        return {C::Network,
                ApiError::tr("The connection to %1 closed before it answered. A change being "
                             "sent may or may not have been applied; it is never sent twice "
                             "blindly.")
                    .arg(host),
                detail};
    case QNetworkReply::TimeoutError:
        return {C::Timeout, ApiError::tr("The connection to %1 timed out.").arg(host), detail};
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return {C::Network,
                ApiError::tr("The proxy refused the request: it needs a user name and password, "
                             "or did not accept the ones stored for this instance. Check the "
                             "proxy user and password."),
                detail};
    case QNetworkReply::SslHandshakeFailedError:
        return {C::Tls,
                ApiError::tr("A secure connection to %1 could not be established.").arg(host),
                detail};
    default:
        return {C::Network, ApiError::tr("The connection to %1 failed: %2").arg(host, detail),
                detail};
    }
}

} // namespace

ApiError ApiError::fromReply(const QNetworkReply &reply, const QByteArray &body, bool timedOut)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || status == 407) // 407: the proxy, not GitLab, answered
        return transportError(reply, timedOut);

    const QString server = SafeText::forDisplay(shortened(gitlabMessage(body)));
    const QString detail =
        QStringLiteral("HTTP %1 %2: %3").arg(status).arg(reply.url().path(), server);
    if (status == 401)
        return {Category::Auth,
                tr("GitLab did not accept the access token (%1). Create a new personal access "
                   "token with the api and admin_mode scopes and update the instance.")
                    .arg(server.isEmpty() ? QStringLiteral("401 Unauthorized") : server),
                detail, status};
    if (status == 403) {
        const auto json = QJsonDocument::fromJson(body).object();
        if (json.value(QLatin1String("error")).toString() == QLatin1String("insufficient_scope"))
            return {Category::Forbidden,
                    tr("The access token lacks a scope this needs (accepted: %1). Create a "
                       "token with the api and admin_mode scopes.")
                        .arg(json.value(QLatin1String("scope")).toString()),
                    detail, status};
        return {Category::Forbidden,
                tr("GitLab refused the request (%1). This needs an administrator's token; when "
                   "Admin Mode is on, the token also needs the admin_mode scope.")
                    .arg(server.isEmpty() ? QStringLiteral("403 Forbidden") : server),
                detail, status};
    }
    if (status == 404)
        return {
            Category::NotFound,
            tr("%1 was not found on this server. Check the instance URL.").arg(reply.url().path()),
            detail, status};
    if (status == 429) {
        const auto wait = RetryPolicy::retryAfter(reply.rawHeader("Retry-After"));
        if (!wait)
            return {Category::RateLimited,
                    tr("GitLab is rate limiting requests. Try again in a moment."), detail, status};
        const QDateTime when = QDateTime::currentDateTime().addMSecs(wait->count());
        const qint64 minutes = (wait->count() + 59999) / 60000;
        return {Category::RateLimited,
                tr("GitLab is rate limiting requests and asks to wait until %1 (%n minute(s)). "
                   "Try again then.",
                   nullptr, int(minutes))
                    .arg(QLocale().toString(when, QLocale::ShortFormat)),
                detail, status};
    }
    if (status == 422 || status == 400)
        return {Category::Validation, tr("GitLab rejected the request: %1").arg(server), detail,
                status};
    if (status >= 500)
        return {Category::Server,
                tr("GitLab answered with a server error (HTTP %1). Try again later, or check "
                   "the instance's logs.")
                    .arg(status),
                detail, status};
    return {Category::Protocol, tr("GitLab answered with unexpected HTTP status %1.").arg(status),
            detail, status};
}

ApiError ApiError::fromGraphQLErrors(const QJsonArray &errors, int httpStatus)
{
    if (errors.isEmpty())
        return {};
    QStringList messages;
    for (const auto &error : errors)
        messages << SafeText::forDisplay(
            shortened(error.toObject().value(QLatin1String("message")).toString()));
    const QString detail = messages.join(QLatin1String(" | "));
    // GitLab's authorization failures carry no code, only this sentence.
    static const QString noPermission = QStringLiteral(
        "The resource that you are attempting to access does not exist or you don't have "
        "permission to perform this action");
    if (messages.contains(noPermission))
        return {Category::Forbidden,
                tr("GitLab says this does not exist or the token may not do it. Check that the "
                   "token belongs to an administrator and has the api scope."),
                detail, httpStatus};
    return {Category::Protocol, tr("GitLab rejected the request: %1").arg(messages.first()), detail,
            httpStatus};
}
