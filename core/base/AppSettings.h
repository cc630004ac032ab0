#pragma once

#include "ColorScheme.h"

#include <QString>
#include <QVariant>

// Every persisted preference, with its QSettings key and default, in one table.
namespace AppSettings {

template <typename T> struct Key
{
    const char *path;
    T fallback;
};

inline const Key<QString> appearance{"ui/appearance", QStringLiteral("system")};
inline const Key<QByteArray> windowGeometry{"ui/windowGeometry", {}};
inline const Key<QByteArray> windowState{"ui/windowState", {}};
inline const Key<int> lastPane{"ui/lastPane", 0};
inline const Key<QString> currentInstance{"ui/currentInstance", {}};
// A locale name ("de", "ja", …) that overrides the system's language; empty: the system's.
inline const Key<QString> language{"ui/language", {}};
// GitLab's "Do not show again" of its consent to GitLab-managed models.
inline const Key<bool> gitlabModelConsent{"ui/gitlabModelConsent", false};

QVariant readValue(const char *path, const QVariant &fallback);
void writeValue(const char *path, const QVariant &value);

template <typename T> T get(const Key<T> &key)
{
    return readValue(key.path, QVariant::fromValue(key.fallback)).template value<T>();
}

template <typename T> void set(const Key<T> &key, const T &value)
{
    writeValue(key.path, QVariant::fromValue(value));
}

AppearanceMode appearanceMode();
void setAppearanceMode(AppearanceMode mode);
QString appearanceModeName(AppearanceMode mode);

} // namespace AppSettings
