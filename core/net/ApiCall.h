#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <chrono>
#include <functional>

class QNetworkReply;

// One logical request to GitLab (REST or GraphQL): a deadline of our own per attempt, retries
// for reads, and one finished() with either a result or an ApiError.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Rest, GraphQL };
    using Send = std::function<QNetworkReply *()>;

    ApiCall(Kind kind, bool isRead, Send send, std::chrono::milliseconds deadline,
            QObject *parent = nullptr);
    // A call that cannot be made (its settings are wrong): finishes with `error`, sends nothing.
    ApiCall(ApiError error, QObject *parent = nullptr);
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }

    QJsonDocument json() const { return m_json; } // the whole answer
    QJsonObject data() const;                     // GraphQL "data"
    QJsonArray graphqlErrors() const;             // GraphQL "errors"

    void cancel();
    // The CA file the connection trusts as well, for the words of a certificate refusal.
    void setCaBundlePath(const QString &path) { m_caBundlePath = path; }

Q_SIGNALS:
    void finished();

private:
    void attempt();
    void onReplyFinished();
    ApiError interpret(QNetworkReply &reply, const QByteArray &body);
    void finish(ApiError error);

    Kind m_kind;
    bool m_isRead;
    Send m_send;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_pause;
    bool m_timedOut = false;
    bool m_finished = false;
    int m_attempts = 0;
    int m_httpStatus = 0;
    QList<QSslError> m_sslErrors;
    QJsonDocument m_json;
    ApiError m_error;
    ApiError m_refused;
    QString m_caBundlePath;
};
