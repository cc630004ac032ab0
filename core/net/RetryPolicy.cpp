#include "RetryPolicy.h"

#include <QDateTime>
#include <algorithm>

namespace RetryPolicy {

std::optional<std::chrono::milliseconds> retryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return std::chrono::milliseconds(seconds * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return std::chrono::milliseconds(
            std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return std::nullopt;
}

std::optional<std::chrono::milliseconds>
pauseBeforeRetry(int httpStatus, const QByteArray &retryAfter, int attemptsSoFar)
{
    if (attemptsSoFar >= maxAttempts)
        return std::nullopt;
    if (httpStatus != 429 && httpStatus != 502 && httpStatus != 503 && httpStatus != 504)
        return std::nullopt;
    const std::chrono::milliseconds backoff(250LL << std::min(attemptsSoFar - 1, 6));
    const auto pause = RetryPolicy::retryAfter(retryAfter).value_or(backoff);
    if (pause > longestPause)
        return std::nullopt; // the server asks for longer than a person will wait
    return pause;
}

} // namespace RetryPolicy
