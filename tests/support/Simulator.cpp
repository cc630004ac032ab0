#include "Simulator.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QtTest>
#include <unistd.h>

Simulator::Simulator(QObject *parent) : QObject(parent)
{
    // The simulator's own log goes straight to the test's stderr, for failures' context.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

Simulator::~Simulator()
{
    stop();
}

QString Simulator::fixturePath(const QString &name)
{
    if (QFileInfo(name).isAbsolute())
        return name;
    return QDir(QStringLiteral(DUO_FAKEGITLAB_DIR)).filePath(QStringLiteral("fixtures/") + name);
}

bool Simulator::available()
{
    return !QStringLiteral(DUO_NODE_EXECUTABLE).isEmpty();
}

bool Simulator::start(const Options &options, std::chrono::milliseconds timeout)
{
    if (!available()) {
        m_error = QStringLiteral("Node.js was not found when the tests were configured");
        return false;
    }
    stop();
    m_stdout.clear();
    m_error.clear();

    QStringList arguments{QStringLiteral("server.js"), QStringLiteral("--port"),
                          QStringLiteral("0")};
    if (!options.shape.isEmpty())
        arguments << QStringLiteral("--shape") << options.shape;
    if (!options.gitlabVersion.isEmpty())
        arguments << QStringLiteral("--gitlab-version") << options.gitlabVersion;
    if (!options.fixture.isEmpty())
        arguments << QStringLiteral("--fixture") << fixturePath(options.fixture);
    if (!options.tlsCert.isEmpty())
        arguments << QStringLiteral("--tls-cert") << options.tlsCert << QStringLiteral("--tls-key")
                  << options.tlsKey;
    arguments << options.extraArguments;

    m_process.setWorkingDirectory(QStringLiteral(DUO_FAKEGITLAB_DIR));
    m_process.start(QStringLiteral(DUO_NODE_EXECUTABLE), arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("node did not start: ") + m_process.errorString();
        return false;
    }

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        m_stdout += m_process.readAllStandardOutput();
        if (m_stdout.contains('\n'))
            loop.quit();
    });
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    deadline.start(timeout);
    loop.exec();
    m_process.disconnect(&loop);

    const QByteArray line = m_stdout.left(m_stdout.indexOf('\n'));
    const QJsonObject listening = QJsonDocument::fromJson(line).object();
    if (listening.value(QLatin1String("event")).toString() != QLatin1String("listening")) {
        m_error = QStringLiteral("the simulator did not report its ports (got: %1)")
                      .arg(QString::fromUtf8(line));
        stop();
        return false;
    }
    auto url = [&](const char *server) {
        return QUrl(listening.value(QLatin1String(server))
                        .toObject()
                        .value(QLatin1String("url"))
                        .toString());
    };
    m_gitlab = url("gitlab");
    m_gateway = url("gateway");
    m_modelServer = url("modelServer");
    return true;
}

void Simulator::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool Simulator::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QByteArray Simulator::control(const QByteArray &verb, const QString &path, const QJsonValue &body)
{
    QNetworkAccessManager network;
    QUrl url = m_gitlab;
    url.setPath(QStringLiteral("/__sim/") + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (url.scheme() == QLatin1String("https")) {
        // Test certificates are made per test; the control API is not what is under test.
        QSslConfiguration tls = request.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    QByteArray payload;
    if (body.isObject())
        payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        payload = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, payload);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        qWarning("simulator control %s %s timed out", verb.constData(), qPrintable(path));
    const QByteArray answer = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        qWarning("simulator control %s %s failed: %s %s", verb.constData(), qPrintable(path),
                 qPrintable(reply->errorString()), answer.constData());
    delete reply;
    return answer;
}

QJsonArray Simulator::requests()
{
    return QJsonDocument::fromJson(control("GET", QStringLiteral("requests"))).array();
}

QJsonArray Simulator::held()
{
    return QJsonDocument::fromJson(control("GET", QStringLiteral("held"))).array();
}

void Simulator::clearRequests()
{
    control("DELETE", QStringLiteral("requests"));
}

int Simulator::addFault(const QJsonObject &fault)
{
    const auto answer = QJsonDocument::fromJson(control("POST", QStringLiteral("faults"), fault));
    return answer.object().value(QLatin1String("id")).toInt(-1);
}

void Simulator::clearFaults()
{
    control("DELETE", QStringLiteral("faults"));
}

void Simulator::setListenerUp(const QString &listener, bool up)
{
    control("POST", QStringLiteral("listeners/%1/%2")
                        .arg(listener, up ? QStringLiteral("up") : QStringLiteral("down")));
}

QJsonObject Simulator::state()
{
    return QJsonDocument::fromJson(control("GET", QStringLiteral("state"))).object();
}

void Simulator::patchState(const QJsonObject &patch)
{
    control("PATCH", QStringLiteral("state"), patch);
}

std::chrono::milliseconds Simulator::cpuTime() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return std::chrono::milliseconds(0);
    // The fields after the command name (which may hold spaces) are space-separated; utime and
    // stime are the 14th and 15th of the whole line.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    const qint64 used = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return std::chrono::milliseconds(used * 1000 / ticks);
}
