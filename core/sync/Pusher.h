#pragma once

#include "gitlab/Mutations.h"
#include "model/PushOutcome.h"
#include "model/StoreError.h"
#include "net/ApiError.h"
#include "store/PushRecords.h"

#include <QObject>
#include <QPointer>
#include <memory>

class BatchSender;
class GitLabClient;
class SecretStore;
class ServerReader;
class Workspace;
class QTimer;

// The only code that sends mutations that change configuration. A push takes the workspace's
// push lease (one process at a time), reads again the server state of what the changes touch,
// reconciles what an interrupted push left in flight, checks each change three ways, plans the
// steps and hands them to a BatchSender. It ends by recording the push in the history and
// giving the lease back.
class Pusher : public QObject
{
    Q_OBJECT

public:
    // `holder` names this process in the lease, for a second push's message ("the window").
    Pusher(Workspace *workspace, GitLabClient *client, ApiShape shape, SecretStore *secrets,
           QString instanceId, QString holder, QObject *parent = nullptr);
    ~Pusher() override;

    void push(const PushOptions &options);
    // Stops after the batches in flight: a mutation already sent is never abandoned half-way.
    void cancel();

    bool isRunning() const { return m_running; }
    const PushOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(int stepsDone, int stepsTotal, const QString &current);
    void finished();

private:
    void start();
    void select();
    void refresh();
    void check();
    void send(const QList<PushStep> &plan, const QHash<QString, QString> &createdIds);
    void finish(const QString &category = {}, const QString &message = {});
    void stopWith(const StoreError &error);

    Workspace *m_workspace;
    GitLabClient *m_client;
    ApiShape m_shape;
    SecretStore *m_secrets;
    QString m_instanceId;
    QString m_holder;
    Mutations m_mutations;
    PushOptions m_options;
    PushOutcome m_outcome;
    QList<Change> m_selected;
    QPointer<ServerReader> m_reader;
    QPointer<BatchSender> m_sender;
    QTimer *m_heartbeat;
    PushLease m_lease;
    qint64 m_pushRecord = 0;
    bool m_running = false;
    bool m_finishing = false;
    bool m_cancelRequested = false;
};
