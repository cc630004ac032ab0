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
const LIST = `{ aiFeatureSettings { nodes { feature provider allowList { enabled models { nodes {
  ref name modelProvider allowed currentlyChosenModelForFeature } } } } } }`;
const SET = `mutation($input: AiFeatureSettingModelAllowlistUpdateInput!) { aiFeatureSettingModelAllowlistUpdate(input: $input) {
  clientMutationId errors allowList { enabled models { nodes { ref allowed currentlyChosenModelForFeature } } } } }`;
const VENDORED = 'mutation($ref: String) { aiFeatureSettingUpdate(input: {features: [DUO_AGENT_PLATFORM_AGENTIC_CHAT], provider: VENDORED, offeredModelRef: $ref}) { errors } }';

async function agenticChat(token) {
  const res = await sim.graphql(LIST, { token });
  return res.json.data.aiFeatureSettings.nodes.find((n) => n.feature === 'duo_agent_platform_agentic_chat');
}

function setAllowlist(input, token) {
  return sim.graphql(SET, { variables: { input: { feature: 'DUO_AGENT_PLATFORM_AGENTIC_CHAT', ...input } }, token });
}

const allowed = (allowList) => allowList.models.nodes.filter((m) => m.allowed).map((m) => m.ref);

test('allowList is null unless Agentic Chat is vendored and the model definitions are reachable', async () => {
  assert.equal((await agenticChat()).allowList, null, 'unassigned');
  const rows = (await sim.graphql(LIST)).json.data.aiFeatureSettings.nodes;
  assert.ok(rows.every((r) => r.allowList === null));
  await sim.graphql(VENDORED, { variables: { ref: 'gpt_5' } });
  const chat = await agenticChat();
  assert.equal(chat.provider, 'vendored');
  assert.equal(chat.allowList.enabled, false);
  assert.equal(chat.allowList.models.nodes.length, 4);
  assert.deepEqual(allowed(chat.allowList).length, 4, 'everything is allowed while the allowlist is off');
  assert.deepEqual(chat.allowList.models.nodes.filter((m) => m.currentlyChosenModelForFeature).map((m) => m.ref), ['gpt_5']);
  await sim.graphql('mutation { aiFeatureSettingUpdate(input: {features: [DUO_AGENT_PLATFORM], provider: VENDORED}) { errors } }');
  assert.equal((await sim.graphql(LIST)).json.data.aiFeatureSettings.nodes.find((n) => n.feature === 'duo_agent_platform').allowList, null, 'only Agentic Chat');
  await sim.control('PATCH', 'state', { settings: { airGapped: true } });
  assert.equal((await agenticChat()).allowList, null, 'air-gapped');
});

test('update: enable with refs; unknown refs dropped; the chosen model stays allowed; disabling clears', async () => {
  await sim.graphql(VENDORED, { variables: { ref: null } });
  let res = await setAllowlist({ allowlistEnabled: true, allowlistModelRefs: ['gpt_5', 'no_such_model', 'gpt_5', 'claude_haiku_4_5_20251001'], clientMutationId: 'a1' });
  const p = res.json.data.aiFeatureSettingModelAllowlistUpdate;
  assert.deepEqual([p.clientMutationId, p.errors, p.allowList.enabled], ['a1', [], true]);
  // The default model (no offeredModelRef) is the first offered one and counts as chosen.
  assert.deepEqual(allowed(p.allowList), ['claude_sonnet_4_20250514', 'claude_haiku_4_5_20251001', 'gpt_5']);
  let state = await sim.control('GET', 'state');
  let row = state.featureSettings.find((f) => f.feature === 'duo_agent_platform_agentic_chat');
  assert.deepEqual(row.allowlistModelRefs, ['gpt_5', 'claude_haiku_4_5_20251001']);
  assert.deepEqual(allowed((await agenticChat()).allowList), ['claude_sonnet_4_20250514', 'claude_haiku_4_5_20251001', 'gpt_5']);
  res = await setAllowlist({ allowlistEnabled: true, allowlistModelRefs: [] });
  assert.deepEqual(allowed(res.json.data.aiFeatureSettingModelAllowlistUpdate.allowList), ['claude_sonnet_4_20250514']);
  res = await setAllowlist({ allowlistEnabled: false, allowlistModelRefs: ['gpt_5'] });
  assert.equal(res.json.data.aiFeatureSettingModelAllowlistUpdate.allowList.enabled, false);
  state = await sim.control('GET', 'state');
  row = state.featureSettings.find((f) => f.feature === 'duo_agent_platform_agentic_chat');
  assert.deepEqual([row.allowlistEnabled, row.allowlistModelRefs], [false, []], 'disabling clears the refs');
});

test('update: unsupported feature, air-gapped, rights and license', async () => {
  let res = await setAllowlist({ feature: 'DUO_CHAT', allowlistEnabled: true, allowlistModelRefs: ['gpt_5'] });
  assert.deepEqual(res.json.data.aiFeatureSettingModelAllowlistUpdate, {
    clientMutationId: null, errors: ["Model allowlists are not supported for the feature 'duo_chat'."], allowList: null,
  });
  res = await setAllowlist({ feature: 'DUO_AGENT_PLATFORM', allowlistEnabled: false, allowlistModelRefs: [] });
  assert.deepEqual(res.json.data.aiFeatureSettingModelAllowlistUpdate.errors, ["Model allowlists are not supported for the feature 'duo_agent_platform'."]);
  for (const token of ['sim-nonadmin-token', 'sim-read-api']) {
    res = await setAllowlist({ allowlistEnabled: true, allowlistModelRefs: [] }, token);
    assert.equal(res.json.data.aiFeatureSettingModelAllowlistUpdate, null);
    assert.equal(res.json.errors[0].message, PERMISSION);
  }
  for (const patch of [{ license: { current: { type: 'legacy_license' } } }, { license: { current: { type: 'offline_cloud' } } }, { settings: { amazonQConnected: true } }]) {
    await sim.reset();
    await sim.control('PATCH', 'state', patch);
    res = await setAllowlist({ allowlistEnabled: true, allowlistModelRefs: [] });
    assert.equal(res.json.errors[0].message, PERMISSION, JSON.stringify(patch));
  }
  await sim.reset();
  await sim.control('PATCH', 'state', { settings: { airGapped: true } });
  res = await setAllowlist({ allowlistEnabled: true, allowlistModelRefs: [] });
  assert.deepEqual(res.json.data.aiFeatureSettingModelAllowlistUpdate.errors, ['Failed to fetch model definitions']);
});

test('the 19.6 demo fixture has a vendored Agentic Chat with an allowlist', async () => {
  const path = require('node:path');
  const demo = await startSim(['--fixture', path.join(__dirname, '..', 'fixtures', 'demo-19.6.json')]);
  try {
    const res = await demo.graphql(LIST);
    const chat = res.json.data.aiFeatureSettings.nodes.find((n) => n.feature === 'duo_agent_platform_agentic_chat');
    assert.equal(chat.allowList.enabled, true);
    assert.deepEqual(allowed(chat.allowList), ['claude_sonnet_4_5_20250929', 'claude_haiku_4_5_20251001']);
  } finally {
    await demo.stop();
  }
});
