#include "CommandLine.h"

#include <QProcess>
#include <QtTest>

// The command line runs with no display at all: no DISPLAY, no WAYLAND_DISPLAY and no
// QT_QPA_PLATFORM, as on a server or in a CI job.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result runConsole(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DUO_CONSOLE_BINARY), arguments);
        if (!process.waitForFinished(20000))
            qWarning("duo-console did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionWorksWithoutDisplay()
    {
        const Result result = runConsole({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("duo-console 0.1.0"));
    }

    void helpListsOptionsAndExitCodes()
    {
        const Result result = runConsole({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *expected : {"--instance", "--json", "--offline", "--version", "Exit codes",
                                     "usage error", "conflicts need a decision"})
            QVERIFY2(result.out.contains(QLatin1String(expected)), expected);
    }

    void unknownCommandIsUsageError()
    {
        const Result result = runConsole({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("Unknown command 'frobnicate'")));
        QVERIFY(result.out.isEmpty());
    }

    void unknownOptionIsUsageError()
    {
        const Result result = runConsole({QStringLiteral("--no-such-option")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("no-such-option")));
    }

    void windowWithoutDisplayExplainsInsteadOfAborting()
    {
        const Result result = runConsole({});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("no display found")));
    }

    void decidesBetweenWindowAndCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("commandLine");
        const QString app = QStringLiteral("duo-console");
        QTest::newRow("nothing") << QStringList{app} << false;
        QTest::newRow("qt platform option")
            << QStringList{app, QStringLiteral("-platform"), QStringLiteral("offscreen")} << false;
        QTest::newRow("qt style and reverse")
            << QStringList{app, QStringLiteral("-reverse"), QStringLiteral("-style"),
                           QStringLiteral("Fusion")}
            << false;
        QTest::newRow("version") << QStringList{app, QStringLiteral("--version")} << true;
        QTest::newRow("help") << QStringList{app, QStringLiteral("-h")} << true;
        QTest::newRow("command") << QStringList{app, QStringLiteral("status")} << true;
        QTest::newRow("platform then command")
            << QStringList{app, QStringLiteral("-platform"), QStringLiteral("offscreen"),
                           QStringLiteral("status")}
            << true;
    }

    void decidesBetweenWindowAndCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, commandLine);
        QCOMPARE(CommandLine::wanted(arguments), commandLine);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
