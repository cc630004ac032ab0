#include "UntranslatedText.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace UntranslatedText {

namespace {

int wordCount(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    int words = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++words;
    return words;
}

} // namespace

QStringList fragments(const QString &language)
{
    QFile file(QStringLiteral(DUO_TRANSLATIONS_DIR "/duo-console_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression placeholder(QStringLiteral("%L?(n|\\d+)|\\n"));
    QStringList found;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement() && name == QLatin1String("message")) {
            source.clear();
            translations.clear();
        } else if (xml.isStartElement() && name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() &&
                   (name == QLatin1String("translation") || name == QLatin1String("numerusform"))) {
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!text.isEmpty())
                translations << text;
        } else if (xml.isEndElement() && name == QLatin1String("message")) {
            for (QString part : source.split(placeholder)) {
                part = part.trimmed();
                if (wordCount(part) < 3)
                    continue;
                const bool kept = std::any_of(
                    translations.cbegin(), translations.cend(),
                    [&](const QString &translation) { return translation.contains(part); });
                if (!kept)
                    found << part;
            }
        }
    }
    found.removeDuplicates();
    return found;
}

QStringList foundIn(const QString &text, const QStringList &fragments)
{
    QStringList found;
    for (const QString &fragment : fragments) {
        if (text.contains(fragment))
            found << fragment;
    }
    return found;
}

} // namespace UntranslatedText
