// Every pane with data, read in German, French and Japanese: nothing a pane shows or tells a
// screen reader is one of the console's English texts that the translation words differently,
// and screenshots of each pane are taken to be looked at (clipping, overlap).
#include "DemoWindow.h"
#include "GuiTestSupport.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "UntranslatedText.h"
#include "base/AppInfo.h"

#include <QDialog>
#include <QLibraryInfo>
#include <QListWidget>
#include <QPushButton>
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
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("Abonnement"),
                                           QStringLiteral("Modèles auto-hébergés"),
                                           QStringLiteral("Fonctionnalités natives d'IA"),
                                           QStringLiteral("Passerelle IA"),
                                           QStringLiteral("Modifications en attente")};
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringList{QStringLiteral("サブスクリプション"),
                                           QStringLiteral("セルフホストモデル"),
                                           QStringLiteral("AIネイティブ機能"),
                                           QStringLiteral("AIゲートウェイ"),
                                           QStringLiteral("保留中の変更")};
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
        QTranslator qtTranslator; // Qt's own words (dialog buttons), as the application loads them
        if (qtTranslator.load(QStringLiteral("qtbase_") + language,
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
        QLocale::setDefault(QLocale(language));
        const QStringList fragments = UntranslatedText::fragments(language);
        QVERIFY(fragments.size() > 100);

        Simulator sim;
        SecretStore secrets{QStringLiteral("io.github.duoconsole.DuoConsole.languagestest")};
        DemoWindow demo;
        const QString problem = demo.open(sim, secrets, this, QLatin1String("Demo ") + language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MainWindow &window = demo.shown->window;
        auto *list = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        const QStringList englishSidebar{
            QStringLiteral("Subscription"), QStringLiteral("Self-hosted models"),
            QStringLiteral("AI-native features"), QStringLiteral("AI gateway"),
            QStringLiteral("Pending changes")};
        for (int row = 0; row < list->count(); ++row) {
            QVERIFY2(list->item(row)->text() != englishSidebar.at(row),
                     qPrintable(list->item(row)->text()));
            QCOMPARE(list->item(row)->text(), sidebar.at(row));
            window.showPane(row);
            QTest::qWait(200); // the pane fills from the workspace
            saveScreenshot(&window, QStringLiteral("lang-%1-%2.png").arg(language).arg(row));
            const QStringList english = UntranslatedText::foundIn(shownTexts(&window), fragments);
            QVERIFY2(english.isEmpty(), qPrintable(list->item(row)->text() + QLatin1String(": ") +
                                                   english.join(QLatin1String(" | "))));
        }

        // The dialogs an administrator meets first, filled in as they open.
        const auto readDialog = [&](const QString &name, const std::function<void()> &open,
                                    const std::function<bool(QDialog *)> &ready) {
            open();
            QDialog *dialog = nullptr;
            const bool opened = QTest::qWaitFor(
                [&] {
                    for (QDialog *candidate : window.findChildren<QDialog *>()) {
                        if (candidate->isVisible())
                            dialog = candidate;
                    }
                    return dialog && ready(dialog);
                },
                30000);
            if (!opened || !dialog)
                return QStringLiteral("%1: did not open").arg(name);
            saveScreenshot(dialog, QStringLiteral("lang-%1-%2.png").arg(language, name));
            const QStringList english = UntranslatedText::foundIn(shownTexts(dialog), fragments);
            dialog->reject();
            QTest::qWait(50);
            return english.isEmpty()
                       ? QString()
                       : name + QLatin1String(": ") + english.join(QLatin1String(" | "));
        };
        const auto click = [&window](const char *button) {
            QTest::mouseClick(window.findChild<QPushButton *>(QLatin1String(button)),
                              Qt::LeftButton);
        };
        const auto always = [](QDialog *) {
            return true;
        };
        QStringList problems;
        window.showPane(1);
        problems << readDialog(
            QStringLiteral("model-form"), [&] { click("addModel"); }, always);
        problems << readDialog(
            QStringLiteral("instance"),
            [&] { window.findChild<QAction *>(QStringLiteral("addInstanceAction"))->trigger(); },
            always);
        window.showPane(3);
        problems << readDialog(
            QStringLiteral("setup-check"),
            [&] {
                click("openSetupCheck");
                QTest::qWait(100);
                if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("setupCheckDialog")))
                    QTest::mouseClick(
                        dialog->findChild<QPushButton *>(QStringLiteral("runSetupCheck")),
                        Qt::LeftButton);
            },
            [](QDialog *dialog) {
                auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runSetupCheck"));
                return run && run->isEnabled();
            });
        problems.removeAll(QString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        demo.shown.reset();
        QCoreApplication::removeTranslator(&qtTranslator);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestLanguagesGui)
#include "tst_languagesgui.moc"
