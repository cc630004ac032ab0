'use strict';
// Errors and helpers shared by the GraphQL resolvers.

const { GraphQLError } = require('graphql');
const policy = require('./policy');
const { catalogFor } = require('./shapecatalog');

const PERMISSION_MESSAGE =
  "The resource that you are attempting to access does not exist or you don't have permission to perform this action";

/** Thrown where GitLab answers HTTP 500 {"errors":[{"message":"Internal server error"}]} (API.md (h)). */
class Http500 extends Error {
  constructor(reason) {
    super(reason || 'Internal server error');
    this.name = 'Http500';
  }
}

/** graphql-ruby CoercionError: the message becomes the client-visible explanation. */
class CoercionError extends Error {}

function permissionError() {
  return new GraphQLError(PERMISSION_MESSAGE);
}

function argumentError(message) {
  return new GraphQLError(message);
}

const MODEL_GID_PREFIX = 'gid://gitlab/Ai::SelfHostedModel/';

function modelGid(id) {
  return `${MODEL_GID_PREFIX}${id}`;
}

/** Parses a GlobalID the way GitlabSchema does, for scalar coercion. */
function coerceGid(value, modelName) {
  const shown = JSON.stringify(value);
  if (typeof value !== 'string') throw new CoercionError(`${shown} is not a valid Global ID`);
  const m = value.match(/^gid:\/\/([^/]+)\/([^/]+)\/([^/?#]+)$/);
  if (!m) throw new CoercionError(`${shown} is not a valid Global ID`);
  if (m[1] !== 'gitlab') throw new CoercionError(`${shown} is not a Gitlab Global ID`);
  if (m[2] !== modelName) throw new CoercionError(`${shown} does not represent an instance of ${modelName}`);
  return value;
}

function gidToId(gid) {
  const m = String(gid).match(/\/(\d+)$/);
  return m ? Number(m[1]) : NaN;
}

function findModel(state, gid) {
  const id = gidToId(gid);
  return state.models.find((m) => m.id === id) || null;
}

/** Features offered on this instance, in enum order (Ai::FeatureSetting.allowed_features). */
function allowedFeatures(state) {
  const { features } = catalogFor(state);
  if (state.shape === '17.6') return features.filter((f) => ['code_generations', 'code_completions', 'duo_chat'].includes(f.key) || f.extra);
  return features.filter((f) => {
    if (f.flagged && !state.settings.betaModelsAccepted) return false;
    if (f.notOnPremium && policy.premium(state)) return false;
    if (f.dap && !policy.selfHostedDap(state)) return false;
    return true;
  });
}

/** The feature's title, section, release state and compatible families on the served shape. */
function featureMeta(state, key) {
  return catalogFor(state).featureByKey[key] || null;
}

function defaultProvider(state) {
  return state.shape === '17.6' ? 'disabled' : 'unassigned';
}

/** Families the served schema's AiAcceptedSelfHostedModels enum knows (GENERAL is 18.3+). */
function shapeFamilies(state) {
  return catalogFor(state).familyKeys;
}

function requireMutationScope(ctx) {
  if (ctx.aborted) throw new Http500('aborted');
  if (!ctx.auth.user || !ctx.auth.scopes.includes('api')) throw permissionError();
}

module.exports = {
  PERMISSION_MESSAGE, Http500, CoercionError, permissionError, argumentError, modelGid, coerceGid, gidToId, findModel,
  allowedFeatures, featureMeta, defaultProvider, shapeFamilies, requireMutationScope,
};
