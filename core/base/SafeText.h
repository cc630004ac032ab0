#pragma once

#include <QString>

// Text that crosses a trust boundary: what the console sends must hold no control characters,
// and what came from a server or a file is shown with its control and bidirectional-override
// characters escaped, so a name can neither retitle a terminal nor forge a line.
namespace SafeText {

// The first C0 or C1 control character, or DEL, in `text` (-1 when there is none). Tabs and
// newlines count: no field GitLab stores is multi-line.
qsizetype firstControlCharacter(const QString &text);

// `text` with C0, C1, DEL and bidirectional-override characters written as \u{XXXX}.
QString forDisplay(const QString &text);

// JSON text with the same characters written as JSON escapes (\uXXXX): the values are
// unchanged for a script, and nothing reaches a terminal raw.
QByteArray escapeJson(const QByteArray &json);

// Whether `bytes` is well-formed UTF-8.
bool isValidUtf8(const QByteArray &bytes);

} // namespace SafeText
