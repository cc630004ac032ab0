#include "NoticeBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

NoticeBanner::NoticeBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xfc, 0xa3, 0x26, 0x40));
    setPalette(tinted);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(20, 20));

    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("noticeDismiss"));
    close->setText(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss notice"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void NoticeBanner::showNotice(const QString &text)
{
    m_text->setText(text);
    setAccessibleName(text);
    show();
}

QString NoticeBanner::text() const
{
    return m_text->text();
}
