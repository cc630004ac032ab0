#include "Workspace.h"

#include "Logging.h"
#include "store/ProfileStore.h"
#include "sync/ThreeWayMerge.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace {

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlDatabase openConnection(const QString &name, const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    for (const char *statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000"})
        pragma.exec(QLatin1String(statement));
    return db;
}

// Writes the whole snapshot in one transaction on `db`.
bool writeSnapshot(QSqlDatabase db, const Snapshot &snapshot, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    bool ok = q.exec(QStringLiteral("DELETE FROM snapshot_models")) &&
              q.exec(QStringLiteral("DELETE FROM snapshot_features")) &&
              q.exec(QStringLiteral("DELETE FROM snapshot_meta WHERE key != 'api_shape'"));
    if (ok) {
        q.prepare(
            QStringLiteral("INSERT INTO snapshot_models (id, position, json) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; ok && i < snapshot.models.size(); ++i) {
            q.addBindValue(snapshot.models[i].id);
            q.addBindValue(i);
            q.addBindValue(toText(snapshot.models[i].toJson()));
            ok = q.exec();
        }
    }
    if (ok) {
        q.prepare(QStringLiteral(
            "INSERT INTO snapshot_features (feature, position, json) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; ok && i < snapshot.features.size(); ++i) {
            q.addBindValue(snapshot.features[i].feature);
            q.addBindValue(i);
            q.addBindValue(toText(snapshot.features[i].toJson()));
            ok = q.exec();
        }
    }
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO snapshot_meta (key, value) VALUES (?, ?)"));
        const QList<std::pair<QString, QString>> meta = {
            {QStringLiteral("taken_at"), snapshot.takenAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("duo"), snapshot.duo ? toText(snapshot.duo->toJson()) : QString()},
        };
        for (const auto &[key, value] : meta) {
            q.addBindValue(key);
            q.addBindValue(value);
            ok = ok && q.exec();
        }
    }
    if (!ok) {
        *error = q.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool validUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

Workspace::Workspace(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)),
      m_connection(QStringLiteral("workspace-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Workspace::~Workspace()
{
    m_writeChange.reset();
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Workspace::pathFor(const QString &instanceId)
{
    return ProfileStore::dataDirectory(QUuid::fromString(instanceId)) +
           QLatin1String("/workspace.sqlite");
}

QStringList Workspace::draftKeyNames(const QString &instanceId)
{
    QStringList names;
    if (!QFileInfo::exists(pathFor(instanceId)))
        return names;
    Workspace workspace(pathFor(instanceId));
    QString error;
    if (!workspace.open(&error))
        return names;
    for (const Change &c : workspace.changes()) {
        if (c.hasApiKey())
            names << c.apiKeyName(instanceId);
    }
    return names;
}

bool Workspace::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    qCWarning(lcStore) << "SQL failed:" << sql << q.lastError().text();
    return false;
}

bool Workspace::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString problem;
    openConnection(m_connection, m_path, &problem);
    if (problem.isEmpty() && migrate(&problem) && loadSnapshot() && loadChanges()) {
        reloadIfChangedElsewhere(); // notes the current data version
        return true;
    }
    *error = tr("The local workspace %1 cannot be opened: %2").arg(m_path, problem);
    return false;
}

bool Workspace::reloadIfChangedElsewhere()
{
    // data_version moves only when another connection commits.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return false;
    const qint64 version = q.value(0).toLongLong();
    if (version == m_dataVersion)
        return false;
    const bool first = m_dataVersion < 0;
    m_dataVersion = version;
    if (first)
        return false;
    loadSnapshot();
    loadChanges();
    Q_EMIT changed();
    return true;
}

bool Workspace::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version > schemaVersion) {
        *error = tr("it was written by a newer Duo Console (schema %1)").arg(version);
        return false;
    }
    // Forward migrations, one per schema version, each in its own transaction.
    const QStringList steps[] = {
        {
            QStringLiteral("CREATE TABLE snapshot_models (id TEXT PRIMARY KEY, position INTEGER "
                           "NOT NULL, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE snapshot_features (feature TEXT PRIMARY KEY, position "
                           "INTEGER NOT NULL, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE snapshot_meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE changes (id TEXT PRIMARY KEY, sequence INTEGER NOT NULL, "
                           "kind TEXT NOT NULL, target TEXT NOT NULL, values_json TEXT NOT NULL, "
                           "base_json TEXT NOT NULL, status TEXT NOT NULL, error TEXT, "
                           "conflict_fields TEXT, created_at TEXT NOT NULL, sent_at TEXT, "
                           "created_id TEXT)"),
            QStringLiteral("CREATE INDEX changes_by_status ON changes (status, sequence)"),
            QStringLiteral("CREATE TABLE pushes (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "started_at TEXT NOT NULL, finished_at TEXT, summary TEXT)"),
        },
        {
            // What an interrupted push sent, to tell its own writes from other people's.
            QStringLiteral("ALTER TABLE changes ADD COLUMN sent_values TEXT"),
        },
    };
    for (int v = version; v < schemaVersion; ++v) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        for (const QString &statement : steps[v]) {
            if (!exec(statement, error)) {
                db.rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1), error) || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

bool Workspace::loadSnapshot()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Snapshot snapshot;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT key, value FROM snapshot_meta"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("taken_at")) {
            snapshot.takenAt = QDateTime::fromString(value, Qt::ISODateWithMs);
            snapshot.exists = snapshot.takenAt.isValid();
        } else if (key == QLatin1String("duo") && !value.isEmpty()) {
            snapshot.duo = DuoSettings::fromJson(toObject(value));
        } else if (key == QLatin1String("api_shape")) {
            m_shape = ApiShape::fromJson(toObject(value));
        }
    }
    q.exec(QStringLiteral("SELECT json FROM snapshot_models ORDER BY position"));
    while (q.next())
        snapshot.models << SelfHostedModel::fromJson(toObject(q.value(0).toString()));
    q.exec(QStringLiteral("SELECT json FROM snapshot_features ORDER BY position"));
    while (q.next())
        snapshot.features << FeatureSetting::fromJson(toObject(q.value(0).toString()));
    m_snapshot = std::move(snapshot);
    invalidateView();
    return true;
}

