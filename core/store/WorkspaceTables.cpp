#include "WorkspaceTables.h"

#include <QJsonDocument>

namespace {

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A null QString would be bound as NULL; the text columns hold "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

// A feature first seen in a partial read goes after those of the last full one.
constexpr qint64 newFeaturePosition = 1000000;

QDateTime timeOf(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// The columns of a snapshot model, in the order modelFrom() reads them.
#define MODEL_COLUMNS                                                                              \
    "id, name, family, endpoint, identifier, provider, provider_inferred, has_api_key, "           \
    "release_state, updated_at, position"

SelfHostedModel modelFrom(const QSqlQuery &q)
{
    SelfHostedModel m;
    m.id = q.value(0).toString();
    m.name = q.value(1).toString();
    m.family = q.value(2).toString();
    m.endpoint = q.value(3).toString();
    m.identifier = q.value(4).toString();
    m.provider = q.value(5).toString();
    m.providerInferred = q.value(6).toBool();
    m.hasApiKey = q.value(7).toBool();
    m.releaseState = q.value(8).toString();
    m.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    return m;
}

} // namespace

QSqlQuery &WorkspaceTables::prepared(std::optional<QSqlQuery> &slot, const char *sql)
{
    if (!slot) {
        slot.emplace(m_db.connection());
        slot->prepare(QLatin1String(sql));
    }
    return *slot;
}

std::optional<SelfHostedModel> WorkspaceTables::oneModel(std::optional<QSqlQuery> &slot,
                                                         const char *sql, const QString &key)
{
    QSqlQuery &q = prepared(slot, sql);
    q.addBindValue(key);
    std::optional<SelfHostedModel> found;
    if (q.exec() && q.next())
        found = modelFrom(q);
    q.finish();
    return found;
}

std::optional<SelfHostedModel> WorkspaceTables::model(const QString &id)
{
    return oneModel(m_modelById, "SELECT " MODEL_COLUMNS " FROM snapshot_models WHERE id = ?", id);
}

std::optional<SelfHostedModel> WorkspaceTables::modelNamed(const QString &name)
{
    return oneModel(m_modelByName,
                    "SELECT " MODEL_COLUMNS " FROM snapshot_models WHERE name = ? LIMIT 1", name);
}

qsizetype WorkspaceTables::modelCount()
{
    QSqlQuery q = m_db.query();
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM snapshot_models")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

StoreError WorkspaceTables::load(WorkspaceState *state, QJsonObject *apiShape, bool models)
{
    WorkspaceState loaded;
    Snapshot &snapshot = loaded.snapshot;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM snapshot_meta")))
        return m_db.errorFrom(q.lastError());
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("taken_at")) {
            snapshot.takenAt = QDateTime::fromString(value, Qt::ISODateWithMs);
            snapshot.exists = snapshot.takenAt.isValid();
        } else if (key == QLatin1String("duo") && !value.isEmpty()) {
            snapshot.duo = DuoSettings::fromJson(toObject(value));
        } else if (key == QLatin1String("gitlab_version")) {
            snapshot.gitlabVersion = value;
        } else if (key == QLatin1String("features_hidden")) {
            snapshot.featuresHidden = value == QLatin1String("1");
        } else if (key == QLatin1String("api_shape")) {
            *apiShape = toObject(value);
        }
    }
    if (models) {
        if (!q.exec(QStringLiteral("SELECT " MODEL_COLUMNS " FROM snapshot_models ORDER BY "
                                   "position")))
            return m_db.errorFrom(q.lastError());
        while (q.next()) {
            m_nextPosition = std::min(m_nextPosition, q.value(10).toLongLong() - 1);
            snapshot.models << modelFrom(q);
        }
    } else if (q.exec(QStringLiteral("SELECT MIN(position) FROM snapshot_models")) && q.next()) {
        m_nextPosition = std::min(m_nextPosition, q.value(0).toLongLong() - 1);
    }
    if (!q.exec(QStringLiteral("SELECT json FROM snapshot_features ORDER BY position")))
        return m_db.errorFrom(q.lastError());
    while (q.next())
        snapshot.features << FeatureSetting::fromJson(toObject(q.value(0).toString()));
    if (!q.exec(QStringLiteral(
            "SELECT id, sequence, kind, target, values_json, base_json, status, error, "
            "conflict_fields, created_at, sent_at, created_id, sent_values, version FROM changes "
            "WHERE status != 'pushed' ORDER BY sequence")))
        return m_db.errorFrom(q.lastError());
    while (q.next()) {
        Change c;
        c.id = q.value(0).toString();
        c.sequence = q.value(1).toLongLong();
        c.kind = Change::kindFromName(q.value(2).toString());
        c.target = q.value(3).toString();
        c.values = toObject(q.value(4).toString());
        c.base = toObject(q.value(5).toString());
        c.status = Change::statusFromName(q.value(6).toString());
        c.error = q.value(7).toString();
        c.conflictFields = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        c.createdAt = timeOf(q.value(9));
        c.sentAt = timeOf(q.value(10));
        c.createdId = q.value(11).toString();
        c.sentValues = toObject(q.value(12).toString());
        c.version = q.value(13).toLongLong();
        loaded.changes << c;
    }
    loaded.complete = models;
    *state = std::move(loaded);
    return {};
}

