#pragma once

#include "model/ConnectionSettings.h"

// How tests reach an instance: no proxy, and plain http:// allowed, as for the loopback
// simulator.
inline ConnectionSettings testSettings(const QUrl &url,
                                       std::chrono::seconds timeout = std::chrono::seconds(30))
{
    ConnectionSettings settings;
    settings.url = url;
    settings.allowHttp = url.scheme() == QLatin1String("http");
    settings.proxy.mode = ProxySettings::Mode::None;
    settings.timeout = timeout;
    return settings;
}
