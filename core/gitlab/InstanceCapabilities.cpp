#include "InstanceCapabilities.h"

#include <QJsonArray>

QStringList InstanceCapabilities::warnings(const QDate &today) const
{
    QStringList list;
    if (!isAdmin && tokenKnown && !hasScope(QStringLiteral("admin_mode")))
        list << tr("GitLab does not treat %1 as an administrator with this token: either the "
                   "account is not an administrator, or Admin Mode is on and the token lacks "
                   "the admin_mode scope.")
                    .arg(username);
    else if (!isAdmin)
        list << tr("%1 is not an administrator: Duo Console needs an administrator's token.")
                    .arg(username);
    if (tokenKnown && !hasScope(QStringLiteral("api")))
        list << tr("The token lacks the api scope: nothing can be changed with it. Create a "
                   "token with the api and admin_mode scopes.");
    if (tokenKnown && isAdmin && !hasScope(QStringLiteral("admin_mode")))
        list << tr("The token lacks the admin_mode scope: when Admin Mode is on, GitLab refuses "
                   "administrator requests made with it.");
    if (tokenExpiresAt.isValid()) {
        const qint64 days = today.daysTo(tokenExpiresAt);
        if (days < 0)
            list << tr("The token expired on %1.").arg(tokenExpiresAt.toString(Qt::ISODate));
        else if (days <= 14)
            list << tr("The token expires in %n day(s), on %1.", nullptr, int(days))
                        .arg(tokenExpiresAt.toString(Qt::ISODate));
    }
    return list;
}

QJsonObject InstanceCapabilities::toJson() const
{
    QJsonArray addOnList;
    for (const AddOnPurchase &addOn : addOns)
        addOnList.append(QJsonObject{{QStringLiteral("name"), addOn.name},
                                     {QStringLiteral("purchased"), addOn.purchased},
                                     {QStringLiteral("assigned"), addOn.assigned}});
    auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject licenseJson;
    if (license.readable)
        licenseJson = {
            {QStringLiteral("type"), license.type},
            {QStringLiteral("plan"), license.plan},
            {QStringLiteral("licensee"), license.licensee},
            {QStringLiteral("company"), license.company},
            {QStringLiteral("startsAt"), date(license.startsAt)},
            {QStringLiteral("expiresAt"), date(license.expiresAt)},
            {QStringLiteral("lastSync"), license.lastSync.isValid()
                                             ? QJsonValue(license.lastSync.toString(Qt::ISODate))
                                             : QJsonValue()},
            {QStringLiteral("seats"), license.seats},
            {QStringLiteral("billableUsers"), license.billableUsers},
            {QStringLiteral("trial"), license.trial}};
    return {
        {QStringLiteral("version"), version},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("enterprise"), enterprise},
        {QStringLiteral("user"), username},
        {QStringLiteral("userName"), userDisplayName},
        {QStringLiteral("admin"), isAdmin},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("tokenExpiresAt"), date(tokenExpiresAt)},
        {QStringLiteral("license"), license.readable ? QJsonValue(licenseJson) : QJsonValue()},
        {QStringLiteral("addOns"), addOnList},
        {QStringLiteral("apiShape"), shape.name()},
        {QStringLiteral("api"), shape.toJson()},
        {QStringLiteral("selfHostedModelsAllowed"), selfHostedModelsAllowed},
        {QStringLiteral("selfHostedModelsReason"), selfHostedModelsReason},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings())},
    };
}
