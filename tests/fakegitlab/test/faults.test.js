'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { startSim, httpRequest } = require('../support/harness');

let sim;
before(async () => {
  sim = await startSim();
});
after(() => sim.stop());
beforeEach(() => sim.reset());

const META = '{ metadata { version } }';

test('429 with Retry-After, consumed by count', async () => {
  const { id } = await sim.control('POST', 'faults', { path: '^/api/graphql', retryAfter: 7, count: 2 });
  assert.equal(typeof id, 'number');
  for (let i = 0; i < 2; i++) {
    const res = await sim.graphql(META);
    assert.equal(res.status, 429);
    assert.equal(res.headers['retry-after'], '7');
  }
  const res = await sim.graphql(META);
  assert.equal(res.status, 200, 'the fault is used up');
});

test('status, body and headers; method filter; unlimited count; DELETE clears', async () => {
  await sim.control('POST', 'faults', { method: 'GET', path: '/api/v4/version', status: 502, body: '<html>bad gateway</html>', headers: { 'X-Sim': '1' }, count: -1 });
  for (let i = 0; i < 3; i++) {
    const res = await sim.rest('/version');
    assert.equal(res.status, 502);
    assert.equal(res.text, '<html>bad gateway</html>');
    assert.equal(res.headers['x-sim'], '1');
  }
  assert.equal((await sim.rest('/metadata')).status, 200, 'other paths are untouched');
  await sim.control('DELETE', 'faults');
  assert.equal((await sim.rest('/version')).status, 200);
});

test('latency delays, then serves normally', async () => {
  await sim.control('POST', 'faults', { path: 'graphql', latencyMs: 250 });
  const t0 = Date.now();
  const res = await sim.graphql(META);
  assert.equal(res.status, 200);
  assert.ok(Date.now() - t0 >= 240);
});

test('hang: never answers (the client times out)', async () => {
  await sim.control('POST', 'faults', { path: 'graphql', hang: true });
  await assert.rejects(sim.request(`${sim.gitlab}/api/graphql`, { method: 'POST', body: { query: META }, timeoutMs: 300 }), { code: 'ETIMEDOUT' });
  assert.equal((await sim.graphql(META)).status, 200);
});

test('reset destroys the connection', async () => {
  await sim.control('POST', 'faults', { path: 'graphql', reset: true });
  await assert.rejects(sim.graphql(META), (e) => ['ECONNRESET', 'EPIPE', 'ECONNREFUSED'].includes(e.code) || /socket hang up/.test(e.message));
});

test('truncate: Content-Length larger than the body, then close', async () => {
  await sim.control('POST', 'faults', { path: 'graphql', truncate: true });
  await assert.rejects(sim.graphql(META), (e) => e.code === 'ECONNRESET' || /aborted|premature|hang up/i.test(e.message));
});

test('malformed: 200 with invalid JSON', async () => {
  await sim.control('POST', 'faults', { path: 'aiFeatureSettings|graphql', malformed: true });
  const res = await sim.graphql('{ aiFeatureSettings { nodes { feature title } } }');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /json/);
  assert.throws(() => JSON.parse(res.text));
});

test('redirect to another origin (the gateway)', async () => {
  await sim.control('POST', 'faults', { path: '/api/v4/version', redirect: `${sim.gateway}/monitoring/healthz` });
  const res = await sim.rest('/version');
  assert.equal(res.status, 307);
  assert.equal(res.headers.location, `${sim.gateway}/monitoring/healthz`);
  const followed = await httpRequest(res.headers.location);
  assert.equal(followed.status, 200);
});

test('faults on the model server reach the console through the connection check', async () => {
  await sim.control('PATCH', 'state', { duoSettings: { aiGatewayUrl: sim.gateway } });
  await sim.control('POST', 'faults', { server: 'modelServer', path: '/v1/models', status: 503 });
  const res = await sim.graphql(`mutation { aiSelfHostedModelConnectionCheck(input: {name: "x", model: MISTRAL, endpoint: "${sim.modelServer}/v1"}) { result { message } } }`);
  assert.equal(res.json.data.aiSelfHostedModelConnectionCheck.result.message, 'ERROR: The self-hosted model server returned code 503');
});

test('request log: every request, all headers lower-cased, controls excluded', async () => {
  await sim.control('DELETE', 'requests');
  await sim.rest('/user', { token: 'sim-nonadmin-token' });
  await sim.graphql(META, { token: 'sim-admin-token' });
  await sim.request(`${sim.gateway}/monitoring/healthz`);
  await sim.control('GET', 'state');
  const log = await sim.control('GET', 'requests');
  assert.deepEqual(log.map((r) => [r.server, r.method, r.path]), [
    ['gitlab', 'GET', '/api/v4/user'], ['gitlab', 'POST', '/api/graphql'], ['gateway', 'GET', '/monitoring/healthz'],
  ]);
  assert.equal(log[0].headers['private-token'], 'sim-nonadmin-token');
  assert.equal(log[1].headers.authorization, 'Bearer sim-admin-token');
  assert.equal(JSON.parse(log[1].body).query, META);
  assert.ok(log[1].seq > log[0].seq);
  await sim.control('DELETE', 'requests');
  assert.deepEqual(await sim.control('GET', 'requests'), []);
});

test('controls: add a token, patch and replace the state', async () => {
  await sim.control('POST', 'tokens', { token: 'sim-extra', username: 'alice', scopes: ['read_api'] });
  const self = await sim.rest('/personal_access_tokens/self', { token: 'sim-extra' });
  assert.deepEqual(self.json.scopes, ['read_api']);
  await sim.control('PATCH', 'state', { version: '17.11.3-ee', settings: { betaModelsAccepted: true } });
  const state = await sim.control('GET', 'state');
  assert.equal(state.version, '17.11.3-ee');
  assert.equal(state.settings.betaModelsAccepted, true);
  assert.equal(state.settings.adminModeEnabled, true, 'PATCH merges settings');
  assert.ok(state.tokens.some((t) => t.token === 'sim-admin-token'));
  await sim.control('PUT', 'state', { models: [{ name: 'only', model: 'gpt', endpoint: 'https://x.openai.azure.com/v1' }], faults: [{ path: 'version', status: 418 }] });
  const replaced = await sim.control('GET', 'state');
  assert.deepEqual(replaced.models.map((m) => [m.id, m.name]), [[1, 'only']]);
  assert.equal(replaced.version, '18.9.0-ee');
  assert.equal(replaced.faults.length, 1);
  assert.equal((await sim.rest('/version')).status, 418);
});
