#include "ProfileStore.h"

#include "base/AppSettings.h"
#include "model/FieldRules.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString group = QStringLiteral("instances");

// The keys of one profile, under instances/<uuid>/.
namespace Key {
const AppSettings::Key<QString> name{"name", {}};
const AppSettings::Key<QString> url{"url", {}};
const AppSettings::Key<QString> caBundle{"caBundle", {}};
const AppSettings::Key<QString> proxy{"proxy", QStringLiteral("system")};
const AppSettings::Key<QString> proxyUser{"proxyUser", {}};
const AppSettings::Key<int> timeoutSeconds{"timeoutSeconds", 30};
const AppSettings::Key<bool> allowHttp{"allowHttp", false};
} // namespace Key

template <typename T> T read(const QSettings &settings, const AppSettings::Key<T> &key)
{
    return settings.value(QLatin1String(key.path), QVariant::fromValue(key.fallback))
        .template value<T>();
}

template <typename T>
void write(QSettings &settings, const AppSettings::Key<T> &key, const T &value)
{
    settings.setValue(QLatin1String(key.path), QVariant::fromValue(value));
}

InstanceProfile readProfile(QSettings &settings, const QString &id)
{
    settings.beginGroup(id);
    InstanceProfile profile;
    profile.id = QUuid::fromString(id);
    profile.name = read(settings, Key::name);
    profile.connection.url = QUrl(read(settings, Key::url));
    profile.connection.caBundlePath = read(settings, Key::caBundle);
    if (!ProxySettings::parse(read(settings, Key::proxy), &profile.connection.proxy))
        profile.connection.proxy = {};
    profile.connection.proxy.user = read(settings, Key::proxyUser);
    profile.connection.timeout = std::chrono::seconds(read(settings, Key::timeoutSeconds));
    profile.connection.allowHttp = read(settings, Key::allowHttp);
    settings.endGroup();
    return profile;
}

} // namespace

QList<InstanceProfile> ProfileStore::all() const
{
    QSettings settings;
    settings.beginGroup(group);
    QList<InstanceProfile> profiles;
    for (const QString &id : settings.childGroups()) {
        if (!QUuid::fromString(id).isNull())
            profiles << readProfile(settings, id);
    }
    std::sort(profiles.begin(), profiles.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return profiles;
}

std::optional<InstanceProfile> ProfileStore::find(const QString &nameOrId) const
{
    const QUuid id = QUuid::fromString(nameOrId);
    for (const InstanceProfile &profile : all()) {
        if ((!id.isNull() && profile.id == id) || profile.name == nameOrId)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::configurationPath()
{
    return QSettings().fileName();
}

QString ProfileStore::problem() const
{
    QSettings settings;
    const QFileInfo file(settings.fileName());
    if (!file.exists())
        return {};
    if (!file.isReadable())
        return tr("The configuration file %1 cannot be read (no permission). Instances cannot be "
                  "listed until it can.")
            .arg(file.filePath());
    // A file of ours holds the instances or the window's preferences, and parses.
    const QStringList groups = settings.childGroups();
    const bool ours =
        file.size() == 0 || groups.contains(group) || groups.contains(QStringLiteral("ui"));
    if (settings.status() == QSettings::FormatError || !ours)
        return tr("The configuration file %1 is not a Duo Console configuration (it cannot be "
                  "parsed). It was left as it is; fix it, or move it aside to start again.")
            .arg(file.filePath());
    return {};
}

Outcome ProfileStore::save(const InstanceProfile &profile)
{
    Outcome outcome;
    if (const QString unreadable = problem(); !unreadable.isEmpty()) {
        const QString path = configurationPath();
        const QString aside =
            path + QLatin1String(".unreadable-") +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
        if (!QFile::rename(path, aside))
            return Outcome::failure(QStringLiteral("configuration"), unreadable);
        outcome.notice = tr("The configuration file %1 could not be read; it was kept as %2, and "
                            "a new one was started.")
                             .arg(path, aside);
    }
    QSettings settings;
    settings.beginGroup(group);
    settings.beginGroup(profile.idString());
    write(settings, Key::name, profile.name);
    write(settings, Key::url, profile.connection.url.toString());
    write(settings, Key::caBundle, profile.connection.caBundlePath);
    write(settings, Key::proxy, profile.connection.proxy.toString());
    write(settings, Key::proxyUser, profile.connection.proxy.user);
    write(settings, Key::timeoutSeconds, int(profile.connection.timeout.count()));
    write(settings, Key::allowHttp, profile.connection.allowHttp);
    settings.endGroup();
    settings.endGroup();
    settings.sync();
    // Read back: what was not written is not saved.
    if (QSettings()
            .value(group + QLatin1Char('/') + profile.idString() + QLatin1String("/name"))
            .toString() != profile.name)
        return Outcome::failure(
            QStringLiteral("configuration"),
            tr("The configuration file %1 could not be written.").arg(settings.fileName()));
    return outcome;
}

Outcome ProfileStore::remove(const QUuid &id)
{
    if (const QString unreadable = problem(); !unreadable.isEmpty())
        return Outcome::failure(QStringLiteral("configuration"), unreadable);
    QSettings settings;
    settings.beginGroup(group);
    settings.remove(id.toString(QUuid::WithoutBraces));
    settings.endGroup();
    settings.sync();
    QDir(dataDirectory(id)).removeRecursively();
    if (QSettings().childGroups().contains(group) &&
        QSettings()
            .value(group + QLatin1Char('/') + id.toString(QUuid::WithoutBraces) +
                   QLatin1String("/name"))
            .isValid())
        return Outcome::failure(
            QStringLiteral("configuration"),
            tr("The configuration file %1 could not be written.").arg(settings.fileName()));
    return {};
}

QString ProfileStore::nameProblem(const QString &name, const QUuid &id) const
{
    if (name.trimmed().isEmpty())
        return tr("Give the instance a name.");
    if (name.trimmed().size() > maxNameLength)
        return tr("The instance name is %1 characters long; keep it to %2.")
            .arg(name.trimmed().size())
            .arg(maxNameLength);
    if (const QString problem = FieldRules::controlCharacters(tr("The instance name"), name);
        !problem.isEmpty())
        return problem;
    for (const InstanceProfile &profile : all()) {
        if (profile.name == name.trimmed() && profile.id != id)
            return tr("An instance named '%1' already exists.").arg(name.trimmed());
    }
    return {};
}

QString ProfileStore::dataDirectory(const QUuid &id)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/instances/") + id.toString(QUuid::WithoutBraces);
}
