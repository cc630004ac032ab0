#include "ConnectionSettings.h"

bool ProxySettings::parse(const QString &text, ProxySettings *out)
{
    const QString value = text.trimmed();
    if (value.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0) {
        *out = {Mode::System, {}, 0, {}};
        return true;
    }
    if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        *out = {Mode::None, {}, 0, {}};
        return true;
    }
    // Credentials never travel in the address: user@host:port is refused.
    if (value.contains(QLatin1Char('@')) || value.contains(QLatin1String("://")))
        return false;
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return false;
    *out = {Mode::Manual, value.left(colon), static_cast<quint16>(port), out->user};
    return true;
}

QString ProxySettings::toString() const
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return host + QLatin1Char(':') + QString::number(port);
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}
