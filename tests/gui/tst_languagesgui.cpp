// Every pane with data, read in German and Japanese: the translations are complete where they
// show, and screenshots of each pane are taken to be looked at (clipping, overlap, English left).
#include "DemoWindow.h"
#include "GuiTestSupport.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "base/AppInfo.h"

#include <QListWidget>
#include <QTranslator>
#include <QtTest>

class TestLanguagesGui : public QObject
{
    Q_OBJECT

    TempXdgDirs xdg;

private Q_SLOTS:
    void initTestCase() { DUO_REQUIRE_SIMULATOR_AND_KEYRING(); }

    void everyPaneReadsInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("sidebar");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("Abonnement"),
                                           QStringLiteral("Selbst gehostete Modelle"),
                                           QStringLiteral("KI-native Funktionen"),
                                           QStringLiteral("KI-Gateway"),
                                           QStringLiteral("Ausstehende Änderungen")};
        QTest::newRow("ja") << QStringLiteral("ja") << QStringList{};
    }

    void everyPaneReadsInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, sidebar);
        QTranslator translator;
        QVERIFY(
            translator.load(QLatin1String(AppInfo::applicationName) + QLatin1Char('_') + language,
                            QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));

        Simulator sim;
        SecretStore secrets{QStringLiteral("io.github.duoconsole.DuoConsole.languagestest")};
        DemoWindow demo;
        const QString problem = demo.open(sim, secrets, this, QLatin1String("Demo ") + language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MainWindow &window = demo.shown->window;
        auto *list = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        const QStringList english{QStringLiteral("Subscription"),
                                  QStringLiteral("Self-hosted models"),
                                  QStringLiteral("AI-native features"),
                                  QStringLiteral("AI gateway"), QStringLiteral("Pending changes")};
        for (int row = 0; row < list->count(); ++row) {
            QVERIFY2(list->item(row)->text() != english.at(row),
                     qPrintable(list->item(row)->text()));
            if (!sidebar.isEmpty())
                QCOMPARE(list->item(row)->text(), sidebar.at(row));
            window.showPane(row);
            QTest::qWait(200); // the pane fills from the workspace
            saveScreenshot(&window, QStringLiteral("lang-%1-%2.png").arg(language).arg(row));
        }
        demo.shown.reset();
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestLanguagesGui)
#include "tst_languagesgui.moc"
