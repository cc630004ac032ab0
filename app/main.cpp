#include "Application.h"
#include "CommandLine.h"

#include <QtGlobal>
#include <cstdio>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// QApplication aborts when it finds no display; say so in words instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    if (CommandLine::wanted(rawArguments(argc, argv)))
        return CommandLine::run(argc, argv);

    if (!hasDisplay()) {
        std::fputs("duo-console: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "Run it in a desktop session or under an X server such as Xvfb, or use a "
                   "command: duo-console --help\n",
                   stderr);
        return CommandLine::Failure;
    }

    Application app(argc, argv);
    QString error;
    if (!app.parseArguments(&error)) {
        std::fprintf(stderr, "duo-console: %s\n", qPrintable(error));
        return CommandLine::UsageError;
    }
    app.openMainWindow();
    return Application::exec();
}
