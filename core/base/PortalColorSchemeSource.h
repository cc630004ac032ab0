#pragma once

#include "ColorSchemeSource.h"

#include <QDBusConnection>
#include <QDBusVariant>

// Reads org.freedesktop.appearance color-scheme from the XDG desktop portal, asynchronously,
// and follows its SettingChanged signal.
class PortalColorSchemeSource : public ColorSchemeSource
{
    Q_OBJECT

public:
    explicit PortalColorSchemeSource(QObject *parent = nullptr);
    PortalColorSchemeSource(const QDBusConnection &bus, QObject *parent = nullptr);

    std::optional<ColorScheme> preferred() const override { return m_preferred; }
    bool hasAnswered() const { return m_answered; }

    // The portal's encoding: 0 no preference, 1 prefer dark, 2 prefer light.
    static std::optional<ColorScheme> fromPortalValue(uint value);

private Q_SLOTS:
    void onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void apply(const QVariant &value);

    QDBusConnection m_bus;
    std::optional<ColorScheme> m_preferred;
    bool m_answered = false;
};
