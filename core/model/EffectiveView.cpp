#include "EffectiveView.h"

#include <QSet>

namespace {
// Drafts come after every server model, in recording order.
constexpr qint64 draftOrderBase = qint64(1) << 40;
} // namespace

void EffectiveView::resetPartial(const WorkspaceState &state, ServerModelLookup lookup)
{
    reset(state);
    m_complete = false;
    m_lookup = std::move(lookup);
    // Rows for the models the changes touch; the others come when asked for.
    ViewChanges ignored;
    for (const Change &change : state.changes) {
        if (change.isModelChange())
            recomputeRow(change.target, ignored);
    }
}

void EffectiveView::reset(const WorkspaceState &state)
{
    *this = EffectiveView();
    m_snapshotExists = state.snapshot.exists;
    m_takenAt = state.snapshot.takenAt;
    m_featuresHidden = state.snapshot.featuresHidden;
    m_gitlabVersion = state.snapshot.gitlabVersion;
    m_server.reserve(state.snapshot.models.size());
    for (qsizetype i = 0; i < state.snapshot.models.size(); ++i) {
        const SelfHostedModel &model = state.snapshot.models[i];
        m_server.insert(model.id, model);
        m_serverOrder.insert(model.id, i);
        m_serverByName.insert(model.name, model.id);
    }
    for (const FeatureSetting &setting : state.snapshot.features)
        putServerFeature(setting);
    m_serverDuo = state.snapshot.duo;
    for (const Change &change : state.changes)
        m_changes.put(change);
    m_rows.reserve(m_server.size());
    ViewChanges ignored;
    for (auto it = m_server.constBegin(); it != m_server.constEnd(); ++it)
        recomputeRow(it.key(), ignored);
    for (const Change &change : state.changes) {
        if (change.kind == Change::Kind::CreateModel)
            recomputeRow(change.target, ignored);
    }
}

ViewChanges EffectiveView::apply(const WorkspaceDelta &delta)
{
    ViewChanges changes;
    if (delta.reset) {
        if (delta.reset->complete)
            reset(*delta.reset);
        else
            resetPartial(*delta.reset, m_lookup);
        changes.reset = true;
        return changes;
    }
    QSet<QString> touched;
    const ServerFacts &server = delta.server;
    for (const SelfHostedModel &model : server.modelsPut) {
        putServerModel(model);
        touched.insert(model.id);
    }
    for (const QString &id : server.modelsRemoved) {
        removeServerModel(id);
        touched.insert(id);
    }
    if (server.features) {
        m_serverFeatures.clear();
        m_serverFeatureIndex.clear();
        for (const FeatureSetting &setting : *server.features)
            putServerFeature(setting);
    }
    for (const FeatureSetting &setting : server.featuresPut)
        putServerFeature(setting);
    changes.featuresChanged = server.features || !server.featuresPut.isEmpty();
    if (server.features)
        m_featuresHidden = false;
    if (server.duo) {
        m_serverDuo = server.duo;
        changes.duoChanged = true;
    }
    if (server.takenAt) {
        m_takenAt = *server.takenAt;
        m_snapshotExists = true;
        changes.snapshotChanged = true;
    }
    changes.snapshotChanged =
        changes.snapshotChanged || !server.modelsPut.isEmpty() || !server.modelsRemoved.isEmpty();

    for (const QString &id : delta.changesRemoved) {
        if (const Change *old = m_changes.change(id)) {
            touchedBy(*old, touched, changes);
            m_changes.remove(id);
        }
    }
    for (const Change &change : delta.changesPut) {
        if (const Change *old = m_changes.change(change.id))
            touchedBy(*old, touched, changes);
        m_changes.put(change);
        touchedBy(change, touched, changes);
    }
    for (const QString &id : std::as_const(touched))
        recomputeRow(id, changes);
    return changes;
}

// ---------------------------------------------------------------- server state

void EffectiveView::putServerModel(const SelfHostedModel &model) const
{
    if (const auto it = m_server.constFind(model.id); it != m_server.constEnd())
        m_serverByName.remove(it->name, model.id);
    else
        m_serverOrder.insert(model.id, --m_firstOrder); // the newest comes first
    m_server.insert(model.id, model);
    m_serverByName.insert(model.name, model.id);
}

void EffectiveView::removeServerModel(const QString &id)
{
    const auto it = m_server.constFind(id);
    if (it == m_server.constEnd())
        return;
    m_serverByName.remove(it->name, id);
    m_server.erase(it);
    m_serverOrder.remove(id);
}

