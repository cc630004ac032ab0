'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { getIntrospectionQuery, buildClientSchema } = require('graphql');
const { startSim } = require('../support/harness');

let sim;
before(async () => {
  sim = await startSim(['--shape', '19.6']);
});
after(() => sim.stop());
beforeEach(() => sim.reset());

const CREATE = `mutation($input: AiSelfHostedModelCreateInput!) {
  aiSelfHostedModelCreate(input: $input) { errors selfHostedModel { id name provider endpoint identifier model modelDisplayName releaseState } } }`;
const UPDATE = `mutation($input: AiSelfHostedModelUpdateInput!) {
  aiSelfHostedModelUpdate(input: $input) { errors selfHostedModel { provider endpoint } } }`;
const ASSIGN = 'mutation($input: AiFeatureSettingUpdateInput!) { aiFeatureSettingUpdate(input: $input) { errors aiFeatureSettings { feature provider } } }';

async function create(input) {
  const res = await sim.graphql(CREATE, { variables: { input: { name: 'm', model: 'MISTRAL', endpoint: 'http://127.0.0.1:8000/v1', ...input } } });
  return res;
}

test('19.6 reports 19.6.0-ee by default; the version stays independent of the shape', async () => {
  let meta = await sim.graphql('{ metadata { version revision enterprise } }');
  assert.deepEqual(meta.json.data.metadata, { version: '19.6.0-ee', revision: 'b81d0c5e3f2', enterprise: true });
  assert.equal((await sim.rest('/version')).json.version, '19.6.0-ee');
  await sim.control('PATCH', 'state', { shape: '18.9' });
  assert.equal((await sim.rest('/version')).json.version, '18.9.0-ee', 'a defaulted version follows the shape');
  await sim.control('PATCH', 'state', { shape: '19.6', version: '18.9.3-ee' });
  assert.equal((await sim.rest('/version')).json.version, '18.9.3-ee');
  await sim.control('PATCH', 'state', { shape: '18.9' });
  assert.equal((await sim.rest('/version')).json.version, '18.9.3-ee', 'a given version is kept');
  await sim.control('PUT', 'state', { shape: '19.6', revision: 'abc1234' });
  meta = await sim.graphql('{ metadata { version revision } }');
  assert.deepEqual(meta.json.data.metadata, { version: '19.6.0-ee', revision: 'abc1234' });
  const other = await startSim(['--shape', '19.6', '--gitlab-version', '18.9.1-ee']);
  try {
    assert.equal((await other.rest('/version')).json.version, '18.9.1-ee');
    const res = await other.graphql('{ aiSelfHostedModels { nodes { provider } } }');
    assert.deepEqual(res.json.data.aiSelfHostedModels.nodes, [], 'the 19.6 schema is served');
  } finally {
    await other.stop();
  }
  const bad = await sim.request(`${sim.gitlab}/__sim/state`, { method: 'PATCH', body: { shape: '20.0' } });
  assert.equal(bad.status, 400);
  assert.match(bad.json.error, /shape must be one of/);
});

test('19.6 introspection is static by default and carries the 19.x types', async () => {
  const res = await sim.graphql('{ __type(name: "AiSelfHostedModelProvider") { name } }', { operationName: null });
  assert.equal(res.json.errors[0].message, "Field '__type' doesn't exist on type 'Query'");
  const dump = await sim.graphql(getIntrospectionQuery({ inputValueDeprecation: true }), { operationName: 'IntrospectionQuery' });
  assert.ok(dump.text.length > 2 * 1024 * 1024);
  const schema = buildClientSchema(dump.json.data);
  assert.deepEqual(schema.getType('AiSelfHostedModelProvider').getValues().map((v) => v.name), ['API', 'BEDROCK', 'VERTEX_AI']);
  assert.ok(schema.getType('AiSelfHostedModel').getFields().provider);
  assert.ok(schema.getType('AiFeatureSetting').getFields().allowList);
  assert.ok(schema.getQueryType().getFields().functionalVerificationStatus);
  assert.ok(schema.getMutationType().getFields().createFunctionalVerificationWorkflow);
  const families = schema.getType('AiAcceptedSelfHostedModels').getValues().map((v) => v.name);
  for (const f of ['GEMINI', 'EMBEDDING', 'QWEN']) assert.ok(families.includes(f), f);
  assert.equal(schema.getType('AiFeatures').getValues().length, 26);
});

