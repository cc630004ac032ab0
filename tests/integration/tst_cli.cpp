#include "ConsoleProcess.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// The command line as a script would use it: the real binary, no display, temp XDG folders,
// the real keychain of tests/run.sh's session, and the simulator.
class TestCli : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;

    using Result = ConsoleProcess::Result;

    static Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        return ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY), arguments, input);
    }

    Result add(const QString &name, const QByteArray &token)
    {
        return run({QStringLiteral("instance"), QStringLiteral("add"), name,
                    QStringLiteral("--url"), sim.gitlabUrl().toString(),
                    QStringLiteral("--allow-http"), QStringLiteral("--proxy"),
                    QStringLiteral("none"), QStringLiteral("--token-stdin")},
                   token + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    }

    void addListStatusRemove()
    {
        Result r = add(QStringLiteral("Sim"), SimTokens::admin);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Added instance 'Sim'")));

        r = run({QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Sim"));
        QCOMPARE(list.first().toObject().value(QLatin1String("proxy")).toString(),
                 QStringLiteral("none"));
        QVERIFY(!r.out.contains(QLatin1String(SimTokens::admin)));

        r = run({QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("Sim"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QLatin1String("version")).toString(), QStringLiteral("18.9.0-ee"));
        QCOMPARE(status.value(QLatin1String("user")).toString(), QStringLiteral("root"));
        QCOMPARE(status.value(QLatin1String("admin")).toBool(), true);
        QCOMPARE(status.value(QLatin1String("apiShape")).toString(), QStringLiteral("18.x"));
        QCOMPARE(status.value(QLatin1String("selfHostedModelsAllowed")).toBool(), true);
        QVERIFY(
            status.value(QLatin1String("scopes")).toArray().contains(QStringLiteral("admin_mode")));
        QCOMPARE(status.value(QLatin1String("license"))
                     .toObject()
                     .value(QLatin1String("plan"))
                     .toString(),
                 QStringLiteral("ultimate"));
        QCOMPARE(status.value(QLatin1String("addOns"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("DUO_ENTERPRISE"));
        QVERIFY(!r.out.contains(QLatin1String(SimTokens::admin)));

        r = run({QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("Sim")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QRegularExpression(QStringLiteral("\nSelf-hosted models: +allowed\n"))),
            qPrintable(r.out));

        QVERIFY2(xdg.filesContaining(SimTokens::admin).isEmpty(),
                 qPrintable(xdg.filesContaining(SimTokens::admin).join(QLatin1Char(' '))));

        r = run({QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("Sim")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("Sim")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no instance named 'Sim'")));
    }

    void tokenForThisRunOnly()
    {
        QCOMPARE(run({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("NoToken"),
                      QStringLiteral("--url"), sim.gitlabUrl().toString(),
                      QStringLiteral("--allow-http")})
                     .exitCode,
                 0);
        Result r = run({QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("NoToken")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("No token is stored")));

        r = run({QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("NoToken"),
                 QStringLiteral("--token-stdin")},
                QByteArray(SimTokens::nonAdmin) + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("not allowed")));
        QVERIFY(xdg.filesContaining(SimTokens::nonAdmin).isEmpty());
        QCOMPARE(
            run({QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("NoToken")})
                .exitCode,
            0);
    }

    // The proxy's password goes to the keychain and reaches the proxy; a wrong one is named as
    // the proxy's refusal, not GitLab's.
    void manualProxyWithCredentials()
    {
        QProcess proxy;
        proxy.start(QStringLiteral(DUO_NODE_EXECUTABLE),
                    {QStringLiteral(DUO_FAKEGITLAB_DIR "/support/proxy.js"), QStringLiteral("me"),
                     QStringLiteral("p@ss w:rd!")});
        QVERIFY(proxy.waitForReadyRead(10000));
        const QString banner = QString::fromUtf8(proxy.readLine()).trimmed();
        const QUrl proxyUrl(banner.section(QLatin1Char(' '), -1));
        QVERIFY2(proxyUrl.port() > 0, qPrintable(banner));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(proxyUrl.port());

        Result r =
            run({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("Proxied"),
                 QStringLiteral("--url"), sim.gitlabUrl().toString(),
                 QStringLiteral("--allow-http"), QStringLiteral("--proxy"), address,
                 QStringLiteral("--proxy-user"), QStringLiteral("me"),
                 QStringLiteral("--token-stdin"), QStringLiteral("--proxy-password-stdin")},
                QByteArray(SimTokens::admin) + "\np@ss w:rd!\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(xdg.filesContaining("p@ss w:rd!").isEmpty());
        r = run({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("Proxied"),
                 QStringLiteral("--proxy-password-stdin")},
                "пароль\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Latin-1")), qPrintable(r.err));

        r = run({QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("Proxied")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(proxy.waitForReadyRead(5000));
        const QByteArray log = proxy.readAll();
        QVERIFY2(log.contains("forwarded"), log.constData()); // after the proxy's challenge

        r = run({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("Proxied"),
                 QStringLiteral("--proxy-password-stdin")},
                "wrong\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Qt 6.4 warns here, from its own cache of proxy logins (see GitLabClient.cpp).
        r = ConsoleProcess::run(
            QStringLiteral(DUO_CONSOLE_BINARY),
            {QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("Proxied")}, {}, 120000,
            ConsoleProcess::QtWarnings::Tolerated);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("proxy refused")), qPrintable(r.err));

        QCOMPARE(
            run({QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("Proxied")})
                .exitCode,
            0);
        proxy.kill();
        proxy.waitForFinished();
    }

    void failuresAndUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString add = QStringLiteral("add");
        const QString instance = QStringLiteral("instance");
        QTest::newRow("add without url")
            << QStringList{instance, add, QStringLiteral("X")} << 2 << QStringLiteral("Usage:");
        QTest::newRow("http without consent")
            << QStringList{instance, add, QStringLiteral("X"), QStringLiteral("--url"),
                           QStringLiteral("http://gitlab.example.com")}
            << 2 << QStringLiteral("unencrypted");
        QTest::newRow("bad proxy") << QStringList{instance,
                                                  add,
                                                  QStringLiteral("X"),
                                                  QStringLiteral("--url"),
                                                  QStringLiteral("https://gitlab.example.com"),
                                                  QStringLiteral("--proxy"),
                                                  QStringLiteral("nonsense")}
                                   << 2 << QStringLiteral("--proxy takes");
        QTest::newRow("credentials in the proxy address")
            << QStringList{instance,
                           add,
                           QStringLiteral("X"),
                           QStringLiteral("--url"),
                           QStringLiteral("https://gitlab.example.com"),
                           QStringLiteral("--proxy"),
                           QStringLiteral("me:secret@proxy.example.com:3128")}
            << 2 << QStringLiteral("--proxy takes");
        QTest::newRow("proxy user without a manual proxy")
            << QStringList{instance,
                           add,
                           QStringLiteral("X"),
                           QStringLiteral("--url"),
                           QStringLiteral("https://gitlab.example.com"),
                           QStringLiteral("--proxy-user"),
                           QStringLiteral("me")}
            << 2 << QStringLiteral("need a manual proxy");
        QTest::newRow("missing CA file")
            << QStringList{instance,
                           add,
                           QStringLiteral("X"),
                           QStringLiteral("--url"),
                           QStringLiteral("https://gitlab.example.com"),
                           QStringLiteral("--ca-file"),
                           QStringLiteral("/nonexistent.pem")}
            << 1 << QStringLiteral("cannot be read");
        QTest::newRow("unknown instance")
            << QStringList{QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("nope")}
            << 1 << QStringLiteral("no instance named");
        QTest::newRow("remove unknown")
            << QStringList{instance, QStringLiteral("remove"), QStringLiteral("nope")} << 1
            << QStringLiteral("no instance named");
    }

    void failuresAndUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void conflictExitsThreeUntilResolved()
    {
        QVERIFY(add(QStringLiteral("Conflicts"), SimTokens::admin).exitCode == 0);
        const QStringList i{QStringLiteral("-i"), QStringLiteral("Conflicts")};
        Result r =
            run(QStringList{QStringLiteral("models"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("shared"),
                            QStringLiteral("--family"), QStringLiteral("mistral"),
                            QStringLiteral("--endpoint"), QStringLiteral("https://a.example/v1")} +
                i);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = run(QStringList{QStringLiteral("models"), QStringLiteral("edit"),
                            QStringLiteral("shared"), QStringLiteral("--endpoint"),
                            QStringLiteral("https://mine.example/v1"),
                            QStringLiteral("--no-apply")} +
                i);
        QCOMPARE(r.exitCode, 0);

        // The web UI changes the same field meanwhile.
        QJsonObject state = sim.state();
        QJsonArray models = state.value(QLatin1String("models")).toArray();
        for (qsizetype k = 0; k < models.size(); ++k) {
            QJsonObject model = models[k].toObject();
            if (model.value(QLatin1String("name")).toString() == QLatin1String("shared")) {
                model.insert(QStringLiteral("endpoint"),
                             QStringLiteral("https://theirs.example/v1"));
                models[k] = model;
            }
        }
        sim.patchState({{QStringLiteral("models"), models}});

        r = run(QStringList{QStringLiteral("changes"), QStringLiteral("push")} + i);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QLatin1String("CONFLICT")), qPrintable(r.out));
        r = run(QStringList{QStringLiteral("changes"), QStringLiteral("list"),
                            QStringLiteral("--json")} +
                i);
        const QJsonObject change =
            QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(change.value(QLatin1String("status")).toString(), QStringLiteral("conflict"));
        QCOMPARE(change.value(QLatin1String("conflictFields")).toArray().first().toString(),
                 QStringLiteral("endpoint"));

        r = run(QStringList{QStringLiteral("changes"), QStringLiteral("resolve"),
                            change.value(QLatin1String("id")).toString().left(8),
                            QStringLiteral("endpoint"), QStringLiteral("--keep-mine")} +
                i);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(QStringList{QStringLiteral("changes"), QStringLiteral("push")} + i);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = run(QStringList{QStringLiteral("models"), QStringLiteral("list"),
                            QStringLiteral("--json")} +
                i);
        QVERIFY(r.out.contains(QLatin1String("https://mine.example/v1")));
        QCOMPARE(
            run({QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("Conflicts")})
                .exitCode,
            0);
    }

    void refusedTokenExitsWithTheReason()
    {
        QVERIFY(add(QStringLiteral("Revoked"), SimTokens::revoked).exitCode == 0);
        const Result r =
            run({QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("Revoked")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Token was revoked")), qPrintable(r.err));
        QVERIFY(
            run({QStringLiteral("instance"), QStringLiteral("remove"), QStringLiteral("Revoked")})
                .exitCode == 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
