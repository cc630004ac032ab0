#pragma once

#include <QStandardItemModel>

class EffectiveView;

// The pending changes as a tree: one row per object (a model, the features, the Duo settings),
// its changes below, and below each change its fields, server value against draft value.
class ChangesTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { ChangeIdRole = Qt::UserRole + 1, FieldRole, ConflictRole };
    enum Column { ChangeColumn, StatusColumn, DetailColumn };

    explicit ChangesTreeModel(QObject *parent = nullptr);

    void rebuild(const EffectiveView &view);
};
