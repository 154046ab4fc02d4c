/**
 * Turns what the post step collected (the `seen` sets, the daemon's events) into the egress report: pure,
 * so the summary, annotations and the suggested allowlist are tested without a machine.
 */
import { formatEndpoint, parseEndpoint } from '../policy/endpoint.js';
import type { DnsEvent } from './dns/events.js';
import type { SeenEntry } from './netfilter-text.js';
import { SEEN_TIMEOUT } from './plan.js';
import type { EnforcedMode } from './state.js';
import { byCodeUnit } from '../compare.js';

/** A destination block mode refused (or, in audit mode, would have refused). */
export interface RefusedDestination {
  kind: 'name' | 'connection';
  /** The name, or `address` / `address:port` / `[v6]:port`. */
  destination: string;
  address?: string;
  port?: number;
  protocol?: string;
  /** Names whose answers contained this address (connections only). */
  names: string[];
  count: number;
  /** First time seen, ms since the epoch, when known. */
  firstSeen?: number;
}

export interface AllowedName {
  name: string;
  count: number;
  addresses: string[];
}

export interface EgressReport {
  mode: EnforcedMode;
  /** Block mode: what was refused. Empty in audit mode. The job fails when this is not empty (by default). */
  blocked: RefusedDestination[];
  /** Audit mode: what block mode would have refused. */
  audited: RefusedDestination[];
  allowed: AllowedName[];
  /** The daemon answered its health query at the end of the job. */
  daemonAlive: boolean;
  /** Reasons the job must fail regardless of `blocked` (fail closed): e.g. the DNS daemon died. */
  failures: string[];
  /** Things that could not be undone or read; warnings. */
  warnings: string[];
  /** In audit mode: an `allowed-endpoints` input that would let this job pass in block mode. */
  suggestedAllowlist?: string;
}

export interface ReportInput {
  mode: EnforcedMode;
  seen: SeenEntry[];
  events: DnsEvent[];
  /** When the `seen` sets were read (ms), to date their entries from the timeout left. */
  readAt: number;
  daemonAlive: boolean;
  userEntries: string[];
  failures: string[];
  warnings: string[];
}

export function buildReport(input: ReportInput): EgressReport {
  const namesByAddress = new Map<string, Set<string>>();
  const allowed = new Map<string, AllowedName>();
  const refusedNames = new Map<string, RefusedDestination>();
  for (const event of input.events) {
    if (event.kind === 'allowed' || event.kind === 'unlisted') {
      for (const address of event.addresses) {
        const names = namesByAddress.get(address) ?? new Set<string>();
        names.add(event.name);
        namesByAddress.set(address, names);
      }
    }
    if (event.kind === 'allowed') {
      const entry = allowed.get(event.name) ?? { name: event.name, count: 0, addresses: [] };
      entry.count++;
      entry.addresses = [...new Set([...entry.addresses, ...event.addresses])];
      allowed.set(event.name, entry);
    } else if (event.kind === 'refused' || event.kind === 'unlisted') {
      const entry = refusedNames.get(event.name) ?? {
        kind: 'name',
        destination: event.name,
        names: [],
        count: 0,
        firstSeen: event.t,
      };
      entry.count++;
      refusedNames.set(event.name, entry);
    }
  }

  const connections: RefusedDestination[] = input.seen.map((s) => {
    const v6 = s.address.includes(':');
    const destination =
      s.port === undefined ? s.address : v6 ? `[${s.address}]:${s.port}` : `${s.address}:${s.port}`;
    return {
      kind: 'connection',
      destination,
      address: s.address,
      ...(s.port !== undefined ? { port: s.port } : {}),
      protocol: s.protocol,
      names: [...(namesByAddress.get(s.address) ?? [])].sort(),
      count: s.packets,
      firstSeen: input.readAt - (SEEN_TIMEOUT - s.timeout) * 1000,
    };
  });
  const refused = [...refusedNames.values(), ...connections].sort(
    (a, b) => (a.firstSeen ?? 0) - (b.firstSeen ?? 0) || byCodeUnit(a.destination, b.destination),
  );

  const report: EgressReport = {
    mode: input.mode,
    blocked: input.mode === 'block' ? refused : [],
    audited: input.mode === 'audit' ? refused : [],
    allowed: [...allowed.values()].sort((a, b) => byCodeUnit(a.name, b.name)),
    daemonAlive: input.daemonAlive,
    failures: input.failures,
    warnings: input.warnings,
  };
  if (input.mode === 'audit') report.suggestedAllowlist = suggestAllowlist(input.userEntries, refused);
  return report;
}

/** The user's entries plus every refused name, and the addresses no name accounts for. */
export function suggestAllowlist(
  userEntries: readonly string[],
  refused: readonly RefusedDestination[],
): string {
  const entries = new Set(userEntries);
  const named = new Set(refused.filter((r) => r.kind === 'name').map((r) => r.destination));
  for (const name of named) entries.add(name);
  for (const r of refused) {
    if (r.kind !== 'connection' || !r.address) continue;
    // An address reached through a name is covered by allowing the name.
    if (r.names.some((n) => named.has(n))) continue;
    const parsed = parseEndpoint(
      r.port !== undefined
        ? r.address.includes(':')
          ? `[${r.address}]:${r.port}`
          : `${r.address}:${r.port}`
        : r.address,
    );
    if (!('error' in parsed)) entries.add(formatEndpoint(parsed));
  }
  return ['allowed-endpoints: |', ...[...entries].map((e) => `  ${e}`)].join('\n');
}
