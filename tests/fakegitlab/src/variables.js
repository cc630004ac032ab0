'use strict';
// Variable coercion with graphql-ruby's error shape:
//   Variable $input of type X! was provided invalid value for name (Expected value to not be null)
//   extensions: { value, problems: [{ path, explanation }] }

const { coerceInputValue, typeFromAST, isInputType, isNonNullType, getNamedType, isEnumType, print } = require('graphql');
const { CoercionError } = require('./common');

function explanation(error, path, value, type) {
  const m = error.message;
  let r;
  if (error.originalError instanceof CoercionError) return { path, explanation: error.originalError.message };
  if (/^Expected non-nullable type ".*" not to be null\.$/.test(m)) return { path, explanation: 'Expected value to not be null' };
  if ((r = m.match(/^Field "([^"]+)" of required type "[^"]+" was not provided\./))) return { path: [...path, r[1]], explanation: 'Expected value to not be null' };
  if ((r = m.match(/^Field "([^"]+)" is not defined by type "([^"]+)"/))) return { path: [...path, r[1]], explanation: `Field is not defined on ${r[2]}` };
  if (/^Expected type ".*" to be an object\.$/.test(m)) return { path, explanation: `Expected ${JSON.stringify(value)} to be a key-value object.` };
  const named = getNamedType(type);
  if (isEnumType(named) && /enum/i.test(m)) {
    const values = named.getValues().map((v) => v.name).join(', ');
    return { path, explanation: `Expected ${JSON.stringify(value)} to be one of: ${values}` };
  }
  if ((r = m.match(/^(String|Int|Float|Boolean|ID) cannot represent/))) return { path, explanation: `Could not coerce value ${JSON.stringify(value)} to ${r[1]}` };
  return { path, explanation: m.replace(/^Expected type "[^"]+"\. /, '') };
}

/** Returns a list of graphql-ruby style variable errors (empty when every variable is valid). */
function variableErrors(schema, operation, inputs) {
  const errors = [];
  for (const def of operation.variableDefinitions || []) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type);
    if (!type || !isInputType(type)) continue;
    const provided = inputs != null && Object.prototype.hasOwnProperty.call(inputs, name);
    const problems = [];
    if (!provided) {
      if (!def.defaultValue && isNonNullType(type)) problems.push({ path: [], explanation: 'Expected value to not be null' });
    } else {
      coerceInputValue(inputs[name], type, (path, invalidValue, error) => {
        problems.push(explanation(error, path, invalidValue, lookupType(type, path)));
      });
    }
    if (!problems.length) continue;
    const signature = print(def.type);
    const located = problems.filter((p) => p.path.length > 0).map((p) => `${p.path.join('.')} (${p.explanation})`);
    const message = `Variable $${name} of type ${signature} was provided invalid value${located.length ? ` for ${located.join(', ')}` : ''}`;
    const { line, column } = def.loc.startToken;
    errors.push({ message, locations: [{ line, column }], extensions: { value: provided ? inputs[name] : null, problems } });
  }
  return errors;
}

/** The input type found at `path` inside `type` (only its named type matters here). */
function lookupType(type, path) {
  let t = type;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const named = getNamedType(t);
    const field = named.getFields ? named.getFields()[key] : null;
    if (!field) return t;
    t = field.type;
  }
  return t;
}

module.exports = { variableErrors };