bool Workspace::loadChanges()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral(
        "SELECT id, sequence, kind, target, values_json, base_json, status, "
        "error, conflict_fields, created_at, sent_at, created_id, sent_values FROM changes "
        "WHERE status != 'pushed' ORDER BY sequence"));
    m_changes.clear();
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
        c.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        c.sentAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        c.createdId = q.value(11).toString();
        c.sentValues = toObject(q.value(12).toString());
        m_changes << c;
    }
    QSqlQuery max(QSqlDatabase::database(m_connection));
    max.exec(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM changes"));
    m_nextSequence = (max.next() ? max.value(0).toLongLong() : 0) + 1;
    invalidateView();
    return true;
}

// ---------------------------------------------------------------- snapshot

bool Workspace::replaceSnapshot(const Snapshot &snapshot, QString *error)
{
    QString problem;
    if (!writeSnapshot(QSqlDatabase::database(m_connection), snapshot, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    m_snapshot = snapshot;
    m_snapshot.exists = true;
    invalidateView();
    Q_EMIT changed();
    return true;
}

void Workspace::replaceSnapshotInBackground(Snapshot snapshot, QObject *context,
                                            std::function<void(bool, QString)> done)
{
    snapshot.exists = true;
    struct Outcome
    {
        Snapshot snapshot;
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    outcome->snapshot = std::move(snapshot);
    const QString path = m_path;
    QThread *worker = QThread::create([outcome, path] {
        const QString name = QStringLiteral("snapshot-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = openConnection(name, path, &outcome->error);
            outcome->ok =
                outcome->error.isEmpty() && writeSnapshot(db, outcome->snapshot, &outcome->error);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    // Queued to this thread, and dropped if the workspace or the context is gone by then.
    QPointer<QObject> guard(context);
    connect(worker, &QThread::finished, this, [this, outcome, guard, context, done] {
        if (outcome->ok) {
            m_snapshot = std::move(outcome->snapshot);
            invalidateView();
            Q_EMIT changed();
        }
        if (guard || !context)
            done(outcome->ok, outcome->error);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

bool Workspace::putModel(const SelfHostedModel &model)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO snapshot_models (id, position, json) VALUES (?, "
                             "(SELECT COALESCE(MAX(position), 0) + 1 FROM snapshot_models), ?) "
                             "ON CONFLICT(id) DO UPDATE SET json = excluded.json"));
    q.addBindValue(model.id);
    q.addBindValue(toText(model.toJson()));
    if (!q.exec())
        return false;
    invalidateView();
    for (SelfHostedModel &existing : m_snapshot.models) {
        if (existing.id == model.id) {
            existing = model;
            return true;
        }
    }
    m_snapshot.models << model;
    return true;
}

bool Workspace::removeModel(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM snapshot_models WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return false;
    invalidateView();
    m_snapshot.models.removeIf([&](const SelfHostedModel &m) { return m.id == id; });
    // GitLab cascades the delete to the feature settings that used the model.
    for (FeatureSetting &setting : m_snapshot.features) {
        if (setting.modelId == id) {
            setting.modelId.clear();
            setting.provider = QStringLiteral("DISABLED");
            putFeature(setting);
        }
    }
    return true;
}

bool Workspace::putFeature(const FeatureSetting &setting)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO snapshot_features (feature, position, json) VALUES (?, "
                             "(SELECT COALESCE(MAX(position), 0) + 1 FROM snapshot_features), ?) "
                             "ON CONFLICT(feature) DO UPDATE SET json = excluded.json"));
    q.addBindValue(setting.feature);
    q.addBindValue(toText(setting.toJson()));
    if (!q.exec())
        return false;
    for (FeatureSetting &existing : m_snapshot.features) {
        if (existing.feature == setting.feature) {
            existing = setting;
            return true;
        }
    }
    m_snapshot.features << setting;
    return true;
}

void Workspace::setApiShape(const ApiShape &shape)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO snapshot_meta (key, value) VALUES ('api_shape', ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(toText(shape.toJson()));
    if (q.exec())
        m_shape = shape;
}

bool Workspace::putDuoSettings(const DuoSettings &settings)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO snapshot_meta (key, value) VALUES ('duo', ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(toText(settings.toJson()));
    if (!q.exec())
        return false;
    m_snapshot.duo = settings;
    return true;
}

// ---------------------------------------------------------------- changes

QList<Change> Workspace::changes() const
{
    return m_changes;
}

std::optional<Change> Workspace::change(const QString &id) const
{
    for (const Change &c : m_changes) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

std::optional<Change> Workspace::pendingFor(Change::Kind kind, const QString &target) const
{
    for (const Change &c : m_changes) {
        if (c.kind == kind && c.target == target)
            return c;
    }
    return std::nullopt;
}

bool Workspace::writeChange(const Change &c)
{
    if (!m_writeChange) {
        m_writeChange.emplace(QSqlDatabase::database(m_connection));
        m_writeChange->prepare(QStringLiteral(
            "INSERT OR REPLACE INTO changes (id, sequence, kind, target, values_json, base_json, "
            "status, error, conflict_fields, created_at, sent_at, created_id, sent_values) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &q = *m_writeChange;
    q.addBindValue(c.id);
    q.addBindValue(c.sequence);
    q.addBindValue(Change::kindName(c.kind));
    q.addBindValue(c.target);
    q.addBindValue(toText(c.values));
    q.addBindValue(toText(c.base));
    q.addBindValue(Change::statusName(c.status));
    q.addBindValue(c.error);
    q.addBindValue(c.conflictFields.join(QLatin1Char(',')));
    q.addBindValue(c.createdAt.toString(Qt::ISODateWithMs));
    q.addBindValue(c.sentAt.isValid() ? c.sentAt.toString(Qt::ISODateWithMs) : QString());
    q.addBindValue(c.createdId);
    q.addBindValue(c.sentValues.isEmpty() ? QString() : toText(c.sentValues));
    if (q.exec())
        return true;
    qCWarning(lcStore) << "cannot write change" << c.id << q.lastError().text();
    return false;
}

bool Workspace::deleteChange(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM changes WHERE id = ?"));
    q.addBindValue(id);
    return q.exec();
}

bool Workspace::update(const Change &change)
{
    if (!writeChange(change))
        return false;
    invalidateView();
    for (Change &c : m_changes) {
        if (c.id == change.id)
            c = change;
    }
    if (change.status == Change::Status::Pushed)
        m_changes.removeIf([&](const Change &c) { return c.id == change.id; });
    Q_EMIT changed();
    return true;
}

bool Workspace::discard(const QStringList &ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    for (const QString &id : ids) {
        if (!deleteChange(id)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit())
        return false;
    m_changes.removeIf([&](const Change &c) { return ids.contains(c.id); });
    invalidateView();
    Q_EMIT changed();
    return true;
}

bool Workspace::markSent(const QStringList &changeIds, const QDateTime &when)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE changes SET sent_at = ?, sent_values = ? WHERE id = ?"));
    for (const Change &c : std::as_const(m_changes)) {
        if (!changeIds.contains(c.id))
            continue;
        q.addBindValue(when.isValid() ? when.toString(Qt::ISODateWithMs) : QString());
        q.addBindValue(when.isValid() ? toText(c.values) : QString());
        q.addBindValue(c.id);
        if (!q.exec()) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit())
        return false;
    for (Change &c : m_changes) {
        if (changeIds.contains(c.id)) {
            c.sentAt = when;
            c.sentValues = when.isValid() ? c.values : QJsonObject();
        }
    }
    return true;
}

bool Workspace::resolveConflict(const QString &changeId, const QString &field, bool keepMine)
{
    const auto c = change(changeId);
    // A draft whose name was taken meanwhile is renamed or discarded, not settled by field.
    if (!c || c->status != Change::Status::Conflict || !c->conflictFields.contains(field) ||
        c->kind == Change::Kind::CreateModel)
        return false;
    QJsonValue serverValue;
    if (c->kind == Change::Kind::UpdateModel) {
        if (const SelfHostedModel *m = m_snapshot.model(c->target))
            serverValue = m->editableFields().value(field);
    } else if (c->kind == Change::Kind::SetFeatures) {
        if (const FeatureSetting *f = m_snapshot.feature(field))
            serverValue = f->assignment();
    } else if (c->kind == Change::Kind::UpdateDuoSettings && m_snapshot.duo) {
        serverValue = m_snapshot.duo->toJson().value(field);
    }
    const Change resolved = keepMine ? ThreeWayMerge::keepMine(*c, field, serverValue)
                                     : ThreeWayMerge::takeServers(*c, field);
    const bool nothingLeft = resolved.kind == Change::Kind::SetFeatures
                                 ? resolved.features().isEmpty()
                                 : resolved.values.isEmpty();
    return nothingLeft ? discard({resolved.id}) : update(resolved);
}

bool Workspace::resolveCreated(const QString &changeId, const QString &globalId)
{
    const auto create = change(changeId);
    if (!create)
        return false;
    const QString localId = create->target;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QList<Change> rewritten;
    for (Change c : m_changes) {
        bool touched = false;
        if (c.id == changeId) {
            c.status = Change::Status::Pushed;
            c.createdId = globalId;
            c.sentAt = {};
            c.sentValues = {};
            c.error.clear();
            touched = true;
        } else {
            if (c.target == localId) {
                c.target = globalId;
                touched = true;
            }
            for (const char *key : {"modelId", "reassignTo"}) {
                for (QJsonObject *values : {&c.values, &c.sentValues}) {
                    if (values->value(QLatin1String(key)).toString() == localId) {
                        values->insert(QLatin1String(key), globalId);
                        touched = true;
                    }
                }
            }
        }
        if (touched) {
            if (!writeChange(c)) {
                db.rollback();
                return false;
            }
            rewritten << c;
        }
    }
    if (!db.commit())
        return false;
    for (const Change &c : std::as_const(rewritten)) {
        for (Change &existing : m_changes) {
            if (existing.id == c.id)
                existing = c;
        }
    }
    m_changes.removeIf([](const Change &c) { return c.status == Change::Status::Pushed; });
    invalidateView();
    Q_EMIT changed();
    return true;
}

QJsonObject Workspace::serverFields(const QString &modelId) const
{
    const SelfHostedModel *model = m_snapshot.model(modelId);
    return model ? model->editableFields() : QJsonObject();
}

std::optional<Change> Workspace::record(Change::Kind kind, const QString &target,
                                        QJsonObject values, QString *error)
{
    const ModelView &view = modelView();
    auto findModel = [&](const QString &id) -> const EffectiveModel * {
        const auto it = view.byId.constFind(id);
        return it == view.byId.constEnd() ? nullptr : &view.models[*it];
    };
    auto fail = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    // What GitLab would refuse (or answer with HTTP 500) is refused here, before it is queued.
    auto checkModelFields = [&](const QJsonObject &fields, const QString &selfId) -> QString {
        if (fields.contains(QLatin1String("name"))) {
            const QString name = fields.value(QLatin1String("name")).toString().trimmed();
            if (name.isEmpty())
                return tr("A self-hosted model needs a deployment name.");
            if (name.size() > 255)
                return tr("The deployment name is longer than 255 characters.");
            const auto same = view.byName.constFind(name);
            if (same != view.byName.constEnd() && view.models[*same].model.id != selfId)
                return tr("A model named '%1' already exists. Please enter a unique "
                          "deployment name.")
                    .arg(name);
        }
        if (fields.contains(QLatin1String("endpoint"))) {
            const QString endpoint = fields.value(QLatin1String("endpoint")).toString().trimmed();
            if (!validUrl(endpoint))
                return tr("The endpoint must be an http:// or https:// URL, such as "
                          "https://models.example.com:8000/v1.");
            if (endpoint.size() > 2048)
                return tr("The endpoint is longer than 2048 characters.");
        }
        if (fields.contains(QLatin1String("identifier")) &&
            fields.value(QLatin1String("identifier")).toString().size() > 255)
            return tr("The model identifier is longer than 255 characters.");
        if (fields.contains(QLatin1String("family")) &&
            fields.value(QLatin1String("family")).toString().isEmpty())
            return tr("Choose a model family.");
        return {};
    };

    Change change;
    change.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    change.kind = kind;
    change.target = target;
    change.createdAt = QDateTime::currentDateTimeUtc();
    QStringList dropped; // earlier changes this one replaces
    std::optional<Change> folded;

    switch (kind) {
    case Change::Kind::CreateModel: {
        for (const char *key : {"name", "family", "endpoint"}) {
            if (!values.contains(QLatin1String(key)))
                values.insert(QLatin1String(key), QString());
        }
        if (const QString problem = checkModelFields(values, {}); !problem.isEmpty())
            return fail(problem);
        change.target =
            QStringLiteral("local:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        change.values = values;
        break;
    }
    case Change::Kind::UpdateModel: {
        const EffectiveModel *model = findModel(target);
        if (!model)
            return fail(tr("There is no model '%1'.").arg(target));
        if (const QString problem = checkModelFields(values, target); !problem.isEmpty())
            return fail(problem);
        if (SelfHostedModel::isLocalId(target)) {
            folded = pendingFor(Change::Kind::CreateModel, target);
            if (!folded)
                return fail(tr("There is no model '%1'.").arg(target));
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                folded->values.insert(it.key(), it.value());
            change = *folded;
            break;
        }
        const QJsonObject server = serverFields(target);
        if (auto earlier = pendingFor(Change::Kind::UpdateModel, target)) {
            change = *earlier;
            folded = earlier;
        }
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (!change.base.contains(it.key()) && it.key() != QLatin1String("apiKey"))
                change.base.insert(it.key(), server.value(it.key()));
            change.values.insert(it.key(), it.value());
        }
        // Fields set back to the server's value are no change at all.
        for (const QString &key : change.values.keys()) {
            if (key != QLatin1String("apiKey") && change.base.contains(key) &&
                change.base.value(key) == change.values.value(key)) {
                change.values.remove(key);
                change.base.remove(key);
            }
        }
        if (change.values.isEmpty()) {
            if (folded)
                discard({folded->id});
            *error = QString();
            return std::nullopt;
        }
        break;
    }
    case Change::Kind::DeleteModel: {
        const EffectiveModel *model = findModel(target);
        if (!model)
            return fail(tr("There is no model '%1'.").arg(target));
        const QStringList dependents = featuresServedBy(target);
        const QString reassignTo = values.value(QLatin1String("reassignTo")).toString();
        if (!reassignTo.isEmpty()) {
            const EffectiveModel *other = findModel(reassignTo);
            if (!other || reassignTo == target)
                return fail(tr("Choose another existing model to take over the features."));
            for (const FeatureSetting &setting : effectiveFeatures()) {
                if (dependents.contains(setting.feature) && !setting.compatibleFamilies.isEmpty() &&
                    !setting.compatibleFamilies.contains(other->model.family))
                    return fail(tr("%1 cannot serve %2: its family is not compatible with that "
                                   "feature.")
                                    .arg(other->model.name, setting.title.isEmpty()
                                                                ? setting.feature
                                                                : setting.title));
            }
        } else if (!dependents.isEmpty() &&
                   !values.value(QLatin1String("disableFeatures")).toBool()) {
            return fail(tr("%1 still serves %2. Choose a model to take these features over, or "
                           "disable them.")
                            .arg(model->model.name, dependents.join(QLatin1String(", "))));
        }
        const QString deletedName = model->model.name; // `model` dies with the next update()
        // Pending assignments to this model follow the choice made here, as the server's do.
        QList<Change> moved;
        for (const Change &c : std::as_const(m_changes)) {
            if (c.kind != Change::Kind::SetFeatures ||
                c.values.value(QLatin1String("modelId")).toString() != target)
                continue;
            Change m = c;
            if (reassignTo.isEmpty()) {
                m.values.insert(QStringLiteral("provider"), QStringLiteral("DISABLED"));
                m.values.insert(QStringLiteral("modelId"), QString());
            } else {
                m.values.insert(QStringLiteral("modelId"), reassignTo);
            }
            moved << m;
        }
        for (const Change &m : std::as_const(moved))
            update(m);
        if (SelfHostedModel::isLocalId(target)) {
            // A draft never reached GitLab: deleting it discards it.
            for (const Change &c : std::as_const(m_changes)) {
                if (c.target == target)
                    dropped << c.id;
            }
            discard(dropped);
            *error = QString();
            return std::nullopt;
        }
        change.base = serverFields(target);
        change.values.insert(QStringLiteral("name"), deletedName);
        for (const char *key : {"reassignTo", "disableFeatures"}) {
            if (values.contains(QLatin1String(key)))
                change.values.insert(QLatin1String(key), values.value(QLatin1String(key)));
        }
        if (auto earlier = pendingFor(Change::Kind::UpdateModel, target))
            dropped << earlier->id;
        break;
    }
    case Change::Kind::SetFeatures: {
        const QString provider = values.value(QLatin1String("provider")).toString();
        const QString modelId = values.value(QLatin1String("modelId")).toString();
        static const QStringList providers = {
            QStringLiteral("DISABLED"), QStringLiteral("VENDORED"), QStringLiteral("SELF_HOSTED"),
            QStringLiteral("UNASSIGNED")};
        if (!providers.contains(provider))
            return fail(tr("The provider must be DISABLED, VENDORED or SELF_HOSTED."));
        const EffectiveModel *model = nullptr;
        if (provider == QLatin1String("SELF_HOSTED")) {
            model = findModel(modelId);
            if (!model)
                return fail(tr("Choose an existing self-hosted model for these features."));
        } else {
            values.insert(QStringLiteral("modelId"), QString());
        }
        QStringList features;
        for (const auto &feature : values.value(QLatin1String("features")).toArray())
            features << feature.toString();
        features.removeDuplicates();
        if (features.isEmpty())
            return fail(tr("At least one feature is required."));
        const QList<FeatureSetting> effective = effectiveFeatures();
        for (const QString &feature : std::as_const(features)) {
            const auto it =
                std::find_if(effective.cbegin(), effective.cend(),
                             [&](const FeatureSetting &s) { return s.feature == feature; });
            if (m_snapshot.exists && it == effective.cend())
                return fail(tr("This instance has no feature %1.").arg(feature));
            if (model && it != effective.cend() && !it->compatibleFamilies.isEmpty() &&
                !it->compatibleFamilies.contains(model->model.family))
                return fail(
                    tr("%1 is incompatible with the %2 feature.")
                        .arg(model->model.family, it->title.isEmpty() ? feature : it->title));
            const FeatureSetting *server = m_snapshot.feature(feature);
            change.base.insert(feature, server
                                            ? server->assignment()
                                            : QJsonObject{{QStringLiteral("provider"), QString()},
                                                          {QStringLiteral("modelId"), QString()}});
        }
        // These features leave any earlier pending assignment.
        for (const Change &c : std::as_const(m_changes)) {
            if (c.kind != Change::Kind::SetFeatures)
                continue;
            QStringList rest = c.features();
            rest.removeIf([&](const QString &f) { return features.contains(f); });
            if (rest.size() == c.features().size())
                continue;
            if (rest.isEmpty()) {
                dropped << c.id;
                continue;
            }
            Change narrowed = c;
            narrowed.values.insert(QStringLiteral("features"), QJsonArray::fromStringList(rest));
            narrowed.target = rest.join(QLatin1Char(','));
            for (const QString &f : features)
                narrowed.base.remove(f);
            update(narrowed);
        }
        // Features whose server assignment already is this one need no change.
        const QJsonObject wanted{
            {QStringLiteral("provider"), provider},
            {QStringLiteral("modelId"), values.value(QLatin1String("modelId"))}};
        features.removeIf([&](const QString &f) {
            const FeatureSetting *server = m_snapshot.feature(f);
            if (server && server->assignment() == wanted) {
                change.base.remove(f);
                return true;
            }
            return false;
        });
        discard(dropped);
        dropped.clear();
        if (features.isEmpty()) {
            *error = QString();
            return std::nullopt;
        }
        values.insert(QStringLiteral("features"), QJsonArray::fromStringList(features));
        change.values = values;
        change.target = features.join(QLatin1Char(','));
        break;
    }
    case Change::Kind::UpdateDuoSettings: {
        change.target = QStringLiteral("duo");
        const QJsonObject server = m_snapshot.duo ? m_snapshot.duo->toJson() : QJsonObject();
        if (values.contains(QLatin1String("aiGatewayTimeoutSeconds"))) {
            const int seconds = values.value(QLatin1String("aiGatewayTimeoutSeconds")).toInt();
            if (seconds < 60 || seconds > 600)
                return fail(tr("The AI gateway timeout must be between 60 and 600 seconds."));
        }
        if (values.contains(QLatin1String("aiGatewayUrl"))) {
            const QString url = values.value(QLatin1String("aiGatewayUrl")).toString();
            if (!url.isEmpty() && !validUrl(url))
                return fail(tr("The AI gateway URL must be an http:// or https:// URL."));
        }
        if (auto earlier = pendingFor(Change::Kind::UpdateDuoSettings, change.target)) {
            change = *earlier;
            folded = earlier;
        }
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (!change.base.contains(it.key()))
                change.base.insert(it.key(), server.value(it.key()));
            change.values.insert(it.key(), it.value());
        }
        break;
    }
    }

    if (!folded)
        change.sequence = m_nextSequence++;
    change.status = Change::Status::Pending;
    change.error.clear();
    change.conflictFields.clear();
    if (!writeChange(change)) {
        *error = tr("The change could not be saved in the local workspace.");
        return std::nullopt;
    }
    if (folded) {
        for (Change &c : m_changes) {
            if (c.id == change.id)
                c = change;
        }
    } else {
        m_changes << change;
    }
    if (!dropped.isEmpty())
        discard(dropped);
    if (kind == Change::Kind::CreateModel && m_view) {
        SelfHostedModel model;
        model.id = change.target;
        model.applyFields(change.values);
        model.hasApiKey = change.hasApiKey();
        m_view->byId.insert(model.id, m_view->models.size());
        m_view->byName.insert(model.name, m_view->models.size());
        m_view->models.append({model, true, false});
    } else {
        invalidateView();
    }
    Q_EMIT changed();
    return change;
}

// ---------------------------------------------------------------- effective view

QList<EffectiveModel> Workspace::effectiveModels() const
{
    return modelView().models;
}

const Workspace::ModelView &Workspace::modelView() const
{
    if (m_view)
        return *m_view;
    QList<EffectiveModel> models;
    models.reserve(m_snapshot.models.size());
    QHash<QString, qsizetype> index;
    for (const SelfHostedModel &model : m_snapshot.models) {
        index.insert(model.id, models.size());
        models.append({model, false, false});
    }
    for (const Change &c : m_changes) {
        switch (c.kind) {
        case Change::Kind::CreateModel: {
            SelfHostedModel model;
            model.id = c.target;
            model.applyFields(c.values);
            model.hasApiKey = c.hasApiKey();
            index.insert(model.id, models.size());
            models.append({model, true, false});
            break;
        }
        case Change::Kind::UpdateModel:
            if (const auto it = index.constFind(c.target); it != index.constEnd()) {
                EffectiveModel &m = models[*it];
                m.model.applyFields(c.values);
                m.model.hasApiKey = m.model.hasApiKey || c.hasApiKey();
                m.pending = true;
            }
            break;
        case Change::Kind::DeleteModel:
            if (const auto it = index.constFind(c.target); it != index.constEnd())
                models[*it].pendingDelete = true;
            break;
        default:
            break;
        }
    }
    models.removeIf([](const EffectiveModel &m) { return m.pendingDelete; });
    ModelView view;
    for (qsizetype i = 0; i < models.size(); ++i) {
        view.byId.insert(models[i].model.id, i);
        view.byName.insert(models[i].model.name, i);
    }
    view.models = std::move(models);
    m_view = std::move(view);
    return *m_view;
}

QList<FeatureSetting> Workspace::effectiveFeatures() const
{
    QList<FeatureSetting> features = m_snapshot.features;
    auto assign = [&](const QString &feature, const QString &provider, const QString &modelId) {
        for (FeatureSetting &setting : features) {
            if (setting.feature == feature) {
                setting.provider = provider;
                setting.modelId = modelId;
                return;
            }
        }
        FeatureSetting added;
        added.feature = feature;
        added.provider = provider;
        added.modelId = modelId;
        features << added;
    };
    for (const Change &c : m_changes) {
        if (c.kind == Change::Kind::SetFeatures) {
            for (const QString &feature : c.features())
                assign(feature, c.values.value(QLatin1String("provider")).toString(),
                       c.values.value(QLatin1String("modelId")).toString());
        } else if (c.kind == Change::Kind::DeleteModel) {
            const QString reassignTo = c.values.value(QLatin1String("reassignTo")).toString();
            for (FeatureSetting &setting : features) {
                if (setting.modelId != c.target)
                    continue;
                setting.provider = reassignTo.isEmpty() ? QStringLiteral("DISABLED")
                                                        : QStringLiteral("SELF_HOSTED");
                setting.modelId = reassignTo;
            }
        }
    }
    return features;
}

std::optional<DuoSettings> Workspace::effectiveDuoSettings() const
{
    std::optional<DuoSettings> settings = m_snapshot.duo;
    for (const Change &c : m_changes) {
        if (c.kind != Change::Kind::UpdateDuoSettings)
            continue;
        QJsonObject json = settings ? settings->toJson() : QJsonObject();
        for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it)
            json.insert(it.key(), it.value());
        settings = DuoSettings::fromJson(json);
    }
    return settings;
}

QStringList Workspace::featuresServedBy(const QString &modelId) const
{
    QStringList features;
    for (const FeatureSetting &setting : effectiveFeatures()) {
        if (setting.provider == QLatin1String("SELF_HOSTED") && setting.modelId == modelId)
            features << setting.feature;
    }
    return features;
}

// ---------------------------------------------------------------- push history

qint64 Workspace::beginPush()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO pushes (started_at) VALUES (?)"));
    q.addBindValue(now());
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

void Workspace::finishPush(qint64 id, const QJsonObject &summary)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE pushes SET finished_at = ?, summary = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(toText(summary));
    q.addBindValue(id);
    q.exec();
    Q_EMIT changed();
}

QList<PushRecord> Workspace::pushHistory(int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, started_at, finished_at, summary FROM pushes "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    QList<PushRecord> records;
    while (q.next())
        records.append({q.value(0).toLongLong(),
                        QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                        toObject(q.value(3).toString())});
    return records;
}
