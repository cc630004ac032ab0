#include "base/Translations.h"

#include "base/AppInfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

namespace {
void load(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

void install(QCoreApplication &app)
{
    load(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(app, QStringLiteral("qtkeychain"), QStringLiteral("/usr/share/qt6keychain/translations"));
    load(app, QLatin1String(AppInfo::applicationName), QStringLiteral(":/i18n"));
}

} // namespace Translations
