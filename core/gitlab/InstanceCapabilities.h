#pragma once

#include "ApiShape.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

struct AddOnPurchase
{
    QString name; // DUO_ENTERPRISE, CODE_SUGGESTIONS (Duo Pro), DUO_CORE, …
    int purchased = 0;
    int assigned = 0;
};

struct LicenseSummary
{
    bool readable = false; // false when the token may not read the license
    QString type;          // online_cloud | offline_cloud | legacy_license
    QString plan;
    QString licensee;
    QString company;
    QDate startsAt;
    QDate expiresAt;
    QDateTime lastSync;
    int seats = 0;
    int billableUsers = 0;
    bool trial = false;
};

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

    int roundTrips = 0; // sequential network round trips the connect took
    bool introspectionDownloaded = false;

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    // Problems the admin should fix, each a sentence: missing scopes, expiry, not admin.
    QStringList warnings(const QDate &today = QDate::currentDate()) const;

    QJsonObject toJson() const;
};
