#pragma once

#include <QFrame>
#include <QPointer>

class InstanceSession;
class QLabel;
class QLineEdit;
class QPushButton;

// Above the panes: what is wrong with the current instance's connection and what to do about
// it (reconnect, edit the instance, or give a token for this session). Hidden when all is well.
class ConnectionPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionPanel(QWidget *parent = nullptr);

    void setSession(InstanceSession *session);

Q_SIGNALS:
    void editRequested();

private:
    void refresh();

    QPointer<InstanceSession> m_session;
    QLabel *m_message;
    QLineEdit *m_token;
    QPushButton *m_useToken;
    QPushButton *m_reconnect;
    QPushButton *m_edit;
};
