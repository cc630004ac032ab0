#pragma once

#include <functional>

class CliContext;
class GitLabClient;
struct InstanceCapabilities;
struct InstanceProfile;

// Reads the instance's token (the keychain, or standard input with --token-stdin), connects,
// and hands over the client and what connecting learnt. Failures are reported and end the
// command; `connected` runs only on success. The client lives until the process exits.
void withConnection(CliContext &ctx, const InstanceProfile &profile,
                    std::function<void(GitLabClient *, const InstanceCapabilities &)> connected);
