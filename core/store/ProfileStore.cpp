#include "ProfileStore.h"

#include "settings/AppSettings.h"

#include <QDir>
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

void ProfileStore::save(const InstanceProfile &profile)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.beginGroup(profile.idString());
    write(settings, Key::name, profile.name);
    write(settings, Key::url, profile.connection.url.toString());
    write(settings, Key::caBundle, profile.connection.caBundlePath);
    write(settings, Key::proxy, profile.connection.proxy.toString());
    write(settings, Key::timeoutSeconds, int(profile.connection.timeout.count()));
    write(settings, Key::allowHttp, profile.connection.allowHttp);
    settings.endGroup();
    settings.endGroup();
    settings.sync();
}

void ProfileStore::remove(const QUuid &id)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.remove(id.toString(QUuid::WithoutBraces));
    settings.endGroup();
    settings.sync();
    QDir(dataDirectory(id)).removeRecursively();
}

QString ProfileStore::nameProblem(const QString &name, const QUuid &id) const
{
    if (name.trimmed().isEmpty())
        return tr("Give the instance a name.");
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
