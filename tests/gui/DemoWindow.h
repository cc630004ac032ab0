#pragma once

#include "GuiTestSupport.h"
#include "SimProfile.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "instances/InstanceController.h"
#include "session/InstanceSession.h"
#include "store/SecretStore.h"

#include <QtTest>
#include <memory>

// The window of the GUI tests that drive a pane against the simulator: GitLab 19.6 with the demo
// fixture, an administrator's token in the keychain, the instance connected and read.
struct DemoWindow
{
    std::unique_ptr<ShownWindow> shown;
    InstanceSession *session = nullptr;

    // Empty when ready; otherwise what went wrong.
    QString open(Simulator &sim, SecretStore &secrets, QObject *context,
                 const QString &name = QStringLiteral("Demo"))
    {
        if (!sim.start({QStringLiteral("19.6"), {}, QStringLiteral("demo-19.6.json"), {}, {}, {}}))
            return sim.errorString();
        const InstanceProfile profile = saveSimulatorProfile(name, sim.gitlabUrl());
        bool stored = false;
        secrets.write(profile.tokenKey(), QLatin1String(SimTokens::admin), context,
                      [&](const SecretResult &r) { stored = r.ok(); });
        if (!QTest::qWaitFor([&] { return stored; }))
            return QStringLiteral("the token could not be stored in the keychain");
        shown = std::make_unique<ShownWindow>(secrets.service());
        if (!shown->exposed())
            return QStringLiteral("the window was not shown");
        shown->window.openInstance(name, {});
        session = shown->window.instances()->session();
        if (!session)
            return QStringLiteral("no session");
        if (!QTest::qWaitFor(
                [&] {
                    return session->state() == InstanceSession::State::Connected &&
                           !session->isRefreshing() && session->view().snapshotExists();
                },
                20000))
            return QStringLiteral("the instance was not connected and read");
        return {};
    }
};