StoreError WorkspaceTables::writeChange(const Change &c)
{
    QSqlQuery &q = prepared(
        m_writeChange,
        "INSERT OR REPLACE INTO changes (id, sequence, kind, target, values_json, base_json, "
        "status, error, conflict_fields, created_at, sent_at, created_id, sent_values, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(c.id);
    q.addBindValue(c.sequence);
    q.addBindValue(Change::kindName(c.kind));
    q.addBindValue(c.target);
    q.addBindValue(toText(c.values));
    q.addBindValue(toText(c.base));
    q.addBindValue(Change::statusName(c.status));
    q.addBindValue(c.error);
    q.addBindValue(c.conflictFields.join(QLatin1Char(',')));
    q.addBindValue(timeText(c.createdAt));
    q.addBindValue(timeText(c.sentAt));
    q.addBindValue(c.createdId);
    q.addBindValue(c.sentValues.isEmpty() ? QString() : toText(c.sentValues));
    q.addBindValue(c.version);
    return m_db.exec(q);
}

StoreError WorkspaceTables::deleteChange(const QString &id)
{
    QSqlQuery &q = prepared(m_deleteChange, "DELETE FROM changes WHERE id = ?");
    q.addBindValue(id);
    return m_db.exec(q);
}

StoreError WorkspaceTables::putModel(const SelfHostedModel &m, qint64 position)
{
    QSqlQuery &q = prepared(
        m_putModel,
        "INSERT INTO snapshot_models (id, position, name, family, endpoint, identifier, "
        "provider, provider_inferred, has_api_key, release_state, updated_at) VALUES (?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, family = "
        "excluded.family, endpoint = excluded.endpoint, identifier = excluded.identifier, "
        "provider = excluded.provider, provider_inferred = excluded.provider_inferred, "
        "has_api_key = excluded.has_api_key, release_state = excluded.release_state, "
        "updated_at = excluded.updated_at");
    q.addBindValue(text(m.id));
    q.addBindValue(position);
    q.addBindValue(text(m.name));
    q.addBindValue(text(m.family));
    q.addBindValue(text(m.endpoint));
    q.addBindValue(text(m.identifier));
    q.addBindValue(text(m.provider));
    q.addBindValue(int(m.providerInferred));
    q.addBindValue(int(m.hasApiKey));
    q.addBindValue(text(m.releaseState));
    q.addBindValue(m.updatedAt.isValid() ? m.updatedAt.toString(Qt::ISODate) : QString());
    return m_db.exec(q);
}

StoreError WorkspaceTables::removeModel(const QString &id)
{
    QSqlQuery &q = prepared(m_removeModel, "DELETE FROM snapshot_models WHERE id = ?");
    q.addBindValue(id);
    return m_db.exec(q);
}

StoreError WorkspaceTables::putFeature(const FeatureSetting &setting, qint64 position)
{
    QSqlQuery &q =
        prepared(m_putFeature, "INSERT INTO snapshot_features (feature, position, json) VALUES (?, "
                               "?, ?) ON CONFLICT(feature) DO UPDATE SET json = excluded.json");
    q.addBindValue(setting.feature);
    q.addBindValue(position);
    q.addBindValue(toText(setting.toJson()));
    return m_db.exec(q);
}

StoreError WorkspaceTables::clearFeatures()
{
    return m_db.exec(QStringLiteral("DELETE FROM snapshot_features"));
}

StoreError WorkspaceTables::putMeta(const QString &key, const QString &value)
{
    QSqlQuery &q = prepared(m_putMeta, "INSERT INTO snapshot_meta (key, value) VALUES (?, ?) ON "
                                       "CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.addBindValue(key);
    q.addBindValue(value);
    return m_db.exec(q);
}

StoreError WorkspaceTables::write(const ServerFacts &facts)
{
    for (const SelfHostedModel &model : facts.modelsPut) {
        if (StoreError e = putModel(model, m_nextPosition--); e.isError())
            return e;
    }
    for (const QString &id : facts.modelsRemoved) {
        if (StoreError e = removeModel(id); e.isError())
            return e;
    }
    if (facts.features) {
        if (StoreError e = clearFeatures(); e.isError())
            return e;
        if (StoreError e = putMeta(QStringLiteral("features_hidden"), QString()); e.isError())
            return e;
        for (qsizetype i = 0; i < facts.features->size(); ++i) {
            if (StoreError e = putFeature(facts.features->at(i), i); e.isError())
                return e;
        }
    }
    for (const FeatureSetting &setting : facts.featuresPut) {
        if (StoreError e = putFeature(setting, newFeaturePosition); e.isError())
            return e;
    }
    if (facts.duo) {
        if (StoreError e = putMeta(QStringLiteral("duo"), toText(facts.duo->toJson())); e.isError())
            return e;
    }
    if (facts.takenAt)
        return putMeta(QStringLiteral("taken_at"), timeText(*facts.takenAt));
    return {};
}

StoreError WorkspaceTables::replace(const Snapshot &snapshot)
{
    for (const char *sql : {"DELETE FROM snapshot_models", "DELETE FROM snapshot_features",
                            "DELETE FROM snapshot_meta WHERE key != 'api_shape'"}) {
        if (StoreError e = m_db.exec(QLatin1String(sql)); e.isError())
            return e;
    }
    for (qsizetype i = 0; i < snapshot.models.size(); ++i) {
        if (StoreError e = putModel(snapshot.models[i], i); e.isError())
            return e;
    }
    m_nextPosition = -1;
    ServerFacts rest;
    rest.features = snapshot.features;
    if (snapshot.duo)
        rest.duo = snapshot.duo;
    rest.takenAt = snapshot.takenAt;
    if (StoreError e = write(rest); e.isError())
        return e;
    if (!snapshot.gitlabVersion.isEmpty())
        if (StoreError e = putMeta(QStringLiteral("gitlab_version"), snapshot.gitlabVersion);
            e.isError())
            return e;
    // After the features: writing them says they were readable.
    return snapshot.featuresHidden ? putMeta(QStringLiteral("features_hidden"), QStringLiteral("1"))
                                   : StoreError();
}
