'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { startSim } = require('../support/harness');

let sim;
before(async () => {
  sim = await startSim(['--shape', '19.6']);
});
after(() => sim.stop());
beforeEach(() => sim.reset());

const PERMISSION = "The resource that you are attempting to access does not exist or you don't have permission to perform this action";
const FIELDS = `aiGatewayUrl aiGatewayTimeoutSeconds duoAgentPlatformServiceUrl selfHostedDuoAgentPlatformServiceSecure duoCliEnabled
  includeRecommendedAllowed allowAllUnixSockets allowProjectExtension duoCoreFeaturesEnabled updatedAt`;
const UPDATE = `mutation($input: DuoSettingsUpdateInput!) { duoSettingsUpdate(input: $input) { errors duoSettings { ${FIELDS} } } }`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function update(input, token) {
  return sim.graphql(UPDATE, { variables: { input }, token });
}

test('the 19.x Duo settings fields and their defaults', async () => {
  const res = await sim.graphql(`{ duoSettings { ${FIELDS} } }`);
  const d = res.json.data.duoSettings;
  assert.match(d.updatedAt, /^\d{4}-\d\d-\d\dT/);
  delete d.updatedAt;
  assert.deepEqual(d, {
    aiGatewayUrl: null, aiGatewayTimeoutSeconds: 60, duoAgentPlatformServiceUrl: null, selfHostedDuoAgentPlatformServiceSecure: true,
    duoCliEnabled: true, includeRecommendedAllowed: true, allowAllUnixSockets: false, allowProjectExtension: false, duoCoreFeaturesEnabled: false,
  });
  const old = await startSim();
  try {
    const r = await old.graphql('{ duoSettings { duoCliEnabled } }');
    assert.equal(r.json.errors[0].message, "Field 'duoCliEnabled' doesn't exist on type 'DuoSettings'", '18.9 has no such field');
  } finally {
    await old.stop();
  }
});

test('duoSettingsUpdate: admin-only before any argument check; new fields need their rights', async () => {
  for (const input of [{ duoCliEnabled: false }, { aiGatewayUrl: 'http://x' }, { aiGatewayTimeoutSeconds: 5 }]) {
    const res = await update(input, 'sim-nonadmin-token');
    assert.equal(res.json.data.duoSettingsUpdate, null);
    assert.deepEqual(res.json.errors.map((e) => e.message), [PERMISSION], JSON.stringify(input));
  }
  const readApi = await update({ duoCliEnabled: false }, 'sim-read-api');
  assert.equal(readApi.json.errors[0].message, PERMISSION);
  await sim.control('PATCH', 'state', { settings: { licenseFeatureSelfHostedModels: false } });
  let res = await update({ selfHostedDuoAgentPlatformServiceSecure: false });
  assert.equal(res.json.errors[0].message, "You don't have permission to update the setting self_hosted_duo_agent_platform_service_secure.");
  res = await update({ duoCliEnabled: false, allowAllUnixSockets: true });
  assert.deepEqual(res.json.data.duoSettingsUpdate.errors, []);
  assert.equal(res.json.data.duoSettingsUpdate.duoSettings.duoCliEnabled, false);
  assert.equal(res.json.data.duoSettingsUpdate.duoSettings.aiGatewayUrl, null, 'unreadable without the self-hosted ability');
  assert.equal(res.json.data.duoSettingsUpdate.duoSettings.aiGatewayTimeoutSeconds, 60, 'the timeout is readable by any admin');
  res = await update({ includeRecommendedAllowed: null });
  assert.equal(res.json.errors[0].message, "includeRecommendedAllowed can't be null");
});

test('aiGatewayTimeoutSeconds may be null; 60 to 600 when set', async () => {
  let res = await update({ aiGatewayTimeoutSeconds: null });
  assert.deepEqual(res.json.data.duoSettingsUpdate.errors, []);
  assert.equal(res.json.data.duoSettingsUpdate.duoSettings.aiGatewayTimeoutSeconds, null);
  for (const [value, error] of [[59, 'Ai gateway timeout seconds must be greater than or equal to 60'], [601, 'Ai gateway timeout seconds must be less than or equal to 600'], [0, 'Ai gateway timeout seconds must be greater than or equal to 60']]) {
    res = await update({ aiGatewayTimeoutSeconds: value });
    assert.deepEqual(res.json.data.duoSettingsUpdate.errors, [error]);
  }
  for (const value of [60, 600, 75]) {
    res = await update({ aiGatewayTimeoutSeconds: value });
    assert.equal(res.json.data.duoSettingsUpdate.duoSettings.aiGatewayTimeoutSeconds, value);
  }
});

