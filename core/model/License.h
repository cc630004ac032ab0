#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

struct AddOnPurchase
{
    Q_DECLARE_TR_FUNCTIONS(AddOnPurchase)

public:
    QString name; // DUO_ENTERPRISE, CODE_SUGGESTIONS (Duo Pro), DUO_CORE, …
    int purchased = 0;
    int assigned = 0;

    // "GitLab Duo Enterprise" for DUO_ENTERPRISE; a name the console does not know, as is.
    static QString displayName(const QString &name);
    // Duo Enterprise or the Agent Platform Self-Hosted add-on: what self-hosted models need.
    bool coversSelfHosted() const;
    QJsonObject toJson() const;
};

// The current license as GitLab's Subscription page shows it (CurrentLicense).
struct LicenseSummary
{
    Q_DECLARE_TR_FUNCTIONS(LicenseSummary)

public:
    static inline const QString onlineCloud = QStringLiteral("online_cloud");
    static inline const QString offlineCloud = QStringLiteral("offline_cloud");
    static inline const QString legacyLicense = QStringLiteral("legacy_license");

    bool readable = false; // false when the token may not read the license
    QString type;          // online_cloud | offline_cloud | legacy_license
    QString plan;
    QString licensee;
    QString email;
    QString company;
    QDate startsAt;
    QDate expiresAt;
    QDate activatedAt;
    QDateTime lastSync;
    int seats = 0;         // usersInLicenseCount
    int billableUsers = 0; // billableUsersCount
    int maximumUsers = 0;  // maximumUserCount
    int usersOver = 0;     // usersOverLicenseCount
    bool trial = false;

    // GitLab's words: "Online license", "Offline license", "Legacy license".
    static QString typeName(const QString &type);
    // Only an online cloud license synchronizes with GitLab's servers.
    bool synchronizes() const { return type == onlineCloud; }
    // How a purchase (a Duo add-on) reaches this instance, in words.
    QString syncAdvice() const;

    QJsonObject toJson() const;
};

// An earlier or a future license (licenseHistoryEntries, subscriptionFutureEntries).
struct LicenseEntry
{
    QString type;
    QString plan;
    QString licensee;
    QString company;
    QDate startsAt;
    QDate expiresAt;
    QDate activatedAt; // history only
    int seats = 0;

    QJsonObject toJson() const;
};

// Everything the Subscription pane shows, read on demand: the license, its history and the
// subscriptions to come, and the Duo add-ons.
struct SubscriptionInfo
{
    QString error; // why it could not be read; empty when it was
    LicenseSummary license;
    QList<LicenseEntry> history; // the current license first, as GitLab lists it
    QList<LicenseEntry> future;
    QList<AddOnPurchase> addOns;

    QJsonObject toJson() const;
};
