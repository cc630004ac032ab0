'use strict';
// Relay connections as GitLab builds them: keyset (id desc) and array (index cursors), max page 100.

const { GraphQLError } = require('graphql');
const { b64encode, b64decode } = require('./util');

const MAX_PAGE_SIZE = 100;

function argumentError(message) {
  return new GraphQLError(message);
}

function clampLimit(v) {
  if (v == null) return null;
  return Math.min(Math.max(v, 0), MAX_PAGE_SIZE);
}

function decodeKeysetCursor(cursor) {
  const text = b64decode(cursor);
  let parsed = null;
  try {
    parsed = text == null ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!parsed || typeof parsed !== 'object' || parsed.id == null || !/^\d+$/.test(String(parsed.id))) {
    throw argumentError('Please provide a valid cursor');
  }
  return Number(parsed.id);
}

function keysetCursor(id) {
  return b64encode(JSON.stringify({ id: String(id) }));
}

/** A copy of `records` ordered by id descending; cheap when they are kept in id order. */
function descendingById(records) {
  let ascending = true;
  for (let i = 1; i < records.length && ascending; i++) ascending = records[i - 1].id < records[i].id;
  return ascending ? records.slice().reverse() : records.slice().sort((a, b) => b.id - a.id);
}

/** Gitlab::Graphql::Pagination::Keyset::Connection over records sorted by id descending. */
function keysetConnection(records, args) {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw argumentError('Can only provide either `first` or `last`, not both');
  let sliced = descendingById(records);
  if (before) {
    const id = decodeKeysetCursor(before);
    sliced = sliced.filter((r) => r.id > id);
  }
  if (after) {
    const id = decodeKeysetCursor(after);
    sliced = sliced.filter((r) => r.id < id);
  }
  const firstV = first != null ? clampLimit(first) : last == null ? MAX_PAGE_SIZE : null;
  const lastV = clampLimit(last);
  const limit = Math.min(...[firstV, lastV, MAX_PAGE_SIZE].filter((v) => v != null));
  let nodes;
  let hasPrev = false;
  if (lastV != null) {
    const taken = limit === 0 ? [] : sliced.slice(-(limit + 1));
    hasPrev = taken.length > limit;
    nodes = hasPrev ? taken.slice(1) : taken;
  } else {
    nodes = sliced.slice(0, limit);
  }
  const hasPreviousPage = after ? true : lastV != null ? hasPrev : false;
  const hasNextPage = before ? true : firstV != null ? sliced.length > limit : false;
  return build(nodes.map((n) => ({ cursor: keysetCursor(n.id), node: n })), hasNextPage, hasPreviousPage);
}

function decodeIndexCursor(cursor) {
  const text = b64decode(cursor);
  if (text == null || !/^\d+$/.test(text)) throw argumentError('Please provide a valid cursor');
  return Number(text);
}

/** GraphQL::Pagination::ArrayConnection: cursors are the 1-based index, base64-encoded. */
function arrayConnection(items, args) {
  const { first, last, after, before } = args;
  let start = 0;
  let end = items.length;
  if (after) start = Math.min(decodeIndexCursor(after), items.length);
  if (before) end = Math.max(Math.min(decodeIndexCursor(before) - 1, items.length), start);
  const firstV = first != null ? clampLimit(first) : last == null ? MAX_PAGE_SIZE : null;
  const lastV = clampLimit(last);
  let from = start;
  let to = end;
  if (firstV != null) to = Math.min(to, from + firstV);
  if (lastV != null) from = Math.max(from, to - lastV);
  const edges = [];
  for (let i = from; i < to; i++) edges.push({ cursor: b64encode(String(i + 1)), node: items[i] });
  const hasNextPage = to < end || (!!before && end < items.length);
  const hasPreviousPage = from > start || (!!after && start > 0);
  return build(edges, hasNextPage, hasPreviousPage);
}

function build(edges, hasNextPage, hasPreviousPage) {
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

module.exports = { keysetConnection, arrayConnection, keysetCursor, MAX_PAGE_SIZE };
