/**
 * Allowlist entries: parsing what users write (`host`, `*.host`, `host:port`, IPv4/IPv6, CIDR) and matching a
 * destination against a list. Shared by the static analysis, the input validation and the egress plan.
 */
import { BlockList, isIP } from 'node:net';
import type { Endpoint } from './types.js';

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/**
 * `net.isIP`, without its cost for host names: Node compiles its IPv6 pattern on first use (~8 ms, on the main
 * step's path), and text with no `:` made of more than digits and dots is no address.
 */
export function ipFamily(text: string): 0 | 4 | 6 {
  if (!text.includes(':') && !/^[\d.]+$/.test(text)) return 0;
  return isIP(text) as 0 | 4 | 6;
}

/** Parses one entry, or returns a one-line reason it is not one. */
export function parseEndpoint(raw: string): Endpoint | { error: string } {
  const text = raw.trim().toLowerCase();
  const expected = 'expected host, *.host, host:port, an IPv4 or IPv6 address, or a CIDR range';
  if (text === '') return { error: `empty entry; ${expected}` };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    return { error: `"${raw}" is a URL; ${expected} (write only the host, e.g. "${hostOfUrl(text)}")` };
  }

  const slash = text.indexOf('/');
  if (slash >= 0) {
    const address = text.slice(0, slash);
    const prefixText = text.slice(slash + 1);
    const family = ipFamily(address);
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (family === 0 || !(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) {
      return { error: `"${raw}" is not a valid CIDR range; ${expected}` };
    }
    return { kind: 'cidr', address, prefix, family, raw };
  }

  // [v6]:port, v6, v4:port, v4, host:port, host
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) {
    const [, address = '', portText] = bracketed;
    if (ipFamily(address) !== 6) return { error: `"${raw}" is not a valid IPv6 address; ${expected}` };
    return withPort({ kind: 'ip', address, family: 6, raw }, portText, raw);
  }
  if (ipFamily(text) === 6) return { kind: 'ip', address: text, family: 6, raw };

  const colon = text.lastIndexOf(':');
  const hostPart = colon >= 0 ? text.slice(0, colon) : text;
  const portText = colon >= 0 ? text.slice(colon + 1) : undefined;
  if (ipFamily(hostPart) === 4)
    return withPort({ kind: 'ip', address: hostPart, family: 4, raw }, portText, raw);

  const wildcard = hostPart.startsWith('*.');
  const host = (wildcard ? hostPart.slice(2) : hostPart).replace(/\.$/, '');
  const labels = host.split('.');
  if (host.length > 253 || labels.some((l) => !LABEL.test(l)) || /^\d+$/.test(labels.at(-1) ?? '')) {
    return { error: `"${raw}" is not a valid host name; ${expected}` };
  }
  if (wildcard && labels.length < 2) {
    return { error: `"${raw}" would allow every subdomain of a top-level domain; name a registrable domain` };
  }
  return withPort({ kind: 'host', host, wildcard, raw }, portText, raw);
}

function withPort<T extends Endpoint & { port?: number }>(
  endpoint: T,
  portText: string | undefined,
  raw: string,
): T | { error: string } {
  if (portText === undefined) return endpoint;
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 1 && port <= 65535)) return { error: `"${raw}" has an invalid port; expected 1-65535` };
  return { ...endpoint, port };
}

function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'example.com';
  }
}

/**
 * Splits a list written in an input or a config file: entries separated by newlines, spaces or commas;
 * `#` starts a comment to the end of the line. Returns the entries and one error per bad entry.
 */
export function parseEndpointList(text: string): { endpoints: Endpoint[]; errors: string[] } {
  const endpoints: Endpoint[] = [];
  const errors: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    for (const item of line.replace(/#.*/, '').split(/[\s,]+/)) {
      if (item === '') continue;
      const parsed = parseEndpoint(item);
      if ('error' in parsed) errors.push(parsed.error);
      else endpoints.push(parsed);
    }
  }
  return { endpoints, errors };
}

/** True when `host` (a name or an IP literal) and optional `port` are allowed by `endpoint`. */
export function endpointMatches(endpoint: Endpoint, host: string, port?: number): boolean {
  const name = normaliseHost(host);
  if ('port' in endpoint && endpoint.port !== undefined && port !== undefined && endpoint.port !== port) {
    return false;
  }
  switch (endpoint.kind) {
    case 'host':
      return endpoint.wildcard ? name.endsWith(`.${endpoint.host}`) : name === endpoint.host;
    case 'ip':
      return ipFamily(name) === endpoint.family && sameAddress(name, endpoint.address, endpoint.family);
    case 'cidr': {
      const family = ipFamily(name);
      if (family !== endpoint.family) return false;
      const list = new BlockList();
      list.addSubnet(endpoint.address, endpoint.prefix, family === 4 ? 'ipv4' : 'ipv6');
      return list.check(name, family === 4 ? 'ipv4' : 'ipv6');
    }
  }
}

/** The first endpoint in `list` that allows the destination, if any. */
export function findMatch(list: readonly Endpoint[], host: string, port?: number): Endpoint | undefined {
  return list.find((e) => endpointMatches(e, host, port));
}

/** Lower-cases, strips a trailing dot and IPv6 brackets. */
export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

function sameAddress(a: string, b: string, family: 4 | 6): boolean {
  if (a === b) return true;
  const list = new BlockList();
  list.addAddress(b, family === 4 ? 'ipv4' : 'ipv6');
  return list.check(a, family === 4 ? 'ipv4' : 'ipv6');
}

/** Renders an endpoint back to the form users write, for suggested allowlists. */
export function formatEndpoint(e: Endpoint): string {
  switch (e.kind) {
    case 'host':
      return `${e.wildcard ? '*.' : ''}${e.host}${e.port ? `:${e.port}` : ''}`;
    case 'ip':
      return e.port ? (e.family === 6 ? `[${e.address}]:${e.port}` : `${e.address}:${e.port}`) : e.address;
    case 'cidr':
      return `${e.address}/${e.prefix}`;
  }
}
