#include "ChangesTreeModel.h"

#include "base/SafeText.h"
#include "model/EffectiveView.h"
#include "model/GitLabMessages.h"

#include <QJsonArray>

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? ChangesTreeModel::tr("yes") : ChangesTreeModel::tr("no");
    if (value.isDouble())
        return QString::number(value.toInt());
    if (value.isArray()) {
        QStringList items;
        for (const auto &item : value.toArray())
            items << item.toString();
        return items.isEmpty() ? ChangesTreeModel::tr("(none)")
                               : SafeText::forDisplay(items.join(QLatin1String(", ")));
    }
    const QString text = value.toString();
    return text.isEmpty() ? ChangesTreeModel::tr("(empty)") : text;
}

// GitLab's refusal of a model, one message a line rather than joined with commas.
QString shownError(const Change &change)
{
    if (change.status != Change::Status::Failed ||
        (change.kind != Change::Kind::CreateModel && change.kind != Change::Kind::UpdateModel))
        return change.error;
    QStringList lines;
    for (const FieldProblem &problem : GitLabMessages::modelErrors(change.error))
        lines << problem.message;
    return lines.join(QLatin1Char('\n'));
}

QList<QStandardItem *> row(const QString &change, const QString &status = {},
                           const QString &detail = {})
{
    // Names and values come from the server or a file: shown with their control characters
    // written out.
    QList<QStandardItem *> items{new QStandardItem(SafeText::forDisplay(change)),
                                 new QStandardItem(status),
                                 new QStandardItem(SafeText::forDisplay(detail))};
    for (QStandardItem *item : items) {
        item->setEditable(false);
        item->setToolTip(item->text());
    }
    return items;
}

} // namespace

ChangesTreeModel::ChangesTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Change"), tr("Status"), tr("Server → draft")});
}

void ChangesTreeModel::rebuild(const EffectiveView &view)
{
    removeRows(0, rowCount());
    auto modelName = [&](const QString &id) {
        if (const SelfHostedModel *server = view.serverModel(id))
            return server->name;
        if (const EffectiveModel *row = view.model(id))
            return row->model.name;
        return id;
    };

    QHash<QString, QStandardItem *> groups; // object → its row
    auto groupFor = [&](const QString &key, const QString &label) {
        if (QStandardItem *existing = groups.value(key))
            return existing;
        QList<QStandardItem *> items = row(label);
        QFont bold = items.first()->font();
        bold.setBold(true);
        items.first()->setFont(bold);
        appendRow(items);
        groups.insert(key, items.first());
        return items.first();
    };

    for (const Change &c : view.changes()) {
        QStandardItem *group = nullptr;
        QString what;
        switch (c.kind) {
        case Change::Kind::CreateModel:
            group = groupFor(
                c.target, tr("Model '%1'").arg(c.values.value(QLatin1String("name")).toString()));
            what = tr("Create");
            break;
        case Change::Kind::UpdateModel:
            group = groupFor(c.target, tr("Model '%1'").arg(modelName(c.target)));
            what = tr("Update");
            break;
        case Change::Kind::DeleteModel:
            group = groupFor(c.target, tr("Model '%1'").arg(modelName(c.target)));
            what = tr("Delete");
            break;
        case Change::Kind::SetFeatures:
            group = groupFor(QStringLiteral("features"), tr("AI-native features"));
            what = tr("Assign %1").arg(c.features().join(QLatin1String(", ")));
            break;
        case Change::Kind::UpdateDuoSettings:
            group = groupFor(QStringLiteral("duo"), tr("AI gateway and Duo settings"));
            what = tr("Update");
            break;
        case Change::Kind::SetAllowlist:
            group = groupFor(QStringLiteral("features"), tr("AI-native features"));
            what = tr("Model allowlist of %1").arg(c.target);
            break;
        }
        QList<QStandardItem *> changeRow = row(what, c.statusText(), shownError(c));
        for (QStandardItem *item : changeRow)
            item->setData(c.id, ChangeIdRole);
        if (c.status == Change::Status::Conflict || c.status == Change::Status::Failed)
            changeRow[StatusColumn]->setForeground(QColor(0xc0, 0x39, 0x2b));
        group->appendRow(changeRow);
        QStandardItem *parent = changeRow.first();

        auto addField = [&](const QString &field, const QString &label, const QString &before,
                            const QString &after) {
            // A create's conflict (its name taken) is settled by renaming or discarding it.
            const bool conflicted =
                c.conflictFields.contains(field) && c.kind != Change::Kind::CreateModel;
            QList<QStandardItem *> fieldRow =
                row(label, conflicted ? tr("changed on the server too") : QString(),
                    tr("%1 → %2").arg(before, after));
            for (QStandardItem *item : fieldRow) {
                item->setData(c.id, ChangeIdRole);
                item->setData(field, FieldRole);
                item->setData(conflicted, ConflictRole);
            }
            if (conflicted)
                fieldRow[StatusColumn]->setForeground(QColor(0xc0, 0x39, 0x2b));
            parent->appendRow(fieldRow);
        };

        if (c.kind == Change::Kind::SetFeatures) {
            const QString provider = c.values.value(QLatin1String("provider")).toString();
            const QString draft =
                provider == QLatin1String("SELF_HOSTED")
                    ? modelName(c.values.value(QLatin1String("modelId")).toString())
                    : provider;
            for (const QString &feature : c.features()) {
                const FeatureSetting *now = view.serverFeature(feature);
                const QString current = !now ? tr("(unknown)")
                                        : now->provider == QLatin1String("SELF_HOSTED")
                                            ? modelName(now->modelId)
                                            : now->provider;
                addField(feature, now && !now->title.isEmpty() ? now->title : feature, current,
                         draft);
            }
            continue;
        }
        if (c.kind == Change::Kind::DeleteModel) {
            const QString reassign = c.values.value(QLatin1String("reassignTo")).toString();
            const QStringList served = view.featuresServedBy(c.target);
            addField(QStringLiteral("model"), tr("Model"), modelName(c.target), tr("(deleted)"));
            if (!reassign.isEmpty())
                addField(QStringLiteral("reassignTo"), tr("Its features"), modelName(c.target),
                         modelName(reassign));
            else if (!served.isEmpty())
                addField(QStringLiteral("disableFeatures"), tr("Its features"),
                         served.join(QLatin1String(", ")), tr("Disabled"));
            continue;
        }
        QJsonObject current;
        if (c.kind == Change::Kind::UpdateModel)
            if (const SelfHostedModel *m = view.serverModel(c.target))
                current = m->editableFields();
        if (c.kind == Change::Kind::UpdateDuoSettings && view.serverDuo())
            current = view.serverDuo()->toJson();
        if (c.kind == Change::Kind::SetAllowlist)
            if (const FeatureSetting *f = view.serverFeature(c.target))
                current = f->allowlistFields();
        for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it) {
            if (it.key() == Change::apiKeyField) {
                addField(it.key(), tr("API key"), tr("(kept)"), tr("(new key, in the keychain)"));
                continue;
            }
            const QString before =
                c.kind == Change::Kind::CreateModel ? tr("(new)") : shown(current.value(it.key()));
            addField(it.key(), it.key(), before, shown(it.value()));
        }
    }
}
