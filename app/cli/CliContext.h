#pragma once

#include "CommandLine.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>
#include <optional>

using ExitCode = CommandLine::ExitCode;

class ProfileStore;
class SecretStore;
struct InstanceProfile;

// What every command gets: its arguments, the output streams, and the shared stores. A command
// ends by calling finish() once; the process then exits with that code.
class CliContext
{
public:
    CliContext(const QCommandLineParser &parser, ProfileStore &profiles, SecretStore &secrets);

    const QCommandLineParser &parser;
    ProfileStore &profiles;
    SecretStore &secrets;
    QTextStream out;
    QTextStream err;

    bool json() const;
    bool offline() const;
    QStringList arguments() const; // positional arguments after the command words
    QString option(const QString &name) const { return parser.value(name); }
    bool isSet(const QString &name) const { return parser.isSet(name); }

    void printJson(const QJsonDocument &document);
    void fail(ExitCode code, const QString &message);
    void finish(ExitCode code);

    // The profile named by -i/--instance (or the only one); reports and fails when there is none.
    std::optional<InstanceProfile> instance();

    // Reads one line from standard input, surrounding whitespace dropped.
    static QString readLineFromStdin();
    // The --token-stdin token: the first line of standard input, read once.
    QString stdinToken();

    int commandWords = 1;

private:
    std::optional<QString> m_stdinToken;
};
