'use strict';
// Approximate graphql-ruby query analysis: complexity (one point per selected field, lists and
// connections counted once, __typename free) and depth (field nesting), per executed operation.

const { Kind } = require('graphql');

const INTROSPECTION_COMPLEXITY = 226;
const LIMITS = {
  complexity: { anonymous: 200, authenticated: 250, admin: 300 },
  depth: { anonymous: 15, authenticated: 20, admin: 20 },
};

function analyze(doc, operation) {
  const fragments = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  let complexity = 0;
  let maxDepth = 0;
  const walk = (selectionSet, depth, seen) => {
    if (!selectionSet) return;
    for (const sel of selectionSet.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === '__typename') continue;
        complexity += 1;
        maxDepth = Math.max(maxDepth, depth + 1);
        walk(sel.selectionSet, depth + 1, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, depth, seen);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments[sel.name.value];
        if (f && !seen.has(f.name.value)) walk(f.selectionSet, depth, new Set([...seen, f.name.value]));
      }
    }
  };
  walk(operation.selectionSet, 0, new Set());
  return { complexity, depth: maxDepth };
}

/** Returns graphql-ruby style errors for the operation, or [] when it is within limits. */
function checkLimits(doc, operation, level) {
  const { complexity, depth } = analyze(doc, operation);
  const errors = [];
  const maxDepth = LIMITS.depth[level];
  const introspection = operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && ['__schema', '__type'].includes(s.name.value));
  // GitLab allows introspection queries a complexity of 226 whatever the caller.
  const maxComplexity = introspection ? Math.max(LIMITS.complexity[level], INTROSPECTION_COMPLEXITY) : LIMITS.complexity[level];
  if (depth > maxDepth) errors.push({ message: `Query has depth of ${depth}, which exceeds max depth of ${maxDepth}` });
  if (complexity > maxComplexity) {
    errors.push({ message: `Query has complexity of ${complexity}, which exceeds max complexity of ${maxComplexity}` });
  }
  return errors;
}

module.exports = { analyze, checkLimits, LIMITS };
