#pragma once

#include "model/WorkspaceDelta.h"
#include "store/Database.h"

#include <optional>

// The rows of a workspace: snapshot models (in columns), feature settings, Duo settings and the
// API shape (as JSON), and the changes. Prepared statements, one per kind of row; callers
// decide the transaction.
class WorkspaceTables
{
public:
    explicit WorkspaceTables(Database &db) : m_db(db) {}

    StoreError load(WorkspaceState *state, QJsonObject *apiShape);

    StoreError writeChange(const Change &change);
    StoreError deleteChange(const QString &id);

    StoreError putModel(const SelfHostedModel &model, qint64 position);
    StoreError removeModel(const QString &id);
    StoreError putFeature(const FeatureSetting &setting, qint64 position);
    StoreError clearFeatures();
    StoreError putMeta(const QString &key, const QString &value);
    // Writes what the server was found to hold.
    StoreError write(const ServerFacts &facts);
    // Replaces the whole snapshot.
    StoreError replace(const Snapshot &snapshot);

private:
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const char *sql);

    Database &m_db;
    std::optional<QSqlQuery> m_writeChange;
    std::optional<QSqlQuery> m_deleteChange;
    std::optional<QSqlQuery> m_putModel;
    std::optional<QSqlQuery> m_removeModel;
    std::optional<QSqlQuery> m_putFeature;
    std::optional<QSqlQuery> m_putMeta;
    qint64 m_nextPosition = -1; // models read from the server come before those known
};