test('provider: omitted is API whatever the identifier; endpoint validated for API only', async () => {
  let res = await create({ name: 'bedrock-prefix', identifier: 'bedrock/anthropic.claude-v2' });
  assert.deepEqual(res.json.data.aiSelfHostedModelCreate.errors, []);
  assert.equal(res.json.data.aiSelfHostedModelCreate.selfHostedModel.provider, 'API');
  res = await create({ name: 'blank', endpoint: '' });
  assert.deepEqual(res.json.data.aiSelfHostedModelCreate.errors, ["Endpoint can't be blank"]);
  res = await create({ name: 'blank-explicit', endpoint: '   ', provider: 'API' });
  assert.deepEqual(res.json.data.aiSelfHostedModelCreate.errors, ["Endpoint can't be blank"]);
  res = await create({ name: 'not-a-url', endpoint: 'bedrock' });
  assert.deepEqual(res.json.data.aiSelfHostedModelCreate.errors, ['Endpoint must be a valid URL']);
  for (const [name, provider, endpoint] of [['b1', 'BEDROCK', ''], ['b2', 'BEDROCK', 'ftp://whatever'], ['v1', 'VERTEX_AI', 'not a url'], ['v2', 'VERTEX_AI', '']]) {
    res = await create({ name, provider, endpoint, model: 'CLAUDE_3' });
    assert.deepEqual(res.json.data.aiSelfHostedModelCreate.errors, [], `${provider} ${endpoint}`);
    assert.equal(res.json.data.aiSelfHostedModelCreate.selfHostedModel.provider, provider);
    assert.equal(res.json.data.aiSelfHostedModelCreate.selfHostedModel.endpoint, endpoint.trim());
  }
  const state = await sim.control('GET', 'state');
  assert.deepEqual(state.models.map((m) => m.provider), ['api', 'bedrock', 'bedrock', 'vertex_ai', 'vertex_ai']);
});

test('provider: an explicit null is an HTTP 500 after the model validations', async () => {
  let res = await create({ name: 'nulled', provider: null });
  assert.equal(res.status, 500);
  assert.deepEqual(res.json, { errors: [{ message: 'Internal server error' }] });
  res = await sim.graphql('mutation { aiSelfHostedModelCreate(input: {name: "lit", model: MISTRAL, endpoint: "", provider: null}) { errors } }');
  assert.equal(res.status, 500, 'no endpoint validation without a provider');
  assert.deepEqual((await sim.control('GET', 'state')).models, []);
  await create({ name: 'taken' });
  res = await create({ name: 'taken', provider: null });
  assert.deepEqual(res.json.data.aiSelfHostedModelCreate.errors, ['Name has already been taken']);
});

test('update: provider omitted keeps it; validation follows the effective provider', async () => {
  const id = (await create({ name: 'bed', provider: 'BEDROCK', endpoint: '' })).json.data.aiSelfHostedModelCreate.selfHostedModel.id;
  const update = (input) => sim.graphql(UPDATE, { variables: { input: { id, name: 'bed', model: 'CLAUDE_3', endpoint: '', ...input } } });
  let res = await update({});
  assert.deepEqual(res.json.data.aiSelfHostedModelUpdate, { errors: [], selfHostedModel: { provider: 'BEDROCK', endpoint: '' } });
  res = await update({ provider: 'API' });
  assert.deepEqual(res.json.data.aiSelfHostedModelUpdate.errors, ["Endpoint can't be blank"]);
  res = await update({ provider: 'API', endpoint: 'https://models.example.com/v1' });
  assert.deepEqual(res.json.data.aiSelfHostedModelUpdate.selfHostedModel, { provider: 'API', endpoint: 'https://models.example.com/v1' });
  res = await update({ endpoint: 'x' });
  assert.deepEqual(res.json.data.aiSelfHostedModelUpdate.errors, ['Endpoint must be a valid URL'], 'now an api model');
  res = await update({ provider: 'VERTEX_AI', endpoint: 'x' });
  assert.deepEqual(res.json.data.aiSelfHostedModelUpdate.selfHostedModel, { provider: 'VERTEX_AI', endpoint: 'x' });
  res = await update({ provider: null });
  assert.equal(res.status, 500);
  assert.equal((await sim.control('GET', 'state')).models[0].provider, 'vertex_ai');
});

