#include "GraphQLCall.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>

GraphQLCall::GraphQLCall(QNetworkReply *reply, std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent), m_reply(reply)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadline);
    connect(&m_deadline, &QTimer::timeout, this, &GraphQLCall::onDeadline);
    connect(reply, &QNetworkReply::finished, this, &GraphQLCall::onReplyFinished);
    m_deadline.start();
}

GraphQLCall::~GraphQLCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void GraphQLCall::cancel()
{
    if (!m_finished && m_reply)
        m_reply->abort();
}

void GraphQLCall::onDeadline()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void GraphQLCall::onReplyFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        finish(ApiError::fromReply(*reply, body, m_timedOut));
        return;
    }

    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        finish({ApiError::Category::Protocol,
                tr("GitLab's answer could not be read (it is not valid JSON). A proxy may have "
                   "changed or cut it."),
                parseError.errorString(), status});
        return;
    }

    const auto json = document.object();
    m_data = json.value(QLatin1String("data")).toObject();
    m_graphqlErrors = json.value(QLatin1String("errors")).toArray();
    if (!m_graphqlErrors.isEmpty()) {
        const QString first =
            m_graphqlErrors.first().toObject().value(QLatin1String("message")).toString();
        finish({ApiError::Category::Protocol, tr("GitLab reported an error: %1").arg(first),
                QString::fromUtf8(QJsonDocument(m_graphqlErrors).toJson(QJsonDocument::Compact)),
                status});
        return;
    }
    finish({});
}

void GraphQLCall::finish(ApiError error)
{
    m_finished = true;
    m_error = std::move(error);
    if (m_error.isError())
        qCInfo(lcNet) << "GraphQL call failed:" << ApiError::categoryName(m_error.category())
                      << m_error.detail();
    Q_EMIT finished();
}
