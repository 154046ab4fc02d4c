/**
 * Proxy variables: every request a tool makes through them goes to the proxy first, so a proxy outside the
 * allowlist sees every secret the job sends. Only the proxy's host is ever reported; credentials written into
 * the URL (`http://user:pass@proxy:3128`) are dropped while parsing and never reach a message.
 */
import { findMatch } from '../policy/endpoint.js';
import type { Endpoint } from '../policy/types.js';

export const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'FTP_PROXY'];

export interface ProxyTarget {
  variable: string;
  /** The proxy's host, lower-cased, brackets removed; `(unparsable)` when the value is not a URL. */
  host: string;
  port?: number;
}

/** Every proxy variable that is set (either case), with its host and port only. */
export function proxyTargets(env: Readonly<Record<string, string | undefined>>): ProxyTarget[] {
  const out: ProxyTarget[] = [];
  for (const upper of PROXY_VARIABLES) {
    for (const variable of [upper, upper.toLowerCase()]) {
      const value = env[variable]?.trim();
      if (!value) continue;
      out.push({ variable, ...hostOf(value) });
    }
  }
  return out;
}

/** Proxies whose host (and port) the allowlist does not allow. */
export function proxiesOutsideAllowlist(
  env: Readonly<Record<string, string | undefined>>,
  allowlist: readonly Endpoint[],
): ProxyTarget[] {
  return proxyTargets(env).filter((p) => p.host === '(unparsable)' || !findMatch(allowlist, p.host, p.port));
}

function hostOf(value: string): { host: string; port?: number } {
  // `proxy:3128` without a scheme is common; curl and most tools read it as http.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { host: '(unparsable)' };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  // Only something shaped like a host is ever echoed: a token pasted into the variable by mistake
  // (`HTTPS_PROXY=ghp_…`) parses as a one-label host name and must not reach a message. A short single label
  // (`squid`, a container's name) is kept; a long one reads like a credential.
  const shaped =
    host.includes(':') || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^[a-z][a-z0-9-]{0,15}$/.test(host);
  if (!shaped || host.length > 253) {
    return { host: '(unparsable)' };
  }
  return url.port === '' ? { host } : { host, port: Number(url.port) };
}
