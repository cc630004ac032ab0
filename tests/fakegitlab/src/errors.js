'use strict';
// graphql-ruby wording for parse, validation and variable errors, derived from graphql-js results.

const {
  validate, specifiedRules, visit, visitWithTypeInfo, TypeInfo, Kind, print, getNamedType, Lexer, Source,
  ScalarLeafsRule, FieldsOnCorrectTypeRule, KnownArgumentNamesRule, ValuesOfCorrectTypeRule, ProvidedRequiredArgumentsRule,
  NoUndefinedVariablesRule, NoUnusedVariablesRule, VariablesInAllowedPositionRule, KnownTypeNamesRule,
  VariablesAreInputTypesRule, KnownDirectivesRule, KnownFragmentNamesRule, NoUnusedFragmentsRule, UniqueOperationNamesRule,
  LoneAnonymousOperationRule, UniqueArgumentNamesRule, UniqueVariableNamesRule, UniqueFragmentNamesRule, NoFragmentCyclesRule,
  PossibleFragmentSpreadsRule, FragmentsOnCompositeTypesRule,
} = require('graphql');
const { CoercionError } = require('./common');

/** One pass over the document recording, for every node, its graphql-ruby path and type context. */
function nodeInfo(schema, doc) {
  const typeInfo = new TypeInfo(schema);
  const info = new Map();
  const stack = [];
  visit(doc, visitWithTypeInfo(typeInfo, {
    enter(node, key, parent, path, ancestors) {
      let seg = null;
      switch (node.kind) {
        case Kind.OPERATION_DEFINITION: seg = node.name ? `${node.operation} ${node.name.value}` : node.operation; break;
        case Kind.FRAGMENT_DEFINITION: seg = `fragment ${node.name.value}`; break;
        case Kind.FIELD: seg = node.alias ? node.alias.value : node.name.value; break;
        case Kind.INLINE_FRAGMENT: seg = node.typeCondition ? `... on ${node.typeCondition.name.value}` : '...'; break;
        case Kind.FRAGMENT_SPREAD: seg = `... ${node.name.value}`; break;
        case Kind.ARGUMENT:
        case Kind.OBJECT_FIELD: seg = node.name.value; break;
        default: break;
      }
      if (seg !== null) stack.push(seg);
      info.set(node, {
        pushed: seg !== null, path: stack.slice(), ancestors: [...ancestors, parent].filter((a) => a && a.kind),
        parentType: typeInfo.getParentType(), type: typeInfo.getType(), inputType: typeInfo.getInputType(),
        parentInputType: typeInfo.getParentInputType(), argument: typeInfo.getArgument(),
      });
    },
    leave(node) {
      const i = info.get(node);
      if (i && i.pushed) stack.pop();
    },
  }));
  return info;
}

function loc(node) {
  if (!node || !node.loc) return [];
  const { line, column } = node.loc.startToken;
  return [{ line, column }];
}

function err(message, node, path, extensions) {
  const e = { message, locations: loc(node) };
  if (path) e.path = path;
  if (extensions) e.extensions = extensions;
  return e;
}

function operationOf(info, node) {
  const anc = (info.get(node) || { ancestors: [] }).ancestors;
  return anc.find((a) => a.kind === Kind.OPERATION_DEFINITION) || (node.kind === Kind.OPERATION_DEFINITION ? node : null);
}

function opDescription(op) {
  if (!op) return 'anonymous query';
  return op.name ? op.name.value : `anonymous ${op.operation}`;
}

/** Nearest Argument or ObjectField at or above `node`. */
function argumentOf(info, node) {
  if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) return node;
  const anc = (info.get(node) || { ancestors: [] }).ancestors;
  for (let i = anc.length - 1; i >= 0; i--) if (anc[i].kind === Kind.ARGUMENT || anc[i].kind === Kind.OBJECT_FIELD) return anc[i];
  return null;
}

/** (kind, owner name, owner node, declared type) of an Argument / ObjectField node. */
function argumentOwner(info, argNode) {
  const i = info.get(argNode);
  const parent = i.ancestors[i.ancestors.length - 1];
  if (argNode.kind === Kind.OBJECT_FIELD) {
    return { kind: 'InputObject', name: i.parentInputType ? getNamedType(i.parentInputType).name : '?', node: parent, type: i.inputType };
  }
  if (parent && parent.kind === Kind.DIRECTIVE) return { kind: 'Directive', name: parent.name.value, node: parent, type: i.argument && i.argument.type };
  const name = parent ? (parent.alias ? parent.alias.value : parent.name.value) : '?';
  return { kind: 'Field', name, node: parent, type: i.argument && i.argument.type };
}

