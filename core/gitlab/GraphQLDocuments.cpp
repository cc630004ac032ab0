#include "GraphQLDocuments.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

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

QString load(const QString &name, const QSet<QString> &capabilities)
{
    static const QRegularExpression condition(QStringLiteral(R"(#\s*if\s+(\w+)\s*$)"));
    QStringList kept;
    for (const QString &line : load(name).split(QLatin1Char('\n'))) {
        const auto match = condition.match(line);
        if (!match.hasMatch()) {
            kept << line;
        } else if (capabilities.contains(match.captured(1))) {
            kept << line.left(match.capturedStart());
        }
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace GraphQLDocuments
