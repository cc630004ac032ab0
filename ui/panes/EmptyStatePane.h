#pragma once

#include "Pane.h"
#include "PaneCatalog.h"

class QLabel;

// A pane's title and description over an empty state that says what will come and what to
// do first.
class EmptyStatePane : public Pane
{
    Q_OBJECT

public:
    explicit EmptyStatePane(const PaneInfo &info, QWidget *parent = nullptr);

    QString title() const override;
    void setSession(InstanceSession *session) override;

    // No instance yet: say what to do first and offer the Add instance action.
    void showNoInstance();
    // An instance is chosen: say what will fill this pane for it.
    void showInstance(const QString &name);

private:
    PaneInfo m_info;
    QLabel *m_title;
    QLabel *m_heading;
    QLabel *m_nextStep;
    class QPushButton *m_addInstance;
};
