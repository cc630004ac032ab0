// Push and workspace figures against the simulator, with injected latency on every request.
//
//   build/default/tests/bin/bench_push [latency-ms] [all|push|scale|snapshot|record|cli]
//
// push      1,000 model creates: batched, against one mutation per request
// scale     1,000 creates into an empty instance and into one of 10,000 models: client CPU,
//           server CPU (the simulator process), requests and wall time
// snapshot  10,000 models (100 pages) into the workspace, against pages × latency
// record    10,000 changes recorded locally, each in its own transaction
// cli       one offline `duo-console models add` against 10,000 models, beyond process start
#include "SimTokens.h"
#include "Simulator.h"
#include "SyncWorkspace.h"
#include "TempXdgDirs.h"
#include "TestSettings.h"
#include "WorkspaceWait.h"
#include "base/AppInfo.h"
#include "gitlab/InstanceConnector.h"
#include "gitlab/ServerReader.h"
#include "net/GitLabClient.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"
#include "sync/Pusher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/resource.h>

namespace {

qint64 cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

struct Connected
{
    std::unique_ptr<GitLabClient> client;
    ApiShape shape;
};

Connected connectTo(Simulator &sim)
{
    Connected c{
        std::make_unique<GitLabClient>(testSettings(sim.gitlabUrl(), std::chrono::seconds(120)),
                                       QLatin1String(SimTokens::admin)),
        {}};
    InstanceConnector connector(c.client.get());
    QSignalSpy done(&connector, &InstanceConnector::finished);
    connector.start();
    done.wait(60000);
    c.shape = connector.capabilities().shape;
    return c;
}

void latency(Simulator &sim, int ms)
{
    sim.clearFaults();
    if (ms > 0)
        sim.addFault({{QStringLiteral("path"), QStringLiteral(".*")},
                      {QStringLiteral("latencyMs"), ms},
                      {QStringLiteral("count"), -1}});
}

QString writeBigFixture(const QString &dir, int models)
{
    QJsonArray list;
    for (int i = 1; i <= models; ++i)
        list.append(QJsonObject{
            {QStringLiteral("id"), i},
            {QStringLiteral("name"), QStringLiteral("model-%1").arg(i)},
            {QStringLiteral("model"), QStringLiteral("mistral")},
            {QStringLiteral("endpoint"), QStringLiteral("https://m%1.example/v1").arg(i)},
            {QStringLiteral("identifier"), QStringLiteral("custom_openai/m%1").arg(i)}});
    const QString path = dir + QStringLiteral("/big%1.json").arg(models);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("models"), list}})
                   .toJson(QJsonDocument::Compact));
    return path;
}

Snapshot readSnapshot(const Connected &c)
{
    Snapshot taken;
    bool done = false;
    ServerReader reader(c.client.get(), c.shape);
    reader.snapshot([&](const Snapshot &snapshot, const ApiError &) {
        taken = snapshot;
        done = true;
    });
    while (!done)
        QTest::qWait(1);
    return taken;
}

QJsonObject draft(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("family"), QStringLiteral("MISTRAL")},
            {QStringLiteral("endpoint"), QStringLiteral("https://bench.example/v1")}};
}

struct PushFigures
{
    qint64 wallMs = 0;
    qint64 clientCpuMs = 0;
    qint64 serverCpuMs = 0;
    int requests = 0;
    int pushed = 0;
};

// 1,000 creates pushed into an instance of `models` models (read into the workspace first).
PushFigures pushCreates(const QString &dir, int models, int latencyMs, int maxSteps)
{
    Simulator sim;
    Simulator::Options options;
    if (models > 0)
        options.fixture = writeBigFixture(dir, models);
    if (!sim.start(options))
        qFatal("simulator: %s", qPrintable(sim.errorString()));
    Connected c = connectTo(sim);
    static int run = 0;
    Workspace workspace(dir + QStringLiteral("/push-%1.sqlite").arg(++run));
    openNow(workspace);
    replaceSnapshotNow(workspace, readSnapshot(c));
    for (int i = 0; i < 1000; ++i)
        recordNow(workspace, Change::Kind::CreateModel, {},
                  draft(QStringLiteral("bench-%1").arg(i)));
    latency(sim, latencyMs);
    SecretStore secrets(QStringLiteral("io.github.duoconsole.DuoConsole.bench"));
    Pusher pusher(&workspace, c.client.get(), c.shape, &secrets, QStringLiteral("bench"),
                  QStringLiteral("bench_push"));
    QSignalSpy finished(&pusher, &Pusher::finished);
    PushOptions pushOptions;
    pushOptions.maxStepsPerBatch = maxSteps;
    const qint64 cpuBefore = cpuMs(RUSAGE_SELF);
    const qint64 serverBefore = sim.cpuTime().count();
    QElapsedTimer clock;
    clock.start();
    pusher.push(pushOptions);
    finished.wait(600000);
    return {clock.elapsed(), cpuMs(RUSAGE_SELF) - cpuBefore, sim.cpuTime().count() - serverBefore,
            pusher.outcome().requests, pusher.outcome().pushed};
}

