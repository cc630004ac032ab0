// The subscription use cases of InstanceSession: the license, its history and future entries and
// the Duo add-ons, read on demand; and the license's last sync, for watching a synchronization
// started in GitLab's web UI (there is no API for starting one).
#include "InstanceSession.h"
#include "gitlab/SubscriptionReader.h"
#include "net/GitLabClient.h"

void InstanceSession::readSubscription(QObject *context,
                                       std::function<void(const SubscriptionInfo &)> done)
{
    if (m_state != State::Connected || !m_client) {
        SubscriptionInfo info;
        info.error = tr("Not connected to the instance: the subscription is read from it.");
        QMetaObject::invokeMethod(
            context, [done, info] { done(info); }, Qt::QueuedConnection);
        return;
    }
    SubscriptionReader::read(m_client, context, std::move(done));
}

void InstanceSession::readLicenseSync(
    QObject *context, std::function<void(const LicenseSummary &license, const QString &error)> done)
{
    if (m_state != State::Connected || !m_client) {
        const QString error =
            tr("Not connected to the instance: the license's last sync is read from it.");
        QMetaObject::invokeMethod(
            context, [done, error] { done({}, error); }, Qt::QueuedConnection);
        return;
    }
    SubscriptionReader::readLastSync(m_client, context, std::move(done));
}
