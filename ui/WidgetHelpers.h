#pragma once

#include "panes/PaneCatalog.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

// Small helpers the window's widgets share.
namespace WidgetHelpers {

// Every interactive widget gets an objectName (tests) and an accessible name (screen readers).
template <typename W> W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

// A wrapped, selectable label.
inline QLabel *textLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(text);
    return label;
}

inline void scaleFont(QWidget *widget, qreal factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

// A pane's title and description at the top of `layout`; returns the title.
inline QLabel *addPaneHeader(QVBoxLayout *layout, const PaneInfo &info, QWidget *parent)
{
    QLabel *title = textLabel(info.title, info.id + QLatin1String("Title"), parent);
    scaleFont(title, 1.6, true);
    layout->addWidget(title);
    layout->addWidget(textLabel(info.description, info.id + QLatin1String("Description"), parent));
    return title;
}

// A pane's two faces filling it: its empty state (index 0) and its page (index 1).
inline QStackedWidget *emptyOrPage(QWidget *pane, QWidget *empty, QWidget *page)
{
    auto *stack = new QStackedWidget(pane);
    stack->addWidget(empty);
    stack->addWidget(page);
    auto *outer = new QVBoxLayout(pane);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(stack);
    return stack;
}

} // namespace WidgetHelpers
