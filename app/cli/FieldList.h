#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class CliContext;

// "Label: value" lines with the values in one column after the longest label, however long the
// labels are in the language shown; a wide character (Japanese, Chinese, Korean) takes two
// columns of a terminal. With marks, each line starts with "* " (a pending change) or "  ".
class FieldList
{
    Q_DECLARE_TR_FUNCTIONS(FieldList)

public:
    explicit FieldList(bool withMarks = false) : m_withMarks(withMarks) {}

    void add(const QString &label, const QString &value, bool marked = false);
    void print(CliContext &ctx) const;

    static int columns(const QString &text); // the terminal columns `text` takes
    // `text`, then spaces up to `width` columns and the two that part it from what follows.
    static QString padded(const QString &text, int width);

private:
    struct Field
    {
        QString label;
        QString value;
        bool marked = false;
    };
    QList<Field> m_fields;
    bool m_withMarks;
};
