#include "ConsoleProcess.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "UntranslatedText.h"
#include "base/AppInfo.h"

#include <QFile>
#include <QtTest>

// The command line read in German, French and Japanese: the real binary with LANGUAGE set, as a
// user's shell would, through the commands an administrator runs and the failures they meet.
// Nothing in what it prints may be one of the console's English texts that its translation
// words differently; Qt's own words (the parser's "Usage:", its errors) come from Qt's
// translations. Each language's transcript is saved beside the screenshots to be read.
class TestCliLanguages : public QObject
{
    Q_OBJECT

    TempXdgDirs xdg;
    Simulator sim;

    using Result = ConsoleProcess::Result;

    QString instanceName;
    QString transcript;

    Result run(const QStringList &arguments, const QByteArray &input = {},
               ConsoleProcess::QtWarnings warnings = ConsoleProcess::QtWarnings::Fatal)
    {
        const Result r = ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY), arguments, input,
                                             120000, warnings);
        transcript += QLatin1String("$ duo-console ") + arguments.join(QLatin1Char(' ')) +
                      QStringLiteral("   [exit %1]\n").arg(r.exitCode) + r.out + r.err +
                      QLatin1Char('\n');
        return r;
    }

    Result run(const QString &words, const QByteArray &input = {})
    {
        return run(words.arg(instanceName).split(QLatin1Char(' ')), input);
    }

    void saveTranscript(const QString &language)
    {
        const QByteArray dir = qgetenv("DUO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QFile file(QString::fromLocal8Bit(dir) + QStringLiteral("/cli-%1.txt").arg(language));
        if (file.open(QIODevice::WriteOnly))
            file.write(transcript.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        AppInfo::applyTo(*QCoreApplication::instance());
        QVERIFY2(
            sim.start({QStringLiteral("19.6"), {}, QStringLiteral("demo-19.6.json"), {}, {}, {}}),
            qPrintable(sim.errorString()));
    }

    void cleanupTestCase()
    {
        sim.stop();
        qunsetenv("LANGUAGE");
    }

    void everyCommandReadsInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("usage"); // Qt's "Usage:", from Qt's own translation
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Aufruf:");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Utilisation :");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("使い方:");
    }

    void everyCommandReadsInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, usage);
        const QStringList fragments = UntranslatedText::fragments(language);
        QVERIFY2(fragments.size() > 100, "the translation's English texts were not read");
        qputenv("LANGUAGE", language.toUtf8());
        instanceName = QLatin1String("lang-") + language;
        transcript.clear();

        const Result help = run(QStringList{QStringLiteral("--help")});
        QVERIFY2(help.out.startsWith(usage), qPrintable(help.out.left(200)));
        run(QStringList{QStringLiteral("--no-such-option")});
        run(QStringList{QStringLiteral("models"), QStringLiteral("frobnicate")});

        // A token GitLab refuses, then an address where nothing listens.
        const QString url = sim.gitlabUrl().toString();
        run(QStringLiteral("instance add %1-badtoken --url ") + url +
                QLatin1String(" --allow-http --proxy none --token-stdin"),
            "glpat-not-a-valid-token\n");
        run(QStringList{QStringLiteral("instance"), QStringLiteral("add"),
                        instanceName + QLatin1String("-down"), QStringLiteral("--url"),
                        QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--allow-http"),
                        QStringLiteral("--proxy"), QStringLiteral("none"),
                        QStringLiteral("--token-stdin")},
            QByteArray(SimTokens::admin) + '\n');
        run(QStringLiteral("instance add %1-http --url http://gitlab.example.com --token-stdin"),
            QByteArray(SimTokens::admin) + '\n');
        run(QStringLiteral("status -i %1-badtoken"));
        run(QStringLiteral("status -i %1-down"));
        run(QStringLiteral("models list -i %1-down"));

        const Result added = run(QStringLiteral("instance add %1 --url ") + url +
                                     QLatin1String(" --allow-http --proxy none --token-stdin"),
                                 QByteArray(SimTokens::admin) + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(transcript));
        for (const QString &command :
             {QStringLiteral("instance list"), QStringLiteral("status -i %1"),
              QStringLiteral("status -i %1 --check"), QStringLiteral("models list -i %1"),
              QStringLiteral("features list -i %1"), QStringLiteral("gateway show -i %1"),
              QStringLiteral("subscription -i %1"),
              QStringLiteral("models add -i %1 --name de-trop --family MISTRAL --endpoint "
                             "ftp://models.example --no-apply"),
              QStringLiteral("models add -i %1 --name lang-model --family MISTRAL --endpoint "
                             "https://models.example/v1 --no-apply"),
              QStringLiteral("gateway set -i %1 --gateway-timeout 30"),
              QStringLiteral("features set -i %1 code_generations --model lang-model --no-apply"),
              QStringLiteral("changes list -i %1"), QStringLiteral("changes push -i %1 --dry-run"),
              QStringLiteral("changes push -i %1"), QStringLiteral("changes discard -i %1 --all"),
              QStringLiteral("refresh -i %1"), QStringLiteral("models test -i %1 lang-model"),
              QStringLiteral("models delete -i %1 no-such-model")})
            run(command);

        saveTranscript(language);
        const QStringList leaks = UntranslatedText::foundIn(transcript, fragments);
        QVERIFY2(leaks.isEmpty(),
                 qPrintable(QLatin1String("English left in the ") + language +
                            QLatin1String(" output: ") + leaks.join(QLatin1String(" | "))));
        for (const char *english : {"Usage:", "Unknown option", "Options:", "Arguments:"})
            QVERIFY2(!transcript.contains(QLatin1String(english)), english);
    }
};

QTEST_MAIN(TestCliLanguages)
#include "tst_clilanguages.moc"
