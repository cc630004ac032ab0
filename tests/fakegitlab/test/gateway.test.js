'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startSim } = require('../support/harness');

let sim;
before(async () => {
  sim = await startSim(['--fixture', path.join(__dirname, '..', 'fixtures', 'demo.json')]);
});
after(() => sim.stop());
beforeEach(() => sim.reset());

const CHECK = `mutation($input: AiSelfHostedModelConnectionCheckInput!) {
  aiSelfHostedModelConnectionCheck(input: $input) { errors result { name success message errors } } }`;
const DUO = `mutation($input: DuoSettingsUpdateInput!) { duoSettingsUpdate(input: $input) { errors duoSettings { aiGatewayUrl aiGatewayTimeoutSeconds } } }`;

function check(input) {
  return sim.graphql(CHECK, {
    variables: { input: { name: 'probe', model: 'MISTRAL', endpoint: `${sim.modelServer}/v1`, identifier: 'custom_openai/mistral-small-24b-instruct', ...input } },
  });
}

test('gateway and model server answer on their own ports', async () => {
  let res = await sim.request(`${sim.gateway}/monitoring/healthz`);
  assert.deepEqual([res.status, res.json], [200, {}]);
  res = await sim.request(`${sim.gateway}/monitoring/ready`);
  assert.deepEqual([res.status, res.json], [503, {}]);
  res = await sim.request(`${sim.gateway}/v2/code/completions`, { method: 'POST', body: {} });
  assert.deepEqual([res.status, res.json], [401, { error: 'No authorization header presented' }]);
  res = await sim.request(`${sim.modelServer}/v1/models`, { headers: { Authorization: 'Bearer sim-model-key' } });
  assert.equal(res.status, 200);
  assert.ok(res.json.data.some((m) => m.id === 'codestral-22b'));
  res = await sim.request(`${sim.modelServer}/v1/models`, { headers: { Authorization: 'Bearer nope' } });
  assert.equal(res.status, 401);
});

test('connection check succeeds through GitLab → gateway → model server', async () => {
  await sim.control('DELETE', 'requests');
  const res = await check({ apiToken: 'sim-model-key' });
  assert.deepEqual(res.json.data.aiSelfHostedModelConnectionCheck, {
    errors: [],
    result: { name: 'model_configuration_probe', success: true, message: 'Successfully connected to the self-hosted model', errors: [] },
  });
  const log = await sim.control('GET', 'requests');
  const servers = log.map((r) => `${r.server} ${r.method} ${r.path}`);
  assert.deepEqual(servers, ['gitlab POST /api/graphql', 'gateway POST /v1/prompts/model_configuration%2Fcheck', 'modelServer GET /v1/models']);
  assert.equal(log[2].headers.authorization, 'Bearer sim-model-key');
  assert.ok(log[1].headers.authorization, 'GitLab authenticates to the gateway');
});

test('connection check failures: wrong key, unknown served model, unreachable, no gateway', async () => {
  let res = await check({ apiToken: 'wrong' });
  assert.equal(res.json.data.aiSelfHostedModelConnectionCheck.result.message, 'ERROR: The self-hosted model server returned code 401');
  assert.equal(res.json.data.aiSelfHostedModelConnectionCheck.result.success, false);
  res = await check({ apiToken: 'sim-model-key', identifier: 'custom_openai/not-served' });
  assert.equal(res.json.data.aiSelfHostedModelConnectionCheck.result.message, 'ERROR: The self-hosted model server returned code 404');
  res = await check({ endpoint: 'http://127.0.0.1:9/v1' });
  assert.equal(res.json.data.aiSelfHostedModelConnectionCheck.result.message,
    'ERROR: Unknown error. Make sure your self-hosted model is running and that your AI Gateway URL is configured correctly.');
  await sim.control('POST', 'faults', { server: 'gateway', path: 'model_configuration', status: 500, body: '{"detail":"boom"}' });
  res = await check({ apiToken: 'sim-model-key' });
  assert.equal(res.json.data.aiSelfHostedModelConnectionCheck.result.message, 'ERROR: AI Gateway returned code 500: boom');
  await sim.control('PATCH', 'state', { duoSettings: { aiGatewayUrl: null } });
  res = await check({ apiToken: 'sim-model-key' });
  assert.equal(res.json.data.aiSelfHostedModelConnectionCheck.result.message,
    'You have not configured your local AI gateway URL. Configure the URL in the GitLab Duo configuration settings.');
});

