#include "Pane.h"

#include "EmptyStatePane.h"
#include "WidgetHelpers.h"
#include "session/InstanceSession.h"

Pane::Frame Pane::frame(const PaneInfo &info, QWidget *pageParent)
{
    setObjectName(info.id + QLatin1String("Pane"));
    setAccessibleName(info.title);
    auto *empty = new EmptyStatePane(info, this);
    connect(empty, &Pane::addInstanceRequested, this, &Pane::addInstanceRequested);
    auto *page = new QWidget(pageParent ? pageParent : this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    WidgetHelpers::addPaneHeader(layout, info, page);
    return {empty, page, layout};
}

void Pane::refreshFromGitLab(InstanceSession *session, QLabel *state, const QString &reading,
                             std::function<void()> after)
{
    if (!session)
        return;
    state->setText(reading);
    session->refresh(this, [state, after](const Outcome &outcome) {
        after();
        if (!outcome.ok())
            state->setText(outcome.message);
    });
}
