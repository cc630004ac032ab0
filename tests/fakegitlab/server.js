#!/usr/bin/env node
'use strict';
// GitLab Duo Self-Hosted simulator. See README.md for the flags, the listening line and the controls.

const fs = require('node:fs');
const { App } = require('./src/app');

const USAGE = `usage: node server.js [--port N] [--fixture FILE] [--gitlab-version V] [--shape 19.6|18.9|17.6]
                      [--introspection static|live] [--tls-cert FILE --tls-key FILE]
                      [--gateway-tls-cert FILE --gateway-tls-key FILE]
                      [--agent-platform-tls-cert FILE --agent-platform-tls-key FILE] [--verbose]`;
const SHAPES = ['19.6', '18.9', '17.6'];
const TLS_PAIRS = [['tls-cert', 'tls-key'], ['gateway-tls-cert', 'gateway-tls-key'], ['agent-platform-tls-cert', 'agent-platform-tls-key']];

function fail(message) {
  process.stderr.write(`fakegitlab: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { port: 0 };
  const takes = ['--port', '--fixture', '--gitlab-version', '--shape', '--introspection', ...TLS_PAIRS.flat().map((k) => `--${k}`)];
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
  if (opts.shape != null && !SHAPES.includes(opts.shape)) fail(`--shape must be one of ${SHAPES.join(', ')}, not ${opts.shape}`);
  if (opts.introspection != null && !['static', 'live'].includes(opts.introspection)) fail('--introspection must be static or live');
  for (const [cert, key] of TLS_PAIRS) if (!!opts[cert] !== !!opts[key]) fail(`--${cert} and --${key} go together`);
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
  const pair = (cert, key) => (opts[cert] ? { cert: readFile(opts[cert], 'certificate'), key: readFile(opts[key], 'key') } : null);
  const tls = pair('tls-cert', 'tls-key');
  const gatewayTls = pair('gateway-tls-cert', 'gateway-tls-key');
  const agentPlatformTls = pair('agent-platform-tls-cert', 'agent-platform-tls-key');

  const app = new App({
    fixture, overrides, tls, gatewayTls, agentPlatformTls, verbose: opts.verbose || process.env.FAKEGITLAB_VERBOSE === '1',
  });
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
  app.log(`GitLab ${app.state.version} (shape ${app.state.shape}) at ${listening.gitlab.url}; gateway ${listening.gateway.url}; `
    + `model server ${listening.modelServer.url}; Agent Platform ${listening.agentPlatform.address}`);
}

main();
