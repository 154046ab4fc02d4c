/**
 * The policy's share of the egress allowlist for one job. The egress plan adds the runner's own endpoints.
 *
 * Included: the global and job entries, every per-secret entry (the user named those hosts, so they are trusted
 * for traffic), the `egress:` section's network-only entries, and — when affinity is on — the built-in endpoints
 * of every secret the job uses. Trade-off: a secret's issuer is opened to the whole job, not only to the step
 * that holds the secret, because an action may use its token at run time in ways the static analysis cannot see;
 * so a job that uses AWS_* keys may reach all of *.amazonaws.com. Whole-context dumps add nothing.
 */
import { affinityEndpoints, affinityLabelGlobMatches } from './affinity.js';
import { formatEndpoint, normaliseHost } from './endpoint.js';
import type { Endpoint, Policy } from './types.js';

/** A destination the static analysis saw in the job, with the secrets that flow there. */
export interface SeenDestination {
  host: string | null;
  port?: number;
  secrets?: readonly string[];
}

export interface EgressAllowlistOptions {
  /** Secrets the job holds that may not appear in `jobDestinations` (e.g. passed to an uncatalogued action). */
  secrets?: Iterable<string>;
  /** The host of GITHUB_SERVER_URL when it is not github.com. */
  githubServerHost?: string;
}

export function egressAllowlist(
  policy: Policy,
  jobId: string | null,
  jobDestinations: readonly SeenDestination[],
  options: EgressAllowlistOptions = {},
): Endpoint[] {
  const out = new Map<string, Endpoint>();
  const add = (list: readonly Endpoint[] | undefined): void => {
    for (const e of list ?? []) {
      const key = `${e.kind}:${formatEndpoint(e)}`;
      if (!out.has(key)) out.set(key, e);
    }
  };

  add(policy.global);
  if (jobId !== null) add(policy.jobs.get(jobId));
  for (const entry of policy.secrets) add(entry.endpoints);
  add(policy.egress?.global);
  if (jobId !== null) add(policy.egress?.jobs.get(jobId));

  if (policy.affinity) {
    const secrets = new Set<string>(options.secrets ?? []);
    for (const d of jobDestinations) for (const s of d.secrets ?? []) secrets.add(s);
    const affinity = options.githubServerHost ? { githubServerHost: options.githubServerHost } : {};
    for (const secret of secrets) {
      add(affinityEndpoints(secret, affinity));
      // One-label globs (sts.*.amazonaws.com) cannot be entries: allow the concrete hosts seen that match them.
      for (const d of jobDestinations) {
        if (
          d.host !== null &&
          (d.secrets ?? []).includes(secret) &&
          affinityLabelGlobMatches(secret, d.host)
        ) {
          const host = normaliseHost(d.host);
          add([{ kind: 'host', host, wildcard: false, raw: host }]);
        }
      }
    }
  }
  return [...out.values()];
}
