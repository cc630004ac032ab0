#include "ConsoleProcess.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// Input a hostile tester gives the command line, and what a server may already hold: each kind
// tried with several values. Nothing unchecked reaches the server, the keychain or a terminal.
class TestBadInput : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;

    static ConsoleProcess::Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        return ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY), arguments, input);
    }

    // Runs the console through sh, so arguments can hold bytes that are not UTF-8.
    static ConsoleProcess::Result runRaw(const QString &arguments)
    {
        return ConsoleProcess::run(QStringLiteral("/bin/sh"),
                                   {QStringLiteral("-c"),
                                    QStringLiteral("exec \"$0\" ") + arguments,
                                    QStringLiteral(DUO_CONSOLE_BINARY)});
    }

    static QStringList addModel(const QString &name, const QString &endpoint,
                                const QString &identifier)
    {
        return {QStringLiteral("models"),       QStringLiteral("add"),
                QStringLiteral("--no-apply"),   QStringLiteral("--offline"),
                QStringLiteral("--name"),       name,
                QStringLiteral("--family"),     QStringLiteral("mistral"),
                QStringLiteral("--endpoint"),   endpoint,
                QStringLiteral("--identifier"), identifier};
    }

    static bool holdsRawControls(const QString &text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) ||
                (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
                return true;
        }
        return false;
    }

    int requestCount() { return int(sim.requests().size()); }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto r = run(
            {QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("Input"),
             QStringLiteral("--url"), sim.gitlabUrl().toString(), QStringLiteral("--allow-http"),
             QStringLiteral("--proxy"), QStringLiteral("none"), QStringLiteral("--token-stdin")},
            QByteArray(SimTokens::admin) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void credentialsInTheUrlAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("user and password") << "https://admin:s3cret-value@gitlab.example.com";
        QTest::newRow("user only") << "https://s3cret-value@gitlab.example.com";
        QTest::newRow("encoded password") << "https://admin:s3cret%2Dvalue@gitlab.example.com";
        QTest::newRow("http with password") << "http://root:s3cret-value@gitlab.example.com";
    }

    void credentialsInTheUrlAreRefused()
    {
        QFETCH(QString, url);
        auto r = run({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("Creds"),
                      QStringLiteral("--url"), url, QStringLiteral("--allow-http")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("keychain")), qPrintable(r.err));
        r = run({QStringLiteral("instance"), QStringLiteral("edit"), QStringLiteral("Input"),
                 QStringLiteral("--url"), url, QStringLiteral("--allow-http")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(xdg.filesContaining("s3cret").isEmpty());
    }

    void controlCharactersAreRefused_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("character");
        const std::pair<const char *, char16_t> characters[] = {
            {"ESC", 0x1b}, {"BEL", 0x07}, {"LF", 0x0a},  {"CR", 0x0d},
            {"TAB", 0x09}, {"DEL", 0x7f}, {"CSI", 0x9b}, {"NEL", 0x85}};
        for (int field = 0; field < 3; ++field) {
            for (const auto &[name, code] : characters)
                QTest::addRow("%s in %s", name,
                              field == 0   ? "name"
                              : field == 1 ? "endpoint"
                                           : "identifier")
                    << field << QString(QChar(code));
        }
    }

    void controlCharactersAreRefused()
    {
        QFETCH(int, field);
        QFETCH(QString, character);
        QString name = QStringLiteral("clean");
        QString endpoint = QStringLiteral("https://models.example.com/v1");
        QString identifier = QStringLiteral("custom_openai/model");
        (field == 0   ? name
         : field == 1 ? endpoint
                      : identifier)
            .insert(5, character + QLatin1String("]0;forged"));
        const auto r = run(addModel(name, endpoint, identifier));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("control character")), qPrintable(r.err));
        QVERIFY(!holdsRawControls(r.err) && !holdsRawControls(r.out));
    }

    void serverHeldNamesAreEscaped()
    {
        const QString hostile = QStringLiteral("evil\x1b]0;pwned\x07name\u202Egpj.exe\u009b2J");
        sim.patchState(
            {{QStringLiteral("models"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("id"), 41},
                  {QStringLiteral("name"), hostile},
                  {QStringLiteral("model"), QStringLiteral("mistral")},
                  {QStringLiteral("endpoint"), QStringLiteral("https://models.example.com/v1")},
                  {QStringLiteral("identifier"), QStringLiteral("custom_openai/\x1b[31mred")}}}}});
        auto r = run({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("-i"),
                      QStringLiteral("Input"), QStringLiteral("--refresh")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!holdsRawControls(r.out), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("evil\\u{001b}]0;pwned\\u{0007}name"),
                                Qt::CaseInsensitive),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("\\u{202e}"), Qt::CaseInsensitive));

        r = run({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("-i"),
                 QStringLiteral("Input"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!holdsRawControls(r.out));
        const QJsonArray models = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().toObject().value(QLatin1String("name")).toString(), hostile);
        sim.patchState({{QStringLiteral("models"), QJsonArray()}});
    }

    void invalidUtf8ArgumentsAreRefused_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::newRow("lone continuation byte")
            << "models add --offline --no-apply --name \"$(printf 'a\\200b')\" --family mistral "
               "--endpoint https://m.example.com/v1";
        QTest::newRow("latin-1 byte") << "models add --offline --no-apply --name \"$(printf "
                                         "'caf\\351')\" --family mistral --endpoint "
                                         "https://m.example.com/v1";
        QTest::newRow("overlong slash") << "models add --offline --no-apply --name m --family "
                                           "mistral --endpoint \"$(printf "
                                           "'https://m.example.com/\\300\\257')\"";
        QTest::newRow("in the instance name") << "changes list -i \"$(printf 'In\\377put')\"";
    }

    void invalidUtf8ArgumentsAreRefused()
    {
        QFETCH(QString, arguments);
        const auto r = runRaw(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("UTF-8")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QChar(0xfffd)));
    }

    void oversizedSecretsAreRefusedBeforeStoring_data()
    {
        QTest::addColumn<bool>("isToken");
        QTest::addColumn<int>("size");
        QTest::newRow("token 1025") << true << 1025;
        QTest::newRow("token 64 KiB") << true << 65536;
        QTest::newRow("token 1 MB") << true << (1 << 20);
        QTest::newRow("API key 8193") << false << 8193;
        QTest::newRow("API key 1 MB") << false << (1 << 20);
    }

    void oversizedSecretsAreRefusedBeforeStoring()
    {
        QFETCH(bool, isToken);
        QFETCH(int, size);
        const QByteArray secret(size, 'k');
        const int before = requestCount();
        auto r = isToken ? run({QStringLiteral("instance"), QStringLiteral("token"),
                                QStringLiteral("Input"), QStringLiteral("--token-stdin")},
                               secret + '\n')
                         : run(addModel(QStringLiteral("keyed"),
                                        QStringLiteral("https://models.example.com/v1"),
                                        QStringLiteral("custom_openai/model"))
                                   << QStringLiteral("--api-key-stdin"),
                               secret + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QString::number(size)), qPrintable(r.err.left(300)));
        QCOMPARE(requestCount(), before);
        // The stored token is the one from before: the instance still connects.
        r = run({QStringLiteral("status"), QStringLiteral("-i"), QStringLiteral("Input")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("changes"), QStringLiteral("list"), QStringLiteral("-i"),
                 QStringLiteral("Input")});
        QVERIFY(!r.out.contains(QLatin1String("keyed")));
    }

    void emptyInstanceNameIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const QString &name : {QString(), QStringLiteral("   ")}) {
            const QString label =
                name.isEmpty() ? QStringLiteral("empty") : QStringLiteral("blank");
            QTest::addRow("push, %s", qPrintable(label)) << QStringList{
                QStringLiteral("changes"), QStringLiteral("push"), QStringLiteral("-i"), name};
            QTest::addRow("list, %s", qPrintable(label))
                << QStringList{QStringLiteral("models"), QStringLiteral("list"),
                               QStringLiteral("--instance"), name};
            QTest::addRow("status, %s", qPrintable(label))
                << QStringList{QStringLiteral("status"), QStringLiteral("-i"), name};
        }
    }

    void emptyInstanceNameIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        const int before = requestCount();
        const auto r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(requestCount(), before);
    }

    void timeoutOptionIsHonoured_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("status") << QStringList{QStringLiteral("status")};
        QTest::newRow("models list") << QStringList{
            QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--refresh")};
        QTest::newRow("refresh") << QStringList{QStringLiteral("refresh")};
    }

    void timeoutOptionIsHonoured()
    {
        QFETCH(QStringList, arguments);
        sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/v4/metadata")},
                      {QStringLiteral("hang"), true}});
        QElapsedTimer clock;
        clock.start();
        const auto r = run(arguments << QStringLiteral("-i") << QStringLiteral("Input")
                                     << QStringLiteral("--timeout") << QStringLiteral("2"));
        const qint64 elapsed = clock.elapsed();
        sim.clearFaults();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("did not answer in time")), qPrintable(r.err));
        // The profile's timeout is 30 s: well before that, the 2 s one has been applied.
        QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
    }

    void helpIsReadableUtf8()
    {
        const auto r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("ID\u2026")));
        QVERIFY(!r.out.contains(QStringLiteral("\u00e2\u0080")));
        QVERIFY(!r.out.contains(QChar(0xfffd)));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
