#include "SubscriptionSyncWatch.h"

#include "session/InstanceSession.h"

namespace {
std::chrono::milliseconds pollInterval = std::chrono::seconds(5);
std::chrono::milliseconds watchLimit = std::chrono::minutes(2);
} // namespace

SubscriptionSyncWatch::SubscriptionSyncWatch(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SubscriptionSyncWatch::poll);
}

void SubscriptionSyncWatch::setTiming(std::chrono::milliseconds interval,
                                      std::chrono::milliseconds limit)
{
    pollInterval = interval;
    watchLimit = limit;
}

std::chrono::milliseconds SubscriptionSyncWatch::limit()
{
    return watchLimit;
}

void SubscriptionSyncWatch::start(InstanceSession *session, const QDateTime &lastSync)
{
    cancel();
    m_session = session;
    m_baseline = lastSync;
    m_clock.start();
    m_timer.start(pollInterval);
}

void SubscriptionSyncWatch::cancel()
{
    ++m_generation;
    m_timer.stop();
    m_reading = false;
}

void SubscriptionSyncWatch::poll()
{
    if (!m_session)
        return;
    m_reading = true;
    const int generation = m_generation;
    m_session->readLicenseSync(
        this, [this, generation](const LicenseSummary &license, const QString &error) {
            if (generation != m_generation)
                return;
            m_reading = false;
            if (error.isEmpty() && license.lastSync.isValid() && license.lastSync != m_baseline) {
                Q_EMIT synchronized(license.lastSync);
                return;
            }
            const auto left = std::chrono::duration_cast<std::chrono::seconds>(
                watchLimit - std::chrono::milliseconds(m_clock.elapsed()));
            if (left.count() <= 0) {
                Q_EMIT gaveUp();
                return;
            }
            Q_EMIT waiting(left, error);
            m_timer.start(pollInterval);
        });
}
