'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { startSim } = require('../support/harness');

let sim;
before(async () => {
  sim = await startSim();
});
after(() => sim.stop());
beforeEach(() => sim.reset());

const PERMISSION = "The resource that you are attempting to access does not exist or you don't have permission to perform this action";
const CREATE = `mutation($input: AiSelfHostedModelCreateInput!) {
  aiSelfHostedModelCreate(input: $input) { clientMutationId errors selfHostedModel { id name model identifier hasApiToken releaseState modelDisplayName } } }`;
const LIST = 'query($first: Int, $last: Int, $after: String, $before: String) { aiSelfHostedModels(first: $first, last: $last, after: $after, before: $before) { nodes { id name } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }';
const gid = (id) => `gid://gitlab/Ai::SelfHostedModel/${id}`;

async function create(input, token) {
  const res = await sim.graphql(CREATE, { variables: { input: { endpoint: 'http://127.0.0.1:8000/v1', model: 'MISTRAL', ...input } }, token });
  assert.equal(res.status, 200, res.text);
  return res.json;
}

test('create: success payload and global id', async () => {
  const r = await create({ name: 'mistral-a', identifier: 'custom_openai/mistral', apiToken: 'k', clientMutationId: 'c1' });
  const p = r.data.aiSelfHostedModelCreate;
  assert.deepEqual(p.errors, []);
  assert.equal(p.clientMutationId, 'c1');
  assert.match(p.selfHostedModel.id, /^gid:\/\/gitlab\/Ai::SelfHostedModel\/\d+$/);
  assert.equal(p.selfHostedModel.model, 'mistral');
  assert.equal(p.selfHostedModel.modelDisplayName, 'Mistral');
  assert.equal(p.selfHostedModel.releaseState, 'GA');
  assert.equal(p.selfHostedModel.hasApiToken, true);
  const noId = await create({ name: 'no-identifier' });
  assert.equal(noId.data.aiSelfHostedModelCreate.selfHostedModel.identifier, '');
});

test('create: validation messages are comma-joined into one string', async () => {
  await create({ name: 'taken' });
  let r = await create({ name: 'taken', endpoint: 'ftp://host/x', identifier: 'x'.repeat(256) });
  assert.deepEqual(r.data.aiSelfHostedModelCreate, {
    clientMutationId: null,
    errors: ['Endpoint must be a valid URL, Name has already been taken, Identifier is too long (maximum is 255 characters)'],
    selfHostedModel: null,
  });
  r = await create({ name: 'blank-endpoint', endpoint: '' });
  assert.deepEqual(r.data.aiSelfHostedModelCreate.errors, ["Endpoint can't be blank"]);
  r = await create({ name: 'ssh-endpoint', endpoint: 'ssh://models.internal/v1' });
  assert.deepEqual(r.data.aiSelfHostedModelCreate.errors, ['Endpoint is blocked: Only allowed schemes are http, https']);
});

test('create: name over 255 or endpoint over 2048 characters is an HTTP 500', async () => {
  let res = await sim.graphql(CREATE, { variables: { input: { name: 'n'.repeat(256), model: 'MISTRAL', endpoint: 'http://h/v1' } } });
  assert.equal(res.status, 500);
  assert.deepEqual(res.json, { errors: [{ message: 'Internal server error' }] });
  res = await sim.graphql(CREATE, { variables: { input: { name: 'long', model: 'MISTRAL', endpoint: `http://h/${'e'.repeat(2048)}` } } });
  assert.equal(res.status, 500);
});

test('mutations need the api scope; admins only', async () => {
  const readApi = await create({ name: 'x' }, 'sim-read-api');
  assert.equal(readApi.data.aiSelfHostedModelCreate, null);
  assert.equal(readApi.errors[0].message, PERMISSION);
  assert.deepEqual(readApi.errors[0].path, ['aiSelfHostedModelCreate']);
  const nonAdmin = await create({ name: 'x' }, 'sim-nonadmin-token');
  assert.equal(nonAdmin.errors[0].message, PERMISSION);
  const anonymous = await create({ name: 'x' }, null);
  assert.equal(anonymous.errors[0].message, PERMISSION);
});

