#pragma once

#include "model/EffectiveView.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

// Every self-hosted model of the effective view (server rows with drafts applied, drafts, rows
// to delete), one row each, updated row by row from the workspace's changes: a change to one
// model repaints one row, whatever the number of models.
class ModelsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FamilyColumn,
        PlatformColumn,
        EndpointColumn,
        IdentifierColumn,
        ApiKeyColumn,
        UsedByColumn,
        PendingColumn,
        ColumnCount
    };
    enum Role {
        ModelIdRole = Qt::UserRole + 1,
        SortRole,
        FilterTextRole, // name, family, endpoint and identifier, for the filter box
    };

    explicit ModelsTableModel(QObject *parent = nullptr);

    // Follows `view` (owned by the session, which outlives this model's use of it).
    void reset(const EffectiveView *view);
    void apply(const ViewChanges &changes);

    QString modelId(int row) const { return m_ids.value(row); }
    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const EffectiveModel &row, int column) const;
    QString pendingText(const EffectiveModel &row) const;

    // What sorting by name and filtering read for every row on each keystroke, kept per row.
    struct Keys
    {
        QString name;   // lower case
        QString filter; // name, family (both names), endpoint, identifier
        QString usedBy; // the titles of the features it serves
    };
    Keys keysOf(const QString &id) const;
    // Which features each model serves, from one pass over the feature settings.
    QHash<QString, QStringList> servedFeatures() const;
    QString usedByText(const QStringList &features) const;

    const EffectiveView *m_view = nullptr;
    QStringList m_ids;
    QList<Keys> m_keys;
};
