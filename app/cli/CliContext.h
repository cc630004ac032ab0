#pragma once

#include "CommandLine.h"
#include "model/InstanceProfile.h"
#include "model/Outcome.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QPointer>
#include <QTextStream>
#include <functional>
#include <optional>

using ExitCode = CommandLine::ExitCode;

class InstanceDirectory;
class InstanceSession;

// What every command gets: its arguments, the output streams, the instances, and the session
// on the chosen one. A command ends by calling finish() or fail() once; the process then exits
// with that code, after the keychain has answered what the session asked of it. Everything
// printed that came from a server or a file is escaped first, and with --json every outcome,
// failures included, is JSON on standard output.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const QCommandLineParser &parser, InstanceDirectory &instances);
    ~CliContext();

    const QCommandLineParser &parser;
    InstanceDirectory &instances;
    int commandWords = 1;

    bool json() const;
    bool offline() const;
    QStringList arguments() const; // positional arguments after the command words
    QString option(const QString &name) const { return parser.value(name); }
    bool isSet(const QString &name) const { return parser.isSet(name); }

    // A line of text on standard output (escaped), or JSON (with --json).
    void print(const QString &line);
    // A row of fields, each escaped, separated by tabs.
    void printRow(const QStringList &fields);
    void printJson(const QJsonValue &value);
    // A line on standard error (escaped).
    void warn(const QString &line);

    void fail(ExitCode code, const QString &category, const QString &message);
    void fail(const Outcome &outcome, ExitCode code = ExitCode::Failure);
    void usage(const QString &message);
    void finish(ExitCode code);

    // The profile named by -i/--instance (or the only one); fails the command when there is none.
    std::optional<InstanceProfile> instance();
    // A session on the chosen instance, once its workspace is open; fails the command when the
    // workspace cannot be opened (`needWorkspace`) or there is no such instance. A command
    // that lists no model asks for a partial view (`completeView` false): it reads only what
    // it touches.
    void withSession(std::function<void(InstanceSession &)> then, bool needWorkspace = true,
                     bool completeView = true);
    // The session, connected with the keychain's token or --token-stdin's; fails the command
    // when it cannot connect.
    void connected(InstanceSession &session, std::function<void()> then);
    // Runs `then` once the session holds a snapshot of the server: read first (connected) when
    // there is none yet, or when `refresh`. With --offline nothing is read, and an instance
    // never read fails the command.
    void withSnapshot(InstanceSession &session, bool refresh, std::function<void()> then);

    // Standard input, a line at a time: with --token-stdin the token is the first line, an API
    // key the next.
    QString stdinToken();
    QString stdinSecret();

private:
    QString readStdinLine();

    QTextStream m_out;
    QTextStream m_err;
    QPointer<InstanceSession> m_session; // owned: it goes before the instances and the app
    std::optional<QString> m_token;
    bool m_done = false;
};
