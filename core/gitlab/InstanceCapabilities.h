#pragma once

#include "model/ApiShape.h"
#include "model/License.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// What one instance is and lets this token do, learnt when connecting. The panes read it.
struct InstanceCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(InstanceCapabilities)

public:
    QString version;
    QString revision;
    bool enterprise = false;

    QString username;
    QString userDisplayName;
    bool isAdmin = false;

    bool tokenKnown = false; // personal_access_tokens/self answered
    QStringList scopes;
    QDate tokenExpiresAt;

    LicenseSummary license;
    QList<AddOnPurchase> addOns;

    ApiShape shape;
    bool selfHostedModelsAllowed = false;
    QString selfHostedModelsReason; // why not, when not allowed
    // What stands in the way, when not allowed.
    enum class SelfHostedBlock { None, NotAdmin, GitLabCom, NoDuoAddOn, Other };
    SelfHostedBlock selfHostedBlock = SelfHostedBlock::None;

    int roundTrips = 0; // sequential network round trips the connect took
    bool introspectionDownloaded = false;

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    // Problems the admin should fix, each a sentence: missing scopes, expiry, not admin.
    QStringList warnings(const QDate &today = QDate::currentDate()) const;
    // What to do so that this instance can use self-hosted models; empty when it can.
    QString selfHostedModelsAdvice() const;

    QJsonObject toJson() const;
};
