'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startSim } = require('../support/harness');

const DEMO_19 = path.join(__dirname, '..', 'fixtures', 'demo-19.6.json');
const DEMO_18 = path.join(__dirname, '..', 'fixtures', 'demo.json');
const CANNOT_CONNECT = 'AI Gateway could not connect to the model endpoint. Verify the model endpoint URL is correct and reachable from the AI Gateway, '
  + 'and that any firewall or proxy is not blocking the connection.';
const CHECK = `mutation($input: AiSelfHostedModelConnectionCheckInput!) {
  aiSelfHostedModelConnectionCheck(input: $input) { errors result { success message } } }`;

let sim;
before(async () => {
  sim = await startSim(['--fixture', DEMO_19]);
});
after(() => sim.stop());
beforeEach(() => sim.reset());

async function check(input, s = sim) {
  const res = await s.graphql(CHECK, {
    variables: { input: { name: 'probe', model: 'MISTRAL', endpoint: `${s.modelServer}/v1`, identifier: 'custom_openai/mistral-small-24b-instruct', apiToken: 'sim-model-key', ...input } },
  });
  assert.equal(res.status, 200, res.text);
  return res.json.data.aiSelfHostedModelConnectionCheck.result;
}

test('19.x: an api model on the model server passes; a transport failure has one message', async () => {
  assert.deepEqual(await check({}), { success: true, message: 'Successfully connected to the self-hosted model' });
  for (const endpoint of ['http://127.0.0.1:9/v1', 'https://models.example.com/v1', 'not a url']) {
    assert.deepEqual(await check({ endpoint }), { success: false, message: CANNOT_CONNECT }, endpoint);
  }
  await sim.control('POST', 'listeners/modelServer/down');
  assert.equal((await check({})).message, CANNOT_CONNECT, 'model server down');
  await sim.control('POST', 'listeners/modelServer/up');
  assert.equal((await check({ apiToken: 'wrong' })).message, 'ERROR: The self-hosted model server returned code 401');
});

test('19.x: an unknown custom_openai identifier suggests up to five served ids', async () => {
  let result = await check({ identifier: 'custom_openai/mistral-small' });
  assert.equal(result.message, 'The provided identifier does not exist. Did you mean mistral-small-24b-instruct, codestral-22b, qwen2.5-coder-32b-instruct, llama-3.3-70b-instruct?');
  await sim.control('PATCH', 'state', { modelServer: { models: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] } });
  result = await check({ identifier: 'custom_openai/x' });
  assert.equal(result.message, 'The provided identifier does not exist. Did you mean a, b, c, d, e?');
  await sim.control('PATCH', 'state', { modelServer: { models: [] } });
  assert.equal((await check({ identifier: 'custom_openai/x' })).message, 'The provided identifier does not exist.');
  await sim.control('PATCH', 'state', { modelServer: { models: ['a'], status: 404 } });
  assert.equal((await check({ identifier: 'custom_openai/a' })).message, 'The provided identifier does not exist.', 'a 404 listing');
  assert.equal((await check({ identifier: 'azure/a' })).message, 'ERROR: The self-hosted model server returned code 404');
});

test('19.x: Bedrock and Vertex AI need no endpoint; the gateway uses its own credentials', async () => {
  await sim.control('DELETE', 'requests');
  for (const provider of ['BEDROCK', 'VERTEX_AI']) {
    assert.deepEqual(await check({ provider, endpoint: '', model: 'CLAUDE_3', identifier: 'claude-sonnet-4', apiToken: null }), { success: true, message: 'Successfully connected to the self-hosted model' });
  }
  const log = await sim.control('GET', 'requests');
  assert.ok(!log.some((r) => r.server === 'modelServer'), 'no model server call');
  const sent = log.filter((r) => r.server === 'gateway').map((r) => JSON.parse(r.body).model_metadata.provider);
  assert.deepEqual(sent, ['bedrock', 'vertex_ai']);
  await sim.control('PATCH', 'state', { gateway: { vertexAvailable: false, bedrockAvailable: false } });
  for (const provider of ['BEDROCK', 'VERTEX_AI']) {
    assert.equal((await check({ provider, endpoint: '', model: 'CLAUDE_3' })).message, 'ERROR: The self-hosted model server returned code 403');
  }
  const nulled = await sim.graphql(CHECK, { variables: { input: { name: 'p', model: 'MISTRAL', endpoint: '', provider: null } } });
  assert.equal(nulled.status, 500);
});

test('19.x: the gateway itself unreachable keeps the 18.9 message', async () => {
  await sim.control('POST', 'listeners/gateway/down');
  assert.match((await check({})).message, /^ERROR: Unknown error\. /);
  await sim.control('POST', 'listeners/gateway/up');
  assert.equal((await check({})).success, true);
});

test('the GitLab → gateway timeout is 15 s on 19.6 and 3 s on 18.9', async () => {
  const old = await startSim(['--fixture', DEMO_18]);
  try {
    const slow = { server: 'gateway', path: 'model_configuration', latencyMs: 3400 };
    await sim.control('POST', 'faults', slow);
    await old.control('POST', 'faults', slow);
    const [r19, r18] = await Promise.all([check({}), check({}, old)]);
    assert.equal(r19.success, true, '19.6 waits');
    assert.match(r18.message, /^ERROR: Unknown error/, '18.9 gives up after 3 s');
    const state = await sim.control('GET', 'state');
    assert.equal(state.settings.connectionCheckTimeoutMs, null, 'null = the shape default');
  } finally {
    await old.stop();
  }
});