void EffectiveView::putServerFeature(const FeatureSetting &setting)
{
    if (const auto it = m_serverFeatureIndex.constFind(setting.feature);
        it != m_serverFeatureIndex.constEnd()) {
        m_serverFeatures[*it] = setting;
        return;
    }
    m_serverFeatureIndex.insert(setting.feature, m_serverFeatures.size());
    m_serverFeatures << setting;
}

const SelfHostedModel *EffectiveView::fetched(std::optional<SelfHostedModel> model) const
{
    if (!model)
        return nullptr;
    putServerModel(*model);
    return &*m_server.constFind(model->id);
}

const SelfHostedModel *EffectiveView::serverModel(const QString &id) const
{
    const auto it = m_server.constFind(id);
    if (it != m_server.constEnd())
        return &*it;
    if (m_complete || !m_lookup.byId || SelfHostedModel::isLocalId(id))
        return nullptr;
    return fetched(m_lookup.byId(id));
}

const SelfHostedModel *EffectiveView::serverModelNamed(const QString &name) const
{
    const auto it = m_serverByName.constFind(name);
    if (it != m_serverByName.constEnd())
        return serverModel(*it);
    if (m_complete || !m_lookup.byName)
        return nullptr;
    return fetched(m_lookup.byName(name));
}

qsizetype EffectiveView::serverModelCount() const
{
    return m_complete || !m_lookup.count ? m_server.size() : m_lookup.count();
}

const FeatureSetting *EffectiveView::serverFeature(const QString &feature) const
{
    const auto it = m_serverFeatureIndex.constFind(feature);
    return it == m_serverFeatureIndex.constEnd() ? nullptr : &m_serverFeatures[*it];
}

Snapshot EffectiveView::snapshot() const
{
    Snapshot snapshot;
    snapshot.exists = m_snapshotExists;
    snapshot.takenAt = m_takenAt;
    snapshot.models = m_server.values();
    std::sort(snapshot.models.begin(), snapshot.models.end(), [this](const auto &a, const auto &b) {
        return m_serverOrder.value(a.id) < m_serverOrder.value(b.id);
    });
    snapshot.features = m_serverFeatures;
    snapshot.featuresHidden = m_featuresHidden;
    snapshot.duo = m_serverDuo;
    snapshot.gitlabVersion = m_gitlabVersion;
    return snapshot;
}

// ---------------------------------------------------------------- changes

void EffectiveView::touchedBy(const Change &change, QSet<QString> &models,
                              ViewChanges &changes) const
{
    changes.changesChanged = true;
    switch (change.kind) {
    case Change::Kind::CreateModel:
    case Change::Kind::UpdateModel:
        models.insert(change.target);
        break;
    case Change::Kind::DeleteModel:
        models.insert(change.target);
        changes.featuresChanged = true;
        break;
    case Change::Kind::SetFeatures:
    case Change::Kind::SetAllowlist:
        changes.featuresChanged = true;
        break;
    case Change::Kind::UpdateDuoSettings:
        changes.duoChanged = true;
        break;
    }
}

// ---------------------------------------------------------------- the effective view

std::optional<EffectiveModel> EffectiveView::computeRow(const QString &id) const
{
    std::optional<EffectiveModel> row;
    if (const SelfHostedModel *server = serverModel(id)) {
        row.emplace();
        row->model = *server;
        row->order = m_serverOrder.value(id);
        if (const Change *update = pendingFor(Change::Kind::UpdateModel, id)) {
            row->model.applyFields(update->values);
            row->model.hasApiKey = row->model.hasApiKey || update->hasApiKey();
            row->pending = PendingState::Edited;
            row->changeId = update->id;
            row->changeStatus = update->status;
        }
    } else if (const Change *create = pendingFor(Change::Kind::CreateModel, id)) {
        row.emplace();
        row->model.id = id;
        row->model.applyFields(create->values);
        row->model.hasApiKey = create->hasApiKey();
        row->pending = PendingState::New;
        row->changeId = create->id;
        row->changeStatus = create->status;
        row->order = draftOrderBase + create->sequence;
    }
    if (row) {
        if (const Change *deletion = pendingFor(Change::Kind::DeleteModel, id)) {
            row->pending = PendingState::Deleted;
            row->changeId = deletion->id;
            row->changeStatus = deletion->status;
        }
    }
    return row;
}

void EffectiveView::setRow(const QString &id, std::optional<EffectiveModel> row) const
{
    if (const auto it = m_rows.constFind(id); it != m_rows.constEnd() && !it->isDeleted())
        m_rowsByName.remove(it->model.name, id);
    if (!row) {
        m_rows.remove(id);
        return;
    }
    if (!row->isDeleted())
        m_rowsByName.insert(row->model.name, id);
    m_rows.insert(id, std::move(*row));
}

