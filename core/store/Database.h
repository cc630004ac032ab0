#pragma once

#include "model/StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// One SQLite workspace file, opened on the calling thread: checked before SQLite touches it
// (an empty, truncated or foreign file is named, never silently replaced), created atomically
// when absent, migrated forward, and opened read-only where it cannot be written. Every SQLite
// failure becomes a StoreError that names the file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int schemaVersion = 3;

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    StoreError open();
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase connection() const;
    QSqlQuery query() const { return QSqlQuery(connection()); }

    // A write transaction (BEGIN IMMEDIATE: the write lock is taken at once, or the busy
    // timeout decides); commit or roll back.
    StoreError begin();
    StoreError commit();
    void rollback();
    // Runs a prepared query; the error names the file.
    StoreError exec(QSqlQuery &query) const;
    StoreError exec(const QString &sql) const;
    // Moves when another connection commits.
    qint64 dataVersion() const;

    StoreError errorFrom(const QSqlError &error) const;
    StoreError readOnlyError() const;

private:
    StoreError checkFile() const;
    StoreError create();
    void removeStaleBuilds() const;
    StoreError useWriteAheadLog();
    StoreError connect(const QString &path, bool readOnly);
    StoreError checkSchema(int *version);
    StoreError migrate(int from);

    QString m_path;
    QString m_name;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    bool m_registered = false;
};
