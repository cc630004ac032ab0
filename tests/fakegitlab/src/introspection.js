'use strict';
// Production-style static introspection: the full result of the served schema, padded with
// synthetic (valid, unreachable) object types to a realistic size, serialized once per variant.

const { introspectionFromSchema } = require('graphql');

const NOUNS = [
  'Project', 'Pipeline', 'Job', 'MergeRequest', 'Issue', 'Epic', 'Milestone', 'Label', 'Runner', 'Environment',
  'Deployment', 'Package', 'Vulnerability', 'Namespace', 'Group', 'Board', 'Iteration', 'Release', 'Snippet', 'Wiki',
  'Commit', 'Branch', 'Note', 'Discussion', 'Todo', 'Timelog', 'Design', 'Requirement', 'Incident', 'Alert',
  'Escalation', 'Compliance', 'Audit', 'Cluster', 'Agent', 'Terraform', 'Container', 'Registry', 'Dependency', 'Scan',
  'Security', 'Policy', 'Workspace', 'Catalog', 'Component', 'Organization', 'Member', 'Invitation', 'Storage', 'Artifact',
];
const QUALIFIERS = ['Settings', 'Statistics', 'Details', 'Summary', 'Permissions', 'Metadata', 'Status', 'Config', 'Report', 'Event'];
const FIELD_WORDS = ['id', 'name', 'title', 'description', 'state', 'createdAt', 'updatedAt', 'webUrl', 'path', 'count', 'enabled', 'author', 'total', 'status', 'message', 'reference'];

const scalar = (name) => ({ kind: 'SCALAR', name, ofType: null });
const nonNull = (t) => ({ kind: 'NON_NULL', name: null, ofType: t });
const object = (name) => ({ kind: 'OBJECT', name, ofType: null });

function paddingType(index, names) {
  const noun = NOUNS[index % NOUNS.length];
  const qual = QUALIFIERS[Math.floor(index / NOUNS.length) % QUALIFIERS.length];
  const name = `${noun}${qual}${Math.floor(index / (NOUNS.length * QUALIFIERS.length)) || ''}Sim`;
  const fieldCount = 8 + (index % 7);
  const fields = [];
  for (let f = 0; f < fieldCount; f++) {
    const word = FIELD_WORDS[(index + f * 3) % FIELD_WORDS.length];
    const fieldName = f < FIELD_WORDS.length ? `${word}${f ? f : ''}` : `${word}${f}`;
    let type;
    if (word === 'id') type = nonNull(scalar('ID'));
    else if (word === 'createdAt' || word === 'updatedAt') type = scalar('Time');
    else if (word === 'count' || word === 'total') type = nonNull(scalar('Int'));
    else if (word === 'enabled') type = nonNull(scalar('Boolean'));
    else if (word === 'author' && index > 0) type = object(names[index - 1]);
    else type = scalar('String');
    fields.push({
      name: fieldName,
      description: `${word.charAt(0).toUpperCase()}${word.slice(1)} of the ${noun.toLowerCase()} ${qual.toLowerCase()} (synthetic padding field).`,
      args: [],
      type,
      isDeprecated: false,
      deprecationReason: null,
    });
  }
  return {
    kind: 'OBJECT', name,
    description: `Synthetic ${noun} ${qual.toLowerCase()} type. It pads the simulator's static introspection dump to the size of GitLab's; no field returns it.`,
    specifiedByURL: null, fields, inputFields: null, interfaces: [], enumValues: null, possibleTypes: null,
  };
}

function removeDeprecated(result) {
  for (const t of result.__schema.types) {
    if (t.fields) t.fields = t.fields.filter((f) => !f.isDeprecated);
    if (t.inputFields) t.inputFields = t.inputFields.filter((f) => !f.isDeprecated);
    if (t.enumValues) t.enumValues = t.enumValues.filter((v) => !v.isDeprecated);
    for (const f of t.fields || []) f.args = f.args.filter((a) => !a.isDeprecated);
  }
}

const cache = new Map();

/** The serialized `{"data":{"__schema":...}}` answer (Buffer), built once per (schema key, options). */
function staticIntrospection(schema, schemaKey, { padBytes = 4000000, withoutDeprecated = false } = {}) {
  const key = `${schemaKey}|${padBytes}|${withoutDeprecated}`;
  if (cache.has(key)) return cache.get(key);
  if (cache.size >= 8) cache.clear();
  const result = introspectionFromSchema(schema);
  if (withoutDeprecated) removeDeprecated(result);
  let size = JSON.stringify(result).length;
  const names = [];
  const existing = new Set(result.__schema.types.map((t) => t.name));
  for (let i = 0; size < padBytes; i++) {
    const t = paddingType(i, names);
    names.push(t.name);
    if (existing.has(t.name)) continue;
    result.__schema.types.push(t);
    size += JSON.stringify(t).length + 1;
  }
  const buf = Buffer.from(JSON.stringify({ data: result }));
  cache.set(key, buf);
  return buf;
}

module.exports = { staticIntrospection };
