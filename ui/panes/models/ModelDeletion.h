#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class InstanceSession;
class QWidget;

// Deleting models as GitLab's tab does, and further: unused models after GitLab's confirmation;
// models that still serve features are refused as GitLab refuses them, with what GitLab lacks:
// reassign the features to a compatible model and delete, or disable them and delete, each
// recorded as one change. Several models at once follow the same rules.
class ModelDeletion
{
    Q_DECLARE_TR_FUNCTIONS(ModelDeletion)

public:
    static void run(InstanceSession *session, const QStringList &modelIds, QWidget *parent,
                    std::function<void()> showFeatures);
};
