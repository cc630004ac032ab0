#include "ModelsTableModel.h"

#include "base/SafeText.h"
#include "model/EnumNames.h"

#include <QColor>
#include <QFont>

ModelsTableModel::ModelsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ModelsTableModel::reset(const EffectiveView *view)
{
    beginResetModel();
    m_view = view;
    m_ids.clear();
    m_keys.clear();
    if (m_view) {
        const QHash<QString, QStringList> served = servedFeatures();
        for (const EffectiveModel &row : m_view->models(true)) {
            m_ids << row.model.id;
            m_keys << keysOf(row.model.id);
            m_keys.last().usedBy = usedByText(served.value(row.model.id));
        }
    }
    endResetModel();
}

QHash<QString, QStringList> ModelsTableModel::servedFeatures() const
{
    QHash<QString, QStringList> served;
    for (const FeatureSetting &setting : m_view->features()) {
        if (setting.provider == FeatureSetting::selfHosted && !setting.modelId.isEmpty())
            served[setting.modelId] << setting.feature;
    }
    return served;
}

QString ModelsTableModel::usedByText(const QStringList &features) const
{
    QStringList titles;
    for (const QString &feature : features)
        titles << EnumNames::shown(EnumNames::feature(feature));
    return titles.join(QLatin1String(", "));
}

ModelsTableModel::Keys ModelsTableModel::keysOf(const QString &id) const
{
    const EffectiveModel *row = m_view ? m_view->model(id) : nullptr;
    if (!row)
        return {};
    const SelfHostedModel &m = row->model;
    return {
        m.name.toLower(),
        QStringList{m.name, EnumNames::family(m.family).text, m.family, m.endpoint, m.identifier}
            .join(QLatin1Char('\n')),
        {}};
}

void ModelsTableModel::apply(const ViewChanges &changes)
{
    if (!m_view)
        return;
    if (changes.reset) {
        reset(m_view);
        return;
    }
    for (const QString &id : changes.modelsRemoved) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        m_keys.removeAt(row);
        endRemoveRows();
    }
    for (const QString &id : changes.modelsAdded) {
        if (rowOf(id) >= 0 || !m_view->model(id))
            continue;
        const int row = int(m_ids.size());
        beginInsertRows({}, row, row);
        m_ids << id;
        m_keys << keysOf(id);
        m_keys.last().usedBy = usedByText(m_view->featuresServedBy(id));
        endInsertRows();
    }
    for (const QString &id : changes.modelsChanged) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const QString usedBy = m_keys[row].usedBy;
        m_keys[row] = keysOf(id);
        m_keys[row].usedBy = usedBy;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (changes.featuresChanged && !m_ids.isEmpty()) {
        const QHash<QString, QStringList> served = servedFeatures();
        for (qsizetype row = 0; row < m_ids.size(); ++row)
            m_keys[row].usedBy = usedByText(served.value(m_ids.at(row)));
        Q_EMIT dataChanged(index(0, UsedByColumn), index(int(m_ids.size()) - 1, UsedByColumn));
    }
}

int ModelsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ModelsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelsTableModel::pendingText(const EffectiveModel &row) const
{
    if (row.changeStatus == Change::Status::Conflict)
        return tr("conflict");
    if (row.changeStatus == Change::Status::Failed)
        return tr("failed");
    switch (row.pending) {
    case PendingState::New:
        return tr("new");
    case PendingState::Edited:
        return tr("edited");
    case PendingState::Deleted:
        return tr("to delete");
    case PendingState::None:
        break;
    }
    return {};
}

QVariant ModelsTableModel::display(const EffectiveModel &row, int column) const
{
    const SelfHostedModel &m = row.model;
    switch (column) {
    case NameColumn:
        return SafeText::forDisplay(m.name);
    case FamilyColumn:
        return EnumNames::familyText(m.family, m.releaseState);
    case PlatformColumn:
        return EnumNames::platformText(m);
    case EndpointColumn:
        return SafeText::forDisplay(EnumNames::endpointText(m));
    case IdentifierColumn:
        return SafeText::forDisplay(m.identifier);
    case ApiKeyColumn:
        return m.hasApiKey ? tr("set") : QString();
    case UsedByColumn: // kept per row: see data()
        return {};
    case PendingColumn:
        return pendingText(row);
    }
    return {};
}

QVariant ModelsTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_view || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == FilterTextRole)
        return m_keys.at(index.row()).filter;
    if (role == SortRole && index.column() == NameColumn)
        return m_keys.at(index.row()).name;
    if (index.column() == UsedByColumn &&
        (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == SortRole))
        return m_keys.at(index.row()).usedBy;
    const EffectiveModel *row = m_view->model(m_ids.at(index.row()));
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*row, index.column());
    case SortRole:
        return display(*row, index.column());
    case ModelIdRole:
        return row->model.id;
    case Qt::ToolTipRole:
        if (!row->isPending())
            return {};
        return row->changeStatus == Change::Status::Pending
                   ? tr("Recorded here, not yet pushed to GitLab.")
                   : tr("The last push did not apply it: see Pending changes.");
    case Qt::FontRole:
        if (row->isDeleted()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == PendingColumn && (row->changeStatus == Change::Status::Conflict ||
                                                row->changeStatus == Change::Status::Failed))
            return QColor(0xc0, 0x39, 0x2b);
        return {};
    }
    return {};
}

QVariant ModelsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FamilyColumn:
        return tr("Model family");
    case PlatformColumn:
        return tr("Platform");
    case EndpointColumn:
        return tr("Endpoint");
    case IdentifierColumn:
        return tr("Model identifier");
    case ApiKeyColumn:
        return tr("API key");
    case UsedByColumn:
        return tr("Used by");
    case PendingColumn:
        return tr("Pending");
    }
    return {};
}
