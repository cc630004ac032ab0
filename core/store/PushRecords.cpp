#include "PushRecords.h"

#include <QHostInfo>
#include <QJsonDocument>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

StoreError PushRecords::read(std::optional<PushLease> *lease)
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT token, holder, pid, host, acquired_at, heartbeat_at FROM "
                               "push_lease WHERE id = 1")))
        return m_db.errorFrom(q.lastError());
    lease->reset();
    if (q.next())
        *lease = PushLease{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                           q.value(3).toString(), timeOf(q.value(4)),    timeOf(q.value(5))};
    return {};
}

bool PushRecords::isAlive(const PushLease &lease) const
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-staleAfterSeconds);
    if (!lease.heartbeatAt.isValid() || lease.heartbeatAt < cutoff)
        return false;
#ifdef Q_OS_UNIX
    // On this host a holder whose process is gone is gone, however fresh its heartbeat.
    if (lease.host == QHostInfo::localHostName() && lease.pid > 0 &&
        ::kill(pid_t(lease.pid), 0) != 0 && errno == ESRCH)
        return false;
#endif
    return true;
}

StoreError PushRecords::heldBy(const PushLease &lease) const
{
    const QString since = QLocale().toString(lease.acquiredAt.toLocalTime(), QLocale::ShortFormat);
    return {StoreError::Kind::LeaseHeld,
            tr("Another push of this instance is running: %1 (process %2 on %3) has pushed "
               "since %4. Wait for it to finish, then push again.")
                .arg(lease.holder)
                .arg(lease.pid)
                .arg(lease.host, since)};
}

StoreError PushRecords::acquire(const PushLease &claim, PushLease *holder)
{
    std::optional<PushLease> current;
    if (StoreError e = read(&current); e.isError())
        return e;
    if (current && current->token != claim.token && isAlive(*current)) {
        *holder = *current;
        return heldBy(*current);
    }
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO push_lease (id, token, holder, pid, host, "
                             "acquired_at, heartbeat_at) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    const QString at = now();
    for (const QVariant &value :
         {QVariant(claim.token), QVariant(claim.holder), QVariant(claim.pid), QVariant(claim.host),
          QVariant(at), QVariant(at)})
        q.addBindValue(value);
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    *holder = claim;
    holder->acquiredAt = holder->heartbeatAt = timeOf(at);
    return {};
}

StoreError PushRecords::check(const QString &token)
{
    std::optional<PushLease> current;
    if (StoreError e = read(&current); e.isError())
        return e;
    if (current && current->token == token)
        return {};
    if (current)
        return heldBy(*current);
    return {StoreError::Kind::LeaseHeld,
            tr("This push no longer holds the instance's push lease; nothing more was sent. "
               "Push again.")};
}

StoreError PushRecords::renew(const QString &token)
{
    if (StoreError e = check(token); e.isError())
        return e;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE push_lease SET heartbeat_at = ? WHERE token = ?"));
    q.addBindValue(now());
    q.addBindValue(token);
    return m_db.exec(q);
}

StoreError PushRecords::release(const QString &token)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM push_lease WHERE token = ?"));
    q.addBindValue(token);
    return m_db.exec(q);
}

StoreError PushRecords::begin(qint64 *id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO pushes (started_at) VALUES (?)"));
    q.addBindValue(now());
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    *id = q.lastInsertId().toLongLong();
    return {};
}

StoreError PushRecords::finish(qint64 id, const QJsonObject &summary)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE pushes SET finished_at = ?, summary = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    return m_db.exec(q);
}

StoreError PushRecords::history(int limit, QList<PushRecord> *records)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, started_at, finished_at, summary FROM pushes ORDER BY "
                             "id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    records->clear();
    while (q.next())
        records->append({q.value(0).toLongLong(), timeOf(q.value(1)), timeOf(q.value(2)),
                         QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
    return {};
}
