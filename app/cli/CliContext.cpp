#include "CliContext.h"

#include "base/SafeText.h"
#include "session/InstanceDirectory.h"
#include "session/InstanceSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

CliContext::CliContext(const QCommandLineParser &commandLine, InstanceDirectory &directory)
    : parser(commandLine), instances(directory), m_out(stdout), m_err(stderr)
{}

CliContext::~CliContext()
{
    delete m_session.data();
}

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

void CliContext::print(const QString &line)
{
    m_out << SafeText::forDisplay(line) << '\n';
}

void CliContext::printRow(const QStringList &fields)
{
    QStringList shown;
    for (const QString &field : fields)
        shown << SafeText::forDisplay(field);
    m_out << shown.join(QLatin1Char('\t')) << '\n';
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(SafeText::escapeJson(document.toJson(QJsonDocument::Indented)));
    m_out.flush();
}

void CliContext::warn(const QString &line)
{
    m_err << SafeText::forDisplay(line) << '\n';
    m_err.flush();
}

void CliContext::fail(ExitCode code, const QString &category, const QString &message)
{
    if (m_done)
        return;
    if (json())
        printJson(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("category"), category},
                                                  {QStringLiteral("message"), message}}}});
    // A message may span lines; each is escaped on its own.
    for (const QString &line : message.split(QLatin1Char('\n')))
        warn(line);
    finish(code);
}

void CliContext::fail(const Outcome &outcome, ExitCode code)
{
    fail(code, outcome.category, outcome.message);
}

void CliContext::usage(const QString &message)
{
    fail(ExitCode::UsageError, QStringLiteral("usage"), message);
}

void CliContext::finish(ExitCode code)
{
    if (m_done)
        return;
    m_done = true;
    m_out.flush();
    m_err.flush();
    // API keys the session let go of leave the keychain before the process does.
    if (m_session)
        m_session->whenKeychainIdle(m_session, [code] { QCoreApplication::exit(code); });
    else
        QCoreApplication::exit(code);
}

std::optional<InstanceProfile> CliContext::instance()
{
    if (const QString problem = instances.configurationProblem(); !problem.isEmpty()) {
        fail(ExitCode::Failure, QStringLiteral("configuration"), problem);
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("instance"))) {
        const QString name = parser.value(QStringLiteral("instance"));
        if (name.trimmed().isEmpty()) {
            usage(tr("-i needs an instance name; 'duo-console instance list' shows them."));
            return std::nullopt;
        }
        auto profile = instances.find(name);
        if (!profile)
            fail(ExitCode::Failure, QStringLiteral("not-found"),
                 tr("There is no instance named '%1'. 'duo-console instance list' shows them.")
                     .arg(name));
        return profile;
    }
    const auto all = instances.profiles();
    if (all.size() == 1)
        return all.first();
    usage(all.isEmpty() ? tr("No instance has been added yet. Add one with 'duo-console "
                             "instance add'.")
                        : tr("Several instances exist: choose one with -i NAME."));
    return std::nullopt;
}

void CliContext::withSession(std::function<void(InstanceSession &)> then, bool needWorkspace,
                             bool completeView)
{
    const auto profile = instance();
    if (!profile)
        return;
    InstanceProfile chosen = *profile;
    if (isSet(QStringLiteral("timeout")))
        chosen.connection.timeout = std::chrono::seconds(option(QStringLiteral("timeout")).toInt());
    const QString holder =
        QStringLiteral("duo-console %1")
            .arg(parser.positionalArguments().mid(0, commandWords).join(QLatin1Char(' ')));
    m_session = instances.openSession(chosen, holder, nullptr, completeView);
    InstanceSession *session = m_session;
    session->whenWorkspaceReady(session, [this, session, then, needWorkspace] {
        if (needWorkspace && !session->isWorkspaceOpen()) {
            fail(ExitCode::Failure, session->workspaceError().kindName(),
                 session->workspaceError().message);
            return;
        }
        then(*session);
    });
}

void CliContext::connected(InstanceSession &session, std::function<void()> then)
{
    if (isSet(QStringLiteral("token-stdin"))) {
        const QString token = stdinToken();
        if (token.isEmpty()) {
            usage(tr("--token-stdin was given, but standard input held no token."));
            return;
        }
        if (const QString problem = session.useTokenForThisRun(token); !problem.isEmpty()) {
            fail(ExitCode::Failure, QStringLiteral("validation"), problem);
            return;
        }
    }
    InstanceSession *s = &session;
    session.whenConnected(s, [this, s, then](const Outcome &outcome) {
        if (outcome.ok()) {
            then();
            return;
        }
        QString message = outcome.message;
        if (s->state() == InstanceSession::State::NeedsToken) {
            message = s->tokenProblem().status == SecretResult::Status::NotFound
                          ? tr("No token is stored for '%1'. Store one with 'duo-console "
                               "instance token %1 --token-stdin'.")
                                .arg(s->profile().name)
                          : s->tokenProblem().message() + QLatin1Char('\n') +
                                tr("To use a token for this run only, pass it with "
                                   "--token-stdin.");
        }
        fail(ExitCode::Failure, outcome.category, message);
    });
}

void CliContext::withSnapshot(InstanceSession &session, bool refresh, std::function<void()> then)
{
    if (refresh && offline()) {
        usage(tr("--refresh reads the server; it cannot run with --offline."));
        return;
    }
    if (!refresh && session.view().snapshotExists()) {
        then();
        return;
    }
    if (offline()) {
        fail(ExitCode::Failure, QStringLiteral("no-snapshot"),
             tr("%1 was never read from the server, and --offline forbids reading it now: run "
                "'duo-console refresh -i %1' first.")
                 .arg(session.profile().name));
        return;
    }
    InstanceSession *s = &session;
    connected(session, [this, s, then] {
        s->refresh(s, [this, then](const Outcome &outcome) {
            if (!outcome.ok())
                fail(outcome);
            else
                then();
        });
    });
}

QString CliContext::readStdinLine()
{
    std::string line;
    std::getline(std::cin, line);
    const QByteArray bytes = QByteArray::fromStdString(line);
    if (!SafeText::isValidUtf8(bytes)) {
        usage(tr("Standard input is not valid UTF-8: a token or key must be text."));
        return {};
    }
    return QString::fromUtf8(bytes).trimmed();
}

QString CliContext::stdinToken()
{
    if (!m_token)
        m_token = readStdinLine();
    return *m_token;
}

QString CliContext::stdinSecret()
{
    if (isSet(QStringLiteral("token-stdin")))
        stdinToken(); // the token is the first line, the secret the next
    return readStdinLine();
}
