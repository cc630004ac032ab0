#include "EmptyStatePane.h"

#include "WidgetHelpers.h"
#include "session/InstanceSession.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using WidgetHelpers::scaleFont;
using WidgetHelpers::textLabel;

EmptyStatePane::EmptyStatePane(const PaneInfo &info, QWidget *parent) : Pane(parent), m_info(info)
{
    setObjectName(info.id + QLatin1String("Pane"));
    setAccessibleName(info.title);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(6);

    m_title = WidgetHelpers::addPaneHeader(layout, info, this);
    layout->addStretch(1);

    // The empty state: a centred column whose fixed width lets wrapped text take the height
    // it needs (an alignment flag would size the labels by their one-line hint).
    auto *column = new QVBoxLayout;
    column->setSpacing(8);

    auto *icon = new QLabel(this);
    icon->setObjectName(info.id + QLatin1String("EmptyIcon"));
    icon->setPixmap(QIcon(info.iconPath).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    column->addWidget(icon);

    auto *heading = m_heading =
        textLabel(info.emptyHeading, info.id + QLatin1String("EmptyHeading"), this);
    scaleFont(heading, 1.2, true);
    heading->setAlignment(Qt::AlignCenter);
    column->addWidget(heading);

    auto *text = textLabel(info.emptyText, info.id + QLatin1String("EmptyText"), this);
    text->setAlignment(Qt::AlignCenter);
    text->setAccessibleName(info.emptyHeading);
    text->setAccessibleDescription(info.emptyText);
    column->addWidget(text);

    auto *nextStep = m_nextStep =
        textLabel(info.nextStep, info.id + QLatin1String("NextStep"), this);
    nextStep->setAlignment(Qt::AlignCenter);
    nextStep->setAccessibleName(info.nextStep);
    column->addWidget(nextStep);

    for (QLabel *label : {heading, text, nextStep})
        label->setFixedWidth(520);

    m_addInstance = new QPushButton(tr("Add instance…"), this);
    m_addInstance->setObjectName(info.id + QLatin1String("AddInstance"));
    m_addInstance->setAccessibleName(tr("Add a GitLab instance"));
    connect(m_addInstance, &QPushButton::clicked, this, &EmptyStatePane::addInstanceRequested);
    column->addWidget(m_addInstance, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void EmptyStatePane::setSession(InstanceSession *session)
{
    if (session)
        showInstance(session->profile().name);
    else
        showNoInstance();
}

void EmptyStatePane::showNoInstance()
{
    m_heading->setText(m_info.emptyHeading);
    m_nextStep->show();
    m_addInstance->show();
}

void EmptyStatePane::showInstance(const QString &name)
{
    m_heading->setText(name);
    m_nextStep->hide();
    m_addInstance->hide();
}

QString EmptyStatePane::title() const
{
    return m_title->text();
}
