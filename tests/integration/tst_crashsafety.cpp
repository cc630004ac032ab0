#include "ConsoleProcess.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "SyncWorkspace.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "base/AppInfo.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QtTest>

// `duo-console changes push` killed with SIGKILL twenty times over, each time while a batch of
// mutations is in flight: the simulator holds it, after applying it or before, and the test
// kills the push once the request log shows it held. Then one push to the end: nothing may be
// lost or created twice, and every edit must be on the server.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg; // shared with the child processes: same profiles, same workspace
    Simulator sim;

    static int runConsole(const QStringList &arguments, const QByteArray &input = {},
                          QString *output = nullptr)
    {
        const auto result =
            ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY), arguments, input);
        if (output)
            *output = result.out + result.err;
        return result.exitCode;
    }

    // Starts a push and kills it once the simulator holds one of its mutation batches.
    bool pushAndKillInFlight()
    {
        QProcess process;
        if (!ConsoleProcess::start(process, QStringLiteral(DUO_CONSOLE_BINARY),
                                   {QStringLiteral("changes"), QStringLiteral("push")}))
            return false;
        QElapsedTimer clock;
        clock.start();
        bool held = false;
        while (!held && clock.elapsed() < 60000 && process.state() == QProcess::Running) {
            held = !sim.held().isEmpty();
            if (!held)
                QTest::qWait(10);
        }
        process.kill();
        process.waitForFinished(10000);
        sim.clearFaults(); // the held request goes with its client
        return held;
    }

    QHash<QString, QJsonObject> serverModels()
    {
        QHash<QString, QJsonObject> models;
        for (const auto &m : sim.state().value(QLatin1String("models")).toArray()) {
            const QJsonObject model = m.toObject();
            const QString name = model.value(QLatin1String("name")).toString();
            if (models.contains(name))
                qWarning("duplicate model name on the server: %s", qPrintable(name));
            models.insert(name, model);
        }
        return models;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        AppInfo::applyTo(*QCoreApplication::instance()); // the command line's paths
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    }

    void killedPushesLoseNothingAndDuplicateNothing()
    {
        QString output;
        QCOMPARE(
            runConsole({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("Crash"),
                        QStringLiteral("--url"), sim.gitlabUrl().toString(),
                        QStringLiteral("--allow-http"), QStringLiteral("--proxy"),
                        QStringLiteral("none"), QStringLiteral("--token-stdin")},
                       QByteArray(SimTokens::admin) + '\n', &output),
            0);
        QVERIFY2(runConsole({QStringLiteral("refresh")}, {}, &output) == 0, qPrintable(output));
        const auto profile = ProfileStore().find(QStringLiteral("Crash"));
        QVERIFY(profile);
        const QString path = Workspace::pathFor(profile->idString());

        QStringList drafted;
        QHash<QString, QString> identifiers; // name → the last identifier drafted for it
        for (int round = 0; round < 20; ++round) {
            {
                SyncWorkspace workspace(path);
                QString error;
                QVERIFY2(workspace.open(&error), qPrintable(error));
                for (int k = 0; k < 12; ++k) {
                    const QString name = QStringLiteral("crash-%1-%2").arg(round).arg(k);
                    QVERIFY2(
                        workspace.record(Change::Kind::CreateModel, {},
                                         {{QStringLiteral("name"), name},
                                          {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                                          {QStringLiteral("endpoint"),
                                           QStringLiteral("https://%1.example/v1").arg(name)}},
                                         &error),
                        qPrintable(error));
                    drafted << name;
                }
                // Edit three models that already reached the server, a different three each round.
                int edited = 0;
                int index = 0;
                for (const EffectiveModel &m : workspace.effectiveModels()) {
                    if (SelfHostedModel::isLocalId(m.model.id) || edited == 3 ||
                        index++ % 5 != round % 5)
                        continue;
                    const QString identifier = QStringLiteral("custom_openai/round-%1").arg(round);
                    if (workspace.record(Change::Kind::UpdateModel, m.model.id,
                                         {{QStringLiteral("identifier"), identifier}}, &error)) {
                        identifiers.insert(m.model.name, identifier);
                        ++edited;
                    }
                }
            }
            // Half the rounds the batch was applied before the kill, half it never ran.
            const bool applied = round % 2 == 0;
            sim.addFault(
                {{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                 {QStringLiteral("bodyMatch"), QStringLiteral("mutation Push\\(")},
                 {applied ? QStringLiteral("applyThenHold") : QStringLiteral("holdBeforeApply"),
                  true},
                 {QStringLiteral("count"), 1}});
            QVERIFY2(pushAndKillInFlight(), "the push never sent a batch to hold");
            SyncWorkspace after(path);
            QString error;
            QVERIFY2(after.open(&error), qPrintable(error));
            const QList<Change> left = after.changes();
            QVERIFY2(std::any_of(left.cbegin(), left.cend(),
                                 [](const Change &c) { return c.sentAt.isValid(); }),
                     "the kill left a batch in flight in the journal");
        }

        // One push to the end: it reconciles whatever the kills left in flight.
        const int exitCode =
            runConsole({QStringLiteral("changes"), QStringLiteral("push")}, {}, &output);
        QVERIFY2(exitCode == 0, qPrintable(output));

        SyncWorkspace workspace(path);
        QString error;
        QVERIFY(workspace.open(&error));
        QVERIFY2(workspace.changes().isEmpty(), "every draft reached the server");

        const auto server = serverModels();
        QCOMPARE(server.size(), drafted.size()); // nothing created twice, nothing lost
        for (const QString &name : std::as_const(drafted))
            QVERIFY2(server.contains(name), qPrintable(name));
        for (auto it = identifiers.constBegin(); it != identifiers.constEnd(); ++it)
            QCOMPARE(server.value(it.key()).value(QLatin1String("identifier")).toString(),
                     it.value());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
