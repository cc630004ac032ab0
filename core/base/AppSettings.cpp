#include "AppSettings.h"

#include <QSettings>

namespace AppSettings {

QVariant readValue(const char *path, const QVariant &fallback)
{
    return QSettings().value(QLatin1String(path), fallback);
}

void writeValue(const char *path, const QVariant &value)
{
    QSettings settings;
    settings.setValue(QLatin1String(path), value);
    settings.sync();
}

QString appearanceModeName(AppearanceMode mode)
{
    switch (mode) {
    case AppearanceMode::Light:
        return QStringLiteral("light");
    case AppearanceMode::Dark:
        return QStringLiteral("dark");
    case AppearanceMode::System:
        break;
    }
    return QStringLiteral("system");
}

AppearanceMode appearanceMode()
{
    const QString name = get(appearance);
    if (name == QLatin1String("light"))
        return AppearanceMode::Light;
    if (name == QLatin1String("dark"))
        return AppearanceMode::Dark;
    return AppearanceMode::System;
}

void setAppearanceMode(AppearanceMode mode)
{
    set(appearance, appearanceModeName(mode));
}

} // namespace AppSettings
