#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The duo-console binary run as a script would run it: no display, this process's XDG folders
// (TempXdgDirs) and session bus; a warning from Qt aborts it; our own logging left out.
namespace ConsoleProcess {

struct Result
{
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
};

enum class QtWarnings { Fatal, Tolerated };

QProcessEnvironment environment(QtWarnings warnings = QtWarnings::Fatal);
Result run(const QString &binary, const QStringList &arguments, const QByteArray &input = {},
           int timeoutMs = 120000, QtWarnings warnings = QtWarnings::Fatal);
// Starts without waiting for the end; standard input is closed.
bool start(QProcess &process, const QString &binary, const QStringList &arguments);

} // namespace ConsoleProcess