test('fixture models may carry a provider (any case); without one they are api', async () => {
  await sim.control('PUT', 'state', {
    shape: '19.6',
    models: [
      { name: 'a', model: 'claude_3', provider: 'BEDROCK', endpoint: '', identifier: 'bedrock/x' },
      { name: 'b', model: 'claude_3', endpoint: 'http://bedrockselfhostedmodel.com', identifier: 'bedrock/y' },
      { name: 'c', model: 'claude_3', provider: 'vertex_ai' },
    ],
  });
  const res = await sim.graphql('{ aiSelfHostedModels { nodes { name provider endpoint } } }');
  assert.deepEqual(res.json.data.aiSelfHostedModels.nodes, [
    { name: 'c', provider: 'VERTEX_AI', endpoint: '' },
    { name: 'b', provider: 'API', endpoint: 'http://bedrockselfhostedmodel.com' },
    { name: 'a', provider: 'BEDROCK', endpoint: '' },
  ]);
});

test('Gemini, Embedding and Qwen are beta families, hidden until beta is accepted', async () => {
  for (const [name, model] of [['g', 'GEMINI'], ['e', 'EMBEDDING'], ['q', 'QWEN'], ['m', 'MISTRAL']]) {
    assert.deepEqual((await create({ name, model })).json.data.aiSelfHostedModelCreate.errors, []);
  }
  const list = async () => (await sim.graphql('{ aiSelfHostedModels { nodes { name modelDisplayName releaseState } } }')).json.data.aiSelfHostedModels.nodes;
  assert.deepEqual(await list(), [{ name: 'm', modelDisplayName: 'Mistral', releaseState: 'GA' }]);
  await sim.control('PATCH', 'state', { settings: { betaModelsAccepted: true } });
  assert.deepEqual(await list(), [
    { name: 'm', modelDisplayName: 'Mistral', releaseState: 'GA' },
    { name: 'q', modelDisplayName: 'Qwen', releaseState: 'BETA' },
    { name: 'e', modelDisplayName: 'Embedding', releaseState: 'BETA' },
    { name: 'g', modelDisplayName: 'Gemini', releaseState: 'BETA' },
  ]);
});

