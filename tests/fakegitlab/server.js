#!/usr/bin/env node
'use strict';
// GitLab Duo Self-Hosted simulator. See README.md for the flags, the listening line and the controls.

const fs = require('node:fs');
const { App } = require('./src/app');

const USAGE = `usage: node server.js [--port N] [--fixture FILE] [--gitlab-version V] [--shape 18.9|17.6]
                      [--introspection static|live] [--tls-cert FILE --tls-key FILE] [--verbose]`;

function fail(message) {
  process.stderr.write(`fakegitlab: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { port: 0 };
  const takes = ['--port', '--fixture', '--gitlab-version', '--shape', '--introspection', '--tls-cert', '--tls-key'];
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (arg === '--verbose') {
      opts.verbose = true;
      continue;
    }
    if (!takes.includes(arg)) fail(`unknown argument ${arg}`);
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) fail(`${arg} needs a value`);
    }
    opts[arg.slice(2)] = value;
  }
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`bad --port ${opts.port}`);
  opts.port = port;
  if (opts.shape != null && !['18.9', '17.6'].includes(opts.shape)) fail(`--shape must be 18.9 or 17.6, not ${opts.shape}`);
  if (opts.introspection != null && !['static', 'live'].includes(opts.introspection)) fail('--introspection must be static or live');
  if (!!opts['tls-cert'] !== !!opts['tls-key']) fail('--tls-cert and --tls-key go together');
  return opts;
}

function readFile(path, what) {
  try {
    return fs.readFileSync(path);
  } catch (e) {
    return fail(`cannot read ${what} ${path}: ${e.message}`);
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let fixture = {};
  if (opts.fixture) {
    try {
      fixture = JSON.parse(readFile(opts.fixture, 'fixture').toString('utf8'));
    } catch (e) {
      fail(`fixture ${opts.fixture} is not valid JSON: ${e.message}`);
    }
  }
  const overrides = {};
  if (opts['gitlab-version']) overrides.version = opts['gitlab-version'];
  if (opts.shape) overrides.shape = opts.shape;
  if (opts.introspection) overrides.introspection = opts.introspection;
  const tls = opts['tls-cert'] ? { cert: readFile(opts['tls-cert'], 'certificate'), key: readFile(opts['tls-key'], 'key') } : null;

  const app = new App({ fixture, overrides, tls, verbose: opts.verbose || process.env.FAKEGITLAB_VERBOSE === '1' });
  let listening;
  try {
    listening = await app.start(opts.port);
  } catch (e) {
    process.stderr.write(`fakegitlab: cannot start: ${e.message}\n`);
    process.exit(1);
  }
  const stop = (signal) => {
    app.log(`${signal}: shutting down`);
    app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.stdout.write(`${JSON.stringify(listening)}\n`);
  app.log(`GitLab ${app.state.version} (shape ${app.state.shape}) at ${listening.gitlab.url}; gateway ${listening.gateway.url}; model server ${listening.modelServer.url}`);
}

main();
