#pragma once

#include "base/ColorScheme.h"

#include <QObject>
#include <QPointer>

class ColorSchemeSource;

// Applies the user's appearance choice to the whole application: Light and Dark are fixed
// Fusion palettes; System follows the desktop's preference from a ColorSchemeSource.
class AppearanceManager : public QObject
{
    Q_OBJECT

public:
    explicit AppearanceManager(ColorSchemeSource *systemSource, QObject *parent = nullptr);

    AppearanceMode mode() const { return m_mode; }
    void setMode(AppearanceMode mode);

    ColorScheme effectiveScheme() const { return m_applied; }

Q_SIGNALS:
    void modeChanged(AppearanceMode mode);
    void effectiveSchemeChanged(ColorScheme scheme);

private:
    ColorScheme wantedScheme() const;
    void apply();

    QPointer<ColorSchemeSource> m_source;
    AppearanceMode m_mode = AppearanceMode::System;
    ColorScheme m_applied = ColorScheme::Light;
    bool m_everApplied = false;
};