void benchPush(const QString &dir, int latencyMs)
{
    std::printf("== push 1,000 model creates, %d ms latency per request\n", latencyMs);
    const PushFigures unloaded = pushCreates(dir, 0, 0, 0);
    const PushFigures batched = pushCreates(dir, 0, latencyMs, 0);
    const PushFigures single = pushCreates(dir, 0, latencyMs, 1);
    std::printf("%-26s %9s %9s %8s\n", "", "requests", "wall ms", "pushed");
    std::printf("%-26s %9d %9lld %8d\n", "batched, no latency", unloaded.requests,
                static_cast<long long>(unloaded.wallMs), unloaded.pushed);
    std::printf("%-26s %9d %9lld %8d\n", "batched", batched.requests,
                static_cast<long long>(batched.wallMs), batched.pushed);
    std::printf("%-26s %9d %9lld %8d\n", "one mutation per request", single.requests,
                static_cast<long long>(single.wallMs), single.pushed);
    std::printf("requests: %.1fx fewer\n", double(single.requests) / batched.requests);
}

void benchScale(const QString &dir, int latencyMs)
{
    std::printf("\n== 1,000 creates into an empty instance and into 10,000 models, %d ms "
                "latency\n",
                latencyMs);
    const PushFigures empty = pushCreates(dir, 0, latencyMs, 0);
    const PushFigures big = pushCreates(dir, 10000, latencyMs, 0);
    std::printf("%-16s %9s %9s %13s %13s %8s %14s\n", "instance", "requests", "wall ms",
                "client cpu ms", "server cpu ms", "pushed", "wall / budget");
    for (const auto &[label, f] : {std::pair{"empty", empty}, std::pair{"10,000 models", big}}) {
        const double budget = f.requests * latencyMs + f.serverCpuMs;
        std::printf("%-16s %9d %9lld %13lld %13lld %8d %14.2f\n", label, f.requests,
                    static_cast<long long>(f.wallMs), static_cast<long long>(f.clientCpuMs),
                    static_cast<long long>(f.serverCpuMs), f.pushed, f.wallMs / budget);
    }
    std::printf("client CPU, 10,000 models / empty: %.2f (goal <= 1.2); wall / (requests x "
                "latency + server CPU): %.2f and %.2f (goal <= 1.0)\n",
                double(big.clientCpuMs) / std::max<qint64>(1, empty.clientCpuMs),
                empty.wallMs / double(empty.requests * latencyMs + empty.serverCpuMs),
                big.wallMs / double(big.requests * latencyMs + big.serverCpuMs));
}