function listDepth(t) {
  const s = String(t).replace(/!/g, '');
  return (s.match(/\[/g) || []).length;
}

function convert(rule, e, info) {
  const node = e.nodes && e.nodes[0];
  const i = (node && info.get(node)) || { path: undefined, ancestors: [] };
  const m = e.message;
  let r;
  switch (rule) {
    case FieldsOnCorrectTypeRule: {
      const typeName = i.parentType ? getNamedType(i.parentType).name : (m.match(/on type "([^"]+)"/) || [])[1];
      return [err(`Field '${node.name.value}' doesn't exist on type '${typeName}'`, node, i.path,
        { code: 'undefinedField', typeName, fieldName: node.name.value })];
    }
    case KnownArgumentNamesRule: {
      const owner = argumentOwner(info, node);
      return [err(`${owner.kind} '${owner.name}' doesn't accept argument '${node.name.value}'`, node, i.path,
        { code: 'argumentNotAccepted', name: owner.name, typeName: owner.kind, argumentName: node.name.value })];
    }
    case ValuesOfCorrectTypeRule:
      if ((r = m.match(/^Field "([^"]+)" is not defined by type "([^"]+)"/))) {
        return [err(`InputObject '${r[2]}' doesn't accept argument '${r[1]}'`, node, i.path,
          { code: 'argumentNotAccepted', name: r[2], typeName: 'InputObject', argumentName: r[1] })];
      }
      if ((r = m.match(/^Field "([^"]+)\.([^"]+)" of required type "([^"]+)" was not provided/))) {
        return [err(`Argument '${r[2]}' on InputObject '${r[1]}' is required. Expected type ${r[3]}`, node, [...(i.path || []), r[2]],
          { code: 'missingRequiredInputObjectAttribute', argumentName: r[2], argumentType: r[3], inputObjectType: r[1] })];
      }
      return [invalidLiteral(info, node, e)];
    case ProvidedRequiredArgumentsRule: {
      const kind = node.kind === Kind.DIRECTIVE ? 'Directive' : 'Field';
      const arg = (m.match(/argument "([^"]+)"/) || [])[1];
      return [{ group: node, kind, arg, path: i.path }];
    }
    case ScalarLeafsRule: {
      // graphql-js reports a scalar's selection set; graphql-ruby reports the field.
      const field = node.kind === Kind.SELECTION_SET ? i.ancestors[i.ancestors.length - 1] : node;
      const fi = info.get(field) || i;
      const typeName = fi.type ? getNamedType(fi.type).name : '?';
      const name = field.name.value;
      if (node.kind === Kind.SELECTION_SET) {
        const sels = node.selections.map((s) => (s.kind === Kind.INLINE_FRAGMENT
          ? `"... on ${s.typeCondition ? s.typeCondition.name.value : typeName} { ... }"` : `"${s.name.value}"`));
        return [err(`Selections can't be made on scalars (field '${name}' returns ${typeName} but has selections [${sels.join(', ')}])`,
          field, fi.path, { code: 'selectionMismatch', nodeName: `field '${name}'`, typeName })];
      }
      return [err(`Field must have selections (field '${name}' returns ${typeName} but has no selections. Did you mean '${name} { ... }'?)`,
        node, i.path, { code: 'selectionMismatch', nodeName: `field '${name}'`, typeName })];
    }
    case NoUndefinedVariablesRule: {
      const op = e.nodes[1] || operationOf(info, node);
      return [err(`Variable $${node.name.value} is used by ${opDescription(op)} but not declared`, node, i.path,
        { code: 'variableNotDefined', variableName: node.name.value })];
    }
    case NoUnusedVariablesRule: {
      const name = node.variable.name.value;
      return [err(`Variable $${name} is declared by ${opDescription(operationOf(info, node))} but not used`, node, i.path,
        { code: 'variableNotUsed', variableName: name })];
    }
    case VariablesInAllowedPositionRule: {
      const varDef = e.nodes[0];
      const usage = e.nodes[1] || varDef;
      const argNode = argumentOf(info, usage);
      const varType = print(varDef.type);
      const argType = argNode ? String(argumentOwner(info, argNode).type) : (m.match(/expecting type "([^"]+)"/) || [])[1];
      const strip = (t) => String(t).replace(/[[\]!]/g, '');
      const kind = strip(varType) !== strip(argType) ? 'Type mismatch'
        : listDepth(varType) !== listDepth(argType) ? 'List dimension mismatch' : 'Nullability mismatch';
      const argName = argNode ? argNode.name.value : '?';
      const ai = argNode ? info.get(argNode) : i;
      return [err(`${kind} on variable $${varDef.variable.name.value} and argument ${argName} (${varType} / ${argType})`,
        argNode || usage, ai.path, { code: 'variableMismatch', variableName: varDef.variable.name.value, typeName: varType, argumentName: argName, errorMessage: kind })];
    }
    case KnownTypeNamesRule: {
      const typeName = node.name.value;
      const varDef = i.ancestors.find((a) => a.kind === Kind.VARIABLE_DEFINITION);
      if (varDef) {
        return [err(`${typeName} isn't a defined input type (on $${varDef.variable.name.value})`, varDef, i.path,
          { code: 'variableRequiresValidType', typeName, variableName: varDef.variable.name.value })];
      }
      return [err(`No such type ${typeName}, so it can't be a fragment condition`, node, i.path, { code: 'undefinedType', typeName })];
    }
    case VariablesAreInputTypesRule: {
      const varDef = i.ancestors.find((a) => a.kind === Kind.VARIABLE_DEFINITION) || node;
      const typeName = print(node);
      const variableName = varDef.variable ? varDef.variable.name.value : '?';
      return [err(`${getNamedTypeName(typeName)} isn't a valid input type (on $${variableName})`, varDef, i.path,
        { code: 'variableRequiresValidType', typeName: getNamedTypeName(typeName), variableName })];
    }
    case KnownDirectivesRule:
      if ((r = m.match(/^Unknown directive "@([^"]+)"/))) {
        return [err(`Directive @${r[1]} is not defined`, node, i.path, { code: 'undefinedDirective', directiveName: r[1] })];
      }
      break;
    case KnownFragmentNamesRule:
      return [err(`Fragment ${node.name.value} was used, but not defined`, node, i.path, { code: 'useAndDefineFragment', fragmentName: node.name.value })];
    case NoUnusedFragmentsRule:
      return [err(`Fragment ${node.name.value} was defined, but not used`, node, i.path, { code: 'useAndDefineFragment', fragmentName: node.name.value })];
    case UniqueOperationNamesRule:
      return [err(`Operation name "${node.value}" must be unique`, node, undefined, { code: 'uniquelyNamedOperations', operationName: node.value })];
    case LoneAnonymousOperationRule:
      return [err('Operation name is required when multiple operations are present', node, undefined, { code: 'uniquelyNamedOperations' })];
    case UniqueArgumentNamesRule:
      return [err(`There can be only one argument named "${node.value}"`, node, undefined, { code: 'argumentNotUnique', name: node.value })];
    case UniqueVariableNamesRule:
      return [err(`There can only be one variable named "${node.value}"`, node, undefined, { code: 'variableNotUnique', variableName: node.value })];
    case UniqueFragmentNamesRule:
      return [err(`Fragment name "${node.value}" must be unique`, node, undefined, { code: 'fragmentNotUnique', fragmentName: node.value })];
    case NoFragmentCyclesRule:
      return [err(`Fragment ${(m.match(/"([^"]+)"/) || [])[1]} contains an infinite loop`, node, i.path, { code: 'infiniteLoop' })];
    case PossibleFragmentSpreadsRule:
      if ((r = m.match(/type "([^"]+)" can never be of type "([^"]+)"/))) {
        const name = node.kind === Kind.FRAGMENT_SPREAD ? ` ${node.name.value}` : '';
        return [err(`Fragment${name} on ${r[2]} can't be spread inside ${r[1]}`, node, i.path, { code: 'cannotSpreadFragment', typeName: r[2], parentName: r[1] })];
      }
      break;
    case FragmentsOnCompositeTypesRule:
      if ((r = m.match(/on non composite type "([^"]+)"/))) {
        return [err(`Invalid fragment on type ${r[1]} (must be Union, Interface or Object)`, node, i.path, { code: 'fragmentOnNonCompositeType', typeName: r[1] })];
      }
      break;
    default:
      break;
  }
  return [err(m.replace(/\s*Did you mean .*$/, ''), node, i.path)];
}

function getNamedTypeName(sig) {
  return String(sig).replace(/[[\]!]/g, '');
}

/** ArgumentLiteralsAreCompatible: reported on the innermost argument holding the bad value. */
function invalidLiteral(info, node, e) {
  const argNode = argumentOf(info, node);
  if (!argNode) {
    const varDef = (info.get(node) || { ancestors: [] }).ancestors.find((a) => a.kind === Kind.VARIABLE_DEFINITION);
    if (varDef) {
      return err(`Default value for $${varDef.variable.name.value} doesn't match type ${print(varDef.type)}`, varDef, undefined,
        { code: 'defaultValueInvalidType', variableName: varDef.variable.name.value, type: print(varDef.type) });
    }
    return err(e.message, node);
  }
  const owner = argumentOwner(info, argNode);
  const name = argNode.name.value;
  const message = e.originalError instanceof CoercionError
    ? e.originalError.message
    : `Argument '${name}' on ${owner.kind} '${owner.name}' has an invalid value (${print(argNode.value)}). Expected type '${owner.type}'.`;
  return err(message, owner.node || argNode, info.get(argNode).path, { code: 'argumentLiteralsIncompatible', typeName: owner.kind, argumentName: name });
}

/** Validates like graphql-ruby would and words the errors its way. `extraRule` adds errors. */
function rubyValidate(schema, doc, extraErrors = []) {
  const info = nodeInfo(schema, doc);
  const out = [];
  const groups = new Map();
  for (const rule of specifiedRules) {
    for (const e of validate(schema, doc, [rule])) {
      for (const c of convert(rule, e, info)) {
        if (c.group) {
          if (!groups.has(c.group)) {
            const entry = { kind: c.kind, node: c.group, path: c.path, args: [] };
            groups.set(c.group, entry);
            out.push(entry);
          }
          groups.get(c.group).args.push(c.arg);
        } else out.push(c);
      }
    }
  }
  const errors = out.map((c) => (c.args ? err(`${c.kind} '${c.node.name.value}' is missing required arguments: ${c.args.join(', ')}`,
    c.node, c.path, { code: 'missingRequiredArguments', className: c.kind, name: c.node.name.value, arguments: c.args.join(', ') }) : c));
  errors.push(...extraErrors.map((x) => x(info)).flat());
  const seen = new Set();
  const unique = errors.filter((e) => {
    const key = `${e.message}|${JSON.stringify(e.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const pos = (e) => (e.locations && e.locations[0] ? e.locations[0].line * 100000 + e.locations[0].column : 0);
  return unique.sort((a, b) => pos(a) - pos(b));
}

/** Production GitLab disables the __schema / __type entry points: they are unknown fields on Query. */
function disabledIntrospectionEntryPoints(schema) {
  return (info) => {
    const out = [];
    for (const [node, i] of info) {
      if (node.kind !== Kind.FIELD || !['__schema', '__type'].includes(node.name.value)) continue;
      if (!i.parentType || getNamedType(i.parentType) !== schema.getQueryType()) continue;
      out.push(err(`Field '${node.name.value}' doesn't exist on type 'Query'`, node, i.path,
        { code: 'undefinedField', typeName: 'Query', fieldName: node.name.value }));
    }
    return out;
  };
}

