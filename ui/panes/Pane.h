#pragma once

#include <QWidget>
#include <functional>

class EmptyStatePane;
class InstanceSession;
class QLabel;
class QVBoxLayout;
struct PaneInfo;

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

protected:
    // What every pane starts with: its names, its empty state (which passes "add an instance"
    // on), and its page under the title and description.
    struct Frame
    {
        EmptyStatePane *empty;
        QWidget *page;
        QVBoxLayout *layout; // the page's
    };
    Frame frame(const PaneInfo &info, QWidget *pageParent = nullptr);
    // Reads the instance again for a pane's Refresh: `reading` in `state` meanwhile, then
    // `after`, and GitLab's refusal in `state` when it refused.
    void refreshFromGitLab(InstanceSession *session, QLabel *state, const QString &reading,
                           std::function<void()> after);
};
