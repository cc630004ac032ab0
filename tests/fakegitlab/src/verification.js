'use strict';
// 19.x Duo Agent Platform functional check (API.md (i)): functionalVerificationStatus and
// createFunctionalVerificationWorkflow. A run is RUNNING, then PASSED or FAILED after
// settings.functionalVerification.delayMs; a run RUNNING for timeoutMs reads as timed out.

const policy = require('./policy');
const { isoTime } = require('./util');
const { permissionError, requireMutationScope } = require('./common');
const { connectAgentPlatform, agentPlatformSecure } = require('./agentprobe');

const TIMED_OUT = 'Verification check timed out.';
const OUTCOMES = ['auto', 'pass', 'fail', 'hang'];
/** Chosen wording: GitLab's failure messages for a run are not documented. */
const UNREACHABLE = 'Could not connect to the GitLab Duo Agent Platform service.';
const DEFAULT_FAILURE = 'Agentic Chat did not answer the verification prompt.';
const WORKFLOW_GID = 'gid://gitlab/Ai::DuoWorkflows::Workflow/';

function config(state) {
  const fv = state.settings.functionalVerification || {};
  return {
    enabled: !!fv.enabled,
    delayMs: fv.delayMs != null ? Number(fv.delayMs) : 1500,
    timeoutMs: fv.timeoutMs != null ? Number(fv.timeoutMs) : 130000,
    outcome: OUTCOMES.includes(fv.outcome) ? fv.outcome : 'auto',
    failureMessage: fv.failureMessage || null,
  };
}

/** Whether the configured Agent Platform service answers (TCP, plus TLS when the secure flag is on). */
async function agentPlatformReachable(state) {
  const url = state.duoSettings.duoAgentPlatformServiceUrl;
  if (!url) return { ok: false, reason: 'not configured' };
  return connectAgentPlatform(url, { secure: agentPlatformSecure(state), timeoutMs: 3000 });
}

function touch(run, fields) {
  Object.assign(run, fields, { updatedAt: isoTime(), updatedAtMs: Date.now() });
}

/** The status a run reads as now. */
function statusOf(run, cfg) {
  if (run.state === 'RUNNING' && Date.now() - run.updatedAtMs >= cfg.timeoutMs) {
    return { state: 'FAILED', message: TIMED_OUT, updatedAt: run.updatedAt };
  }
  return { state: run.state, message: run.message, updatedAt: run.updatedAt };
}

async function functionalVerificationStatus(_, { checkType }, ctx) {
  const { state, auth } = ctx;
  const cfg = config(state);
  if (!cfg.enabled || !policy.canManageSelfHosted(state, auth)) return null;
  if (!(await agentPlatformReachable(state)).ok) return null;
  const type = String(checkType).toLowerCase();
  const runs = state.verificationRuns.filter((r) => r.checkType === type);
  if (!runs.length) return { state: 'NOT_RUN', message: null, updatedAt: null };
  return statusOf(runs[runs.length - 1], cfg);
}

/** Decides a RUNNING run once its delay is over (see README: the outcome knob). */
async function finish(state, id) {
  const run = state.verificationRuns.find((r) => r.id === id);
  const cfg = config(state);
  if (!run || run.state !== 'RUNNING' || cfg.outcome === 'hang') return;
  if (cfg.outcome === 'pass') return touch(run, { state: 'PASSED', message: null });
  if (cfg.outcome === 'fail') return touch(run, { state: 'FAILED', message: cfg.failureMessage || DEFAULT_FAILURE });
  const reach = await agentPlatformReachable(state);
  if (run.state !== 'RUNNING') return;
  if (reach.ok) touch(run, { state: 'PASSED', message: null });
  else touch(run, { state: 'FAILED', message: cfg.failureMessage || UNREACHABLE });
}

function createFunctionalVerificationWorkflow(_, { input }, ctx) {
  requireMutationScope(ctx);
  const { state, auth } = ctx;
  const cfg = config(state);
  if (!cfg.enabled || !policy.canManageSelfHosted(state, auth)) throw permissionError();
  const namespace = state.namespaces.find((n) => n.fullPath === String(input.fullPath));
  if (!namespace) throw permissionError();
  const clientMutationId = input.clientMutationId === undefined ? null : input.clientMutationId;
  if (!namespace.duoEnabled) return { clientMutationId, workflowId: null, errors: ['Duo not enabled for namespace'] };
  const id = Math.max(0, ...state.verificationRuns.map((r) => r.id)) + 1;
  const run = { id, checkType: String(input.checkType).toLowerCase(), namespace: namespace.fullPath, state: 'RUNNING', message: null, createdAt: isoTime() };
  touch(run, {});
  state.verificationRuns.push(run);
  if (ctx.later) ctx.later(cfg.delayMs, (current) => finish(current, id));
  return { clientMutationId, workflowId: `${WORKFLOW_GID}${id}`, errors: [] };
}

module.exports = { functionalVerificationStatus, createFunctionalVerificationWorkflow, TIMED_OUT, UNREACHABLE, DEFAULT_FAILURE };
