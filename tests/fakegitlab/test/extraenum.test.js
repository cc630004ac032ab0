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

const EXTRA = { family: 'NOVA_NEXT', feature: 'FUTURE_ASSISTANT', provider: 'NOVA_CLOUD' };
const FULL = getIntrospectionQuery({ inputValueDeprecation: true });
const values = (schema, type) => schema.getType(type).getValues().map((v) => v.name);

async function introspect(s = sim) {
  const res = await s.graphql(FULL, { operationName: 'IntrospectionQuery' });
  return buildClientSchema(res.json.data);
}

test('extra values appear in the static and the live introspection', async () => {
  let schema = await introspect();
  assert.ok(!values(schema, 'AiFeatures').includes('FUTURE_ASSISTANT'), 'none by default');
  await sim.control('PATCH', 'state', { settings: { extraEnumValues: EXTRA } });
  schema = await introspect();
  assert.ok(values(schema, 'AiAcceptedSelfHostedModels').includes('NOVA_NEXT'));
  assert.ok(values(schema, 'AiFeatures').includes('FUTURE_ASSISTANT'));
  assert.deepEqual(values(schema, 'AiSelfHostedModelProvider'), ['API', 'BEDROCK', 'VERTEX_AI', 'NOVA_CLOUD']);
  await sim.control('PATCH', 'state', { introspection: 'live' });
  const live = await sim.graphql('{ __type(name: "AiFeatures") { enumValues(includeDeprecated: true) { name } } }');
  assert.ok(live.json.data.__type.enumValues.some((v) => v.name === 'FUTURE_ASSISTANT'));
  await sim.reset();
  assert.ok(!values(await introspect(), 'AiAcceptedSelfHostedModels').includes('NOVA_NEXT'), 'reset drops them');
});

test('fixtures may hold a model of the extra family and a row of the extra feature', async () => {
  await sim.control('PUT', 'state', {
    shape: '19.6',
    settings: { extraEnumValues: EXTRA },
    models: [{ id: 5, name: 'nova', model: 'nova_next', provider: 'nova_cloud', endpoint: '' }, { id: 6, name: 'mistral', model: 'mistral', endpoint: 'http://h/v1' }],
    featureSettings: [{ feature: 'future_assistant', provider: 'self_hosted', selfHostedModelName: 'nova' }],
  });
  const res = await sim.graphql(`{ aiSelfHostedModels { nodes { name model modelDisplayName releaseState provider } }
    aiFeatureSettings { nodes { feature title mainFeature releaseState compatibleLlms provider selfHostedModel { name } validModels { nodes { name } } } } }`);
  assert.equal(res.json.errors, undefined, res.text);
  assert.deepEqual(res.json.data.aiSelfHostedModels.nodes[1], { name: 'nova', model: 'nova_next', modelDisplayName: 'Nova Next', releaseState: 'GA', provider: 'NOVA_CLOUD' });
  const row = res.json.data.aiFeatureSettings.nodes.find((n) => n.feature === 'future_assistant');
  assert.deepEqual({ ...row, compatibleLlms: undefined }, {
    feature: 'future_assistant', title: 'Future Assistant', mainFeature: 'Other GitLab Duo features', releaseState: 'GA', compatibleLlms: undefined,
    provider: 'self_hosted', selfHostedModel: { name: 'nova' }, validModels: { nodes: [{ name: 'mistral' }, { name: 'nova' }] },
  });
  assert.ok(row.compatibleLlms.includes('nova_next') && row.compatibleLlms.includes('qwen'));
  assert.equal(res.json.data.aiFeatureSettings.nodes[res.json.data.aiFeatureSettings.nodes.length - 1].feature, 'future_assistant', 'listed last');
});

