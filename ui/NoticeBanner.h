#pragma once

#include <QFrame>

class QLabel;

// A dismissable strip above the panes for a condition the user should know about.
class NoticeBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void showNotice(const QString &text);
    QString text() const;

private:
    QLabel *m_text;
};
