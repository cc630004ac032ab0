#include "AppearanceManager.h"

#include "Palettes.h"
#include "base/ColorSchemeSource.h"
#include "base/Logging.h"

#include <QApplication>
#include <QStyleFactory>

AppearanceManager::AppearanceManager(ColorSchemeSource *systemSource, QObject *parent)
    : QObject(parent), m_source(systemSource)
{
    if (m_source)
        connect(m_source, &ColorSchemeSource::preferredChanged, this, &AppearanceManager::apply);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    apply();
}

void AppearanceManager::setMode(AppearanceMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
    apply();
}

ColorScheme AppearanceManager::wantedScheme() const
{
    switch (m_mode) {
    case AppearanceMode::Light:
        return ColorScheme::Light;
    case AppearanceMode::Dark:
        return ColorScheme::Dark;
    case AppearanceMode::System:
        break;
    }
    if (m_source)
        return m_source->preferred().value_or(ColorScheme::Light);
    return ColorScheme::Light;
}

void AppearanceManager::apply()
{
    const ColorScheme wanted = wantedScheme();
    if (m_everApplied && wanted == m_applied)
        return;
    m_everApplied = true;
    m_applied = wanted;
    QApplication::setPalette(Palettes::forScheme(wanted));
    qCDebug(lcUi) << "colour scheme" << (wanted == ColorScheme::Dark ? "dark" : "light");
    Q_EMIT effectiveSchemeChanged(wanted);
}
