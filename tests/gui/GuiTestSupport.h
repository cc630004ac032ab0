#pragma once

#include "MainWindow.h"
#include "base/ColorSchemeSource.h"
#include "session/InstanceDirectory.h"
#include "theme/AppearanceManager.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QTabBar>
#include <QTest>

// A desktop that states no colour-scheme preference.
class NoColorPreference : public ColorSchemeSource
{
public:
    std::optional<ColorScheme> preferred() const override { return std::nullopt; }
};

// The main window as the application builds it, shown offscreen; its keychain entries under
// a service of the test's own.
struct ShownWindow
{
    explicit ShownWindow(
        const QString &keychainService = QStringLiteral("io.github.duoconsole.DuoConsole.guitest"))
        : instances(keychainService), window(&appearance, &instances)
    {
        window.show();
    }
    bool exposed() { return QTest::qWaitForWindowExposed(&window); }

    NoColorPreference desktop;
    AppearanceManager appearance{&desktop};
    InstanceDirectory instances;
    MainWindow window;
};

// Saves a picture of `widget` when DUO_SCREENSHOT_DIR names a folder.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QByteArray dir = qgetenv("DUO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

// Every text `root` shows or tells a screen reader, a line each: the text, title, placeholder,
// tool tip and accessible name of each visible widget, the items and headers of its views
// (the first 200 rows of each level), its combo boxes' and tabs' entries, and its actions.
inline QString shownTexts(QWidget *root)
{
    QStringList texts;
    const auto addModel = [&texts](const QAbstractItemModel *model, const QModelIndex &parent,
                                   int depth, const auto &self) -> void {
        if (!model || depth > 3)
            return;
        for (int row = 0; row < std::min(model->rowCount(parent), 200); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                texts << index.data(Qt::DisplayRole).toString()
                      << index.data(Qt::ToolTipRole).toString();
            }
            self(model, model->index(row, 0, parent), depth + 1, self);
        }
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        for (const char *property :
             {"text", "title", "placeholderText", "toolTip", "windowTitle", "accessibleName"}) {
            const QVariant value = widget->property(property);
            if (value.typeId() == QMetaType::QString)
                texts << value.toString();
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            addModel(model, view->rootIndex(), 0, addModel);
            for (int column = 0; model && column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
    }
    for (const QAction *action : root->findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    texts.removeAll(QString());
    return texts.join(QLatin1Char('\n'));
}
