#pragma once

#include <QString>

class QCoreApplication;

// The identity fixes where QSettings, XDG data and keychain entries live: never change it lightly.
namespace AppInfo {

inline constexpr auto applicationName = "duo-console";
inline constexpr auto displayName = "Duo Console";
inline constexpr auto organizationName = "DuoConsole";
inline constexpr auto organizationDomain = "duoconsole.github.io";
inline constexpr auto applicationId = "io.github.duoconsole.DuoConsole";
inline constexpr auto version = DUO_VERSION;

void applyTo(QCoreApplication &app);
QString keychainService();

} // namespace AppInfo
