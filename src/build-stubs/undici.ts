/**
 * Stands in for `undici` where @actions/github and @actions/http-client import it (scripts/bundle-options.mjs).
 * They use two of its exports: `fetch`, for every API request, and `ProxyAgent`, only when a proxy is configured.
 * Bundled, undici is ~785 KB of code that every step reading the API would load and compile (about 50 ms); Node's
 * own `fetch` is undici too, built into Node, and it is what Octokit uses by default. The real package is
 * loaded, from its own chunk, only when a proxy variable is set, before @actions/github reads the same variables
 * to build its proxy agent (which happens when it is imported).
 */
import type * as Undici from 'undici';

const proxied = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((v) => process.env[v]);
const real: typeof Undici | undefined = proxied ? commonJs(await import('undici')) : undefined;

/** undici is CommonJS: bundled, its dynamic import yields `{ default: module.exports }`; under Node, the named exports. */
function commonJs(m: unknown): typeof Undici {
  const named = m as typeof Undici & { default?: typeof Undici };
  return typeof named.ProxyAgent === 'function' ? named : (named.default ?? named);
}

type FetchInit = Parameters<typeof Undici.fetch>[1];

/** Undici's `fetch` when a proxy dispatcher is in play, otherwise Node's (the same library, already in Node). */
export function fetch(input: string | URL, init?: FetchInit): Promise<unknown> {
  if (init?.dispatcher !== undefined) {
    if (!real) throw new Error('a proxy dispatcher was given but no proxy variable is set');
    return real.fetch(input, init);
  }
  return globalThis.fetch(input, init as RequestInit);
}

export class ProxyAgent {
  constructor(options: Undici.ProxyAgent.Options | string) {
    if (!real) throw new Error('a proxy agent was asked for but no proxy variable is set');
    // A constructor may return another object: the caller gets undici's own agent.
    return new real.ProxyAgent(options);
  }
}
