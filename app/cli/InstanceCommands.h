#pragma once

class CliContext;

// duo-console instance add|list|remove|token, and status.
namespace InstanceCommands {
void add(CliContext &ctx);
void list(CliContext &ctx);
void remove(CliContext &ctx);
void setToken(CliContext &ctx);
void status(CliContext &ctx);
} // namespace InstanceCommands
