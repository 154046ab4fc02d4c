/**
 * `exfil-guard scan --org ORG`: every repository of an organisation, a bounded number at a time. Archived and
 * empty repositories are skipped and say so; a repository that fails is recorded and the sweep goes on. Retries
 * and rate limits are the client's business.
 */
import { GitHubApiError, type GitHubClient, type RepoInfo } from '../github/types.js';
import type { Policy } from '../policy/types.js';
import { defaultIocs, iocFindings, matchRepository, type IocSet } from './ioc.js';
import { mapPool } from './pool.js';
import { scanRepository, type RepoScanResult } from './repository.js';
import { applyPolicy } from './scan-rules.js';

export const DEFAULT_CONCURRENCY = 8;

export interface SweepOptions {
  policy: Policy;
  /** Repositories scanned at once (default 8). */
  concurrency?: number;
  onProgress?: (event: SweepProgress) => void;
  /** Indicators to check; defaults to data/ioc.json; `false` skips them. */
  iocs?: IocSet | false;
  /** Scan archived repositories too (default: skip them). */
  includeArchived?: boolean;
  /** The GitHub Enterprise Server host, treated as GitHub by the engine. */
  githubHost?: string;
}

export type SweepProgress =
  | { phase: 'listing'; listed: number }
  | { phase: 'scanning'; done: number; total: number; repository: string; status: SweepEntry['status'] };

export interface SweepEntry {
  repository: string;
  status: 'scanned' | 'skipped' | 'failed';
  /** Why it was skipped (`archived`, `empty`) or what failed (one line). */
  reason?: string;
  /** Always present; empty for skipped and failed repositories apart from repository-name indicators. */
  result: RepoScanResult;
}

export interface SweepResult {
  organisation: string;
  concurrency: number;
  entries: SweepEntry[];
  counts: { listed: number; scanned: number; skipped: number; failed: number };
}

export async function sweepOrganisation(
  client: GitHubClient,
  org: string,
  options: SweepOptions,
): Promise<SweepResult> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const iocs = options.iocs === false ? null : (options.iocs ?? defaultIocs());
  const repos: RepoInfo[] = [];
  for await (const repo of client.listOrgRepos(org)) {
    repos.push(repo);
    options.onProgress?.({ phase: 'listing', listed: repos.length });
  }

  let done = 0;
  const entries = await mapPool(repos, concurrency, async (repo): Promise<SweepEntry> => {
    const entry = await sweepOne(client, repo, options, iocs);
    done++;
    options.onProgress?.({
      phase: 'scanning',
      done,
      total: repos.length,
      repository: repo.fullName,
      status: entry.status,
    });
    return entry;
  });
  const count = (s: SweepEntry['status']): number => entries.filter((e) => e.status === s).length;
  return {
    organisation: org,
    concurrency,
    entries,
    counts: {
      listed: repos.length,
      scanned: count('scanned'),
      skipped: count('skipped'),
      failed: count('failed'),
    },
  };
}

async function sweepOne(
  client: GitHubClient,
  repo: RepoInfo,
  options: SweepOptions,
  iocs: IocSet | null,
): Promise<SweepEntry> {
  const repository = repo.fullName;
  const nameOnly = (): RepoScanResult => {
    const matches = iocs ? matchRepository(iocs, repository) : [];
    return {
      repository,
      ref: repo.defaultBranch,
      files: [],
      findings: applyPolicy(iocFindings(matches), options.policy),
      iocs: matches,
      sources: new Map(),
    };
  };
  if (repo.archived && !options.includeArchived) {
    return { repository, status: 'skipped', reason: 'archived', result: nameOnly() };
  }
  if (repo.empty) return { repository, status: 'skipped', reason: 'empty', result: nameOnly() };
  try {
    const result = await scanRepository(client, repository, repo.defaultBranch, options.policy, {
      iocs: iocs ?? false,
      ...(options.githubHost ? { githubHost: options.githubHost } : {}),
    });
    return { repository, status: 'scanned', result };
  } catch (error) {
    // Bad credentials fail every repository alike: stop instead of printing the same error a thousand times.
    if (error instanceof GitHubApiError && error.status === 401) throw error;
    const reason = error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error);
    return { repository, status: 'failed', reason, result: nameOnly() };
  }
}
