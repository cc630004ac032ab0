#include "InstanceController.h"

#include "InstanceDialog.h"
#include "gitlab/InstanceSession.h"
#include "settings/AppSettings.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"

#include <QMessageBox>
#include <QPushButton>

InstanceController::InstanceController(SecretStore *secrets, QWidget *dialogParent)
    : QObject(dialogParent), m_secrets(secrets), m_dialogParent(dialogParent)
{}

InstanceSession *InstanceController::session() const
{
    return m_session;
}

void InstanceController::select(const QUuid &id, const QString &sessionToken)
{
    if (m_session && m_session->profile().id == id && sessionToken.isEmpty())
        return;
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    for (const InstanceProfile &profile : m_profiles.all()) {
        if (profile.id == id) {
            m_session = new InstanceSession(profile, m_secrets, this);
            AppSettings::set(AppSettings::currentInstance, profile.idString());
            break;
        }
    }
    Q_EMIT sessionChanged(m_session);
    if (!m_session)
        return;
    if (sessionToken.isEmpty())
        m_session->connectToInstance();
    else
        m_session->useTokenForThisRun(sessionToken);
}

void InstanceController::reconnect()
{
    if (m_session)
        m_session->connectToInstance();
}

void InstanceController::addInstance()
{
    auto *dialog = new InstanceDialog(m_profiles, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveFromDialog(dialog->profile(), dialog->token()); });
    dialog->open();
}

void InstanceController::editInstance()
{
    if (!m_session)
        return;
    auto *dialog = new InstanceDialog(m_profiles, m_session->profile(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveFromDialog(dialog->profile(), dialog->token()); });
    dialog->open();
}

void InstanceController::saveFromDialog(const InstanceProfile &profile, const QString &token)
{
    m_profiles.save(profile);
    Q_EMIT profilesChanged();
    auto reopen = [this, profile] {
        if (m_session && m_session->profile().id == profile.id) {
            m_session->deleteLater();
            m_session = nullptr;
        }
        select(profile.id);
    };
    if (token.isEmpty()) {
        reopen();
        return;
    }
    m_secrets->write(profile.tokenKey(), token, this,
                     [this, profile, token, reopen](const SecretResult &result) {
                         reopen();
                         if (!result.ok())
                             offerSessionToken(profile, token, result.message());
                     });
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
            m_session->useTokenForThisRun(token);
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
        QStringList keys = Workspace::draftKeyNames(profile.idString());
        keys << profile.tokenKey();
        for (const QString &key : std::as_const(keys))
            m_secrets->remove(key, this, [](const SecretResult &) {});
        m_profiles.remove(profile.id);
        Q_EMIT profilesChanged();
        const auto rest = m_profiles.all();
        if (rest.isEmpty())
            Q_EMIT sessionChanged(nullptr);
        else
            select(rest.first().id);
    });
    box->open();
}
