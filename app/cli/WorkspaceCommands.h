#pragma once

class CliContext;

// duo-console models list|add|edit|delete, changes list|push|discard, refresh: the workspace
// from the command line. Edits are recorded, then pushed at once unless --offline or --no-apply.
namespace WorkspaceCommands {
void modelsList(CliContext &ctx);
void modelsAdd(CliContext &ctx);
void modelsEdit(CliContext &ctx);
void modelsDelete(CliContext &ctx);
void changesList(CliContext &ctx);
void changesPush(CliContext &ctx);
void changesDiscard(CliContext &ctx);
void changesResolve(CliContext &ctx);
void refresh(CliContext &ctx);
} // namespace WorkspaceCommands
