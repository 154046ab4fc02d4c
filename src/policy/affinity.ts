/**
 * Built-in per-secret affinity (data/affinity.json): a secret whose name says which service issued it may be
 * sent to that service — `PYPI_API_TOKEN` to upload.pypi.org, `NPM_TOKEN` to registry.npmjs.org. Whole-context
 * dumps never get affinity; the OIDC token may reach only its issuer and the services that exchange it.
 */
import data from '../../data/affinity.json' with { type: 'json' };
import { endpointMatches, normaliseHost, parseEndpoint } from './endpoint.js';
import { isOidc, isWholeContext, nameMatches, SYNTHETIC_SECRETS } from './names.js';
import type { Endpoint } from './types.js';

/** One allowed destination of an entry, compiled. */
type HostRule =
  | { kind: 'endpoint'; raw: string; endpoint: Endpoint }
  /** `sts.*.amazonaws.com`: `*` is exactly one label. Not expressible as an Endpoint, so never in egress lists. */
  | { kind: 'label-glob'; raw: string; re: RegExp }
  /** `{github-server}` / `*.{github-server}`: the GHES or GHE.com host, when the run names one. */
  | { kind: 'github-server'; raw: string; wildcard: boolean };

interface CompiledEntry {
  id: string;
  /** Name patterns; empty for the special entries, which are selected by `secret`. */
  patterns: string[];
  secret?: string;
  hosts: HostRule[];
  source: string;
}

export interface AffinityMatch {
  /** The entry id in data/affinity.json. */
  id: string;
  /** The name pattern (or synthetic secret name) that selected the entry. */
  pattern: string;
  /** The entry's endpoint that allowed the destination, as written in the data file. */
  endpoint: string;
}

export interface AffinityOptions {
  /** The host of GITHUB_SERVER_URL (GHES / GHE.com); github.com or absent adds nothing. */
  githubServerHost?: string;
}

export const AFFINITY_VERSION: number = data.version;
export const AFFINITY_DATE: string = data.date;

const entries: CompiledEntry[] = [
  ...data.entries.map((e) => compileEntry(e.id, e.patterns, undefined, e.endpoints, e.source)),
  ...data.special.map((e) => compileEntry(e.id, [], e.secret, e.endpoints, e.source)),
];

function compileEntry(
  id: string,
  patterns: string[],
  secret: string | undefined,
  endpoints: string[],
  source: string,
): CompiledEntry {
  const hosts = endpoints.map((raw): HostRule => {
    if (raw === '{github-server}' || raw === '*.{github-server}') {
      return { kind: 'github-server', raw, wildcard: raw.startsWith('*.') };
    }
    if (raw.slice(1).includes('*')) {
      const body = raw
        .split('.')
        .map((label) => (label === '*' ? '[a-z0-9_-]+' : label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('\\.');
      return { kind: 'label-glob', raw, re: new RegExp(`^${body}$`) };
    }
    const endpoint = parseEndpoint(raw);
    // The data file ships with the action; a bad entry is a bug, caught by the unit tests.
    if ('error' in endpoint) throw new Error(`data/affinity.json: entry ${id}: ${endpoint.error}`);
    return { kind: 'endpoint', raw, endpoint };
  });
  return { id, patterns, ...(secret !== undefined ? { secret } : {}), hosts, source };
}

type Selected = { entry: CompiledEntry; pattern: string }[];
/** A run sees few distinct secret names, and the engine asks about each many times. */
const selectedBySecret = new Map<string, Selected>();

/** The entries (and the pattern that selected each) that apply to a secret name. */
function entriesFor(secret: string): Selected {
  let found = selectedBySecret.get(secret);
  if (!found) {
    found = selectEntries(secret);
    if (selectedBySecret.size > 10_000) selectedBySecret.clear();
    selectedBySecret.set(secret, found);
  }
  return found;
}

function selectEntries(secret: string): Selected {
  if (isWholeContext(secret)) return [];
  const found: { entry: CompiledEntry; pattern: string }[] = [];
  for (const entry of entries) {
    if (entry.secret !== undefined) {
      if (entry.secret.toLowerCase() === secret.toLowerCase()) found.push({ entry, pattern: entry.secret });
      continue;
    }
    // The OIDC token is not a named secret; name patterns never select it.
    if (isOidc(secret)) continue;
    const pattern = entry.patterns.find((p) => nameMatches(p, secret));
    if (pattern !== undefined) found.push({ entry, pattern });
  }
  return found;
}

function githubServer(options: AffinityOptions): string | null {
  const host = options.githubServerHost ? normaliseHost(options.githubServerHost) : '';
  return host === '' || host === 'github.com' ? null : host;
}

/** `name` is already normalised: this runs for every entry of every secret the engine asks about. */
function hostRuleMatches(rule: HostRule, name: string, port: number | undefined, server: string | null) {
  switch (rule.kind) {
    case 'endpoint': {
      const e = rule.endpoint;
      if (e.kind !== 'host') return endpointMatches(e, name, port);
      if (e.port !== undefined && port !== undefined && e.port !== port) return false;
      return e.wildcard ? name.endsWith(`.${e.host}`) : name === e.host;
    }
    case 'label-glob':
      return rule.re.test(name);
    case 'github-server':
      if (server === null) return false;
      return rule.wildcard ? name.endsWith(`.${server}`) : name === server;
  }
}

/** Which built-in affinity, if any, lets `secret` reach `host` (and `port`). */
export function affinityAllows(
  secret: string,
  host: string,
  port?: number,
  options: AffinityOptions = {},
): AffinityMatch | null {
  const selected = entriesFor(secret);
  if (selected.length === 0) return null;
  const server = githubServer(options);
  const name = normaliseHost(host);
  for (const { entry, pattern } of selected) {
    const rule = entry.hosts.find((h) => hostRuleMatches(h, name, port, server));
    if (rule) {
      const endpoint =
        rule.kind === 'github-server' ? (rule.wildcard ? `*.${server}` : `${server}`) : rule.raw;
      return { id: entry.id, pattern, endpoint };
    }
  }
  return null;
}

/**
 * The built-in endpoints of a secret, as allowlist entries (for the egress allowlist). One-label globs such as
 * `sts.*.amazonaws.com` cannot be written as an entry and are left out; see `affinityAllows` for those.
 */
export function affinityEndpoints(secret: string, options: AffinityOptions = {}): Endpoint[] {
  const server = githubServer(options);
  const out: Endpoint[] = [];
  for (const { entry } of entriesFor(secret)) {
    for (const rule of entry.hosts) {
      if (rule.kind === 'endpoint') out.push(rule.endpoint);
      else if (rule.kind === 'github-server' && server !== null) {
        out.push({
          kind: 'host',
          host: server,
          wildcard: rule.wildcard,
          raw: rule.wildcard ? `*.${server}` : server,
        });
      }
    }
  }
  return out;
}

/** The label-glob rules of a secret's affinity (for egress: concrete hosts seen that match them). */
export function affinityLabelGlobMatches(secret: string, host: string): boolean {
  return entriesFor(secret).some(({ entry }) =>
    entry.hosts.some((h) => h.kind === 'label-glob' && h.re.test(normaliseHost(host))),
  );
}

/** A short description of the built-in table, for docs and `--explain` style output. */
export function affinityTable(): { id: string; secrets: string[]; endpoints: string[]; source: string }[] {
  return entries.map((e) => ({
    id: e.id,
    secrets: e.secret !== undefined ? [e.secret] : e.patterns,
    endpoints: e.hosts.map((h) => h.raw),
    source: e.source,
  }));
}

export { SYNTHETIC_SECRETS };
