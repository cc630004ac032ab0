#include "ConnectionPanel.h"

#include "session/InstanceSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionPanel::ConnectionPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("connectionPanel"));
    setFrameShape(QFrame::StyledPanel);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("sessionToken"));
    m_token->setAccessibleName(tr("Token for this session"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Personal access token, kept in memory for this session"));
    m_useToken = new QPushButton(tr("Use for this session"), this);
    m_useToken->setObjectName(QStringLiteral("useSessionToken"));
    m_useToken->setAccessibleName(m_useToken->text());
    m_reconnect = new QPushButton(tr("Reconnect"), this);
    m_reconnect->setObjectName(QStringLiteral("panelReconnect"));
    m_reconnect->setAccessibleName(tr("Reconnect"));
    m_edit = new QPushButton(tr("Edit instance…"), this);
    m_edit->setObjectName(QStringLiteral("panelEditInstance"));
    m_edit->setAccessibleName(tr("Edit instance"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_token, 1);
    buttons->addWidget(m_useToken);
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reconnect);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->connectToInstance();
    });
    connect(m_edit, &QPushButton::clicked, this, &ConnectionPanel::editRequested);
    auto useToken = [this] {
        if (!m_session || m_token->text().trimmed().isEmpty())
            return;
        if (const QString problem = m_session->useTokenForThisRun(m_token->text().trimmed());
            !problem.isEmpty()) {
            m_message->setText(problem);
            m_message->setAccessibleName(problem);
            return;
        }
        m_token->clear();
    };
    connect(m_useToken, &QPushButton::clicked, this, useToken);
    connect(m_token, &QLineEdit::returnPressed, this, useToken);
    hide();
}

void ConnectionPanel::setSession(InstanceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session, &InstanceSession::stateChanged, this, &ConnectionPanel::refresh);
    refresh();
}

void ConnectionPanel::refresh()
{
    using State = InstanceSession::State;
    const State state = m_session ? m_session->state() : State::Idle;
    const bool needsToken = state == State::NeedsToken;
    m_token->setVisible(needsToken);
    m_useToken->setVisible(needsToken);
    switch (state) {
    case State::Idle:
    case State::Connected:
        hide();
        return;
    case State::ReadingToken:
    case State::Connecting:
        m_message->setText(
            tr("Connecting to %1…").arg(m_session->profile().connection.url.toDisplayString()));
        m_reconnect->setEnabled(false);
        break;
    case State::NeedsToken:
        m_message->setText(m_session->tokenProblem().message());
        m_reconnect->setEnabled(true);
        break;
    case State::Offline:
    case State::Failed:
        m_message->setText(m_session->error().userMessage());
        m_reconnect->setEnabled(true);
        break;
    }
    m_message->setAccessibleName(m_message->text());
    show();
}
