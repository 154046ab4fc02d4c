/**
 * Destinations: the host a URL, host argument, ssh/git address, DNS name or image reference names, and what
 * kind of host it is (IP literal, GitHub, a known exfiltration service, any other host).
 *
 * Host extraction is written out by hand rather than with WHATWG `URL`: `URL` rewrites hosts (`3232235777`
 * becomes `192.168.1.1`, IDNs are punycoded) and rejects the scheme-less forms tools accept, while the
 * classification wants the host as written. The same locator runs on a word's template (see words.ts) to
 * find a static host inside a partly dynamic word.
 */
import { ipFamily, normaliseHost } from '../policy/endpoint.js';
import type { Word } from '../scripts/types.js';
import type { Destination, DestinationKind } from './types.js';
import { staticText, template } from './sinks/words.js';
import servicesData from '../../data/exfil-services.json' with { type: 'json' };

/**
 * How to read a destination text:
 * - `url`: a URL, or what curl accepts without a scheme (`host/path`, `host:port`);
 * - `host`: `host`, `host:port`, `[v6]:port`, `user@host`;
 * - `ssh`: `user@host`, `user@host:path`, `host:path`, `ssh://…`, rsync `host::module`;
 * - `git`: a git remote URL (`https://…`, `ssh://…`, `git@host:o/r`); a bare remote name gives null;
 * - `dns`: a DNS name; the destination is its registrable-ish domain (whose servers receive the query);
 * - `registry`: a container registry or image reference (`ghcr.io/o/i:tag`, `alpine` → Docker Hub).
 */
export type DestinationHint = 'url' | 'host' | 'ssh' | 'git' | 'dns' | 'registry';

export interface HostPort {
  host: string;
  port?: number;
}

/** Docker Hub's registry endpoint, where unqualified image names and `docker.io/…` go. */
export const DOCKER_HUB = 'registry-1.docker.io';

