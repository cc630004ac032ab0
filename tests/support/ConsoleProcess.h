#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The duo-console binary run as a script would run it: no display, this process's XDG folders
// (TempXdgDirs) and session bus, Qt's warnings on; only our own logging left out.
namespace ConsoleProcess {

struct Result
{
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
};

QProcessEnvironment environment();
Result run(const QString &binary, const QStringList &arguments, const QByteArray &input = {},
           int timeoutMs = 120000);
// Starts without waiting for the end; standard input is closed.
bool start(QProcess &process, const QString &binary, const QStringList &arguments);

} // namespace ConsoleProcess
