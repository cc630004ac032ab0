#pragma once

#include "model/InstanceProfile.h"

#include <QObject>
#include <QPointer>

class InstanceDirectory;
class InstanceSession;
class QWidget;

// The window's side of instances: the add / edit / remove dialogs, which instance is current,
// and its session. Dialogs are opened without blocking (open(), never exec()).
class InstanceController : public QObject
{
    Q_OBJECT

public:
    InstanceController(InstanceDirectory *instances, QWidget *dialogParent);

    QList<InstanceProfile> profiles() const;
    InstanceDirectory *directory() const { return m_instances; }
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
    // Something the administrator should read, for the window's notice banner.
    void notice(const QString &message);

private:
    void saveFromDialog(const InstanceProfile &profile, const QString &token,
                        const QString &proxyPassword);
    void offerSessionToken(const InstanceProfile &profile, const QString &token,
                           const QString &why);
    void closeSession();

    InstanceDirectory *m_instances;
    QWidget *m_dialogParent;
    QPointer<InstanceSession> m_session;
};
