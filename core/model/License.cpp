#include "License.h"

#include <QJsonArray>

namespace {

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString AddOnPurchase::displayName(const QString &name)
{
    if (name == QLatin1String("DUO_ENTERPRISE"))
        return tr("GitLab Duo Enterprise");
    if (name == QLatin1String("CODE_SUGGESTIONS"))
        return tr("GitLab Duo Pro");
    if (name == QLatin1String("DUO_CORE"))
        return tr("GitLab Duo Core");
    if (name == QLatin1String("DUO_AMAZON_Q"))
        return tr("GitLab Duo with Amazon Q");
    if (name == QLatin1String("SELF_HOSTED_DAP"))
        return tr("GitLab Duo Agent Platform Self-Hosted");
    if (name == QLatin1String("PRODUCT_ANALYTICS"))
        return tr("Product Analytics");
    return name;
}

bool AddOnPurchase::coversSelfHosted() const
{
    return name == QLatin1String("DUO_ENTERPRISE") || name == QLatin1String("SELF_HOSTED_DAP");
}

QJsonObject AddOnPurchase::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("title"), displayName(name)},
            {QStringLiteral("purchased"), purchased},
            {QStringLiteral("assigned"), assigned}};
}

QString LicenseSummary::typeName(const QString &type)
{
    if (type == onlineCloud)
        return tr("Online license");
    if (type == offlineCloud)
        return tr("Offline license");
    if (type == legacyLicense)
        return tr("Legacy license");
    return type;
}

QString LicenseSummary::syncAdvice() const
{
    if (!readable)
        return tr("This token cannot read the license (an administrator's token can).");
    if (type == onlineCloud)
        return tr("GitLab synchronizes this online license with GitLab's servers every day "
                  "around 03:00 UTC; a purchase, such as a Duo add-on, arrives with the next "
                  "synchronization. To synchronize now, press the sync button next to Last sync "
                  "on the Subscription page in GitLab's Admin area.");
    if (type == offlineCloud)
        return tr("An offline license never synchronizes: a purchase, such as a Duo add-on, "
                  "arrives as a new license file from the GitLab Customers Portal, to be "
                  "uploaded on the Subscription page in GitLab's Admin area.");
    if (type == legacyLicense)
        return tr("A legacy license file never synchronizes: a purchase, such as a Duo add-on, "
                  "arrives as a new license file, or activate the subscription with an "
                  "activation code on the Subscription page in GitLab's Admin area.");
    return tr("GitLab names no license type this console knows (%1): see the Subscription page "
              "in GitLab's Admin area.")
        .arg(type);
}

QJsonObject LicenseSummary::toJson() const
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("plan"), plan},
            {QStringLiteral("licensee"), licensee},
            {QStringLiteral("email"), email},
            {QStringLiteral("company"), company},
            {QStringLiteral("startsAt"), dateJson(startsAt)},
            {QStringLiteral("expiresAt"), dateJson(expiresAt)},
            {QStringLiteral("activatedAt"), dateJson(activatedAt)},
            {QStringLiteral("lastSync"),
             lastSync.isValid() ? QJsonValue(lastSync.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("seats"), seats},
            {QStringLiteral("billableUsers"), billableUsers},
            {QStringLiteral("maximumUsers"), maximumUsers},
            {QStringLiteral("usersOverSubscription"), usersOver},
            {QStringLiteral("trial"), trial},
            {QStringLiteral("synchronizes"), synchronizes()}};
}

QJsonObject LicenseEntry::toJson() const
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("plan"), plan},
            {QStringLiteral("licensee"), licensee},
            {QStringLiteral("company"), company},
            {QStringLiteral("startsAt"), dateJson(startsAt)},
            {QStringLiteral("expiresAt"), dateJson(expiresAt)},
            {QStringLiteral("activatedAt"), dateJson(activatedAt)},
            {QStringLiteral("seats"), seats}};
}

QJsonObject SubscriptionInfo::toJson() const
{
    QJsonArray historyJson;
    for (const LicenseEntry &entry : history)
        historyJson.append(entry.toJson());
    QJsonArray futureJson;
    for (const LicenseEntry &entry : future)
        futureJson.append(entry.toJson());
    QJsonArray addOnJson;
    for (const AddOnPurchase &addOn : addOns)
        addOnJson.append(addOn.toJson());
    return {
        {QStringLiteral("license"), license.readable ? QJsonValue(license.toJson()) : QJsonValue()},
        {QStringLiteral("history"), historyJson},
        {QStringLiteral("future"), futureJson},
        {QStringLiteral("addOns"), addOnJson}};
}