test('connection check gives up after its timeout when the gateway hangs', async () => {
  await sim.control('PATCH', 'state', { settings: { connectionCheckTimeoutMs: 300 } });
  await sim.control('POST', 'faults', { server: 'gateway', path: 'model_configuration', hang: true });
  const res = await check({ apiToken: 'sim-model-key' });
  assert.match(res.json.data.aiSelfHostedModelConnectionCheck.result.message, /^ERROR: Unknown error/);
});

test('Duo settings: localhost refused unless allowlisted; trailing slash stripped; timeout range', async () => {
  await sim.control('PATCH', 'state', { settings: { outboundAllowlist: [] } });
  let res = await sim.graphql(DUO, { variables: { input: { aiGatewayUrl: 'http://localhost:5052' } } });
  assert.deepEqual(res.json.data.duoSettingsUpdate.errors, ['Ai gateway url Requests to localhost are not allowed']);
  assert.equal(res.json.data.duoSettingsUpdate.duoSettings.aiGatewayUrl, sim.gateway, 'current settings are returned on failure');
  res = await sim.graphql(DUO, { variables: { input: { aiGatewayUrl: `${sim.gateway}/` } } });
  assert.deepEqual(res.json.data.duoSettingsUpdate.errors, ['Ai gateway url Requests to localhost are not allowed']);
  res = await sim.graphql(DUO, { variables: { input: { aiGatewayUrl: 'http://10.1.2.3:5052' } } });
  assert.deepEqual(res.json.data.duoSettingsUpdate.errors, ['Ai gateway url Requests to the local network are not allowed']);
  res = await sim.graphql(DUO, { variables: { input: { aiGatewayUrl: 'ftp://gateway.example.com' } } });
  assert.deepEqual(res.json.data.duoSettingsUpdate.errors, ['Ai gateway url Only allowed schemes are http, https']);
  await sim.control('PATCH', 'state', { settings: { outboundAllowlist: ['127.0.0.1'] } });
  res = await sim.graphql(DUO, { variables: { input: { aiGatewayUrl: `${sim.gateway}/` } } });
  assert.deepEqual(res.json.data.duoSettingsUpdate, { errors: [], duoSettings: { aiGatewayUrl: sim.gateway, aiGatewayTimeoutSeconds: 120 } });
  res = await sim.graphql(DUO, { variables: { input: { aiGatewayTimeoutSeconds: 30 } } });
  assert.deepEqual(res.json.data.duoSettingsUpdate.errors, ['Ai gateway timeout seconds must be greater than or equal to 60']);
  res = await sim.graphql(DUO, { variables: { input: { aiGatewayTimeoutSeconds: 601 } } });
  assert.deepEqual(res.json.data.duoSettingsUpdate.errors, ['Ai gateway timeout seconds must be less than or equal to 600']);
  res = await sim.graphql(DUO, { variables: { input: { aiGatewayUrl: '' } } });
  assert.equal(res.json.data.duoSettingsUpdate.duoSettings.aiGatewayUrl, null, 'an empty string clears the URL');
  res = await sim.graphql(DUO, { variables: { input: { aiGatewayUrl: 'http://x' } }, token: 'sim-read-api' });
  assert.equal(res.json.data.duoSettingsUpdate, null);
});

test('cloudConnectorStatus probes the configured gateway with a real HEAD', async () => {
  await sim.control('DELETE', 'requests');
  let res = await sim.graphql('{ cloudConnectorStatus { success probeResults { name success message } } }');
  const probes = res.json.data.cloudConnectorStatus.probeResults;
  assert.deepEqual(probes.map((p) => p.name), ['ai_gateway_url_presence_probe', 'host_probe', 'code_suggestions_license_probe']);
  assert.equal(res.json.data.cloudConnectorStatus.success, true);
  assert.equal(probes[1].message, '127.0.0.1 reachable.');
  const log = await sim.control('GET', 'requests');
  assert.ok(log.some((r) => r.server === 'gateway' && r.method === 'HEAD'));
  await sim.control('POST', 'faults', { server: 'gateway', method: 'HEAD', reset: true });
  res = await sim.graphql('{ cloudConnectorStatus { success probeResults { name success message } } }');
  assert.equal(res.json.data.cloudConnectorStatus.success, false);
  assert.match(res.json.data.cloudConnectorStatus.probeResults[1].message, /^127\.0\.0\.1 connection failed: /);
  res = await sim.graphql('{ cloudConnectorStatus { success } }', { token: 'sim-nonadmin-token' });
  assert.equal(res.json.data.cloudConnectorStatus, null);
  assert.ok(res.json.errors[0].message.startsWith('The resource that you are attempting to access'));
});
