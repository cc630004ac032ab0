'use strict';
// Server-side probes: cloudConnectorStatus and the model connection check (real HTTP to the gateway).

const net = require('node:net');
const { request, describeError } = require('./httpclient');
const policy = require('./policy');
const { connectAgentPlatform, agentPlatformSecure } = require('./agentprobe');

const NO_GATEWAY = 'You have not configured your local AI gateway URL. Configure the URL in the GitLab Duo configuration settings.';
const UNKNOWN = 'ERROR: Unknown error. Make sure your self-hosted model is running and that your AI Gateway URL is configured correctly.';
// 19.x (API.md (i)): one message for any transport failure between the gateway and the model.
const CANNOT_CONNECT = 'AI Gateway could not connect to the model endpoint. Verify the model endpoint URL is correct and reachable '
  + 'from the AI Gateway, and that any firewall or proxy is not blocking the connection.';
const GATEWAY_PROVIDER = { api: 'openai', bedrock: 'bedrock', vertex_ai: 'vertex_ai' };

/** GitLab → gateway timeout of the connection check: 3 s on 17.6 / 18.9, 15 s on 19.x. */
function connectionCheckTimeout(state) {
  const v = state.settings.connectionCheckTimeoutMs;
  return v != null ? Number(v) : state.shape === '19.6' ? 15000 : 3000;
}

/** 19.x message for a 404 of an OpenAI-compatible server under a custom_openai/ identifier. */
function unknownIdentifier(ids) {
  const some = (ids || []).slice(0, 5);
  return some.length ? `The provided identifier does not exist. Did you mean ${some.join(', ')}?` : 'The provided identifier does not exist.';
}

function probe(name, success, message, details = {}) {
  return { name, success, message, errors: success ? [] : [message], details };
}

/** Headers GitLab sends to a self-hosted AI gateway (self-signed Cloud Connector token). */
function gatewayHeaders(ctx) {
  const { state, auth } = ctx;
  return {
    'Content-Type': 'application/json',
    Authorization: 'Bearer sim-cloud-connector-self-signed-jwt',
    'X-Gitlab-Authentication-Type': 'oidc',
    'X-Gitlab-Instance-Id': state.instanceId,
    'X-Gitlab-Global-User-Id': auth.user ? `sim-global-user-${auth.user.id}` : '',
    'X-Gitlab-Realm': 'self-managed',
    'X-Gitlab-Version': state.version,
    'X-Gitlab-Host-Name': '127.0.0.1',
  };
}

/** aiSelfHostedModelConnectionCheck: POST <gateway>/v1/prompts/model_configuration%2Fcheck. */
async function modelConfigurationProbe(ctx, input, provider = 'api') {
  const { state } = ctx;
  const nineteen = state.shape === '19.6';
  const gateway = state.duoSettings.aiGatewayUrl;
  if (!gateway) return probe('model_configuration_probe', false, NO_GATEWAY);
  const body = {
    inputs: { question: 'model configuration check' },
    model_metadata: {
      provider: nineteen ? GATEWAY_PROVIDER[provider] || provider : 'openai',
      name: String(input.model).toLowerCase(),
      endpoint: input.endpoint,
      api_key: input.apiToken || null,
      identifier: input.identifier || '',
    },
    prompt_version: '^1.0.0',
  };
  let res;
  try {
    res = await request(`${gateway.replace(/\/+$/, '')}/v1/prompts/model_configuration%2Fcheck`, {
      method: 'POST', headers: gatewayHeaders(ctx), body, timeoutMs: connectionCheckTimeout(state),
    });
  } catch {
    return probe('model_configuration_probe', false, UNKNOWN);
  }
  if (res.status >= 200 && res.status < 300) {
    return probe('model_configuration_probe', true, 'Successfully connected to the self-hosted model');
  }
  let parsed = null;
  try {
    parsed = JSON.parse(res.body);
  } catch {
    parsed = null;
  }
  if (res.status === 421) {
    const code = parsed && (parsed.model_server_status || (String(parsed.detail || '').match(/\b(\d{3})\b/) || [])[1]);
    if (nineteen && !code) return probe('model_configuration_probe', false, CANNOT_CONNECT);
    if (nineteen && Number(code) === 404 && String(input.identifier || '').startsWith('custom_openai/')) {
      return probe('model_configuration_probe', false, unknownIdentifier(parsed.available_models));
    }
    return probe('model_configuration_probe', false, code ? `ERROR: The self-hosted model server returned code ${code}` : UNKNOWN);
  }
  let detail = parsed && parsed.detail !== undefined ? parsed.detail : parsed && parsed.error !== undefined ? parsed.error : res.body;
  if (typeof detail !== 'string') detail = JSON.stringify(detail);
  return probe('model_configuration_probe', false, `ERROR: AI Gateway returned code ${res.status}: ${detail}`);
}

