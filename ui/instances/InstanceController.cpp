#include "InstanceController.h"

#include "InstanceDialog.h"
#include "base/AppSettings.h"
#include "session/InstanceDirectory.h"
#include "session/InstanceSession.h"

#include <QMessageBox>
#include <QPushButton>

InstanceController::InstanceController(InstanceDirectory *instances, QWidget *dialogParent)
    : QObject(dialogParent), m_instances(instances), m_dialogParent(dialogParent)
{}

QList<InstanceProfile> InstanceController::profiles() const
{
    return m_instances->profiles();
}

void InstanceController::closeSession()
{
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
}

InstanceSession *InstanceController::session() const
{
    return m_session;
}

void InstanceController::select(const QUuid &id, const QString &sessionToken)
{
    if (m_session && m_session->profile().id == id && sessionToken.isEmpty())
        return;
    closeSession();
    for (const InstanceProfile &profile : m_instances->profiles()) {
        if (profile.id == id) {
            m_session = m_instances->openSession(profile, tr("the Duo Console window"), this);
            m_session->setInteractive(true);
            AppSettings::set(AppSettings::currentInstance, profile.idString());
            break;
        }
    }
    Q_EMIT sessionChanged(m_session);
    if (!m_session)
        return;
    if (sessionToken.isEmpty()) {
        m_session->connectToInstance();
        return;
    }
    if (const QString problem = m_session->useTokenForThisRun(sessionToken); !problem.isEmpty()) {
        Q_EMIT notice(problem);
        m_session->connectToInstance();
    }
}

void InstanceController::reconnect()
{
    if (m_session)
        m_session->connectToInstance();
}

void InstanceController::addInstance()
{
    auto *dialog = new InstanceDialog(*m_instances, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        saveFromDialog(dialog->profile(), dialog->token(), dialog->proxyPassword());
    });
    dialog->open();
}

void InstanceController::editInstance()
{
    if (!m_session)
        return;
    auto *dialog = new InstanceDialog(*m_instances, m_session->profile(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        saveFromDialog(dialog->profile(), dialog->token(), dialog->proxyPassword());
    });
    dialog->open();
}

void InstanceController::saveFromDialog(const InstanceProfile &profile, const QString &token,
                                        const QString &proxyPassword)
{
    auto reopen = [this, profile] {
        Q_EMIT profilesChanged();
        if (m_session && m_session->profile().id == profile.id)
            closeSession();
        select(profile.id);
    };
    m_instances->save(
        profile, token, this,
        [this, profile, token, reopen](const Outcome &outcome) {
            if (!outcome.notice.isEmpty())
                Q_EMIT notice(outcome.notice);
            if (outcome.ok()) {
                reopen();
                return;
            }
            if (outcome.category != QLatin1String("keychain")) {
                Q_EMIT notice(outcome.message);
                return;
            }
            // The keychain refused the token: the profile is saved without it, and the token may
            // still serve this session.
            const QString why = outcome.message;
            m_instances->save(profile, {}, this,
                              [this, profile, token, why, reopen](const Outcome &saved) {
                                  if (!saved.ok()) {
                                      Q_EMIT notice(saved.message);
                                      return;
                                  }
                                  reopen();
                                  offerSessionToken(profile, token, why);
                              });
        },
        proxyPassword);
}

void InstanceController::offerSessionToken(const InstanceProfile &profile, const QString &token,
                                           const QString &why)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Token not stored"),
                                tr("The token for %1 could not be stored in the system "
                                   "keychain.\n\n%2\n\nDuo Console never writes tokens to a "
                                   "file. You can use the token for this session only; you will "
                                   "be asked for it again next time.")
                                    .arg(profile.name, why),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("tokenNotStoredBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *use = box->addButton(tr("Use for this session only"), QMessageBox::AcceptRole);
    use->setObjectName(QStringLiteral("useSessionTokenButton"));
    use->setAccessibleName(use->text());
    connect(use, &QPushButton::clicked, this, [this, token, id = profile.id] {
        if (m_session && m_session->profile().id == id)
            (void)m_session->useTokenForThisRun(token); // checked when it was first given
    });
    box->open();
}

void InstanceController::removeInstance()
{
    if (!m_session)
        return;
    const InstanceProfile profile = m_session->profile();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove instance"),
                                tr("Remove %1 (%2) from Duo Console? Its token is deleted from "
                                   "the keychain and its local data, including changes not yet "
                                   "pushed, is deleted. Nothing changes on the GitLab server.")
                                    .arg(profile.name, profile.connection.url.toDisplayString()),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("removeInstanceBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveInstance"));
    remove->setAccessibleName(remove->text());
    connect(remove, &QPushButton::clicked, this, [this, profile] {
        if (m_session && m_session->profile().id == profile.id) {
            delete m_session; // closes its workspace before its files go
            m_session = nullptr;
        }
        m_instances->remove(profile, this, [this](const Outcome &outcome) {
            if (!outcome.ok())
                Q_EMIT notice(outcome.message);
            Q_EMIT profilesChanged();
            const auto rest = m_instances->profiles();
            if (rest.isEmpty())
                Q_EMIT sessionChanged(nullptr);
            else
                select(rest.first().id);
        });
    });
    box->open();
}
