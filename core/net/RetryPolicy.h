#pragma once

#include <QByteArray>
#include <chrono>
#include <optional>

// When a read may be sent again: after 429 (honouring Retry-After), 502, 503 and 504, a few
// times with growing pauses. Mutations are never resent blindly, so callers ask only for reads.
namespace RetryPolicy {

inline constexpr int maxAttempts = 4;
inline constexpr std::chrono::milliseconds longestPause{30000};

// A Retry-After header's wait: seconds, or an HTTP date.
std::optional<std::chrono::milliseconds> retryAfter(const QByteArray &value);

std::optional<std::chrono::milliseconds>
pauseBeforeRetry(int httpStatus, const QByteArray &retryAfter, int attemptsSoFar);

} // namespace RetryPolicy
