/**
 * The suggested `allowed-endpoints` block: destinations that were denied or seen blocked and look like real
 * services. Known exfiltration services and IP literals are never suggested; they are listed as "do not allow",
 * so that a user who pastes the block cannot bless the very channel an attack used.
 */
import { classifyHost } from '../analysis/destinations.js';
import type { Finding } from '../analysis/types.js';
import { formatEndpoint, parseEndpoint } from '../policy/endpoint.js';
import { compareText } from './rank.js';
import type { DestinationClassifier, EgressReport } from './types.js';

export interface AllowlistSuggestion {
  /** Valid allowlist entries, sorted and unique: safe to paste. */
  allow: string[];
  doNotAllow: { host: string; reason: string }[];
  /** Destinations that are not a host (computed at run time): they need a look, not an entry. */
  undetermined: string[];
}

/**
 * Services used to receive stolen data in public incidents and tests (request bins, tunnels, paste sites,
 * out-of-band interaction servers). A fallback for when the caller passes no classifier of its own.
 */
/** The engine's own classification (data/exfil-services.json), so reports and findings never disagree. */
export const defaultClassifier: DestinationClassifier = (host) => {
  const c = classifyHost(host);
  if (c.kind === 'ip') return { kind: 'ip' };
  if (c.kind === 'exfil-service')
    return c.service ? { kind: 'exfil-service', service: c.service } : { kind: 'exfil-service' };
  return { kind: 'host' };
};

export function suggestAllowlist(
  findings: readonly Finding[],
  egress?: EgressReport,
  classify: DestinationClassifier = defaultClassifier,
): AllowlistSuggestion {
  // Notes are advisory about flows that are already allowed; suppressed findings were accepted as they are.
  const denied = findings.filter((f) => f.suppressed === undefined && f.severity !== 'note');
  const raw = [
    ...denied.flatMap((f) => f.destinations),
    ...(egress?.blocked ?? []).map((d) => d.host),
    ...(egress?.suggested ?? []),
  ];

  const allow = new Set<string>();
  const doNotAllow = new Map<string, string>();
  const undetermined = new Set<string>();
  for (const text of raw) {
    const parsed = parseEndpoint(text);
    if ('error' in parsed) {
      undetermined.add(text);
      continue;
    }
    if (parsed.kind !== 'host') {
      // One line per address, whatever ports it was reached on.
      const address = parsed.kind === 'ip' ? parsed.address : formatEndpoint(parsed);
      doNotAllow.set(address, 'IP literal: name the host you mean, so the policy stays readable');
      continue;
    }
    const entry = formatEndpoint(parsed);
    const kind = classify(parsed.host);
    if (kind.kind === 'exfil-service' || kind.kind === 'ip') {
      doNotAllow.set(entry, kind.service ?? 'known exfiltration service');
    } else {
      allow.add(entry);
    }
  }
  for (const entry of doNotAllow.keys()) allow.delete(entry);

  return {
    allow: [...allow].sort(compareText),
    doNotAllow: [...doNotAllow]
      .map(([host, reason]) => ({ host, reason }))
      .sort((a, b) => compareText(a.host, b.host)),
    undetermined: [...undetermined].sort(compareText),
  };
}
