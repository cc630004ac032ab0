#include "AppInfo.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

// `duo-console changes push` killed with SIGKILL at random points, twenty times over, with
// more drafts each round; then one push to the end. Nothing may be lost or created twice.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg; // shared with the child processes: same profiles, same workspace
    Simulator sim;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("duo.*=false"));
        return env;
    }

    int runConsole(const QStringList &arguments, const QByteArray &input = {},
                   QString *output = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(DUO_CONSOLE_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        if (output)
            *output =
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // Starts a push and kills it after `delayMs`, whatever it is doing then.
    void pushAndKill(int delayMs)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(DUO_CONSOLE_BINARY),
                      {QStringLiteral("changes"), QStringLiteral("push")});
        process.closeWriteChannel();
        QVERIFY(process.waitForStarted(10000));
        QTest::qWait(delayMs);
        process.kill();
        process.waitForFinished(10000);
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
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus with a keyring: run the tests through tests/run.sh");
        AppInfo::applyTo(*QCoreApplication::instance()); // the command line's paths
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        // Slow answers widen the windows a kill can fall into: with 150 ms per GraphQL answer a
        // push spends most of its life with a batch in flight, so the random kills below land
        // there often (each round has a good chance; twenty rounds all missing is improbable).
        sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                      {QStringLiteral("latencyMs"), 150},
                      {QStringLiteral("count"), -1}});
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
        qsizetype interrupted = 0;
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 20; ++round) {
            {
                Workspace workspace(path);
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
                // Edit some models that already reached the server.
                int edited = 0;
                for (const EffectiveModel &m : workspace.effectiveModels()) {
                    if (SelfHostedModel::isLocalId(m.model.id) || edited == 3 ||
                        random->bounded(4) != 0)
                        continue;
                    const QString identifier = QStringLiteral("custom_openai/round-%1").arg(round);
                    if (workspace.record(Change::Kind::UpdateModel, m.model.id,
                                         {{QStringLiteral("identifier"), identifier}}, &error)) {
                        identifiers.insert(m.model.name, identifier);
                        ++edited;
                    }
                }
            }
            pushAndKill(int(random->bounded(100, 800)));
            Workspace after(path);
            QString error;
            QVERIFY(after.open(&error));
            interrupted += std::count_if(after.changes().cbegin(), after.changes().cend(),
                                         [](const Change &c) { return c.sentAt.isValid(); });
        }
        qInfo("%lld change(s) were caught in flight by the kills",
              static_cast<long long>(interrupted));
        QVERIFY2(interrupted > 0,
                 "the kills must interrupt pushes mid-flight for this to mean anything");

        // One push to the end: it reconciles whatever the kills left in flight.
        const int exitCode =
            runConsole({QStringLiteral("changes"), QStringLiteral("push")}, {}, &output);
        QVERIFY2(exitCode == 0, qPrintable(output));

        Workspace workspace(path);
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
