#pragma once

#include "model/ModelTest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

// Asks an OpenAI-compatible model server, from this computer, for GET <base>/v1/models with the
// model's key (GitLab's token never goes there): whether it answers, how long each part took,
// and which model ids it serves.
class EndpointProbe : public QObject
{
    Q_OBJECT

public:
    explicit EndpointProbe(QObject *parent = nullptr);

    // <endpoint> without a trailing "/" and a trailing "/v1", then "/v1/models".
    static QUrl modelsUrl(const QString &endpoint);

    void start(const QString &endpoint, const QString &apiKey, int timeoutMs = 15000);
    const EndpointProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    void finish(bool ok, const QString &message);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    EndpointProbeResult m_result;
};
