#include "CliContext.h"

#include "store/ProfileStore.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

CliContext::CliContext(const QCommandLineParser &commandLine, ProfileStore &profileStore,
                       SecretStore &secretStore)
    : parser(commandLine), profiles(profileStore), secrets(secretStore), out(stdout), err(stderr)
{}

bool CliContext::json() const
{
    return parser.isSet(QStringLiteral("json"));
}

bool CliContext::offline() const
{
    return parser.isSet(QStringLiteral("offline"));
}

QStringList CliContext::arguments() const
{
    return parser.positionalArguments().mid(commandWords);
}

void CliContext::printJson(const QJsonDocument &document)
{
    out << document.toJson(QJsonDocument::Indented);
    out.flush();
}

void CliContext::fail(ExitCode code, const QString &message)
{
    err << message << '\n';
    err.flush();
    finish(code);
}

void CliContext::finish(ExitCode code)
{
    out.flush();
    err.flush();
    QCoreApplication::exit(code);
}

std::optional<InstanceProfile> CliContext::instance()
{
    const QString name = parser.value(QStringLiteral("instance"));
    if (name.isEmpty()) {
        const auto all = profiles.all();
        if (all.size() == 1)
            return all.first();
        fail(ExitCode::UsageError,
             all.isEmpty()
                 ? QCoreApplication::translate("CliContext",
                                               "No instance has been added yet. "
                                               "Add one with 'duo-console instance add'.")
                 : QCoreApplication::translate(
                       "CliContext", "Several instances exist: choose one with -i NAME."));
        return std::nullopt;
    }
    auto profile = profiles.find(name);
    if (!profile)
        fail(ExitCode::Failure,
             QCoreApplication::translate("CliContext",
                                         "There is no instance named '%1'. 'duo-console instance "
                                         "list' shows them.")
                 .arg(name));
    return profile;
}

QString CliContext::stdinToken()
{
    if (!m_stdinToken)
        m_stdinToken = readLineFromStdin();
    return *m_stdinToken;
}

QString CliContext::readLineFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}
