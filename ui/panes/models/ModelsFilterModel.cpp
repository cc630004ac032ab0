#include "ModelsFilterModel.h"

#include "ModelsTableModel.h"

ModelsFilterModel::ModelsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ModelsTableModel::SortRole);
    // Plain case-insensitive order: a locale-aware one costs a collation per comparison, which
    // a filter keystroke over thousands of rows cannot afford.
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ModelsFilterModel::setFilterWords(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ModelsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(ModelsTableModel::FilterTextRole)
                             .toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
