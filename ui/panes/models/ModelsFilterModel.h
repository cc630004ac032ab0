#pragma once

#include <QSortFilterProxyModel>

// Filters on the words typed, each found in a model's name, family, endpoint or identifier
// (ModelsTableModel::FilterTextRole), case-insensitively; sorts on ModelsTableModel::SortRole.
class ModelsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ModelsFilterModel(QObject *parent = nullptr);
    void setFilterWords(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
