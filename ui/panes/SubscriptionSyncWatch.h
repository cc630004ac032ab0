#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class InstanceSession;

// Watches the license's last sync after the subscription page was opened in the browser:
// GitLab has no API for starting a synchronization, so the console can only see it land. Reads
// the license every few seconds, for a bounded time, until the last sync moves; cancellable.
class SubscriptionSyncWatch : public QObject
{
    Q_OBJECT

public:
    explicit SubscriptionSyncWatch(QObject *parent = nullptr);

    void start(InstanceSession *session, const QDateTime &lastSync);
    void cancel();
    bool isRunning() const { return m_timer.isActive() || m_reading; }
    // How often the license is read and for how long (5 s and 2 minutes; tests shorten them).
    static void setTiming(std::chrono::milliseconds interval, std::chrono::milliseconds limit);
    static std::chrono::milliseconds limit();

Q_SIGNALS:
    // The last sync moved.
    void synchronized(const QDateTime &lastSync);
    // Still waiting: time left, and the last read's problem if it failed.
    void waiting(std::chrono::seconds left, const QString &problem);
    // The time is up and the last sync did not move.
    void gaveUp();

private:
    void poll();

    QPointer<InstanceSession> m_session;
    QDateTime m_baseline;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_reading = false;
    int m_generation = 0; // a cancelled watch's late answer is ignored
};
