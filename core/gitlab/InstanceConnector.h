#pragma once

#include "InstanceCapabilities.h"
#include "net/ApiError.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class GitLabClient;

// Connects to an instance and learns its capabilities in at most two sequential round trips:
// metadata, user, token and a GraphQL probe (license, add-ons, model access) in parallel; then
// the schema, only for a build not seen before.
class InstanceConnector : public QObject
{
    Q_OBJECT

public:
    explicit InstanceConnector(GitLabClient *client, QObject *parent = nullptr);

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const InstanceCapabilities &capabilities() const { return m_capabilities; }
    ApiError error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void onFirstRoundCall();
    void readFirstRound();
    void readIntrospection();
    void decideEligibility(const QJsonObject &probe);
    void finish(ApiError error = {});

    GitLabClient *m_client;
    QPointer<ApiCall> m_metadata;
    QPointer<ApiCall> m_user;
    QPointer<ApiCall> m_token;
    QPointer<ApiCall> m_probe;
    QPointer<ApiCall> m_introspection;
    InstanceCapabilities m_capabilities;
    ApiError m_error;
    bool m_finished = false;
};
