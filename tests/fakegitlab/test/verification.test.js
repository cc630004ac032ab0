'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { startSim } = require('../support/harness');

let sim;
before(async () => {
  sim = await startSim(['--shape', '19.6']);
});
after(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  await sim.control('PATCH', 'state', {
    settings: { functionalVerification: { enabled: true, delayMs: 150 } },
    duoSettings: { duoAgentPlatformServiceUrl: '${agentPlatform}', selfHostedDuoAgentPlatformServiceSecure: false },
  });
});

const PERMISSION = "The resource that you are attempting to access does not exist or you don't have permission to perform this action";
const STATUS = '{ functionalVerificationStatus(checkType: AGENTIC_CHAT) { state message updatedAt } }';
const START = 'mutation($path: ID!) { createFunctionalVerificationWorkflow(input: {checkType: AGENTIC_CHAT, fullPath: $path, clientMutationId: "v"}) { clientMutationId workflowId errors } }';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function status(token) {
  const res = await sim.graphql(STATUS, { token });
  assert.equal(res.json.errors, undefined, res.text);
  return res.json.data.functionalVerificationStatus;
}

function start(path = 'root', token) {
  return sim.graphql(START, { variables: { path }, token });
}

async function until(fn, ms = 3000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v || Date.now() > deadline) return v;
    await sleep(25);
  }
}

test('status: NOT_RUN, or null when off, not an admin, or the service does not answer', async () => {
  assert.deepEqual(await status(), { state: 'NOT_RUN', message: null, updatedAt: null });
  assert.equal(await status('sim-nonadmin-token'), null);
  await sim.control('PATCH', 'state', { duoSettings: { selfHostedDuoAgentPlatformServiceSecure: true } });
  assert.equal(await status(), null, 'TLS towards a plain listener fails');
  await sim.control('PATCH', 'state', { duoSettings: { selfHostedDuoAgentPlatformServiceSecure: false } });
  await sim.control('POST', 'listeners/agentPlatform/down');
  assert.equal(await status(), null, 'listener down');
  await sim.control('POST', 'listeners/agentPlatform/up');
  assert.equal((await status()).state, 'NOT_RUN');
  await sim.control('PATCH', 'state', { duoSettings: { duoAgentPlatformServiceUrl: null } });
  assert.equal(await status(), null, 'no Agent Platform URL');
  await sim.control('PATCH', 'state', { duoSettings: { duoAgentPlatformServiceUrl: '${agentPlatform}' }, settings: { functionalVerification: { enabled: false } } });
  assert.equal(await status(), null, 'feature flag off');
  const flags = await sim.graphql('{ metadata { featureFlags(names: ["duo_agentic_chat_verification_check"]) { name enabled } } }');
  assert.deepEqual(flags.json.data.metadata.featureFlags, [{ name: 'duo_agentic_chat_verification_check', enabled: false }]);
});

test('a run is RUNNING, then PASSED when the service is reachable', async () => {
  const res = await start('northwind');
  assert.deepEqual(res.json.data.createFunctionalVerificationWorkflow, { clientMutationId: 'v', workflowId: 'gid://gitlab/Ai::DuoWorkflows::Workflow/1', errors: [] });
  const running = await status();
  assert.equal(running.state, 'RUNNING');
  assert.equal(running.message, null);
  assert.match(running.updatedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const passed = await until(async () => ((await status()).state === 'PASSED' ? status() : null));
  assert.deepEqual([passed.state, passed.message], ['PASSED', null]);
  const second = await start('root');
  assert.equal(second.json.data.createFunctionalVerificationWorkflow.workflowId, 'gid://gitlab/Ai::DuoWorkflows::Workflow/2');
  assert.equal((await status()).state, 'RUNNING', 'the latest run counts');
});

test('FAILED when the service went away meanwhile, or when the knob says so', async () => {
  await start();
  await sim.control('POST', 'listeners/agentPlatform/down');
  const run = await until(async () => (await sim.control('GET', 'state')).verificationRuns.find((r) => r.state !== 'RUNNING'));
  assert.deepEqual([run.state, run.message], ['FAILED', 'Could not connect to the GitLab Duo Agent Platform service.']);
  await sim.control('POST', 'listeners/agentPlatform/up');
  assert.deepEqual([(await status()).state, (await status()).message], ['FAILED', 'Could not connect to the GitLab Duo Agent Platform service.']);
  await sim.control('PATCH', 'state', { settings: { functionalVerification: { outcome: 'fail', failureMessage: 'Model refused the prompt.' } } });
  await start();
  const failed = await until(async () => ((await status()).state === 'FAILED' ? status() : null));
  assert.equal(failed.message, 'Model refused the prompt.');
  await sim.control('PATCH', 'state', { settings: { functionalVerification: { outcome: 'pass' } } });
  await start();
  assert.equal((await until(async () => ((await status()).state === 'PASSED' ? status() : null))).state, 'PASSED');
});

test('a run RUNNING for timeoutMs after its last update reads as timed out', async () => {
  await sim.control('PATCH', 'state', { settings: { functionalVerification: { outcome: 'hang', timeoutMs: 400 } } });
  await start();
  await sleep(250);
  assert.equal((await status()).state, 'RUNNING');
  const timedOut = await until(async () => ((await status()).state === 'FAILED' ? status() : null));
  assert.deepEqual([timedOut.state, timedOut.message], ['FAILED', 'Verification check timed out.']);
  await sim.control('PATCH', 'state', { settings: { functionalVerification: { timeoutMs: 130000 } } });
  assert.equal((await status()).state, 'RUNNING', 'stored as RUNNING; the timeout is applied when read');
});

test('start: Duo must be enabled in the namespace; unknown namespace, non-admin and flag off are refused', async () => {
  let res = await start('northwind/no-duo');
  assert.deepEqual(res.json.data.createFunctionalVerificationWorkflow, { clientMutationId: 'v', workflowId: null, errors: ['Duo not enabled for namespace'] });
  assert.deepEqual((await sim.control('GET', 'state')).verificationRuns, []);
  for (const [path, token] of [['nowhere', undefined], ['root', 'sim-nonadmin-token'], ['root', 'sim-read-api']]) {
    res = await start(path, token);
    assert.equal(res.json.data.createFunctionalVerificationWorkflow, null);
    assert.equal(res.json.errors[0].message, PERMISSION, `${path} ${token}`);
  }
  await sim.control('PATCH', 'state', { namespaces: [{ fullPath: 'team', duoEnabled: false }, { fullPath: 'team/app' }] });
  assert.deepEqual((await start('team')).json.data.createFunctionalVerificationWorkflow.errors, ['Duo not enabled for namespace']);
  assert.deepEqual((await start('team/app')).json.data.createFunctionalVerificationWorkflow.errors, [], 'duoEnabled defaults to true');
  await sim.control('PATCH', 'state', { settings: { functionalVerification: { enabled: false } } });
  res = await start('root');
  assert.equal(res.json.errors[0].message, PERMISSION);
});
