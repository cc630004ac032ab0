#pragma once

#include <QStringList>

// The command-line front end: the same binary, no window. Decides from the raw arguments,
// before any QApplication exists, so --version and --help work with no display.
namespace CommandLine {

enum ExitCode { Ok = 0, Failure = 1, UsageError = 2, ConflictsNeedDecision = 3 };

// True when the arguments ask for a command (or --help/--version) rather than the window,
// which opens with no arguments, Qt's own GUI options, or the "open" command.
bool wanted(const QStringList &arguments);

// Runs under its own QCoreApplication; returns the process exit code.
int run(int argc, char **argv);

} // namespace CommandLine
