/**
 * `scope: repository` and `exfil-guard scan OWNER/REPO[@REF]`: every workflow and local action of a repository
 * at one commit, through the API (or a local checkout), plus the indicator-of-compromise checks.
 */
import type { ScanResult } from '../analysis/api.js';
import { scanFiles } from '../analysis/engine.js';
import type { Finding } from '../analysis/types.js';
import type { GitHubClient } from '../github/types.js';
import type { Policy } from '../policy/types.js';
import { collectRepositoryFiles, localActionReader, type CollectedFiles } from './collect.js';
import {
  defaultIocs,
  iocFindings,
  matchDestinations,
  matchHostsInFile,
  matchRepository,
  matchWorkflowFile,
  type IocMatch,
  type IocSet,
} from './ioc.js';
import { applyPolicy } from './scan-rules.js';
import { apiFileSource, type FileSource } from './source.js';

export interface RepoScanResult extends ScanResult {
  /** `owner/repo`, or the directory for a local scan. */
  repository: string;
  /** The ref that was read (the default branch when none was given). */
  ref: string;
  /** Indicator matches; each also appears in `findings` under an `ioc-*` rule. */
  iocs: IocMatch[];
  /** The text of each file read, by path, for showing source lines. */
  sources: Map<string, string>;
}

export interface RepoScanOptions {
  /** Indicators to check; defaults to data/ioc.json. Pass `false` to skip the checks. */
  iocs?: IocSet | false;
  /** The GitHub Enterprise Server host, treated as GitHub by the engine. */
  githubHost?: string;
}

export async function scanRepository(
  client: GitHubClient,
  repo: string,
  ref: string | undefined,
  policy: Policy,
  options: RepoScanOptions = {},
): Promise<RepoScanResult> {
  const at = ref ?? (await client.getRepo(repo)).defaultBranch;
  return scanFileSource(apiFileSource(client, repo, at), policy, { ...options, repository: repo, ref: at });
}

/** The same scan over any file source, e.g. `fsFileSource(dir)` for a local checkout. */
export async function scanFileSource(
  source: FileSource,
  policy: Policy,
  options: RepoScanOptions & { repository?: string; ref?: string } = {},
): Promise<RepoScanResult> {
  const files = await collectRepositoryFiles(source);
  const engine = await analyse(source, files, policy, options.githubHost);
  const repository = options.repository ?? source.label;
  const iocs =
    options.iocs === false
      ? []
      : checkIocs(options.iocs ?? defaultIocs(), files, engine.findings, options.repository);
  return {
    repository,
    ref: options.ref ?? '',
    files: engine.files,
    findings: [...engine.findings, ...applyPolicy(iocFindings(iocs), policy)],
    iocs,
    sources: files.texts,
  };
}

/** The engine over collected files, resolving `uses: ./…` from the same source. */
export async function analyse(
  source: FileSource,
  files: CollectedFiles,
  policy: Policy,
  githubHost?: string,
): Promise<ScanResult> {
  if (files.inputs.length === 0) return { files: [], findings: [] };
  return scanFiles(files.inputs, policy, {
    readLocalAction: localActionReader(source, files.texts),
    ...(githubHost ? { githubHost } : {}),
  });
}

/** Every indicator check over the collected files (and the repository's own name, when known). */
export function checkIocs(
  iocs: IocSet,
  files: CollectedFiles,
  findings: Finding[],
  repository?: string,
): IocMatch[] {
  const matches: IocMatch[] = repository ? matchRepository(iocs, repository) : [];
  for (const [path, text] of files.texts) {
    if (files.workflows.includes(path)) matches.push(...matchWorkflowFile(iocs, path, text));
    matches.push(...matchHostsInFile(iocs, path, text));
  }
  matches.push(...matchDestinations(iocs, findings, matches));
  return matches;
}
