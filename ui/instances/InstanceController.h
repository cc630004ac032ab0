#pragma once

#include "store/ProfileStore.h"

#include <QObject>
#include <QPointer>

class InstanceSession;
class SecretStore;
class QWidget;

// The GUI's side of instances: the add / edit / remove dialogs, which instance is current, and
// its session. Dialogs are opened without blocking (open(), never exec()).
class InstanceController : public QObject
{
    Q_OBJECT

public:
    InstanceController(SecretStore *secrets, QWidget *dialogParent);

    QList<InstanceProfile> profiles() const { return m_profiles.all(); }
    InstanceSession *session() const;

    void addInstance();
    void editInstance();
    void removeInstance();
    // Makes the instance current and connects; with `sessionToken`, uses it for this run only.
    void select(const QUuid &id, const QString &sessionToken = {});
    void reconnect();

Q_SIGNALS:
    void profilesChanged();
    void sessionChanged(InstanceSession *session);

private:
    void saveFromDialog(const InstanceProfile &profile, const QString &token);
    void offerSessionToken(const InstanceProfile &profile, const QString &token,
                           const QString &why);

    ProfileStore m_profiles;
    SecretStore *m_secrets;
    QWidget *m_dialogParent;
    QPointer<InstanceSession> m_session;
};
