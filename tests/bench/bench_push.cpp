// Push and snapshot figures against the simulator with injected latency on every request.
//
//   build/default/tests/bin/bench_push [latency-ms] [all|push|snapshot|record]
//
// 1. push 1,000 model creates: batched, against one mutation per request;
// 2. snapshot of 10,000 models (100 pages) into the workspace, against pages × latency;
// 3. recording 10,000 changes locally.
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSettings.h"
#include "gitlab/InstanceConnector.h"
#include "net/GitLabClient.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"
#include "sync/Pusher.h"
#include "sync/ServerReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

namespace {

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

struct PushFigures
{
    qint64 ms = 0;
    int requests = 0;
    int pushed = 0;
};

PushFigures pushCreates(const QString &dir, int latencyMs, int maxSteps, int count)
{
    Simulator sim;
    if (!sim.start())
        qFatal("simulator: %s", qPrintable(sim.errorString()));
    Connected c = connectTo(sim);
    Workspace workspace(dir + QStringLiteral("/push-%1-%2.sqlite").arg(latencyMs).arg(maxSteps));
    QString error;
    workspace.open(&error);
    for (int i = 0; i < count; ++i)
        workspace.record(Change::Kind::CreateModel, {},
                         {{QStringLiteral("name"), QStringLiteral("bench-%1").arg(i)},
                          {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                          {QStringLiteral("endpoint"), QStringLiteral("https://bench.example/v1")}},
                         &error);
    latency(sim, latencyMs);
    SecretStore secrets(QStringLiteral("io.github.duoconsole.DuoConsole.bench"));
    Pusher pusher(&workspace, c.client.get(), c.shape, &secrets, QStringLiteral("bench"));
    QSignalSpy finished(&pusher, &Pusher::finished);
    QElapsedTimer clock;
    clock.start();
    PushOptions options;
    options.maxStepsPerBatch = maxSteps;
    pusher.push(options);
    finished.wait(600000);
    return {clock.elapsed(), pusher.outcome().requests, pusher.outcome().pushed};
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
    const QString path = dir + QStringLiteral("/big.json");
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("models"), list}})
                   .toJson(QJsonDocument::Compact));
    return path;
}

qint64 lastFetchMs = 0; // of the last snapshotOnce: reading all pages, before the write

qint64 snapshotOnce(Simulator &sim, const QString &dir, int *requests, int *models)
{
    Connected c = connectTo(sim);
    Workspace workspace(
        dir + QStringLiteral("/snapshot-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QString error;
    workspace.open(&error);
    ServerReader reader(c.client.get(), c.shape);
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    reader.snapshot([&](const Snapshot &snapshot, const ApiError &) {
        lastFetchMs = clock.elapsed();
        workspace.replaceSnapshotInBackground(snapshot, &workspace,
                                              [&](bool, const QString &) { done = true; });
    });
    while (!done)
        QTest::qWait(1);
    *requests = reader.requestsSent();
    *models = int(workspace.snapshot().models.size());
    return clock.elapsed();
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
    QTemporaryDir dir;

    if (wanted("push")) {
        std::printf("== push 1,000 model creates, %d ms latency per request\n", latencyMs);
        const PushFigures unloaded = pushCreates(dir.path(), 0, 0, 1000);
        const PushFigures batched = pushCreates(dir.path(), latencyMs, 0, 1000);
        const PushFigures single = pushCreates(dir.path(), latencyMs, 1, 1000);
        const double budget = batched.requests * latencyMs + unloaded.ms;
        std::printf("%-26s %9s %9s %8s\n", "", "requests", "wall ms", "pushed");
        std::printf("%-26s %9d %9lld %8d\n", "batched, no latency", unloaded.requests,
                    static_cast<long long>(unloaded.ms), unloaded.pushed);
        std::printf("%-26s %9d %9lld %8d\n", "batched", batched.requests,
                    static_cast<long long>(batched.ms), batched.pushed);
        std::printf("%-26s %9d %9lld %8d\n", "one mutation per request", single.requests,
                    static_cast<long long>(single.ms), single.pushed);
        std::printf("requests: %.1fx fewer; wall / (requests x latency + unloaded time) = %.2f\n",
                    double(single.requests) / batched.requests, batched.ms / budget);
    }

    if (wanted("snapshot")) {
        std::printf("\n== snapshot of 10,000 models, %d ms latency per request\n", latencyMs);
        Simulator sim;
        if (!sim.start({{}, {}, writeBigFixture(dir.path(), 10000), {}, {}, {}}))
            qFatal("simulator: %s", qPrintable(sim.errorString()));
        int requests = 0;
        int models = 0;
        latency(sim, 0);
        const qint64 unloadedSnapshot = snapshotOnce(sim, dir.path(), &requests, &models);
        latency(sim, latencyMs);
        const qint64 snapshot = snapshotOnce(sim, dir.path(), &requests, &models);
        const int pages = (models + 99) / 100;
        std::printf("models %d, pages %d, requests %d; wall %lld ms (reading %lld ms, then "
                    "writing); no latency: %lld ms; pages x latency = %d ms; ratio %.2f\n",
                    models, pages, requests, static_cast<long long>(snapshot),
                    static_cast<long long>(lastFetchMs), static_cast<long long>(unloadedSnapshot),
                    pages * latencyMs, double(snapshot) / (pages * latencyMs));
    }

    if (wanted("record")) {
        std::printf("\n== recording 10,000 changes locally\n");
        Workspace workspace(dir.path() + QStringLiteral("/record.sqlite"));
        QString error;
        workspace.open(&error);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10000; ++i)
            workspace.record(Change::Kind::CreateModel, {},
                             {{QStringLiteral("name"), QStringLiteral("draft-%1").arg(i)},
                              {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                              {QStringLiteral("endpoint"), QStringLiteral("https://d.example/v1")}},
                             &error);
        std::printf("10,000 changes recorded in %lld ms, each in its own committed transaction\n",
                    static_cast<long long>(clock.elapsed()));
    }
    return 0;
}
