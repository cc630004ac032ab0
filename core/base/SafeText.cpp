#include "SafeText.h"

#include <QStringDecoder>

namespace SafeText {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Characters that reorder what follows them on screen: embeddings, overrides and isolates.
bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
           c == 0x200f || c == 0x061c;
}

} // namespace

qsizetype firstControlCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControl(text.at(i).unicode()))
            return i;
    }
    return -1;
}

QString forDisplay(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isControl(u) || isBidiControl(u))
            shown += QStringLiteral("\\u{%1}").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

QByteArray escapeJson(const QByteArray &json)
{
    // QJsonDocument escapes C0 controls inside strings (a raw one is the layout's own newline);
    // DEL, C1 and the bidirectional controls pass through as UTF-8, and may only occur inside
    // strings, where \uXXXX is the same value.
    const QString text = QString::fromUtf8(json);
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x7f && isControl(u)) || isBidiControl(u))
            escaped += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped.toUtf8();
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString unused = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace SafeText
