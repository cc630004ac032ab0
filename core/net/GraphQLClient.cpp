#include "GraphQLClient.h"

#include "GraphQLCall.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>

GraphQLClient::GraphQLClient(QNetworkAccessManager *network, QUrl instanceUrl, QString token,
                             QObject *parent)
    : QObject(parent), m_network(network), m_instanceUrl(std::move(instanceUrl)),
      m_token(std::move(token))
{
}

QUrl GraphQLClient::endpoint() const
{
    QUrl url = m_instanceUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QLatin1String("api/graphql"));
    return url;
}

namespace {

QString operationName(const QString &document)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:query|mutation)\s+(\w+))"),
                                       QRegularExpression::MultilineOption);
    return re.match(document).captured(1);
}

} // namespace

GraphQLCall *GraphQLClient::execute(const QString &document, const QJsonObject &variables,
                                    std::chrono::milliseconds deadline)
{
    QNetworkRequest request(endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    // Never follow a redirect with the token attached to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);

    QJsonObject body{{QStringLiteral("query"), document}};
    if (const QString name = operationName(document); !name.isEmpty())
        body.insert(QStringLiteral("operationName"), name);
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);

    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    return new GraphQLCall(reply, deadline, this);
}
