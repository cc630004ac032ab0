#pragma once

#include "model/SetupReport.h"

#include <QObject>
#include <QPointer>
#include <functional>

class InstanceSession;

// GitLab's "verify self-hosted setup" done better: every independent link is checked, not just
// up to the first hard failure, a few at a time, with progress and cancel. The per-model checks
// cover the models features use, or every model on request.
class SetupCheck : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool allModels = false;
        int parallel = 3;
    };

    SetupCheck(InstanceSession *session, Options options, QObject *parent = nullptr);

    void start();
    void cancel();
    const SetupReport &report() const { return m_report; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void itemChanged(int index);
    void finished();

private:
    using Job = std::function<void(std::function<void()> done)>;
    int add(const QString &id, const QString &title);
    void set(int index, SetupItem::Status status, const QString &message, const QString &fix = {});
    void queue(int index, Job job);
    void pump();
    void finishIfDone();
    void addSynchronousItems();
    void addGatewayItems();
    void addModelItems();

    QPointer<InstanceSession> m_session;
    Options m_options;
    SetupReport m_report;
    QList<std::pair<int, Job>> m_waiting;
    int m_inFlight = 0;
    bool m_running = false;
};
