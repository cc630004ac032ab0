'use strict';
// Executable schemas built from the SDL subsets in ../schema, one per API shape.

const fs = require('node:fs');
const path = require('node:path');
const { buildSchema, Kind, print } = require('graphql');
const { Query, Metadata, AiSelfHostedModel, AiFeatureSetting } = require('./resolvers');
const { Mutation } = require('./mutations');
const { coerceGid, CoercionError, Http500 } = require('./common');
const { catalogFor } = require('./shapecatalog');
const { AiModelSelectionAllowList } = require('./allowlist');

const SHAPES = ['18.9', '17.6', '19.6'];
const RESOLVERS = { Query, Mutation, Metadata, AiSelfHostedModel, AiFeatureSetting, AiModelSelectionAllowList };
const GID_SCALARS = {
  AiSelfHostedModelID: 'Ai::SelfHostedModel',
  NamespaceID: 'Namespace',
  GitlabSubscriptionsAddOnPurchaseID: 'GitlabSubscriptions::AddOnPurchase',
  AiDuoWorkflowsWorkflowID: 'Ai::DuoWorkflows::Workflow',
};

function sdlPath(shape) {
  return path.join(__dirname, '..', 'schema', `schema-${shape}.graphql`);
}

/** Once a resolver raised an HTTP 500, GitLab stops the request: later mutations must not run. */
function guarded(fn) {
  return async (source, args, ctx, info) => {
    if (ctx.aborted) throw new Http500('request aborted');
    try {
      return await fn(source, args, ctx, info);
    } catch (e) {
      if (e instanceof Http500) ctx.aborted = true;
      throw e;
    }
  };
}

/** SDL extensions adding the extra enum values of settings.extraEnumValues. */
function extraEnumSdl(sdl, extras) {
  const ext = [];
  if (extras.family) ext.push(`extend enum AiAcceptedSelfHostedModels { ${extras.family.name} }`);
  if (extras.feature) ext.push(`extend enum AiFeatures { ${extras.feature.name} }`);
  // Only the 19.x schema has the provider enum; on other shapes the extra provider is ignored.
  if (extras.provider && /\benum AiSelfHostedModelProvider\b/.test(sdl)) ext.push(`extend enum AiSelfHostedModelProvider { ${extras.provider.name} }`);
  return ext.join('\n');
}

function build(shape, extras) {
  const sdl = fs.readFileSync(sdlPath(shape), 'utf8');
  let schema;
  try {
    schema = buildSchema(`${sdl}\n${extraEnumSdl(sdl, extras)}`);
  } catch (e) {
    throw new Error(`settings.extraEnumValues: ${e.message}`);
  }
  for (const [typeName, fields] of Object.entries(RESOLVERS)) {
    const type = schema.getType(typeName);
    if (!type) continue;
    const defs = type.getFields();
    for (const [name, fn] of Object.entries(fields)) if (defs[name]) defs[name].resolve = guarded(fn);
  }
  for (const [scalarName, modelName] of Object.entries(GID_SCALARS)) {
    const scalar = schema.getType(scalarName);
    if (!scalar) continue;
    scalar.parseValue = (v) => coerceGid(v, modelName);
    scalar.parseLiteral = (ast) => {
      if (ast.kind !== Kind.STRING) throw new CoercionError(`${print(ast)} is not a valid Global ID`);
      return coerceGid(ast.value, modelName);
    };
  }
  return schema;
}

const cache = new Map();
const NO_EXTRAS = { family: null, feature: null, provider: null };

/** The executable schema for a shape ('18.9', '17.6' or '19.6') and optional extra enum values. */
function schemaFor(shape, extras = NO_EXTRAS) {
  const s = SHAPES.includes(shape) ? shape : '18.9';
  const names = [extras.family, extras.feature, extras.provider].map((e) => (e ? e.name : ''));
  const key = `${s}|${names.join('|')}`;
  if (!cache.has(key)) {
    if (cache.size > 20) cache.clear();
    const schema = build(s, extras);
    schema.simKey = key;
    cache.set(key, schema);
  }
  return cache.get(key);
}

/** The schema the state serves (its shape plus settings.extraEnumValues); `.simKey` names it. */
function schemaForState(state) {
  return schemaFor(state.shape, catalogFor(state).extras);
}

module.exports = { schemaFor, schemaForState, SHAPES };