test('Agent Platform service URL: host:port only, no http:// or https://', async () => {
  for (const url of ['http://dap.example.com:50052', 'https://dap.example.com:50052', 'HTTPS://dap.example.com']) {
    const res = await update({ duoAgentPlatformServiceUrl: url });
    assert.deepEqual(res.json.data.duoSettingsUpdate.errors, ['Duo agent platform service url must not include http:// or https://'], url);
    assert.equal(res.json.data.duoSettingsUpdate.duoSettings.duoAgentPlatformServiceUrl, null);
  }
  for (const [url, stored] of [['dap.example.com:50052', 'dap.example.com:50052'], ['10.0.0.5:50052/', '10.0.0.5:50052'], ['', null]]) {
    const res = await update({ duoAgentPlatformServiceUrl: url });
    assert.deepEqual(res.json.data.duoSettingsUpdate.errors, []);
    assert.equal(res.json.data.duoSettingsUpdate.duoSettings.duoAgentPlatformServiceUrl, stored);
  }
});

test('updatedAt does not move when only instance-level values change', async () => {
  await sim.control('PATCH', 'state', { settings: { outboundAllowlist: ['127.0.0.1'] }, duoSettings: { updatedAt: '2026-01-01T00:00:00Z' } });
  const stamp = async () => (await sim.graphql('{ duoSettings { updatedAt } }')).json.data.duoSettings.updatedAt;
  for (const input of [
    { aiGatewayUrl: sim.gateway }, { aiGatewayTimeoutSeconds: 300 }, { duoAgentPlatformServiceUrl: 'dap.local:50052' },
    { selfHostedDuoAgentPlatformServiceSecure: false }, { aiGatewayTimeoutSeconds: null, aiGatewayUrl: '' },
    { duoCliEnabled: true }, // unchanged value: nothing to save
  ]) {
    const res = await update(input);
    assert.deepEqual(res.json.data.duoSettingsUpdate.errors, [], JSON.stringify(input));
    assert.equal(await stamp(), '2026-01-01T00:00:00Z', JSON.stringify(input));
  }
  await sim.rest('/application/settings', { method: 'PUT', body: { enabled_expanded_logging: true } });
  assert.equal(await stamp(), '2026-01-01T00:00:00Z', 'verbose AI logs');
  for (const input of [{ duoCliEnabled: false }, { duoCoreFeaturesEnabled: true }, { allowProjectExtension: true, aiGatewayTimeoutSeconds: 90 }]) {
    await sim.control('PATCH', 'state', { duoSettings: { updatedAt: '2026-01-01T00:00:00Z' } });
    await update(input);
    assert.notEqual(await stamp(), '2026-01-01T00:00:00Z', JSON.stringify(input));
  }
});

test('18.9 keeps moving updatedAt on every save and refuses a null timeout', async () => {
  const old = await startSim();
  try {
    await old.control('PATCH', 'state', { duoSettings: { updatedAt: '2026-01-01T00:00:00Z' } });
    const res = await old.graphql('mutation { duoSettingsUpdate(input: {aiGatewayTimeoutSeconds: null}) { errors duoSettings { updatedAt } } }');
    assert.deepEqual(res.json.data.duoSettingsUpdate.errors, ['Ai gateway timeout seconds is not a number']);
    await sleep(5);
    const ok = await old.graphql('mutation { duoSettingsUpdate(input: {aiGatewayTimeoutSeconds: 90, duoAgentPlatformServiceUrl: "http://x:1"}) { errors duoSettings { updatedAt } } }');
    assert.deepEqual(ok.json.data.duoSettingsUpdate.errors, [], '18.9 does not check the scheme');
    assert.notEqual(ok.json.data.duoSettingsUpdate.duoSettings.updatedAt, '2026-01-01T00:00:00Z');
  } finally {
    await old.stop();
  }
});
