#include "SubscriptionReader.h"

#include "gitlab/GraphQLDocuments.h"
#include "net/GitLabClient.h"

#include <QJsonArray>

namespace {

QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

LicenseSummary SubscriptionReader::license(const QJsonObject &json)
{
    LicenseSummary summary;
    if (json.isEmpty())
        return summary;
    summary.readable = true;
    summary.type = json.value(QLatin1String("type")).toString();
    summary.plan = json.value(QLatin1String("plan")).toString();
    summary.licensee = json.value(QLatin1String("name")).toString();
    summary.email = json.value(QLatin1String("email")).toString();
    summary.company = json.value(QLatin1String("company")).toString();
    summary.startsAt = dateOf(json.value(QLatin1String("startsAt")));
    summary.expiresAt = dateOf(json.value(QLatin1String("expiresAt")));
    summary.activatedAt = dateOf(json.value(QLatin1String("activatedAt")));
    summary.lastSync =
        QDateTime::fromString(json.value(QLatin1String("lastSync")).toString(), Qt::ISODate);
    summary.seats = json.value(QLatin1String("usersInLicenseCount")).toInt();
    summary.billableUsers = json.value(QLatin1String("billableUsersCount")).toInt();
    summary.maximumUsers = json.value(QLatin1String("maximumUserCount")).toInt();
    summary.usersOver = json.value(QLatin1String("usersOverLicenseCount")).toInt();
    summary.trial = json.value(QLatin1String("trial")).toBool();
    return summary;
}

LicenseEntry SubscriptionReader::entry(const QJsonObject &json)
{
    LicenseEntry entry;
    entry.type = json.value(QLatin1String("type")).toString();
    entry.plan = json.value(QLatin1String("plan")).toString();
    entry.licensee = json.value(QLatin1String("name")).toString();
    entry.company = json.value(QLatin1String("company")).toString();
    entry.startsAt = dateOf(json.value(QLatin1String("startsAt")));
    entry.expiresAt = dateOf(json.value(QLatin1String("expiresAt")));
    entry.activatedAt = dateOf(json.value(QLatin1String("activatedAt")));
    entry.seats = json.value(QLatin1String("usersInLicenseCount")).toInt();
    return entry;
}

AddOnPurchase SubscriptionReader::addOn(const QJsonObject &json)
{
    return {json.value(QLatin1String("name")).toString(),
            json.value(QLatin1String("purchasedQuantity")).toInt(),
            json.value(QLatin1String("assignedQuantity")).toInt()};
}

void SubscriptionReader::read(GitLabClient *client, QObject *context,
                              std::function<void(const SubscriptionInfo &)> done)
{
    ApiCall *call = client->graphql(GraphQLDocuments::load(QStringLiteral("subscription")));
    QObject::connect(call, &ApiCall::finished, context, [call, done] {
        call->deleteLater();
        SubscriptionInfo info;
        // Partial data is normal: a token that may not read the license still gets the rest.
        const QJsonObject data = call->data();
        if (call->error().isError() && data.isEmpty()) {
            info.error = call->error().userMessage();
            done(info);
            return;
        }
        info.license = license(data.value(QLatin1String("currentLicense")).toObject());
        for (const auto &node : data.value(QLatin1String("licenseHistoryEntries"))
                                    .toObject()
                                    .value(QLatin1String("nodes"))
                                    .toArray())
            info.history << entry(node.toObject());
        for (const auto &node : data.value(QLatin1String("subscriptionFutureEntries"))
                                    .toObject()
                                    .value(QLatin1String("nodes"))
                                    .toArray())
            info.future << entry(node.toObject());
        for (const auto &purchase : data.value(QLatin1String("addOnPurchases")).toArray())
            info.addOns << addOn(purchase.toObject());
        done(info);
    });
}

void SubscriptionReader::readLastSync(
    GitLabClient *client, QObject *context,
    std::function<void(const LicenseSummary &license, const QString &error)> done)
{
    ApiCall *call = client->graphql(GraphQLDocuments::load(QStringLiteral("license-sync")));
    QObject::connect(call, &ApiCall::finished, context, [call, done] {
        call->deleteLater();
        if (!call->succeeded()) {
            done({}, call->error().userMessage());
            return;
        }
        const QJsonObject json = call->data().value(QLatin1String("currentLicense")).toObject();
        if (json.isEmpty()) {
            done({}, tr("GitLab did not let this token read the license (an administrator's "
                        "token can)."));
            return;
        }
        done(license(json), {});
    });
}
