// Connect sequence against the simulator with injected latency on every request: how many
// sequential round trips, how many requests, and how long, cold (schema not cached) and warm.
//
//   build/default/tests/bin/bench_connect [latency-ms] [repetitions]
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSettings.h"
#include "gitlab/InstanceConnector.h"
#include "net/GitLabClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <cstdio>

namespace {

struct Sample
{
    qint64 ms = 0;
    int roundTrips = 0;
    int requests = 0;
    bool ok = false;
};

Sample connectOnce(Simulator &sim)
{
    GitLabClient client(testSettings(sim.gitlabUrl()), QLatin1String(SimTokens::admin));
    InstanceConnector connector(&client);
    QSignalSpy finished(&connector, &InstanceConnector::finished);
    sim.clearRequests();
    QElapsedTimer clock;
    clock.start();
    connector.start();
    finished.wait(60000);
    Sample sample;
    sample.ms = clock.elapsed();
    sample.roundTrips = connector.capabilities().roundTrips;
    sample.requests = int(sim.requests().size());
    sample.ok = !connector.error().isError();
    return sample;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int latency = argc > 1 ? std::atoi(argv[1]) : 50;
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 5;

    std::printf("connect with %d ms injected latency per request, %d repetitions\n", latency,
                repetitions);
    std::printf("%-6s %8s %12s %10s\n", "cache", "wall ms", "round trips", "requests");
    for (const bool warm : {false, true}) {
        qint64 total = 0;
        Sample last;
        for (int i = 0; i < repetitions; ++i) {
            TempXdgDirs xdg; // a fresh, empty schema cache for every cold run
            Simulator sim;
            if (!sim.start()) {
                std::fprintf(stderr, "simulator: %s\n", qPrintable(sim.errorString()));
                return 1;
            }
            sim.addFault({{QStringLiteral("path"), QStringLiteral(".*")},
                          {QStringLiteral("latencyMs"), latency},
                          {QStringLiteral("count"), -1}});
            if (warm)
                connectOnce(sim); // fills the cache
            last = connectOnce(sim);
            if (!last.ok) {
                std::fprintf(stderr, "connect failed\n");
                return 1;
            }
            total += last.ms;
        }
        std::printf("%-6s %8lld %12d %10d\n", warm ? "warm" : "cold",
                    static_cast<long long>(total / repetitions), last.roundTrips, last.requests);
    }
    return 0;
}
