#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "model/ConnectionSettings.h"

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Talks to one GitLab instance: REST under /api/v4 and GraphQL at /api/graphql, through the one
// QNetworkAccessManager of this connection, with the instance's proxy, trust and timeout.
// The token is sent only to the instance's own origin.
class GitLabClient : public QObject
{
    Q_OBJECT

public:
    GitLabClient(ConnectionSettings settings, QString token, QObject *parent = nullptr);

    const ConnectionSettings &settings() const { return m_settings; }
    // Why no request can be made with these settings; no error when they are usable.
    ApiError settingsError() const { return m_settingsError; }

    // Calls are children of this client; delete them when done, or leave them to it.
    ApiCall *get(const QString &apiPath);
    ApiCall *put(const QString &apiPath, const QJsonObject &body);
    ApiCall *graphql(const QString &document, const QJsonObject &variables = {});

    QUrl apiUrl(const QString &apiPath) const;
    QUrl graphqlUrl() const;

    // Whether a GraphQL document only reads (a query) rather than writes (a mutation).
    static bool isQuery(const QString &document);
    static QString operationName(const QString &document);

private:
    QNetworkRequest request(const QUrl &url) const;
    // A write goes out once: Qt may not send it again by itself (see OneShotBody).
    QNetworkReply *sendOnce(QNetworkRequest request, const QByteArray &verb,
                            const QByteArray &payload);
    ApiCall *call(ApiCall::Kind kind, bool isRead, ApiCall::Send send);

    ConnectionSettings m_settings;
    QString m_token;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_tls;
    ApiError m_settingsError;
    bool m_proxyLoginRefused = false;
};