test('GraphQL token problems: 401 Invalid token', async () => {
  for (const token of ['sim-expired-token', 'sim-revoked-token', 'nope']) {
    const res = await sim.graphql('{ metadata { version } }', { token });
    assert.equal(res.status, 401);
    assert.deepEqual(res.json, { errors: [{ message: 'Invalid token' }] });
  }
});

test('aiSelfHostedModels is null without error for non-admins and unlicensed instances', async () => {
  await create({ name: 'visible' });
  const q = '{ aiSelfHostedModels { nodes { id } } aiFeatureSettings { nodes { feature } } }';
  const user = await sim.graphql(q, { token: 'sim-nonadmin-token' });
  assert.equal(user.json.data.aiSelfHostedModels, null);
  assert.equal(user.json.errors, undefined);
  assert.ok(user.json.data.aiFeatureSettings.nodes.length > 0, 'feature settings stay readable');
  await sim.control('PATCH', 'state', { license: { current: { type: 'offline_cloud' } }, addOnPurchases: [{ name: 'DUO_CORE', purchasedQuantity: 10 }] });
  const offline = await sim.graphql(q);
  assert.equal(offline.json.data.aiSelfHostedModels, null, 'offline cloud license without Duo Enterprise');
  await sim.control('PATCH', 'state', { addOnPurchases: [{ name: 'DUO_ENTERPRISE', purchasedQuantity: 10 }] });
  assert.equal((await sim.graphql(q)).json.data.aiSelfHostedModels.nodes.length, 1);
  await sim.control('PATCH', 'state', { settings: { amazonQConnected: true } });
  assert.equal((await sim.graphql(q)).json.data.aiSelfHostedModels, null, 'Amazon Q connected');
});

