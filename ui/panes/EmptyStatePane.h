#pragma once

#include "PaneCatalog.h"

#include <QWidget>

class QLabel;

// A pane's title and description over an empty state that says what will come and what to
// do first.
class EmptyStatePane : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePane(const PaneInfo &info, QWidget *parent = nullptr);

    QString title() const;

private:
    QLabel *m_title;
};
