#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

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