void EffectiveView::recomputeRow(const QString &id, ViewChanges &changes)
{
    std::optional<EffectiveModel> row = computeRow(id);
    const auto it = m_rows.constFind(id);
    const bool existed = it != m_rows.constEnd();
    if (existed && row && *it == *row)
        return;
    if (!existed && !row)
        return;
    if (!existed)
        changes.modelsAdded << id;
    else if (!row)
        changes.modelsRemoved << id;
    else
        changes.modelsChanged << id;
    setRow(id, std::move(row));
}

const EffectiveModel *EffectiveView::model(const QString &id) const
{
    const auto it = m_rows.constFind(id);
    if (it != m_rows.constEnd())
        return &*it;
    if (m_complete)
        return nullptr;
    // A partial view makes the row of a model it was not given when first asked for it.
    std::optional<EffectiveModel> row = computeRow(id);
    if (!row)
        return nullptr;
    setRow(id, std::move(row));
    return &*m_rows.constFind(id);
}

const EffectiveModel *EffectiveView::liveModel(const QString &id) const
{
    const EffectiveModel *row = model(id);
    return row && !row->isDeleted() ? row : nullptr;
}

const EffectiveModel *EffectiveView::modelNamed(const QString &name) const
{
    const auto it = m_rowsByName.constFind(name);
    if (it != m_rowsByName.constEnd())
        return model(*it);
    if (m_complete)
        return nullptr;
    // The server's model of that name, unless a change renamed or deletes it.
    const SelfHostedModel *server = serverModelNamed(name);
    const EffectiveModel *row = server ? model(server->id) : nullptr;
    return row && !row->isDeleted() && row->model.name == name ? row : nullptr;
}

QList<EffectiveModel> EffectiveView::models(bool withDeleted) const
{
    QList<EffectiveModel> list;
    list.reserve(m_rows.size());
    for (const EffectiveModel &row : m_rows) {
        if (withDeleted || !row.isDeleted())
            list << row;
    }
    std::sort(list.begin(), list.end(),
              [](const EffectiveModel &a, const EffectiveModel &b) { return a.order < b.order; });
    return list;
}

QList<FeatureSetting> EffectiveView::features() const
{
    QList<FeatureSetting> list = m_serverFeatures;
    for (FeatureSetting &setting : list) {
        if (const Change *c = pendingFor(Change::Kind::SetAllowlist, setting.feature))
            setting.allowList = setting.allowListWith(c->values);
        if (const Change *c = featureChange(setting.feature)) {
            setting.provider = c->values.value(QLatin1String("provider")).toString();
            setting.modelId = c->values.value(QLatin1String("modelId")).toString();
            setting.modelRef = c->values.value(QLatin1String("modelRef")).toString();
        } else if (setting.provider == FeatureSetting::selfHosted) {
            // GitLab would cascade a delete: the change says where these features go instead.
            if (const Change *deletion = pendingFor(Change::Kind::DeleteModel, setting.modelId)) {
                const QString successor =
                    deletion->values.value(QLatin1String("reassignTo")).toString();
                setting.provider =
                    successor.isEmpty() ? FeatureSetting::disabled : FeatureSetting::selfHosted;
                setting.modelId = successor;
            }
        }
    }
    // Assignments drafted before the instance was first read.
    for (const QString &feature : m_changes.coveredFeatures()) {
        if (m_serverFeatureIndex.contains(feature))
            continue;
        const Change *c = m_changes.featureChange(feature);
        FeatureSetting added;
        added.feature = feature;
        added.provider = c->values.value(QLatin1String("provider")).toString();
        added.modelId = c->values.value(QLatin1String("modelId")).toString();
        added.modelRef = c->values.value(QLatin1String("modelRef")).toString();
        list << added;
    }
    return list;
}

std::optional<FeatureSetting> EffectiveView::feature(const QString &feature) const
{
    for (const FeatureSetting &setting : features()) {
        if (setting.feature == feature)
            return setting;
    }
    return std::nullopt;
}

QStringList EffectiveView::featuresServedBy(const QString &modelId) const
{
    QStringList list;
    for (const FeatureSetting &setting : features()) {
        if (setting.provider == FeatureSetting::selfHosted && setting.modelId == modelId)
            list << setting.feature;
    }
    return list;
}

std::optional<DuoSettings> EffectiveView::duo() const
{
    std::optional<DuoSettings> settings = m_serverDuo;
    if (const Change *c = pendingFor(Change::Kind::UpdateDuoSettings, QStringLiteral("duo"))) {
        QJsonObject fields = settings ? settings->fields : QJsonObject();
        for (auto it = c->values.constBegin(); it != c->values.constEnd(); ++it)
            fields.insert(it.key(), it.value());
        settings = DuoSettings{fields};
    }
    return settings;
}
