#pragma once

#include "store/ProfileStore.h"

#include <QUuid>

// A saved instance profile for the simulator at `url`: plain HTTP, no proxy.
inline InstanceProfile saveSimulatorProfile(const QString &name, const QUrl &url)
{
    InstanceProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.connection.url = url;
    profile.connection.allowHttp = true;
    profile.connection.proxy.mode = ProxySettings::Mode::None;
    ProfileStore().save(profile);
    return profile;
}