qint64 snapshotOnce(Simulator &sim, const QString &dir, int *requests, int *models)
{
    Connected c = connectTo(sim);
    Workspace workspace(
        dir + QStringLiteral("/snapshot-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    openNow(workspace);
    ServerReader reader(c.client.get(), c.shape);
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    reader.snapshot([&](const Snapshot &snapshot, const ApiError &) {
        workspace.replaceSnapshot(snapshot, &workspace, [&](const StoreResult &) { done = true; });
    });
    while (!done)
        QTest::qWait(1);
    *requests = reader.requestsSent();
    *models = int(workspace.view().serverModelCount());
    return clock.elapsed();
}

void benchSnapshot(const QString &dir, int latencyMs)
{
    std::printf("\n== snapshot of 10,000 models, %d ms latency per request\n", latencyMs);
    Simulator sim;
    if (!sim.start({{}, {}, writeBigFixture(dir, 10000), {}, {}, {}}))
        qFatal("simulator: %s", qPrintable(sim.errorString()));
    int requests = 0;
    int models = 0;
    latency(sim, 0);
    const qint64 unloaded = snapshotOnce(sim, dir, &requests, &models);
    latency(sim, latencyMs);
    const qint64 loaded = snapshotOnce(sim, dir, &requests, &models);
    const int pages = (models + 99) / 100;
    std::printf("models %d, pages %d, requests %d; wall %lld ms; no latency: %lld ms; pages x "
                "latency = %d ms; ratio %.2f\n",
                models, pages, requests, static_cast<long long>(loaded),
                static_cast<long long>(unloaded), pages * latencyMs,
                double(loaded) / (pages * latencyMs));
}

void benchRecord(const QString &dir)
{
    std::printf("\n== recording 10,000 changes locally\n");
    Workspace workspace(dir + QStringLiteral("/record.sqlite"));
    openNow(workspace);
    QElapsedTimer clock;
    clock.start();
    int answered = 0;
    for (int i = 0; i < 10000; ++i)
        workspace.record({Change::Kind::CreateModel, {}, draft(QStringLiteral("draft-%1").arg(i))},
                         &workspace, [&](const StoreResult &) { ++answered; });
    while (answered < 10000)
        QTest::qWait(1);
    std::printf("10,000 changes recorded in %lld ms, each in its own committed transaction\n",
                static_cast<long long>(clock.elapsed()));
}

struct ProcessFigures
{
    qint64 wallMs = 0;
    qint64 cpuMs = 0;
};

ProcessFigures runConsole(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    process.setProcessEnvironment(env);
    const qint64 before = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(DUO_CONSOLE_BINARY), arguments);
    process.waitForFinished(60000);
    const qint64 wall = clock.elapsed();
    if (process.exitCode() != 0)
        std::printf("  (exit %d: %s)\n", process.exitCode(),
                    process.readAllStandardError().constData());
    return {wall, cpuMs(RUSAGE_CHILDREN) - before};
}

void benchCli(const QString &dir)
{
    std::printf("\n== one offline `models add` against 10,000 models, beyond process start\n");
    InstanceProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("Bench");
    profile.connection.url = QUrl(QStringLiteral("https://gitlab.bench.example"));
    ProfileStore().save(profile);
    {
        SyncWorkspace workspace(Workspace::pathFor(profile.idString()));
        QString error;
        workspace.open(&error);
        Snapshot snapshot;
        snapshot.exists = true;
        snapshot.takenAt = QDateTime::currentDateTimeUtc();
        for (int i = 1; i <= 10000; ++i) {
            SelfHostedModel m;
            m.id = QStringLiteral("gid://gitlab/Ai::SelfHostedModel/%1").arg(i);
            m.name = QStringLiteral("model-%1").arg(i);
            m.family = QStringLiteral("MISTRAL");
            m.endpoint = QStringLiteral("https://m%1.example/v1").arg(i);
            snapshot.models << m;
        }
        workspace.replaceSnapshot(snapshot);
    }
    Q_UNUSED(dir)
    constexpr int runs = 10;
    ProcessFigures start;
    ProcessFigures add;
    for (int i = 0; i < runs; ++i) {
        const ProcessFigures s = runConsole({QStringLiteral("--version")});
        const ProcessFigures a = runConsole(
            {QStringLiteral("models"), QStringLiteral("add"), QStringLiteral("-i"),
             QStringLiteral("Bench"), QStringLiteral("--offline"), QStringLiteral("--name"),
             QStringLiteral("cli-%1").arg(i), QStringLiteral("--family"), QStringLiteral("MISTRAL"),
             QStringLiteral("--endpoint"), QStringLiteral("https://cli.example/v1")});
        start.wallMs += s.wallMs;
        start.cpuMs += s.cpuMs;
        add.wallMs += a.wallMs;
        add.cpuMs += a.cpuMs;
    }
    std::printf("average of %d runs: process start (--version) wall %lld ms, cpu %lld ms; models "
                "add wall %lld ms, cpu %lld ms; its own work: wall %lld ms, cpu %lld ms (goal <= "
                "50 ms)\n",
                runs, static_cast<long long>(start.wallMs / runs),
                static_cast<long long>(start.cpuMs / runs),
                static_cast<long long>(add.wallMs / runs), static_cast<long long>(add.cpuMs / runs),
                static_cast<long long>((add.wallMs - start.wallMs) / runs),
                static_cast<long long>((add.cpuMs - start.cpuMs) / runs));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int latencyMs = argc > 1 ? std::atoi(argv[1]) : 20;
    const QByteArray part = argc > 2 ? QByteArray(argv[2]) : QByteArray("all");
    auto wanted = [&](const char *name) {
        return part == "all" || part == name;
    };
    TempXdgDirs xdg;
    AppInfo::applyTo(app); // the command line's paths
    QTemporaryDir dir;
    if (wanted("push"))
        benchPush(dir.path(), latencyMs);
    if (wanted("scale"))
        benchScale(dir.path(), latencyMs);
    if (wanted("snapshot"))
        benchSnapshot(dir.path(), latencyMs);
    if (wanted("record"))
        benchRecord(dir.path());
    if (wanted("cli"))
        benchCli(dir.path());
    return 0;
}
