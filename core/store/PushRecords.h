#pragma once

#include "model/PushRecord.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

// Who may push a workspace: one process at a time holds the lease, renewing it while it
// pushes; a lease whose holder stopped renewing it, or whose process is gone, is taken over.
struct PushLease
{
    QString token;  // this holder's, to renew and release it
    QString holder; // "the window" or "duo-console changes push", for the message
    qint64 pid = 0;
    QString host;
    QDateTime acquiredAt;
    QDateTime heartbeatAt;
};

// The push lease and the push history of a workspace.
class PushRecords
{
    Q_DECLARE_TR_FUNCTIONS(PushRecords)

public:
    static constexpr int staleAfterSeconds = 30;

    explicit PushRecords(Database &db) : m_db(db) {}

    // Within a write transaction: takes the lease for `claim`, or says who holds it.
    StoreError acquire(const PushLease &claim, PushLease *holder);
    StoreError renew(const QString &token);
    StoreError release(const QString &token);
    // Whether `token` still holds the lease (it may have been taken over).
    StoreError check(const QString &token);

    StoreError begin(qint64 *id);
    StoreError finish(qint64 id, const QJsonObject &summary);
    StoreError history(int limit, QList<PushRecord> *records);

private:
    StoreError read(std::optional<PushLease> *lease);
    bool isAlive(const PushLease &lease) const;
    StoreError heldBy(const PushLease &lease) const;

    Database &m_db;
};
