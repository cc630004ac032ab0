#pragma once

class QCoreApplication;

namespace Translations {
// Installs the translators for the user's locale: Duo Console's own (embedded), Qt's and
// QtKeychain's (from the system), each only where a translation exists.
void install(QCoreApplication &app);
} // namespace Translations