test('pagination: keyset by id desc, page capped at 100, cursors base64 {"id":"n"}', async () => {
  const models = Array.from({ length: 250 }, (_, i) => ({ id: i + 1, name: `m${String(i + 1).padStart(3, '0')}`, model: 'mistral', endpoint: 'http://127.0.0.1:1/v1' }));
  await sim.control('PUT', 'state', { models });
  const seen = [];
  let after = null;
  let pages = 0;
  for (;;) {
    const res = await sim.graphql(LIST, { variables: { first: 500, after } });
    const conn = res.json.data.aiSelfHostedModels;
    pages += 1;
    assert.ok(conn.nodes.length <= 100);
    seen.push(...conn.nodes.map((n) => Number(n.id.split('/').pop())));
    const last = conn.nodes[conn.nodes.length - 1];
    const decoded = JSON.parse(Buffer.from(conn.pageInfo.endCursor, 'base64').toString());
    assert.deepEqual(decoded, { id: last.id.split('/').pop() });
    assert.equal(conn.pageInfo.hasPreviousPage, after !== null);
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  assert.equal(pages, 3);
  assert.equal(seen.length, 250);
  assert.deepEqual(seen, [...seen].sort((a, b) => b - a), 'ordered by id descending');
  const lastPage = await sim.graphql(LIST, { variables: { last: 10 } });
  assert.deepEqual(lastPage.json.data.aiSelfHostedModels.nodes.map((n) => n.name)[9], 'm001');
  assert.equal(lastPage.json.data.aiSelfHostedModels.pageInfo.hasPreviousPage, true);
  const both = await sim.graphql(LIST, { variables: { first: 1, last: 1 } });
  assert.equal(both.json.data.aiSelfHostedModels, null);
  assert.equal(both.json.errors[0].message, 'Can only provide either `first` or `last`, not both');
  const bad = await sim.graphql(LIST, { variables: { after: 'bm90IGpzb24' } });
  assert.equal(bad.json.errors[0].message, 'Please provide a valid cursor');
});

test('unknown id: HTTP 500 for lookup and update, payload error for delete', async () => {
  let res = await sim.graphql(`{ aiSelfHostedModels(id: "${gid(999)}") { nodes { id } } }`);
  assert.equal(res.status, 500);
  assert.deepEqual(res.json, { errors: [{ message: 'Internal server error' }] });
  res = await sim.graphql(`mutation { aiSelfHostedModelUpdate(input: {id: "${gid(999)}", name: "x", model: MISTRAL, endpoint: "http://h/v1"}) { errors } }`);
  assert.equal(res.status, 500);
  res = await sim.graphql(`mutation { aiSelfHostedModelDelete(input: {id: "${gid(999)}"}) { errors } }`);
  assert.deepEqual(res.json.data.aiSelfHostedModelDelete.errors, ['Self-hosted model not found']);
});

test('a 500 in an aliased batch stops the mutations after it', async () => {
  const res = await sim.graphql(`mutation {
    m0: aiSelfHostedModelCreate(input: {name: "first", model: MISTRAL, endpoint: "http://h/v1"}) { errors }
    m1: aiSelfHostedModelUpdate(input: {id: "${gid(999)}", name: "x", model: MISTRAL, endpoint: "http://h/v1"}) { errors }
    m2: aiSelfHostedModelCreate(input: {name: "third", model: MISTRAL, endpoint: "http://h/v1"}) { errors } }`);
  assert.equal(res.status, 500);
  const state = await sim.control('GET', 'state');
  assert.deepEqual(state.models.map((m) => m.name), ['first']);
});

test('update keeps omitted apiToken and identifier', async () => {
  const id = (await create({ name: 'u', apiToken: 'secret', identifier: 'custom_openai/x' })).data.aiSelfHostedModelCreate.selfHostedModel.id;
  const res = await sim.graphql(`mutation { aiSelfHostedModelUpdate(input: {id: "${id}", name: "u2", model: CODESTRAL, endpoint: "http://h2/v1"}) {
    errors selfHostedModel { name model identifier hasApiToken apiToken } } }`);
  assert.deepEqual(res.json.data.aiSelfHostedModelUpdate, {
    errors: [], selfHostedModel: { name: 'u2', model: 'codestral', identifier: 'custom_openai/x', hasApiToken: true, apiToken: 'secret' },
  });
});

test('delete cascades to feature settings', async () => {
  const id = (await create({ name: 'chat' })).data.aiSelfHostedModelCreate.selfHostedModel.id;
  let res = await sim.graphql(`mutation { aiFeatureSettingUpdate(input: {features: [DUO_CHAT, CODE_GENERATIONS], provider: SELF_HOSTED, aiSelfHostedModelId: "${id}"}) {
    errors aiFeatureSettings { feature provider selfHostedModel { name } } } }`);
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate.errors, []);
  assert.equal(res.json.data.aiFeatureSettingUpdate.aiFeatureSettings.length, 2);
  res = await sim.graphql(`{ aiSelfHostedModels(id: "${id}") { nodes { featureSettings { nodes { feature title } } } } }`);
  assert.deepEqual(res.json.data.aiSelfHostedModels.nodes[0].featureSettings.nodes.map((n) => n.feature).sort(), ['code_generations', 'duo_chat']);
  await sim.graphql(`mutation { aiSelfHostedModelDelete(input: {id: "${id}"}) { errors } }`);
  res = await sim.graphql('{ aiFeatureSettings { nodes { feature provider selfHostedModel { id } } } }');
  const chat = res.json.data.aiFeatureSettings.nodes.find((n) => n.feature === 'duo_chat');
  assert.deepEqual(chat, { feature: 'duo_chat', provider: 'unassigned', selfHostedModel: null });
});