test('features: the new ones, beta ones after acceptance, changed titles and sections', async () => {
  const rows = async () => (await sim.graphql('{ aiFeatureSettings { nodes { feature title mainFeature releaseState compatibleLlms provider } } }')).json.data.aiFeatureSettings.nodes;
  let list = await rows();
  const keys = list.map((r) => r.feature);
  for (const k of ['review_merge_request_dap', 'secret_vulnerability_fp_detection', 'duo_developer']) assert.ok(keys.includes(k), k);
  for (const k of ['sast_vulnerability_fp_detection', 'sast_vulnerability_resolution', 'security_review', 'feature_discovery_search', 'resolve_dependency_bump']) {
    assert.ok(!keys.includes(k), `${k} is beta`);
  }
  const byKey = Object.fromEntries(list.map((r) => [r.feature, r]));
  assert.equal(byKey.review_merge_request.title, 'Non-Agentic Code Review');
  assert.equal(byKey.duo_agent_platform.title, 'Agents & flows');
  assert.equal(byKey.duo_agent_platform_agentic_chat.title, 'Agentic Chat');
  assert.deepEqual(byKey.duo_agent_platform.compatibleLlms, ['claude_3', 'gpt', 'general', 'mistral', 'gemini', 'qwen']);
  assert.equal(byKey.duo_developer.mainFeature, 'GitLab Duo Agent Platform');
  assert.equal(byKey.duo_developer.provider, 'unassigned');
  assert.ok(byKey.code_completions.compatibleLlms.includes('qwen') && !byKey.code_completions.compatibleLlms.includes('gemini'));
  assert.ok(byKey.duo_chat.compatibleLlms.includes('gemini'));
  assert.ok(!list.some((r) => r.compatibleLlms.includes('embedding')), 'no listed feature takes Embedding');
  await sim.control('PATCH', 'state', { settings: { betaModelsAccepted: true } });
  list = await rows();
  const security = list.find((r) => r.feature === 'security_review');
  assert.deepEqual([security.title, security.releaseState], ['Security Review', 'BETA']);
  assert.equal(list.length, 26, 'every AiFeatures value on Ultimate once beta is accepted');
});

test('compatibility messages follow the 19.x titles; Agent Platform features take Mistral now', async () => {
  await sim.control('PATCH', 'state', { settings: { betaModelsAccepted: true } });
  const embedding = (await create({ name: 'emb', model: 'EMBEDDING' })).json.data.aiSelfHostedModelCreate.selfHostedModel.id;
  const mistral = (await create({ name: 'mis', model: 'MISTRAL' })).json.data.aiSelfHostedModelCreate.selfHostedModel.id;
  const codegemma = (await create({ name: 'gem', model: 'CODEGEMMA' })).json.data.aiSelfHostedModelCreate.selfHostedModel.id;
  let res = await sim.graphql(ASSIGN, { variables: { input: { features: ['DUO_AGENT_PLATFORM'], provider: 'SELF_HOSTED', aiSelfHostedModelId: embedding } } });
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate.errors, ['Embedding is incompatible with the Agents & flows feature']);
  res = await sim.graphql(ASSIGN, { variables: { input: { features: ['REVIEW_MERGE_REQUEST'], provider: 'SELF_HOSTED', aiSelfHostedModelId: codegemma } } });
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate.errors, ['Codegemma is incompatible with the Non-Agentic Code Review feature']);
  res = await sim.graphql(ASSIGN, { variables: { input: { features: ['DUO_AGENT_PLATFORM', 'DUO_DEVELOPER', 'SECURITY_REVIEW'], provider: 'SELF_HOSTED', aiSelfHostedModelId: mistral } } });
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate, {
    errors: [],
    aiFeatureSettings: ['duo_agent_platform', 'duo_developer', 'security_review'].map((feature) => ({ feature, provider: 'self_hosted' })),
  });
});

test('aiFeatureSettings is null without error for callers without the admin abilities', async () => {
  const q = '{ aiFeatureSettings { nodes { feature } } }';
  for (const token of ['sim-nonadmin-token', null]) {
    const res = await sim.graphql(q, { token });
    assert.equal(res.status, 200);
    assert.deepEqual(res.json, { data: { aiFeatureSettings: null } }, String(token));
  }
  await sim.control('PATCH', 'state', { settings: { licenseFeatureSelfHostedModels: false } });
  assert.equal((await sim.graphql(q)).json.data.aiFeatureSettings, null, 'admin without either ability');
  await sim.control('PATCH', 'state', { settings: { licenseFeatureSelfHostedModels: true } });
  assert.ok((await sim.graphql(q)).json.data.aiFeatureSettings.nodes.length > 10);
  await sim.control('PATCH', 'state', { shape: '18.9' });
  assert.ok((await sim.graphql(q, { token: 'sim-nonadmin-token' })).json.data.aiFeatureSettings.nodes.length > 0, '18.9 keeps it readable');
});
