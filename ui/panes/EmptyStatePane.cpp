#include "EmptyStatePane.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QLabel *makeLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void scaleFont(QLabel *label, qreal factor, bool bold)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}
} // namespace

EmptyStatePane::EmptyStatePane(const PaneInfo &info, QWidget *parent) : QWidget(parent)
{
    setObjectName(info.id + QLatin1String("Pane"));
    setAccessibleName(info.title);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(6);

    m_title = makeLabel(info.title, info.id + QLatin1String("Title"), this);
    scaleFont(m_title, 1.6, true);
    m_title->setAccessibleName(info.title);
    layout->addWidget(m_title);

    auto *description = makeLabel(info.description, info.id + QLatin1String("Description"), this);
    description->setAccessibleName(info.description);
    layout->addWidget(description);
    layout->addStretch(1);

    auto *icon = new QLabel(this);
    icon->setObjectName(info.id + QLatin1String("EmptyIcon"));
    icon->setPixmap(QIcon(info.iconPath).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto *heading = makeLabel(info.emptyHeading, info.id + QLatin1String("EmptyHeading"), this);
    scaleFont(heading, 1.2, true);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);

    auto *text = makeLabel(info.emptyText, info.id + QLatin1String("EmptyText"), this);
    text->setAlignment(Qt::AlignCenter);
    text->setAccessibleName(info.emptyHeading);
    text->setAccessibleDescription(info.emptyText);
    text->setMaximumWidth(560);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

QString EmptyStatePane::title() const
{
    return m_title->text();
}
