#include "ConsoleProcess.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "SyncWorkspace.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "base/AppInfo.h"
#include "session/InstanceDirectory.h"
#include "session/InstanceSession.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

// Two processes on one workspace: the push lease lets one push at a time (command line or
// window, in either order), a dead holder's lease is taken over, and an edit recorded while
// another process pushes is kept.
class TestLease : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg; // shared with the child processes: same profiles, same workspace
    Simulator sim;
    QString path;
    int drafts = 0;

    using Result = ConsoleProcess::Result;

    static Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        return ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY), arguments, input);
    }

    static void start(QProcess &process, const QStringList &arguments)
    {
        QVERIFY(ConsoleProcess::start(process, QStringLiteral(DUO_CONSOLE_BINARY), arguments));
    }

    QStringList draft(int count)
    {
        SyncWorkspace workspace(path);
        QString error;
        if (!workspace.open(&error))
            qWarning("%s", qPrintable(error));
        QStringList names;
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("lease-%1").arg(++drafts);
            if (!workspace.record(Change::Kind::CreateModel, {},
                                  {{QStringLiteral("name"), name},
                                   {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                                   {QStringLiteral("endpoint"),
                                    QStringLiteral("https://%1.example/v1").arg(name)}},
                                  &error))
                qWarning("%s", qPrintable(error));
            names << name;
        }
        return names;
    }

    void holdTheNextBatch()
    {
        sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                      {QStringLiteral("bodyMatch"), QStringLiteral("mutation Push\\(")},
                      {QStringLiteral("applyThenHold"), true},
                      {QStringLiteral("count"), 1}});
    }

    bool waitUntilHeld()
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000) {
            if (!sim.held().isEmpty())
                return true;
            QTest::qWait(10);
        }
        return false;
    }

    QMultiHash<QString, QJsonObject> serverModels()
    {
        QMultiHash<QString, QJsonObject> models;
        for (const auto &m : sim.state().value(QLatin1String("models")).toArray())
            models.insert(m.toObject().value(QLatin1String("name")).toString(), m.toObject());
        return models;
    }

    static PushOutcome pushFrom(InstanceSession &session, QProcess *cli = nullptr)
    {
        QSignalSpy finished(&session, &InstanceSession::pushFinished);
        if (!session.push({}))
            qWarning("the window could not push: %s", qPrintable(session.pushBlockedReason()));
        // The signal may come before the wait starts (refused at once while the command line
        // holds the lease): wait only for one that has not come yet.
        if (finished.isEmpty())
            finished.wait(cli ? 20000 : 60000);
        return finished.isEmpty() ? PushOutcome{} : finished.first().first().value<PushOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        qRegisterMetaType<PushOutcome>();
        AppInfo::applyTo(*QCoreApplication::instance()); // the command line's paths and keychain
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Result r = run({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("Lease"),
                        QStringLiteral("--url"), sim.gitlabUrl().toString(),
                        QStringLiteral("--allow-http"), QStringLiteral("--proxy"),
                        QStringLiteral("none"), QStringLiteral("--token-stdin")},
                       QByteArray(SimTokens::admin) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("refresh")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        path = Workspace::pathFor(ProfileStore().find(QStringLiteral("Lease"))->idString());
    }

    void cleanup() { sim.clearFaults(); }

    void aSecondCommandLinePushIsRefusedUntilTheFirstIsGone()
    {
        const QStringList names = draft(3);
        holdTheNextBatch();
        QProcess first;
        start(first, {QStringLiteral("changes"), QStringLiteral("push")});
        QVERIFY(waitUntilHeld());

        Result second =
            run({QStringLiteral("changes"), QStringLiteral("push"), QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QLatin1String("Another push of this instance is running")),
                 qPrintable(second.err));
        QVERIFY2(second.err.contains(QLatin1String("duo-console changes push")),
                 qPrintable(second.err));
        QVERIFY2(second.err.contains(QString::number(first.processId())), qPrintable(second.err));
        const QJsonObject json = QJsonDocument::fromJson(second.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("category"))
                     .toString(),
                 QStringLiteral("push-in-progress"));

        // The holder dies: its lease is taken over at once, and what it left in flight finished.
        first.kill();
        first.waitForFinished(10000);
        sim.clearFaults();
        second = run({QStringLiteral("changes"), QStringLiteral("push")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        const auto server = serverModels();
        for (const QString &name : names)
            QCOMPARE(server.count(name), 1);
    }

    void theWindowAndTheCommandLineRefuseEachOther()
    {
        InstanceDirectory instances(AppInfo::keychainService());
        std::unique_ptr<InstanceSession> window(
            instances.openSession(*instances.find(QStringLiteral("Lease")),
                                  QStringLiteral("the Duo Console window"), nullptr));
        QSignalSpy ready(window.get(), &InstanceSession::workspaceReady);
        QVERIFY(ready.wait(10000));
        window->connectToInstance();
        QTRY_VERIFY_WITH_TIMEOUT(window->state() == InstanceSession::State::Connected, 20000);

        // The window pushes first.
        QStringList names = draft(2);
        holdTheNextBatch();
        QSignalSpy finished(window.get(), &InstanceSession::pushFinished);
        QVERIFY(window->push({}));
        QVERIFY(waitUntilHeld());
        Result cli = run({QStringLiteral("changes"), QStringLiteral("push")});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(QLatin1String("the Duo Console window")), qPrintable(cli.err));
        // The held answer never comes: the window's push stops, kept in flight. It may stop while
        // clearFaults() still waits for the simulator's answer, before a wait() could see it.
        sim.clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        cli = run({QStringLiteral("changes"), QStringLiteral("push")});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));

        // The command line pushes first.
        names += draft(2);
        holdTheNextBatch();
        QProcess holder;
        start(holder, {QStringLiteral("changes"), QStringLiteral("push")});
        QVERIFY(waitUntilHeld());
        QTRY_VERIFY(!window->isPushing());
        const PushOutcome refused = pushFrom(*window, &holder);
        QCOMPARE(refused.errorCategory, QStringLiteral("push-in-progress"));
        QVERIFY2(refused.errorMessage.contains(QLatin1String("duo-console changes push")),
                 qPrintable(refused.errorMessage));
        holder.kill();
        holder.waitForFinished(10000);
        sim.clearFaults();
        const PushOutcome done = pushFrom(*window);
        QVERIFY2(!done.stopped(), qPrintable(done.errorMessage));
        const auto server = serverModels();
        for (const QString &name : std::as_const(names))
            QCOMPARE(server.count(name), 1);
    }

    void anEditRecordedDuringAPushIsKept()
    {
        const QStringList names = draft(2);
        sim.clearRequests();
        // Every GraphQL answer takes a second and a half: the edit lands while the push runs.
        sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                      {QStringLiteral("latencyMs"), 1500},
                      {QStringLiteral("count"), -1}});
        QProcess push;
        start(push, {QStringLiteral("changes"), QStringLiteral("push")});
        QElapsedTimer clock;
        clock.start();
        bool sent = false;
        while (!sent && clock.elapsed() < 30000) {
            for (const auto &entry : sim.requests())
                sent = sent || entry.toObject()
                                   .value(QLatin1String("body"))
                                   .toString()
                                   .contains(QLatin1String("mutation Push("));
            if (!sent)
                QTest::qWait(20);
        }
        QVERIFY(sent);
        const Result edit =
            run({QStringLiteral("models"), QStringLiteral("edit"), names.first(),
                 QStringLiteral("--endpoint"), QStringLiteral("https://edited.example/v1"),
                 QStringLiteral("--offline")});
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        QVERIFY(push.waitForFinished(60000));
        sim.clearFaults();

        // The edit survived the push: pending, and shown.
        Result list =
            run({QStringLiteral("changes"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray pending = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first()
                     .toObject()
                     .value(QLatin1String("values"))
                     .toObject()
                     .value(QLatin1String("endpoint"))
                     .toString(),
                 QStringLiteral("https://edited.example/v1"));
        list = run({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--offline")});
        QVERIFY(list.out.contains(QLatin1String("https://edited.example/v1")));
        // And it reaches the server with the next push.
        const Result again = run({QStringLiteral("changes"), QStringLiteral("push")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QCOMPARE(serverModels().value(names.first()).value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://edited.example/v1"));
    }

    // Several processes are first to open a never-opened instance's workspace at once: each
    // gets the whole workspace, and none reports a damaged one.
    void firstOpenersAtOnceShareOneWorkspace()
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            const QString name = QStringLiteral("Fresh%1").arg(attempt);
            const Result added = run({QStringLiteral("instance"), QStringLiteral("add"), name,
                                      QStringLiteral("--url"), sim.gitlabUrl().toString(),
                                      QStringLiteral("--allow-http"), QStringLiteral("--offline")});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
            std::array<QProcess, 4> processes;
            for (QProcess &process : processes)
                start(process, {QStringLiteral("changes"), QStringLiteral("list"),
                                QStringLiteral("-i"), name, QStringLiteral("--json")});
            for (QProcess &process : processes) {
                QVERIFY(process.waitForFinished(30000));
                const QByteArray err = process.readAllStandardError();
                QVERIFY2(process.exitCode() == 0, err.constData());
                QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size(),
                         0);
            }
            // The other cases use the only instance.
            QCOMPARE(run({QStringLiteral("instance"), QStringLiteral("remove"), name}).exitCode, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestLease)
#include "tst_lease.moc"
