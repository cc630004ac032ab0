#pragma once

#include "store/Workspace.h"

#include <QEventLoop>
#include <QTimer>

// Runs one asynchronous workspace operation and waits for its answer: tests may wait.
template <typename Start> StoreResult waitFor(Workspace &workspace, Start start)
{
    StoreResult result;
    bool answered = false;
    QEventLoop loop;
    start(workspace, &loop, [&](const StoreResult &r) {
        result = r;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

inline StoreResult openNow(Workspace &workspace)
{
    return waitFor(workspace, [](Workspace &w, QObject *c, Workspace::Done d) { w.open(c, d); });
}

inline std::optional<Change> recordNow(Workspace &workspace, Change::Kind kind,
                                       const QString &target, const QJsonObject &values,
                                       QString *error = nullptr)
{
    const StoreResult r = waitFor(workspace, [&](Workspace &w, QObject *c, Workspace::Done d) {
        w.record({kind, target, values}, c, d);
    });
    if (error)
        *error = r.error.isError() ? r.error.message : r.write.refused;
    return r.ok() ? r.write.recorded : std::nullopt;
}

inline bool replaceSnapshotNow(Workspace &workspace, const Snapshot &snapshot)
{
    return waitFor(workspace, [&](Workspace &w, QObject *c,
                                  Workspace::Done d) { w.replaceSnapshot(snapshot, c, d); })
        .ok();
}

inline bool resolveNow(Workspace &workspace, const QString &changeId, const QString &field,
                       bool keepMine)
{
    return waitFor(workspace,
                   [&](Workspace &w, QObject *c, Workspace::Done d) {
                       w.resolve(changeId, field, keepMine, c, d);
                   })
        .ok();
}

inline StoreResult readAgainNow(Workspace &workspace)
{
    return waitFor(workspace,
                   [](Workspace &w, QObject *c, Workspace::Done d) { w.readAgain(c, d); });
}
