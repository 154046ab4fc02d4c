/**
 * The decision rules use: may this secret reach this destination? The user's lists come first (input, file,
 * job, secret), then the built-in affinity. A destination that could not be determined is `unknown`, never
 * silently trusted.
 */
import type { Verdict } from '../analysis/types.js';
import { affinityAllows } from './affinity.js';
import { findMatch, formatEndpoint } from './endpoint.js';
import { isWholeContext, nameMatches } from './names.js';
import type { Endpoint, Policy } from './types.js';

export interface JudgeQuery {
  /** A secret name, or one of SYNTHETIC_SECRETS (`GITHUB_TOKEN`, `secrets (all)`, `environment (all)`, `OIDC token`). */
  secret: string;
  /** The job id, or null outside a job (a composite action analysed on its own). */
  job: string | null;
  /** The destination host or IP; null when it could not be determined statically. */
  host: string | null;
  port?: number;
  /** The host of GITHUB_SERVER_URL when it is not github.com (GHES, GHE.com). */
  githubServerHost?: string;
}

export interface Judgement {
  verdict: Verdict;
  /** Which entry allowed it: `input: allowed-endpoints → x`, `config: jobs.deploy → x`, `affinity: PYPI_* → x`. */
  allowedBy?: string;
}

export function judgeDestination(policy: Policy, query: JudgeQuery): Judgement {
  const { secret, job, host, port } = query;
  if (host === null || host.trim() === '') return { verdict: 'unknown' };

  const by = (list: readonly Endpoint[], fallback: string): string | undefined => {
    const match = findMatch(list, host, port);
    return match ? `${policy.origins?.get(match) ?? fallback} → ${formatEndpoint(match)}` : undefined;
  };

  const allowedBy =
    by(policy.global, 'policy: allowed-endpoints') ??
    (job !== null ? by(policy.jobs.get(job) ?? [], `policy: jobs.${job}`) : undefined) ??
    secretEntry(policy, secret, by) ??
    affinity(policy, query);
  return allowedBy ? { verdict: 'allowed', allowedBy } : { verdict: 'denied' };
}

function secretEntry(
  policy: Policy,
  secret: string,
  by: (list: readonly Endpoint[], fallback: string) => string | undefined,
): string | undefined {
  if (isWholeContext(secret)) return undefined;
  for (const entry of policy.secrets) {
    if (!nameMatches(entry.pattern, secret)) continue;
    const found = by(entry.endpoints, `policy: secrets.${entry.pattern}`);
    if (found) return found;
  }
  return undefined;
}

function affinity(policy: Policy, query: JudgeQuery): string | undefined {
  if (!policy.affinity || query.host === null) return undefined;
  const match = affinityAllows(
    query.secret,
    query.host,
    query.port,
    query.githubServerHost ? { githubServerHost: query.githubServerHost } : {},
  );
  return match ? `affinity: ${match.pattern} → ${match.endpoint}` : undefined;
}

/**
 * Several secrets reaching one destination: denied when any one is denied, unknown when the destination is, and
 * otherwise allowed (with each secret's reason).
 */
export function judgeSecrets(
  policy: Policy,
  query: Omit<JudgeQuery, 'secret'> & { secrets: readonly string[] },
): Judgement & { denied: string[] } {
  const { secrets, ...rest } = query;
  if (rest.host === null || rest.host.trim() === '') return { verdict: 'unknown', denied: [] };
  const reasons: string[] = [];
  const denied: string[] = [];
  for (const secret of secrets) {
    const j = judgeDestination(policy, { ...rest, secret });
    if (j.verdict === 'allowed' && j.allowedBy)
      reasons.push(secrets.length > 1 ? `${secret}: ${j.allowedBy}` : j.allowedBy);
    else denied.push(secret);
  }
  if (denied.length > 0) return { verdict: 'denied', denied };
  return reasons.length > 0
    ? { verdict: 'allowed', allowedBy: reasons.join('; '), denied }
    : { verdict: 'allowed', denied };
}
