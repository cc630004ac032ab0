'use strict';
// A throw-away self-signed certificate for 127.0.0.1, made with openssl (tests skip without it).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

/** Resolves { dir, cert, key, ca } (paths and the PEM), or throws with openssl's error. */
function makeCert() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakegitlab-tls-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const gen = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(gen.stderr);
  return { dir, cert, key, ca: fs.readFileSync(cert), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

module.exports = { hasOpenssl, makeCert };
