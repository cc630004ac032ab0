#pragma once

#include <QString>
#include <QStringList>

// Finds the console's English left in what it shows in another language. Read from a .ts file:
// the runs of three or more English words between the placeholders of each source text that
// its translation words differently. One of them in the output is English left untranslated.
namespace UntranslatedText {

QStringList fragments(const QString &language); // from translations/duo-console_<language>.ts
QStringList foundIn(const QString &text, const QStringList &fragments);

} // namespace UntranslatedText