interface Located {
  start: number;
  end: number;
  port?: number;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** Finds the host inside `text` (which may contain NUL holes), or null when the text names no host. */
function locate(text: string, hint: DestinationHint): Located | null {
  switch (hint) {
    case 'url':
      return locateUrl(text, true);
    case 'host':
      return locateHostPort(text, 0, text.length, true);
    case 'ssh':
      return locateSsh(text);
    case 'git':
      return locateGit(text);
    case 'registry':
      return locateRegistry(text);
    case 'dns':
      return text === '' ? null : { start: 0, end: text.replace(/\.$/, '').length };
  }
}

function locateUrl(text: string, schemeless: boolean): Located | null {
  const scheme = SCHEME.exec(text);
  let start: number;
  if (scheme) {
    const name = (scheme[1] ?? '').toLowerCase();
    if (name === 'file' || name === 'unix') return null;
    start = scheme[0].length;
  } else if (text.startsWith('//')) {
    start = 2;
  } else if (schemeless) {
    start = 0;
  } else {
    return null;
  }
  let end = text.length;
  for (const c of ['/', '?', '#']) {
    const i = text.indexOf(c, start);
    if (i >= 0 && i < end) end = i;
  }
  return locateHostPort(text, start, end, true);
}

/** `[userinfo@]host[:port]` within text[start, end). */
function locateHostPort(text: string, start: number, end: number, allowUser: boolean): Located | null {
  let from = start;
  if (allowUser) {
    const at = text.lastIndexOf('@', end - 1);
    if (at >= start) from = at + 1;
  }
  if (from >= end) return null;
  if (text[from] === '[') {
    const close = text.indexOf(']', from);
    if (close < 0 || close >= end) return null;
    const port = portAt(text, close + 1, end);
    if (port === false) return null;
    return withPort({ start: from + 1, end: close }, port);
  }
  const hostEnd = text.indexOf(':', from);
  if (hostEnd >= 0 && hostEnd < end) {
    // A bare IPv6 address (`::1`, `fe80::1`) has several colons and no brackets.
    const rest = text.slice(from, end);
    if (ipFamily(rest) === 6) return { start: from, end };
    const port = portAt(text, hostEnd, end);
    if (hostEnd === from) return null;
    return withPort({ start: from, end: hostEnd }, port === false ? undefined : port);
  }
  return { start: from, end };
}

/** The port after `:` at `colon`, undefined when absent or not static, false when malformed. */
function portAt(text: string, colon: number, end: number): number | undefined | false {
  if (colon >= end) return undefined;
  if (text[colon] !== ':') return false;
  const digits = text.slice(colon + 1, end);
  if (/^\d{1,5}$/.test(digits)) return Number(digits);
  return undefined;
}

function withPort(loc: Located, port: number | undefined): Located {
  return port !== undefined && port > 0 && port < 65536 ? { ...loc, port } : loc;
}

function locateSsh(text: string): Located | null {
  if (SCHEME.test(text)) return locateUrl(text, false);
  // rsync `host::module`
  const dbl = text.indexOf('::');
  if (dbl > 0 && !text.startsWith('[')) return locateHostPort(text, 0, dbl, true);
  const at = text.indexOf('@');
  const hostStart = at >= 0 ? at + 1 : 0;
  if (text[hostStart] === '[') {
    const close = text.indexOf(']', hostStart);
    return close > hostStart ? { start: hostStart + 1, end: close } : null;
  }
  const colon = text.indexOf(':', hostStart);
  const slash = text.indexOf('/');
  // A slash before the colon makes it a local path (`./a:b`).
  if (colon >= 0 && slash >= 0 && slash < colon) return null;
  const end = colon >= 0 ? colon : text.length;
  return end > hostStart ? { start: hostStart, end } : null;
}

function locateGit(text: string): Located | null {
  if (SCHEME.test(text)) return locateUrl(text, false);
  if (text.startsWith('/') || text.startsWith('.') || text.startsWith('~')) return null;
  // scp-like syntax: `[user@]host:path`, only when no slash comes before the first colon.
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const slash = text.indexOf('/');
  if (slash >= 0 && slash < colon) return null;
  return locateSsh(text);
}

function locateRegistry(text: string): Located | null {
  if (SCHEME.test(text)) return locateUrl(text, false);
  const slash = text.indexOf('/');
  const first = slash >= 0 ? text.slice(0, slash) : text;
  // An image reference's first component is a registry only if it looks like a host (docker's own rule).
  if (slash >= 0 && !(first.includes('.') || first.includes(':') || first === 'localhost')) return null;
  if (slash < 0 && !(first.includes('.') || first === 'localhost' || /:\d+$/.test(first))) return null;
  return locateHostPort(text, 0, first.length, false);
}

/**
 * The host (and port) a fully resolved text names, or null when it names none (a local path, a remote name,
 * an empty string). Userinfo is dropped, IPv6 brackets removed, the host lower-cased.
 */
export function hostFromText(text: string, hint: DestinationHint): HostPort | null {
  const trimmed = text.trim().replace(/^(['"])(.*)\1$/s, '$2');
  if (hint === 'registry' && !trimmed.includes('/') && !trimmed.includes('.') && !SCHEME.test(trimmed)) {
    // `docker login` with `docker.io`-less names and unqualified images both mean Docker Hub.
    return trimmed === '' || trimmed === 'localhost' ? null : { host: DOCKER_HUB };
  }
  const loc = locate(trimmed, hint);
  if (hint === 'registry' && loc === null) return trimmed === '' ? null : { host: DOCKER_HUB };
  if (!loc) return null;
  let host = normaliseHost(trimmed.slice(loc.start, loc.end));
  if (host === '' || /[\s/\\]/.test(host)) return null;
  if (hint === 'dns') host = registrableDomain(host);
  if (hint === 'registry' && (host === 'docker.io' || host === 'index.docker.io')) host = DOCKER_HUB;
  return loc.port !== undefined ? { host, port: loc.port } : { host };
}

/**
 * The host a partly dynamic word names when its host part is static: `https://api.example.com/${PATH}` gives
 * api.example.com, `https://${DOMAIN}/x` gives null. For DNS names built from a secret, the destination is the
 * static suffix (`${T}.abc.oast.fun` → oast.fun), since the suffix's name servers receive the labels.
 */
export function staticHostPrefix(word: Word, hint: DestinationHint): HostPort | null {
  const tpl = template(word);
  if (!tpl.includes('\u0000')) return hostFromText(tpl, hint);
  if (hint === 'dns') {
    const last = tpl.lastIndexOf('\u0000');
    let suffix = tpl.slice(last + 1).replace(/\.$/, '');
    if (!suffix.startsWith('.')) suffix = suffix.slice(suffix.indexOf('.') + 1 || suffix.length);
    suffix = suffix.replace(/^\./, '');
    if (!suffix.includes('.')) return null;
    return { host: registrableDomain(normaliseHost(suffix)) };
  }
  const loc = locate(tpl, hint);
  if (!loc) return null;
  const host = tpl.slice(loc.start, loc.end);
  if (host === '' || host.includes('\u0000')) return null;
  // The text before the host must be a static scheme or userinfo; a hole there could change the host
  // (`${PREFIX}host` could be `evil.com?host`), except inside userinfo, which ends at the last `@`.
  const before = tpl.slice(0, loc.start);
  if (before.includes('\u0000') && !before.endsWith('@')) return null;
  return hostFromText(
    host + (loc.port !== undefined ? `:${loc.port}` : ''),
    hint === 'registry' ? 'registry' : 'host',
  );
}

/** Multi-label public suffixes common enough to matter when cutting a DNS name to its registrable domain. */
const TWO_LABEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'me.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'com.br',
  'com.cn',
  'net.cn',
  'org.cn',
  'com.tw',
  'co.in',
  'co.kr',
  'co.za',
  'com.mx',
  'com.tr',
  'com.sg',
  'com.hk',
]);

/** The last two labels of a name (three under a two-label public suffix); IP literals are kept whole. */
export function registrableDomain(name: string): string {
  const host = normaliseHost(name);
  if (ipFamily(host) || ipLiteral(host)) return host;
  const labels = host.split('.').filter((l) => l !== '');
  const n = TWO_LABEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/**
 * An IPv4 address written in any form `inet_aton` accepts (`3232235777`, `0x7f000001`, `0177.0.0.1`,
 * `127.1`), as dotted quad; or an IPv6 address. Null when the host is a name.
 */
export function ipLiteral(host: string): string | null {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (ipFamily(h) === 6) return h;
  const pieces = h.split('.');
  if (pieces.length > 4 || pieces.some((p) => !/^(0x[0-9a-f]*|[0-9]+)$/.test(p))) return null;
  const values = pieces.map((p) =>
    p.startsWith('0x') ? parseInt(p.slice(2) || '0', 16) : /^0[0-7]+$/.test(p) ? parseInt(p, 8) : Number(p),
  );
  if (values.some((v) => !Number.isFinite(v))) return null;
  if (pieces.some((p) => /^0\d*[89]/.test(p))) return null;
  const last = values.at(-1) ?? 0;
  const head = values.slice(0, -1);
  if (head.some((v) => v > 255)) return null;
  const restBytes = 4 - head.length;
  if (last >= 2 ** (8 * restBytes)) return null;
  const bytes = [...head];
  for (let i = restBytes - 1; i >= 0; i--) bytes.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return bytes.join('.');
}

interface ServiceEntry {
  pattern: string;
  what: string;
}

const services: ServiceEntry[] = (servicesData as { services: ServiceEntry[] }).services;

function matchesPattern(host: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) {
    const apex = pattern.slice(2);
    return host === apex || host.endsWith(`.${apex}`);
  }
  return host === pattern;
}

/** GitHub's own hosts: data sent there stays with GitHub. */
const GITHUB_PATTERNS = [
  'github.com',
  '*.github.com',
  '*.githubusercontent.com',
  'ghcr.io',
  '*.ghcr.io',
  '*.ghe.com',
];

export interface ClassifyOptions {
  /** The GitHub Enterprise Server host (from GITHUB_SERVER_URL / GITHUB_API_URL), treated as GitHub. */
  githubHost?: string;
}

/** What kind of host this is. */
export function classifyHost(
  rawHost: string,
  options: ClassifyOptions = {},
): { kind: DestinationKind; service?: string } {
  const host = normaliseHost(rawHost.replace(/^\[(.*)\]$/, '$1'));
  const ip = ipLiteral(host);
  if (ip !== null) {
    return ip === host ? { kind: 'ip' } : { kind: 'ip', service: `IP address ${ip} written as ${host}` };
  }
  if (GITHUB_PATTERNS.some((p) => matchesPattern(host, p))) return { kind: 'github' };
  const ghes = options.githubHost ? githubHostOf(options.githubHost) : null;
  if (ghes && (host === ghes || host.endsWith(`.${ghes}`)))
    return { kind: 'github', service: 'GitHub Enterprise' };
  const service = services.find((s) => matchesPattern(host, s.pattern));
  if (service) return { kind: 'exfil-service', service: service.what };
  return { kind: 'host' };
}

function githubHostOf(serverUrl: string): string | null {
  const hp = hostFromText(serverUrl, 'url');
  return hp ? hp.host : null;
}

export interface ResolveOptions extends ClassifyOptions {
  /**
   * The engine's static resolution of a word (assignments, `${{ env.X }}`…): its full text, or null when some
   * part stays unknown. Defaults to the word's own literal text.
   */
  resolveText?: (word: Word) => string | null;
}

/** A Destination for a sink's destination word: resolved text first, then a static host part, else unknown. */
export function destinationOf(word: Word, hint: DestinationHint, options: ResolveOptions = {}): Destination {
  const text = options.resolveText ? options.resolveText(word) : staticText(word);
  const hp = text !== null ? hostFromText(text, hint) : staticHostPrefix(word, hint);
  if (!hp) return { host: null, raw: word.raw, kind: 'unknown' };
  return destinationForHost(hp.host, word.raw, options, hp.port);
}

/** A Destination for a host the tool implies (`npm publish` → registry.npmjs.org). */
export function destinationForHost(
  host: string,
  raw: string,
  options: ClassifyOptions = {},
  port?: number,
): Destination {
  const c = classifyHost(host, options);
  const dest: Destination = { host, raw, kind: c.kind };
  if (port !== undefined) dest.port = port;
  if (c.service !== undefined) dest.service = c.service;
  return dest;
}
