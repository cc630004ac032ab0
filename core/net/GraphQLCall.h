#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

// One GraphQL request in flight. Emits finished() exactly once: with data, or with an error.
class GraphQLCall : public QObject
{
    Q_OBJECT

public:
    GraphQLCall(QNetworkReply *reply, std::chrono::milliseconds deadline, QObject *parent = nullptr);
    ~GraphQLCall() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    QJsonObject data() const { return m_data; }
    QJsonArray graphqlErrors() const { return m_graphqlErrors; }
    ApiError error() const { return m_error; }

    void cancel();

Q_SIGNALS:
    void finished();

private:
    void onReplyFinished();
    void onDeadline();
    void finish(ApiError error);

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    bool m_timedOut = false;
    bool m_finished = false;
    QJsonObject m_data;
    QJsonArray m_graphqlErrors;
    ApiError m_error;
};
