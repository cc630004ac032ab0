#pragma once

#include "model/ConnectionSettings.h"

#include <QString>
#include <QUuid>

// A GitLab instance the admin added. Keyed by a UUID so the display name can change without
// moving its keychain entry or its local data. The token is not here: it lives in the keychain.
struct InstanceProfile
{
    QUuid id;
    QString name;
    ConnectionSettings connection;

    QString idString() const { return id.toString(QUuid::WithoutBraces); }
    QString tokenKey() const { return QStringLiteral("instances/%1/token").arg(idString()); }
    QString proxyPasswordKey() const
    {
        return QStringLiteral("instances/%1/proxyPassword").arg(idString());
    }
};