test('the extra values work through the mutations; details may be given as objects', async () => {
  await sim.control('PATCH', 'state', {
    settings: {
      extraEnumValues: {
        family: { name: 'NOVA_NEXT', displayName: 'Nova (next)', compatibleFeatures: ['duo_chat'] },
        feature: { name: 'FUTURE_ASSISTANT', title: 'Future Assistant Pro', mainFeature: 'GitLab Duo Chat', compatibleLlms: ['nova_next', 'mistral'] },
      },
    },
  });
  const created = await sim.graphql('mutation { aiSelfHostedModelCreate(input: {name: "n", model: NOVA_NEXT, endpoint: "http://h/v1"}) { errors selfHostedModel { id modelDisplayName } } }');
  const { id, modelDisplayName } = created.json.data.aiSelfHostedModelCreate.selfHostedModel;
  assert.equal(modelDisplayName, 'Nova (next)');
  const assign = (features) => sim.graphql(`mutation { aiFeatureSettingUpdate(input: {features: [${features}], provider: SELF_HOSTED, aiSelfHostedModelId: "${id}"}) { errors } }`);
  assert.deepEqual((await assign('FUTURE_ASSISTANT, DUO_CHAT')).json.data.aiFeatureSettingUpdate.errors, []);
  assert.deepEqual((await assign('CODE_GENERATIONS')).json.data.aiFeatureSettingUpdate.errors, ['Nova_next is incompatible with the Code Generation feature']);
  const mixtral = await sim.graphql('mutation { aiSelfHostedModelCreate(input: {name: "x", model: MIXTRAL, endpoint: "http://h/v1"}) { selfHostedModel { id } } }');
  const res = await sim.graphql(`mutation { aiFeatureSettingUpdate(input: {features: [FUTURE_ASSISTANT], provider: SELF_HOSTED, aiSelfHostedModelId: "${mixtral.json.data.aiSelfHostedModelCreate.selfHostedModel.id}"}) { errors } }`);
  assert.deepEqual(res.json.data.aiFeatureSettingUpdate.errors, ['Mixtral is incompatible with the Future Assistant Pro feature']);
  const bad = await sim.graphql('mutation($m: AiAcceptedSelfHostedModels!) { aiSelfHostedModelCreate(input: {name: "y", model: $m, endpoint: "http://h/v1"}) { errors } }', { variables: { m: 'NOVA_LATER' } });
  assert.match(bad.json.errors[0].extensions.problems[0].explanation, /^Expected "NOVA_LATER" to be one of: .*QWEN, NOVA_NEXT$/);
});

test('beta extras hide like beta families and features', async () => {
  await sim.control('PATCH', 'state', {
    settings: { extraEnumValues: { family: { name: 'NOVA_NEXT', releaseState: 'BETA' }, feature: { name: 'FUTURE_ASSISTANT', releaseState: 'EXPERIMENT' } } },
    models: [{ name: 'nova', model: 'nova_next', endpoint: 'http://h/v1' }],
  });
  const q = '{ aiSelfHostedModels { nodes { name } } aiFeatureSettings { nodes { feature } } }';
  let res = await sim.graphql(q);
  assert.deepEqual(res.json.data.aiSelfHostedModels.nodes, []);
  assert.ok(!res.json.data.aiFeatureSettings.nodes.some((n) => n.feature === 'future_assistant'));
  await sim.control('PATCH', 'state', { settings: { betaModelsAccepted: true } });
  res = await sim.graphql(q);
  assert.deepEqual(res.json.data.aiSelfHostedModels.nodes, [{ name: 'nova' }]);
  assert.ok(res.json.data.aiFeatureSettings.nodes.some((n) => n.feature === 'future_assistant'));
});

test('works on the 18.9 and 17.6 shapes too (no provider enum there)', async () => {
  for (const shape of ['18.9', '17.6']) {
    await sim.control('PUT', 'state', { shape, introspection: 'live', settings: { extraEnumValues: EXTRA } });
    const res = await sim.graphql('{ a: __type(name: "AiAcceptedSelfHostedModels") { enumValues { name } } f: __type(name: "AiFeatures") { enumValues { name } } p: __type(name: "AiSelfHostedModelProvider") { name } }');
    assert.ok(res.json.data.a.enumValues.some((v) => v.name === 'NOVA_NEXT'), shape);
    assert.ok(res.json.data.f.enumValues.some((v) => v.name === 'FUTURE_ASSISTANT'), shape);
    assert.equal(res.json.data.p, null);
    const rows = await sim.graphql('{ aiFeatureSettings { nodes { feature } } }');
    assert.ok(rows.json.data.aiFeatureSettings.nodes.some((n) => n.feature === 'future_assistant'), shape);
  }
});

test('malformed extra values are refused by the controls', async () => {
  for (const extra of [{ family: 'nova' }, { family: 'MISTRAL' }, { feature: 'DUO_CHAT' }, { colour: 'RED' }, { feature: { name: 'X_Y', releaseState: 'SOON' } }, { family: 42 }]) {
    const res = await sim.request(`${sim.gitlab}/__sim/state`, { method: 'PATCH', body: { settings: { extraEnumValues: extra } } });
    assert.equal(res.status, 400, JSON.stringify(extra));
    assert.match(res.json.error, /extraEnumValues/);
  }
  assert.equal((await sim.graphql('{ metadata { version } }')).status, 200, 'the state was left alone');
});
