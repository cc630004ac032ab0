#include "PortalColorSchemeSource.h"

#include "base/Logging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace {
const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString settingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString colorSchemeKey = QStringLiteral("color-scheme");
} // namespace

PortalColorSchemeSource::PortalColorSchemeSource(QObject *parent)
    : PortalColorSchemeSource(QDBusConnection::sessionBus(), parent)
{}

PortalColorSchemeSource::PortalColorSchemeSource(const QDBusConnection &bus, QObject *parent)
    : ColorSchemeSource(parent), m_bus(bus)
{
    if (!m_bus.isConnected()) {
        qCInfo(lcSettings) << "no session bus; the desktop colour scheme is unknown";
        return;
    }
    m_bus.connect(portalService, portalPath, settingsInterface, QStringLiteral("SettingChanged"),
                  this, SLOT(onSettingChanged(QString, QString, QDBusVariant)));

    auto message = QDBusMessage::createMethodCall(portalService, portalPath, settingsInterface,
                                                  QStringLiteral("Read"));
    message << appearanceGroup << colorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                QDBusPendingReply<QDBusVariant> reply = *call;
                if (reply.isError()) {
                    qCInfo(lcSettings)
                        << "desktop portal gave no colour scheme:" << reply.error().message();
                    return;
                }
                apply(reply.value().variant());
            });
}

std::optional<ColorScheme> PortalColorSchemeSource::fromPortalValue(uint value)
{
    switch (value) {
    case 1:
        return ColorScheme::Dark;
    case 2:
        return ColorScheme::Light;
    default:
        return std::nullopt;
    }
}

void PortalColorSchemeSource::onSettingChanged(const QString &group, const QString &key,
                                               const QDBusVariant &value)
{
    if (group == appearanceGroup && key == colorSchemeKey)
        apply(value.variant());
}

void PortalColorSchemeSource::apply(const QVariant &value)
{
    // Read() wraps the value in one more variant than SettingChanged does.
    QVariant inner = value;
    while (inner.userType() == qMetaTypeId<QDBusVariant>())
        inner = inner.value<QDBusVariant>().variant();
    const auto scheme = fromPortalValue(inner.toUInt());
    m_answered = true;
    if (scheme == m_preferred)
        return;
    m_preferred = scheme;
    Q_EMIT preferredChanged();
}
