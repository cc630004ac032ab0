#pragma once

// The access tokens the simulator knows by default (tests/fakegitlab/README.md).
namespace SimTokens {
inline constexpr auto admin = "sim-admin-token";
inline constexpr auto adminApiOnly = "sim-admin-api-only";
inline constexpr auto readApi = "sim-read-api";
inline constexpr auto nonAdmin = "sim-nonadmin-token";
inline constexpr auto expired = "sim-expired-token";
inline constexpr auto revoked = "sim-revoked-token";
} // namespace SimTokens
