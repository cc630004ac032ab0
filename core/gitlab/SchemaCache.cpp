#include "SchemaCache.h"

#include "base/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace SchemaCache {

namespace {
constexpr int format = 2;

QString pathFor(const QUrl &instance, const QString &version, const QString &revision)
{
    const QString build = instance.toString(QUrl::RemoveUserInfo) + QLatin1Char('\n') + version +
                          QLatin1Char('\n') + revision;
    const QByteArray key =
        QCryptographicHash::hash(build.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QLatin1String("/schemas/") + QString::fromLatin1(key) + QLatin1String(".json");
}
} // namespace

std::optional<ApiShape> load(const QUrl &instance, const QString &version, const QString &revision)
{
    QFile file(pathFor(instance, version, revision));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    // A cache written before the shape knew its current flags is read again.
    if (json.value(QLatin1String("format")).toInt() != format ||
        json.value(QLatin1String("version")).toString() != version ||
        json.value(QLatin1String("revision")).toString() != revision)
        return std::nullopt;
    const ApiShape shape = ApiShape::fromJson(json.value(QLatin1String("shape")).toObject());
    if (!shape.known)
        return std::nullopt;
    return shape;
}

void store(const QUrl &instance, const QString &version, const QString &revision,
           const ApiShape &shape)
{
    const QString path = pathFor(instance, version, revision);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcNet) << "cannot write the schema cache" << path << file.errorString();
        return;
    }
    const QJsonObject json{{QStringLiteral("format"), format},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("revision"), revision},
                           {QStringLiteral("shape"), shape.toJson()}};
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcNet) << "cannot write the schema cache" << path << file.errorString();
}

} // namespace SchemaCache
