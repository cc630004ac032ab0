#include "ConsoleProcess.h"

namespace ConsoleProcess {

QProcessEnvironment environment(QtWarnings warnings)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES"})
        env.remove(QLatin1String(name));
    // A warning from Qt is a defect (issue 8, case 17): it ends the run, so the test fails and
    // shows it.
    if (warnings == QtWarnings::Fatal)
        env.insert(QStringLiteral("QT_FATAL_WARNINGS"), QStringLiteral("1"));
    return env;
}

Result run(const QString &binary, const QStringList &arguments, const QByteArray &input,
           int timeoutMs, QtWarnings warnings)
{
    QProcess process;
    process.setProcessEnvironment(environment(warnings));
    process.start(binary, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        qWarning("duo-console did not finish within %d ms", timeoutMs);
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool start(QProcess &process, const QString &binary, const QStringList &arguments)
{
    process.setProcessEnvironment(environment());
    process.start(binary, arguments);
    process.closeWriteChannel();
    return process.waitForStarted(10000);
}

} // namespace ConsoleProcess