async function hostProbe(url, timeoutMs) {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return probe('host_probe', false, `${url} connection failed: bad URI.`);
  }
  try {
    await request(url, { method: 'HEAD', timeoutMs });
    return probe('host_probe', true, `${host} reachable.`);
  } catch (e) {
    return probe('host_probe', false, `${host} connection failed: ${describeError(e)}. If you use firewalls or proxy servers, they must allow traffic to this host.`);
  }
}

function tcpProbe(hostPort, timeoutMs) {
  const [host, port] = String(hostPort).replace(/^[a-z]+:\/\//i, '').split(':');
  return new Promise((resolve) => {
    const sock = net.connect({ host, port: Number(port) || 50052 });
    const done = (ok, err) => {
      sock.destroy();
      resolve(probe('duo_agent_platform_probe', ok, ok ? `Duo Agent Platform service at ${hostPort} is reachable.` : `Duo Agent Platform service at ${hostPort} connection failed: ${describeError(err)}.`));
    };
    sock.setTimeout(timeoutMs, () => done(false, { code: 'ETIMEDOUT' }));
    sock.on('connect', () => done(true));
    sock.on('error', (e) => done(false, e));
  });
}

/** 19.x: the same probe, with a TLS handshake when the secure flag is on (see agentprobe.js). */
async function agentPlatformProbe(state, hostPort) {
  const r = await connectAgentPlatform(hostPort, { secure: agentPlatformSecure(state), timeoutMs: 3000 });
  return probe('duo_agent_platform_probe', r.ok, r.ok ? `Duo Agent Platform service at ${hostPort} is reachable.` : `Duo Agent Platform service at ${hostPort} connection failed: ${r.reason}.`);
}

/** Cloud probes are simulated (no internet): they pass unless the fixture says air-gapped. */
function cloudProbes(state) {
  const off = !!state.settings.airGapped;
  const fail = 'connection failed: Failed to open TCP connection (getaddrinfo: Name or service not known). If you use firewalls or proxy servers, they must allow traffic to this host.';
  const online = state.license.current && state.license.current.type === 'online_cloud';
  return [
    probe('license_probe', !!online, online ? 'Subscription can be synchronized.' : 'Subscription for this instance cannot be synchronized. Contact GitLab customer support to upgrade your license.'),
    probe('host_probe', !off, off ? `customers.gitlab.com ${fail}` : 'customers.gitlab.com reachable.'),
    probe('host_probe', !off, off ? `cloud.gitlab.com ${fail}` : 'cloud.gitlab.com reachable.'),
    probe('access_probe', !off, off ? 'Access data is missing.' : 'Access data is present and up to date.'),
    probe('token_probe', !off, off ? 'Access credentials not found.' : 'Access credentials are valid.'),
    probe('end_to_end_probe', !off, off ? 'Authentication with the AI gateway services failed.' : 'Authentication with the AI gateway services succeeded.'),
  ];
}

async function cloudConnectorStatus(ctx) {
  const { state } = ctx;
  const url = state.duoSettings.aiGatewayUrl;
  const selfHosted = !!url || state.models.length > 0;
  const results = [];
  if (selfHosted) {
    results.push(url
      ? probe('ai_gateway_url_presence_probe', true, `AI Gateway URL is set to ${url}.`)
      : probe('ai_gateway_url_presence_probe', false, 'AI Gateway URL is not set.'));
    if (url) results.push(await hostProbe(url, state.settings.hostProbeTimeoutMs));
    const lic = state.license.current;
    const cs = policy.licenseActive(state) && (policy.activeAddOn(state, 'DUO_ENTERPRISE') || policy.activeAddOn(state, 'CODE_SUGGESTIONS') || policy.selfHostedDap(state));
    results.push(probe('code_suggestions_license_probe', cs,
      cs ? 'License includes access to Code Suggestions.' : 'License does not provide access to Code Suggestions.',
      { instance_id: state.instanceId, gitlab_version: state.version, license: lic ? { id: lic.id, plan: lic.plan, type: lic.type } : null }));
    const dap = state.duoSettings.duoAgentPlatformServiceUrl;
    if (dap) results.push(state.shape === '19.6' ? await agentPlatformProbe(state, dap) : await tcpProbe(dap, 3000));
    if (state.featureSettings.some((f) => f.provider === 'vendored')) results.push(...cloudProbes(state));
  } else {
    results.push(...cloudProbes(state));
  }
  return { success: results.every((r) => r.success), probeResults: results };
}

module.exports = { modelConfigurationProbe, cloudConnectorStatus, NO_GATEWAY, UNKNOWN, CANNOT_CONNECT };
