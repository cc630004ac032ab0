#include "Database.h"
#include "model/SelfHostedModel.h"

#include <QJsonDocument>
#include <functional>

// The workspace's schema, one step per version: each runs in its own transaction, and the
// file says in user_version how far it got.
namespace {

const char *const schemaV1[] = {
    "CREATE TABLE snapshot_models (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT "
    "NOT NULL)",
    "CREATE TABLE snapshot_features (feature TEXT PRIMARY KEY, position INTEGER NOT NULL, "
    "json TEXT NOT NULL)",
    "CREATE TABLE snapshot_meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE changes (id TEXT PRIMARY KEY, sequence INTEGER NOT NULL, kind TEXT NOT NULL, "
    "target TEXT NOT NULL, values_json TEXT NOT NULL, base_json TEXT NOT NULL, status TEXT NOT "
    "NULL, error TEXT, conflict_fields TEXT, created_at TEXT NOT NULL, sent_at TEXT, created_id "
    "TEXT)",
    "CREATE INDEX changes_by_status ON changes (status, sequence)",
    "CREATE TABLE pushes (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, "
    "finished_at TEXT, summary TEXT)",
};

// What an interrupted push sent, to tell its own writes from other people's.
const char *const schemaV2[] = {"ALTER TABLE changes ADD COLUMN sent_values TEXT"};

// Snapshot models in columns (lookups and loading without JSON), a version per change row,
// and the push lease.
const char *const schemaV3[] = {
    "CREATE TABLE snapshot_models_v3 (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT "
    "NOT NULL, family TEXT NOT NULL, endpoint TEXT NOT NULL, identifier TEXT NOT NULL, provider "
    "TEXT NOT NULL, provider_inferred INTEGER NOT NULL, has_api_key INTEGER NOT NULL, "
    "release_state TEXT NOT NULL, updated_at TEXT)",
    "CREATE INDEX snapshot_models_by_name ON snapshot_models_v3 (name)",
    "ALTER TABLE changes ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE push_lease (id INTEGER PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL, "
    "holder TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, acquired_at TEXT NOT NULL, "
    "heartbeat_at TEXT NOT NULL)",
};

} // namespace

namespace {

// Schema 3 keeps snapshot models in columns: the JSON rows of schema 2 move across.
QString copyModelsIntoColumns(QSqlDatabase db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, position, json FROM snapshot_models")))
        return read.lastError().text();
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO snapshot_models_v3 VALUES (?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?)"));
    while (read.next()) {
        const SelfHostedModel m = SelfHostedModel::fromJson(
            QJsonDocument::fromJson(read.value(2).toString().toUtf8()).object());
        for (const QVariant &value :
             {read.value(0), read.value(1), QVariant(m.name), QVariant(m.family),
              QVariant(m.endpoint), QVariant(m.identifier), QVariant(m.provider),
              QVariant(int(m.providerInferred)), QVariant(int(m.hasApiKey)),
              QVariant(m.releaseState),
              QVariant(m.updatedAt.isValid() ? m.updatedAt.toString(Qt::ISODate) : QString())})
            write.addBindValue(value);
        if (!write.exec())
            return write.lastError().text();
    }
    QSqlQuery swap(db);
    if (!swap.exec(QStringLiteral("DROP TABLE snapshot_models")) ||
        !swap.exec(QStringLiteral("ALTER TABLE snapshot_models_v3 RENAME TO snapshot_models")))
        return swap.lastError().text();
    return {};
}

} // namespace

StoreError Database::migrate(int from)
{
    struct Step
    {
        QList<const char *> statements;
        std::function<QString(QSqlDatabase)> then;
    };
    const Step steps[] = {
        {{std::begin(schemaV1), std::end(schemaV1)}, {}},
        {{std::begin(schemaV2), std::end(schemaV2)}, {}},
        {{std::begin(schemaV3), std::end(schemaV3)}, copyModelsIntoColumns},
    };
    for (int v = from; v < schemaVersion; ++v) {
        if (StoreError problem = begin(); problem.isError())
            return problem;
        StoreError problem;
        for (const char *statement : steps[v].statements) {
            problem = exec(QLatin1String(statement));
            if (problem.isError())
                break;
        }
        if (!problem.isError() && steps[v].then) {
            if (const QString failure = steps[v].then(connection()); !failure.isEmpty())
                problem = {
                    StoreError::Kind::Io,
                    tr("The workspace %1 could not be brought up to date: %2").arg(m_path, failure),
                    failure};
        }
        if (!problem.isError())
            problem = exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        if (!problem.isError())
            problem = commit();
        if (problem.isError()) {
            rollback();
            return problem;
        }
    }
    return {};
}
