/**
 * Which names the daemon answers, and which addresses of an answer become allowed. Pure: the daemon and the
 * tests share it. Matching reuses the allowlist's own `endpointMatches`, so a name is allowed here exactly
 * when the static analysis would call it allowed.
 */
import type { Answer } from 'dns-packet';
import { endpointMatches, normaliseHost } from '../../policy/endpoint.js';
import type { Endpoint } from '../../policy/types.js';
import type { NamePattern } from '../plan.js';

/** `undefined`: the name is not allowed. `ports` undefined: any port. */
export type NameDecision = { ports?: number[] } | undefined;

export function nameMatcher(patterns: readonly NamePattern[]): (name: string) => NameDecision {
  const endpoints: { endpoint: Endpoint; ports?: number[] }[] = patterns.map((p) => ({
    endpoint: { kind: 'host', host: p.host, wildcard: p.wildcard, raw: p.host },
    ...(p.ports ? { ports: p.ports } : {}),
  }));
  return (name) => {
    const host = normaliseHost(name);
    let decision: NameDecision;
    for (const { endpoint, ports } of endpoints) {
      if (!endpointMatches(endpoint, host)) continue;
      if (!ports) return {};
      decision = { ports: [...new Set([...(decision?.ports ?? []), ...ports])].sort((a, b) => a - b) };
    }
    return decision;
  };
}

export interface ChainAddress {
  address: string;
  family: 4 | 6;
  ttl: number;
}

/**
 * Follows the CNAME chain that starts at the queried name and returns the records on it. Records for other
 * owners are dropped: an upstream (or a poisoned cache) must not smuggle addresses for unrelated names into
 * the allow set.
 */
export function followChain(
  qname: string,
  answers: readonly Answer[],
): { chain: string[]; addresses: ChainAddress[]; kept: Answer[] } {
  const chain = [normaliseHost(qname)];
  const kept: Answer[] = [];
  const addresses: ChainAddress[] = [];
  // Bounded: at most one step per record, so a CNAME loop ends.
  for (let step = 0; step <= answers.length; step++) {
    const owner = chain.at(-1) ?? '';
    const cname = answers.find((a) => a.type === 'CNAME' && normaliseHost(a.name) === owner);
    if (!cname || cname.type !== 'CNAME') break;
    const target = normaliseHost(cname.data);
    kept.push(cname);
    if (chain.includes(target)) break;
    chain.push(target);
  }
  for (const a of answers) {
    if (a.type === 'CNAME' || !chain.includes(normaliseHost(a.name))) continue;
    if ((a.type === 'A' || a.type === 'AAAA') && typeof a.data === 'string') {
      addresses.push({ address: a.data, family: a.type === 'A' ? 4 : 6, ttl: a.ttl ?? 0 });
    }
    kept.push(a);
  }
  return { chain, addresses, kept };
}
