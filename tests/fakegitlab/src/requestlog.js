'use strict';
// Every request received by the three servers (controls excluded), for tests to read back.

const { isoTime, lowerHeaders } = require('./util');

const MAX_ENTRIES = 50000;

class RequestLog {
  constructor() {
    this.entries = [];
    this.seq = 0;
  }

  add(server, req, url, rawBody, fault) {
    const entry = {
      seq: ++this.seq,
      server,
      method: req.method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      headers: lowerHeaders(req.headers),
      body: rawBody.toString('utf8'),
      time: isoTime(),
    };
    if (fault) entry.fault = fault.id;
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  list() {
    return this.entries;
  }

  clear() {
    this.entries = [];
  }
}

module.exports = { RequestLog };