const PUNCTUATORS = {
  '{': 'LCURLY', '}': 'RCURLY', '(': 'LPAREN', ')': 'RPAREN', '[': 'LBRACKET', ']': 'RBRACKET', ':': 'COLON',
  $: 'VAR_SIGN', '!': 'BANG', '=': 'EQUALS', '@': 'DIR_SIGN', '...': 'ELLIPSIS', '|': 'PIPE', '&': 'AMP',
};
const KEYWORDS = ['query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null', 'schema', 'type', 'input', 'enum', 'scalar', 'directive', 'extend', 'union', 'interface', 'implements', 'repeatable'];

/** graphql-ruby parse error: `Parse error on "}" (RCURLY) at [1, 10]`, or `Unexpected end of document`. */
function parseError(gqlError, text) {
  const location = gqlError.locations && gqlError.locations[0];
  const pos = gqlError.positions ? gqlError.positions[0] : 0;
  let tokenText = text.charAt(pos);
  let tokenName = 'UNKNOWN_CHAR';
  try {
    const lexer = new Lexer(new Source(text));
    let tok = lexer.advance();
    while (tok.kind !== '<EOF>' && tok.start < pos) tok = lexer.advance();
    if (tok.kind === '<EOF>') return { message: 'Unexpected end of document', locations: [] };
    if (tok.start === pos) {
      tokenText = tok.value != null ? tok.value : tok.kind;
      if (tok.kind === 'Name') tokenName = KEYWORDS.includes(tok.value) ? tok.value.toUpperCase() : 'IDENTIFIER';
      else if (tok.kind === 'String' || tok.kind === 'BlockString') tokenName = 'STRING';
      else if (tok.kind === 'Int') tokenName = 'INT';
      else if (tok.kind === 'Float') tokenName = 'FLOAT';
      else tokenName = PUNCTUATORS[tok.kind] || tok.kind;
    }
  } catch {
    if (pos >= text.length) return { message: 'Unexpected end of document', locations: [] };
  }
  const l = location || { line: 1, column: 1 };
  return { message: `Parse error on ${JSON.stringify(tokenText)} (${tokenName}) at [${l.line}, ${l.column}]`, locations: [l] };
}

module.exports = { rubyValidate, disabledIntrospectionEntryPoints, parseError };
