#pragma once

#include "model/License.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

class GitLabClient;

// The license, its history and future entries and the Duo add-ons, read as GitLab's
// Subscription page reads them (currentLicense, licenseHistoryEntries,
// subscriptionFutureEntries, addOnPurchases); and the license's last sync alone, for watching a
// synchronization started in the browser.
class SubscriptionReader
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionReader)

public:
    static void read(GitLabClient *client, QObject *context,
                     std::function<void(const SubscriptionInfo &)> done);
    // The current license's type and last sync; `error` says why they could not be read.
    static void
    readLastSync(GitLabClient *client, QObject *context,
                 std::function<void(const LicenseSummary &license, const QString &error)> done);

    // GitLab's CurrentLicense, LicenseHistoryEntry / SubscriptionFutureEntry and AddOnPurchase.
    static LicenseSummary license(const QJsonObject &json);
    static LicenseEntry entry(const QJsonObject &json);
    static AddOnPurchase addOn(const QJsonObject &json);
};
