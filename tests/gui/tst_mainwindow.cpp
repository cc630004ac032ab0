#include "GuiTestSupport.h"
#include "TempXdgDirs.h"
#include "base/AppSettings.h"
#include "panes/EmptyStatePane.h"
#include "panes/PaneCatalog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg; // before any QSettings

private Q_SLOTS:
    void walksTheSidebar()
    {
        ShownWindow shown;
        QVERIFY(shown.exposed());
        MainWindow &window = shown.window;

        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        auto *panes = window.findChild<QStackedWidget *>(QStringLiteral("panes"));
        QVERIFY(sidebar && panes);
        const QList<PaneInfo> catalog = PaneCatalog::panes();
        QCOMPARE(sidebar->count(), 5);
        QCOMPARE(panes->count(), 5);

        const QStringList expected = {
            QStringLiteral("Subscription"), QStringLiteral("Self-hosted models"),
            QStringLiteral("AI-native features"), QStringLiteral("AI gateway"),
            QStringLiteral("Pending changes")};
        for (int row = 0; row < sidebar->count(); ++row) {
            QListWidgetItem *item = sidebar->item(row);
            QCOMPARE(item->text(), expected.at(row));
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                              sidebar->visualItemRect(item).center());
            QTRY_COMPARE(panes->currentIndex(), row);
            auto *pane = qobject_cast<Pane *>(panes->currentWidget());
            QVERIFY(pane);
            QCOMPARE(pane->title(), expected.at(row));
            QVERIFY(pane->isVisible());
            auto *emptyText =
                pane->findChild<QLabel *>(catalog.at(row).id + QLatin1String("EmptyText"));
            QVERIFY(emptyText && emptyText->isVisible());
            auto *nextStep =
                pane->findChild<QLabel *>(catalog.at(row).id + QLatin1String("NextStep"));
            QVERIFY(nextStep && nextStep->isVisible());
            QVERIFY2(nextStep->text().contains(QLatin1String("Add a GitLab instance first")),
                     "the empty state says what to do first");
            // Wrapped text gets the height it needs: nothing is cut off.
            for (QLabel *label : {emptyText, nextStep})
                QVERIFY(label->height() >= label->heightForWidth(label->width()));
            saveScreenshot(&window, QStringLiteral("pane-%1.png").arg(catalog.at(row).id));
        }

        // Keyboard: up arrow goes back one entry.
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Up);
        QTRY_COMPARE(panes->currentIndex(), 3);

        QVERIFY(window.statusBar()->isVisible());
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QVERIFY(connection && connection->text() == QLatin1String("No instance"));
    }

    void everyInteractiveWidgetIsNamed()
    {
        ShownWindow shown;
        QVERIFY(shown.exposed());
        MainWindow &window = shown.window;
        window.buildAllPanes();
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(widget) ||
                                     qobject_cast<QAbstractItemView *>(widget);
            if (!interactive || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->isSeparator() || action->menu() || action->text().isEmpty())
                continue;
            QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
        }
    }

    void appearanceMenuSwitchesAndRemembers()
    {
        ShownWindow shown;
        QVERIFY(shown.exposed());
        MainWindow &window = shown.window;
        AppearanceManager &appearance = shown.appearance;
        auto *dark = window.findChild<QAction *>(QStringLiteral("appearancedarkAction"));
        auto *light = window.findChild<QAction *>(QStringLiteral("appearancelightAction"));
        QVERIFY(dark && light);

        dark->trigger();
        QCOMPARE(appearance.effectiveScheme(), ColorScheme::Dark);
        QCOMPARE(AppSettings::appearanceMode(), AppearanceMode::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        window.showPane(1);
        saveScreenshot(&window, QStringLiteral("dark-models.png"));

        light->trigger();
        QCOMPARE(appearance.effectiveScheme(), ColorScheme::Light);
        QCOMPARE(AppSettings::appearanceMode(), AppearanceMode::Light);
    }

    void theLanguageIsChosenInTheViewMenu()
    {
        ShownWindow shown;
        QVERIFY(shown.exposed());
        auto *german = shown.window.findChild<QAction *>(QStringLiteral("languagedeAction"));
        auto *system = shown.window.findChild<QAction *>(QStringLiteral("languageSystemAction"));
        QVERIFY(german && system);
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        german->trigger();
        QCOMPARE(AppSettings::get(AppSettings::language), QStringLiteral("de"));
        auto *notice = shown.window.findChild<QLabel *>(QStringLiteral("noticeText"));
        QVERIFY2(notice && notice->text().contains(QLatin1String("Deutsch")),
                 qPrintable(notice ? notice->text() : QString()));
        system->trigger();
        QCOMPARE(AppSettings::get(AppSettings::language), QString());
    }

    void remembersTheLastPane()
    {
        {
            ShownWindow shown;
            shown.window.showPane(3);
            shown.window.close();
        }
        ShownWindow again;
        QCOMPARE(again.window.currentPane(), 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
