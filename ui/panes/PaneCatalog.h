#pragma once

#include <QList>
#include <QString>

// The sidebar's entries, in order: one pane each.
struct PaneInfo
{
    QString id; // stable, used for objectNames
    QString iconPath;
    QString title;
    QString description;
    QString emptyHeading;
    QString emptyText;
    QString nextStep; // what the user must do before the pane can fill
};

namespace PaneCatalog {
QList<PaneInfo> panes();
}
