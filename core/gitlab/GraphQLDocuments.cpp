#include "GraphQLDocuments.h"

#include <QFile>
#include <QHash>

namespace GraphQLDocuments {

QString load(const QString &name)
{
    static QHash<QString, QString> cache;
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/graphql/%1.graphql").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    cache.insert(name, text);
    return text;
}

} // namespace GraphQLDocuments
