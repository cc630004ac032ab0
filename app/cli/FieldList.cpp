#include "FieldList.h"

#include "CliContext.h"

namespace {

// East Asian Wide and Fullwidth characters (Unicode's EastAsianWidth W and F), by block.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int FieldList::columns(const QString &text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4())
        columns += isWide(c) ? 2 : 1;
    return columns;
}

QString FieldList::padded(const QString &text, int width)
{
    return text + QString(width - columns(text) + 2, QLatin1Char(' '));
}

void FieldList::add(const QString &label, const QString &value, bool marked)
{
    m_fields.append({tr("%1:", "a label before its value").arg(label), value, marked});
}

void FieldList::print(CliContext &ctx) const
{
    int width = 0;
    for (const Field &field : m_fields)
        width = std::max(width, columns(field.label));
    for (const Field &field : m_fields) {
        const QString mark = !m_withMarks   ? QString()
                             : field.marked ? QStringLiteral("* ")
                                            : QStringLiteral("  ");
        ctx.print(mark + padded(field.label, width) + field.value);
    }
}
