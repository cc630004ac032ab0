#include "ConsoleProcess.h"

namespace ConsoleProcess {

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES"})
        env.remove(QLatin1String(name));
    return env;
}

Result run(const QString &binary, const QStringList &arguments, const QByteArray &input,
           int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
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
