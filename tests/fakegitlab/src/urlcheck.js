'use strict';
// GitLab's URL validation: AddressableUrlValidator (model endpoints) and UrlBlocker (AI gateway URL).

const net = require('node:net');
const dns = require('node:dns');

const SANITIZER_SCHEMES = ['http', 'https', 'ssh', 'git'];

function blockList(ranges) {
  const bl = new net.BlockList();
  for (const [addr, prefix, type] of ranges) bl.addSubnet(addr, prefix, type);
  return bl;
}

const LOOPBACK = blockList([['127.0.0.0', 8, 'ipv4'], ['0.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6'], ['::', 128, 'ipv6']]);
const LINK_LOCAL = blockList([['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']]);
const LOCAL_NETWORK = blockList([
  ['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['100.64.0.0', 10, 'ipv4'],
  ['fc00::', 7, 'ipv6'],
]);

function ipType(ip) {
  return net.isIP(ip) === 6 ? 'ipv6' : 'ipv4';
}

function stripBrackets(host) {
  return host.replace(/^\[(.*)\]$/, '$1');
}

function parseUrl(value) {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function defaultPort(u) {
  if (u.port) return Number(u.port);
  return u.protocol === 'https:' ? 443 : 80;
}

/** Whether the host (or one of its addresses) is on the outbound allowlist (entries: host, IP, CIDR, with optional :port). */
function allowlisted(allowlist, hostname, addresses, port) {
  for (const raw of allowlist || []) {
    let entry = String(raw).trim();
    if (!entry) continue;
    let entryPort = null;
    const v6port = entry.match(/^\[(.+)\]:(\d+)$/);
    if (v6port) {
      entry = v6port[1];
      entryPort = Number(v6port[2]);
    } else if (/^[^:]+:\d+$/.test(entry)) {
      const i = entry.lastIndexOf(':');
      entryPort = Number(entry.slice(i + 1));
      entry = entry.slice(0, i);
    }
    if (entryPort != null && entryPort !== port) continue;
    const [addr, prefix] = entry.split('/');
    if (net.isIP(addr)) {
      const bl = new net.BlockList();
      const type = ipType(addr);
      bl.addSubnet(addr, prefix ? Number(prefix) : type === 'ipv6' ? 128 : 32, type);
      if (addresses.some((a) => net.isIP(a) && bl.check(a, ipType(a)))) return true;
      continue;
    }
    const e = entry.toLowerCase();
    const h = hostname.toLowerCase();
    if (e === h || (e.startsWith('*.') && h.endsWith(e.slice(1)))) return true;
  }
  return false;
}

function lookupWithTimeout(host, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    dns.lookup(host, { all: true }, (err, addrs) => {
      clearTimeout(timer);
      resolve(err ? null : addrs.map((a) => a.address));
    });
  });
}

async function resolveHost(settings, hostname) {
  const h = hostname.toLowerCase();
  if (net.isIP(h)) return [h];
  if (h === 'localhost' || h.endsWith('.localhost')) return ['127.0.0.1', '::1'];
  const fixed = settings.dnsHosts && settings.dnsHosts[h];
  if (fixed) return [].concat(fixed);
  return lookupWithTimeout(h, 2000);
}

/** Model endpoint validation (AddressableUrlValidator with GitLab defaults). Returns full messages. */
function validateModelEndpoint(settings, endpoint) {
  const value = String(endpoint == null ? '' : endpoint).trim();
  if (value === '') return ["Endpoint can't be blank"];
  const u = parseUrl(value);
  const scheme = u ? u.protocol.replace(/:$/, '').toLowerCase() : null;
  if (!u || !SANITIZER_SCHEMES.includes(scheme) || /\s/.test(value)) return ['Endpoint must be a valid URL'];
  if (!['http', 'https'].includes(scheme)) return ['Endpoint is blocked: Only allowed schemes are http, https'];
  const host = stripBrackets(u.hostname);
  if (!host) return ['Endpoint is blocked: Hostname or IP address invalid'];
  if (settings.denyAllRequestsExceptAllowlist && !allowlisted(settings.outboundAllowlist, host, [host], defaultPort(u))) {
    return ['Endpoint is blocked: Requests to hosts and IP addresses not on the Allow List are denied'];
  }
  return [];
}

/** AI gateway URL validation (UrlBlocker, localhost not allowed, allowlist honoured). Returns reasons. */
async function validateGatewayUrl(settings, value) {
  if (value == null || value === '') return [];
  const errors = [];
  if (value.length > 2048) errors.push('is too long (maximum is 2048 characters)');
  const reason = await blockerReason(settings, value);
  if (reason) errors.push(reason);
  return errors;
}

async function blockerReason(settings, value) {
  const u = parseUrl(value);
  if (!u) return 'URI is invalid';
  const scheme = u.protocol.replace(/:$/, '').toLowerCase();
  if (!['http', 'https'].includes(scheme)) return 'Only allowed schemes are http, https';
  if (/[<>]/.test(decodeURIComponent(value))) return 'HTML/CSS/JS tags are not allowed';
  const host = stripBrackets(u.hostname);
  if (!host) return 'Hostname or IP address invalid';
  const addresses = await resolveHost(settings, host);
  if (!addresses || addresses.length === 0) return 'Host cannot be resolved or invalid';
  const port = defaultPort(u);
  if (allowlisted(settings.outboundAllowlist, host, addresses, port)) return null;
  if (settings.denyAllRequestsExceptAllowlist) return 'Requests to hosts and IP addresses not on the Allow List are denied';
  if (addresses.some((a) => LOOPBACK.check(a, ipType(a)))) return 'Requests to localhost are not allowed';
  if (!settings.gatewayAllowLocalNetwork) {
    if (addresses.some((a) => LINK_LOCAL.check(a, ipType(a)))) return 'Requests to the link local network are not allowed';
    if (addresses.some((a) => LOCAL_NETWORK.check(a, ipType(a)))) return 'Requests to the local network are not allowed';
  }
  return null;
}

function isLoopbackHost(hostname) {
  const h = stripBrackets(String(hostname || '')).toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  return net.isIP(h) ? LOOPBACK.check(h, ipType(h)) : false;
}

module.exports = { validateModelEndpoint, validateGatewayUrl, isLoopbackHost, parseUrl };
