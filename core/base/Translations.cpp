#include "base/Translations.h"

#include "base/AppInfo.h"
#include "base/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace Translations {

namespace {

QStringList &loadedFiles()
{
    static QStringList files;
    return files;
}

bool installed(QTranslator *translator)
{
    loadedFiles() << QStringLiteral("%1 (%2)").arg(translator->filePath(), translator->language());
    return QCoreApplication::installTranslator(translator);
}

bool load(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), directory))
        return installed(translator);
    delete translator;
    return false;
}

} // namespace

void install(QCoreApplication &app)
{
    // The language chosen in the window overrides the system's.
    if (const QString chosen = AppSettings::get(AppSettings::language); !chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    load(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // /usr/share on Debian, /app/share in a Flatpak: wherever QtKeychain installed them.
    for (const QString &directory : QStandardPaths::locateAll(
             QStandardPaths::GenericDataLocation, QStringLiteral("qt6keychain/translations"),
             QStandardPaths::LocateDirectory)) {
        if (load(app, QStringLiteral("qtkeychain"), directory))
            break;
    }
    const QString name = QLatin1String(AppInfo::applicationName);
    if (load(app, name, QStringLiteral(":/i18n")))
        return;
    // No translation for this language: English, with its plural forms.
    auto *english = new QTranslator(&app);
    if (english->load(name + QLatin1String("_en"), QStringLiteral(":/i18n")))
        installed(english);
    else
        delete english;
}

QStringList loaded()
{
    return loadedFiles();
}

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")};
}

} // namespace Translations
