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

QString InstanceCapabilities::selfHostedModelsAdvice() const
{
    switch (selfHostedBlock) {
    case SelfHostedBlock::None:
        return {};
    case SelfHostedBlock::NotAdmin:
        return tr("Use a personal access token of an administrator, with the api and admin_mode "
                  "scopes.");
    case SelfHostedBlock::GitLabCom:
        return tr("Self-hosted models are for GitLab Self-Managed and GitLab Dedicated "
                  "instances.");
    case SelfHostedBlock::NoDuoAddOn:
        return tr("Buy the GitLab Duo Enterprise add-on (or GitLab Duo Agent Platform "
                  "Self-Hosted). %1")
            .arg(license.syncAdvice());
    case SelfHostedBlock::Other:
        break;
    }
    return tr("Check on the Subscription page in GitLab's Admin area that the license includes "
              "GitLab Duo Self-Hosted, and that GitLab Duo with Amazon Q is not connected.");
}

QJsonObject InstanceCapabilities::toJson() const
{
    QJsonArray addOnList;
    for (const AddOnPurchase &addOn : addOns)
        addOnList.append(addOn.toJson());
    auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    const QJsonObject licenseJson = license.toJson();
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
        {QStringLiteral("selfHostedModelsAdvice"), selfHostedModelsAdvice()},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings())},
    };
}
