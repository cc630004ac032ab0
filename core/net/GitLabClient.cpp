#include "GitLabClient.h"

#include "ApiCall.h"
#include "OneShotBody.h"
#include "TlsTrust.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRegularExpression>

namespace {

class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

ApiError checkUrl(const ConnectionSettings &settings)
{
    const QUrl &url = settings.url;
    if (!url.isValid() || url.host().isEmpty())
        return {ApiError::Category::Validation,
                ApiError::tr("'%1' is not a valid instance URL. Use the address you open GitLab "
                             "with, such as https://gitlab.example.com.")
                    .arg(url.toDisplayString())};
    if (url.scheme() == QLatin1String("http") && !settings.allowHttp)
        return {ApiError::Category::Validation,
                ApiError::tr("%1 uses plain http://, which would send the access token "
                             "unencrypted. Use https://, or confirm http explicitly for this "
                             "instance.")
                    .arg(url.toDisplayString())};
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return {ApiError::Category::Validation,
                ApiError::tr("The instance URL must start with https://.")};
    return {};
}

QString withTrailingSlash(QString path)
{
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    return path;
}

} // namespace

GitLabClient::GitLabClient(ConnectionSettings settings, QString token, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_token(std::move(token)),
      m_network(new QNetworkAccessManager(this))
{
    m_settingsError = checkUrl(m_settings);
    QString tlsError;
    if (!m_settingsError.isError() &&
        !TlsTrust::configuration(m_settings.caBundlePath, &m_tls, &tlsError))
        m_settingsError = {ApiError::Category::Tls, tlsError};

    switch (m_settings.proxy.mode) {
    case ProxySettings::Mode::None:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxySettings::Mode::Manual:
        // The login is given when the proxy asks, and only once: a second question means it
        // refused it, and the request then fails with that reason. (Qt 6.4 then warns
        // "QNetworkAccessCache::addEntry: overriding active cache entry": it caches the refused
        // login a second time, after this handler returns, whatever the handler does.)
        m_network->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, m_settings.proxy.host, m_settings.proxy.port));
        connect(m_network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
                [this](const QNetworkProxy &, QAuthenticator *authenticator) {
                    if (m_proxyLoginRefused || m_settings.proxy.user.isEmpty())
                        return;
                    if (authenticator->user() == m_settings.proxy.user) {
                        m_proxyLoginRefused = true;
                        return;
                    }
                    authenticator->setUser(m_settings.proxy.user);
                    authenticator->setPassword(m_settings.proxyPassword);
                });
        break;
    case ProxySettings::Mode::System:
        m_network->setProxyFactory(new SystemProxyFactory);
        break;
    }
}

QUrl GitLabClient::apiUrl(const QString &apiPath) const
{
    QUrl url = m_settings.url;
    const qsizetype query = apiPath.indexOf(QLatin1Char('?'));
    url.setPath(withTrailingSlash(url.path()) + QLatin1String("api/v4/") + apiPath.left(query));
    url.setQuery(query < 0 ? QString() : apiPath.mid(query + 1));
    return url;
}

QUrl GitLabClient::graphqlUrl() const
{
    QUrl url = m_settings.url;
    url.setPath(withTrailingSlash(url.path()) + QLatin1String("api/graphql"));
    url.setQuery(QString());
    return url;
}

QNetworkRequest GitLabClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setSslConfiguration(m_tls);
    // Follow a redirect only within the instance's own origin: the token goes nowhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(0); // our own deadline in ApiCall decides
    return request;
}

ApiCall *GitLabClient::call(ApiCall::Kind kind, bool isRead, ApiCall::Send send)
{
    if (m_settingsError.isError())
        return new ApiCall(m_settingsError, this);
    auto *apiCall = new ApiCall(kind, isRead, std::move(send), m_settings.timeout, this);
    apiCall->setCaBundlePath(m_settings.caBundlePath);
    return apiCall;
}

ApiCall *GitLabClient::get(const QString &apiPath)
{
    QNetworkRequest get = request(apiUrl(apiPath));
    get.setRawHeader("PRIVATE-TOKEN", m_token.toUtf8());
    return call(ApiCall::Kind::Rest, true, [this, get] { return m_network->get(get); });
}

ApiCall *GitLabClient::put(const QString &apiPath, const QJsonObject &body)
{
    QNetworkRequest put = request(apiUrl(apiPath));
    put.setRawHeader("PRIVATE-TOKEN", m_token.toUtf8());
    put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call(ApiCall::Kind::Rest, false,
                [this, put, payload] { return sendOnce(put, "PUT", payload); });
}

ApiCall *GitLabClient::graphql(const QString &document, const QJsonObject &variables)
{
    QNetworkRequest post = request(graphqlUrl());
    post.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QJsonObject body{{QStringLiteral("query"), document}};
    if (const QString name = operationName(document); !name.isEmpty())
        body.insert(QStringLiteral("operationName"), name);
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (isQuery(document))
        return call(ApiCall::Kind::GraphQL, true,
                    [this, post, payload] { return m_network->post(post, payload); });
    return call(ApiCall::Kind::GraphQL, false,
                [this, post, payload] { return sendOnce(post, "POST", payload); });
}

QNetworkReply *GitLabClient::sendOnce(QNetworkRequest request, const QByteArray &verb,
                                      const QByteArray &payload)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(payload);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    body->setParent(reply);
    return reply;
}

namespace {
const QRegularExpression &operationPattern()
{
    // The first operation keyword, after any comments; an anonymous "{ … }" is a query.
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:\s|#[^\n]*\n)*(?:(query|mutation|subscription)\b\s*(\w*)|\{))"));
    return re;
}
} // namespace

bool GitLabClient::isQuery(const QString &document)
{
    const auto match = operationPattern().match(document);
    return match.hasMatch() && match.captured(1) != QLatin1String("mutation") &&
           match.captured(1) != QLatin1String("subscription");
}

QString GitLabClient::operationName(const QString &document)
{
    return operationPattern().match(document).captured(2);
}
