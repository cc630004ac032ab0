#pragma once

#include <QStringList>

class QCoreApplication;

namespace Translations {
// Installs the translators for the user's locale: Duo Console's own (embedded), Qt's and
// QtKeychain's (from the system), each only where a translation exists.
// The language set in the window (AppSettings::language) overrides the system's; a language with
// no translation gets English.
void install(QCoreApplication &app);
// The files install() loaded, as "qtbase_de.qm in /usr/share/qt6/translations", for --verbose.
QStringList loaded();
// The languages Duo Console is translated to, as locale names.
QStringList languages();
} // namespace Translations