test('beta families are hidden until beta is accepted; their names stay taken', async () => {
  await create({ name: 'llama', model: 'LLAMA3' });
  await create({ name: 'mistral', model: 'MISTRAL' });
  const names = async () => (await sim.graphql('{ aiSelfHostedModels { nodes { name releaseState } } }')).json.data.aiSelfHostedModels.nodes;
  assert.deepEqual((await names()).map((n) => n.name), ['mistral']);
  const dup = await create({ name: 'llama', model: 'MISTRAL' });
  assert.deepEqual(dup.data.aiSelfHostedModelCreate.errors, ['Name has already been taken']);
  const features = await sim.graphql('{ aiFeatureSettings { nodes { feature } } }');
  assert.ok(!features.json.data.aiFeatureSettings.nodes.some((n) => n.feature === 'duo_chat_troubleshoot_job'));
  await sim.control('PATCH', 'state', { settings: { betaModelsAccepted: true } });
  assert.deepEqual(await names(), [{ name: 'mistral', releaseState: 'GA' }, { name: 'llama', releaseState: 'BETA' }]);
  const after = await sim.graphql('{ aiFeatureSettings { nodes { feature releaseState } } }');
  assert.ok(after.json.data.aiFeatureSettings.nodes.some((n) => n.feature === 'duo_chat_troubleshoot_job' && n.releaseState === 'BETA'));
});

test('feature settings: compatibility, blank model, empty list, validModels', async () => {
  const gemma = (await create({ name: 'gemma', model: 'CODEGEMMA' })).data.aiSelfHostedModelCreate.selfHostedModel.id;
  await create({ name: 'b-mistral' });
  const aMistral = (await create({ name: 'a-mistral' })).data.aiSelfHostedModelCreate.selfHostedModel.id;
  const update = (input) => sim.graphql(`mutation($input: AiFeatureSettingUpdateInput!) { aiFeatureSettingUpdate(input: $input) { errors aiFeatureSettings { feature } } }`, { variables: { input } });
  let res = await update({ features: ['DUO_CHAT'], provider: 'SELF_HOSTED', aiSelfHostedModelId: gemma });
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate, { errors: ['Codegemma is incompatible with the General Chat feature'], aiFeatureSettings: [] });
  res = await update({ features: ['CODE_GENERATIONS'], provider: 'SELF_HOSTED' });
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate.errors, ["Self hosted model can't be blank"]);
  res = await update({ features: [], provider: 'DISABLED' });
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate.errors, ['At least one feature is required']);
  res = await update({ features: ['DUO_CHAT'], provider: 'DISABLED', aiSelfHostedModelId: gid(999) });
  assert.equal(res.status, 500);
  res = await sim.graphql('{ aiFeatureSettings { nodes { feature title mainFeature compatibleLlms releaseState validModels { nodes { name } } } } }');
  const chat = res.json.data.aiFeatureSettings.nodes.find((n) => n.feature === 'duo_chat');
  assert.equal(chat.title, 'General Chat');
  assert.equal(chat.mainFeature, 'GitLab Duo Chat');
  assert.ok(!chat.compatibleLlms.includes('codegemma'));
  assert.deepEqual(chat.validModels.nodes.map((n) => n.name), ['a-mistral', 'b-mistral']);
  res = await update({ features: ['CODE_GENERATIONS'], provider: 'SELF_HOSTED', aiSelfHostedModelId: aMistral });
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate.errors, []);
  res = await sim.graphql('{ aiSelfHostedModels { nodes { featureSettings { nodes { validModels { nodes { id } } } } } } }');
  assert.equal(res.status, 500, 'validModels under AiSelfHostedModel.featureSettings');
});

test('VENDORED fails offline with Failed to fetch model definitions', async () => {
  await sim.control('PATCH', 'state', { settings: { airGapped: true } });
  const res = await sim.graphql('mutation { aiFeatureSettingUpdate(input: {features: [CODE_COMPLETIONS], provider: VENDORED}) { errors } }');
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate.errors, ['Failed to fetch model definitions']);
});
