'use strict';
// The family and feature tables of the served shape, plus the extra enum values a test may add
// (settings.extraEnumValues) so that a client meets one value more than it knows.

const { FAMILIES, FEATURES } = require('./catalog');
const { FAMILIES_19, FEATURES_19 } = require('./catalog19');

const FAMILY_KEYS = ['codegemma', 'codellama', 'codestral', 'deepseekcoder', 'mistral', 'mixtral', 'llama3', 'claude_3', 'gpt', 'general'];
const FAMILY_KEYS_19 = ['codegemma', 'codellama', 'codestral', 'deepseekcoder', 'mistral', 'mixtral', 'llama3', 'claude_3', 'gpt', 'gemini', 'embedding', 'qwen', 'general'];
const ENUM_NAME = /^[A-Z][A-Z0-9_]*$/;
const FAMILY_STATES = ['GA', 'BETA', 'EXPERIMENTAL'];
const FEATURE_STATES = ['GA', 'BETA', 'EXPERIMENT'];

function titleCase(name) {
  return name.toLowerCase().split('_').filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

function enumName(kind, spec) {
  const name = typeof spec === 'string' ? spec : spec && spec.name;
  if (typeof name !== 'string' || !ENUM_NAME.test(name)) {
    throw new Error(`settings.extraEnumValues.${kind}: "${name}" is not an upper-case GraphQL enum value name`);
  }
  return name;
}

function oneOf(kind, field, value, allowed) {
  if (!allowed.includes(value)) throw new Error(`settings.extraEnumValues.${kind}.${field} must be one of ${allowed.join(', ')}`);
  return value;
}

function stringList(kind, field, value) {
  if (value == null) return null;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new Error(`settings.extraEnumValues.${kind}.${field} must be an array of strings`);
  return value.map((v) => v.toLowerCase());
}

/**
 * settings.extraEnumValues → { family, feature, provider }, each null or a normalised description.
 * A value is a name ("NOVA_NEXT") or an object ({ name, displayName, releaseState, ... }).
 * Throws an Error with a user message when the spec is malformed.
 */
function parseExtraEnumValues(raw) {
  const out = { family: null, feature: null, provider: null };
  if (raw == null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error('settings.extraEnumValues must be an object');
  for (const k of Object.keys(raw)) {
    if (!['family', 'feature', 'provider'].includes(k)) throw new Error(`settings.extraEnumValues: unknown key ${k} (family, feature, provider)`);
  }
  if (raw.family != null) {
    const spec = typeof raw.family === 'object' ? raw.family : {};
    const name = enumName('family', raw.family);
    out.family = {
      name, key: name.toLowerCase(),
      displayName: spec.displayName != null ? String(spec.displayName) : titleCase(name),
      releaseState: oneOf('family', 'releaseState', spec.releaseState || 'GA', FAMILY_STATES),
      compatibleFeatures: stringList('family', 'compatibleFeatures', spec.compatibleFeatures) || [],
    };
  }
  if (raw.feature != null) {
    const spec = typeof raw.feature === 'object' ? raw.feature : {};
    const name = enumName('feature', raw.feature);
    out.feature = {
      name, key: name.toLowerCase(),
      title: spec.title != null ? String(spec.title) : titleCase(name),
      mainFeature: spec.mainFeature != null ? String(spec.mainFeature) : 'Other GitLab Duo features',
      releaseState: oneOf('feature', 'releaseState', spec.releaseState || 'GA', FEATURE_STATES),
      compatibleLlms: stringList('feature', 'compatibleLlms', spec.compatibleLlms),
      dap: !!spec.dap,
    };
  }
  if (raw.provider != null) {
    const name = enumName('provider', raw.provider);
    out.provider = { name, key: name.toLowerCase() };
  }
  return out;
}

const cache = new Map();

/** { families, familyKeys, features, featureByKey, extras } for the state's shape and extras. */
function catalogFor(state) {
  const extras = parseExtraEnumValues(state.settings && state.settings.extraEnumValues);
  const key = `${state.shape}|${JSON.stringify(extras)}`;
  if (cache.has(key)) return cache.get(key);
  const nineteen = state.shape === '19.6';
  const families = { ...(nineteen ? FAMILIES_19 : FAMILIES) };
  const familyKeys = nineteen ? FAMILY_KEYS_19.slice() : FAMILY_KEYS.filter((f) => state.shape !== '17.6' || f !== 'general');
  const features = (nineteen ? FEATURES_19 : FEATURES).map((f) => ({ ...f, compatible: f.compatible.slice() }));
  if (extras.family) {
    const f = extras.family;
    families[f.key] = { displayName: f.displayName, releaseState: f.releaseState };
    familyKeys.push(f.key);
    for (const feature of features) if (f.compatibleFeatures.includes(feature.key)) feature.compatible.push(f.key);
  }
  if (extras.feature) {
    const f = extras.feature;
    features.push({
      key: f.key, value: null, title: f.title, mainFeature: f.mainFeature, releaseState: f.releaseState,
      compatible: f.compatibleLlms || familyKeys.slice(), flagged: f.releaseState !== 'GA', dap: f.dap, extra: true,
    });
  }
  const catalog = { families, familyKeys, features, featureByKey: Object.fromEntries(features.map((f) => [f.key, f])), extras };
  if (cache.size > 50) cache.clear();
  cache.set(key, catalog);
  return catalog;
}

function familyReleaseState(state, key) {
  const f = catalogFor(state).families[key];
  return (f && f.releaseState) || 'EXPERIMENTAL';
}

function familyDisplayName(state, key) {
  const f = catalogFor(state).families[key];
  return (f && f.displayName) || key;
}

module.exports = { catalogFor, parseExtraEnumValues, familyReleaseState, familyDisplayName };
