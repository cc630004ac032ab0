#pragma once

#include <QWidget>

class InstanceSession;

// One entry of the sidebar. Follows the current instance's session (none, connecting,
// connected, failed) and can ask for an instance to be added.
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void setSession(InstanceSession *session) = 0;

Q_SIGNALS:
    void addInstanceRequested();
};
