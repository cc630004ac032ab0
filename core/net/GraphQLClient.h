#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>

class GraphQLCall;
class QNetworkAccessManager;

// Sends GraphQL documents to one GitLab instance's /api/graphql with its access token.
class GraphQLClient : public QObject
{
    Q_OBJECT

public:
    GraphQLClient(QNetworkAccessManager *network, QUrl instanceUrl, QString token,
                  QObject *parent = nullptr);

    QUrl endpoint() const;

    // The caller owns the returned call (it is also parented to this client).
    GraphQLCall *execute(const QString &document, const QJsonObject &variables = {},
                         std::chrono::milliseconds deadline = std::chrono::seconds(30));

private:
    QNetworkAccessManager *m_network;
    QUrl m_instanceUrl;
    QString m_token;
};
