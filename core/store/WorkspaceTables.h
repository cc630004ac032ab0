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

    // Everything, or with `models` false everything but the snapshot's models (read those one
    // at a time below).
    StoreError load(WorkspaceState *state, QJsonObject *apiShape, bool models = true);
    std::optional<SelfHostedModel> model(const QString &id);
    std::optional<SelfHostedModel> modelNamed(const QString &name);
    qsizetype modelCount();

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
    std::optional<SelfHostedModel> oneModel(std::optional<QSqlQuery> &slot, const char *sql,
                                            const QString &key);

    Database &m_db;
    std::optional<QSqlQuery> m_writeChange;
    std::optional<QSqlQuery> m_deleteChange;
    std::optional<QSqlQuery> m_putModel;
    std::optional<QSqlQuery> m_removeModel;
    std::optional<QSqlQuery> m_putFeature;
    std::optional<QSqlQuery> m_putMeta;
    std::optional<QSqlQuery> m_modelById;
    std::optional<QSqlQuery> m_modelByName;
    qint64 m_nextPosition = -1; // models read from the server come before those known
};
