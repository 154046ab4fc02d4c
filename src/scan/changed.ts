/**
 * `scope: changed`: scan only the workflow and action files a change adds or modifies, at the head and at the
 * base, and report what the change introduces. Findings are compared by fingerprint (stable across line
 * shifts), so a finding the base already had, and perhaps accepted, is not raised again as new.
 *
 * Files are read through a RevisionSource (the API at a commit): the pull request's code is never checked out
 * or run, which is what makes this safe in `pull_request_target` and ruleset (required) workflows.
 */
import { posix } from 'node:path';
import type { ScanInput } from '../analysis/api.js';
import { scanFiles } from '../analysis/engine.js';
import type { Finding } from '../analysis/types.js';
import { GitHubApiError, type ChangedFile } from '../github/types.js';
import type { Policy } from '../policy/types.js';
import { UserError } from '../errors.js';
import { WORKFLOW_DIR, isActionPath, isWorkflowPath, localActionDirs, localActionReader } from './collect.js';
import {
  defaultIocs,
  iocFindings,
  matchDestinations,
  matchHostsInFile,
  matchWorkflowFile,
  type IocMatch,
  type IocSet,
} from './ioc.js';
import type { RepoScanResult } from './repository.js';
import { addedWorkflowFinding, applyPolicy, secretAddedFinding } from './scan-rules.js';
import { secretReferences } from './secret-refs.js';
import { cleanPath, type FileSource, type RevisionSource } from './source.js';

export interface ChangeSpec {
  /** The commit the change is compared with; null when there is none (a new branch, the first push). */
  base: string | null;
  head: string;
  /** From the event payload; when absent the source's compare API is asked. */
  changedFiles?: ChangedFile[];
}

export interface ChangedScanResult {
  /** The scan at head of the files that were scanned (the changed ones, plus workflows using a changed action). */
  result: RepoScanResult;
  /** Findings present at head and not at base. */
  introduced: Finding[];
  /** Head paths scanned. Empty when the change touches no workflow or action file. */
  scanned: string[];
  /**
   * Where the list of changed files came from: the caller, the compare API, or, when the compare API cannot
   * relate the commits (a force-push, a fork's commit), every workflow at head compared with its base version.
   */
  listing: 'given' | 'compare' | 'every-workflow';
  base: string | null;
  head: string;
}

/** Statuses whose head version is new content worth scanning. */
const CONTENT_CHANGED = new Set<ChangedFile['status']>(['added', 'modified', 'renamed', 'copied', 'changed']);

export async function scanChanged(
  source: RevisionSource,
  change: ChangeSpec,
  policy: Policy,
  options: { iocs?: IocSet | false; githubHost?: string } = {},
): Promise<ChangedScanResult> {
  const headSource = source.at(change.head);
  const baseSource = change.base ? source.at(change.base) : null;
  const { files: changed, listing } = change.changedFiles
    ? { files: change.changedFiles, listing: 'given' as const }
    : await compareFiles(source, change, headSource);

  const relevant = new Map<string, ChangedFile>();
  for (const file of changed) {
    const path = cleanPath(file.path);
    if (CONTENT_CHANGED.has(file.status) && (isWorkflowPath(path) || isActionPath(path))) {
      relevant.set(path, { ...file, path });
    }
  }
  // A changed local action changes what every workflow using it does: scan those workflows too.
  const changedActionDirs = [...relevant.keys()].filter(isActionPath).map((p) => posix.dirname(p));
  if (changedActionDirs.length > 0) {
    for (const path of await workflowsUsing(headSource, changedActionDirs)) {
      if (!relevant.has(path)) relevant.set(path, { path, status: 'unchanged' });
    }
  }

  const empty: RepoScanResult = {
    repository: source.repository,
    ref: change.head,
    files: [],
    findings: [],
    iocs: [],
    sources: new Map(),
  };
  if (relevant.size === 0)
    return { result: empty, introduced: [], scanned: [], listing, base: change.base, head: change.head };

  // Both sides under the head path, so that a renamed file's findings keep their fingerprints.
  const files = [...relevant.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  const sides = await Promise.all(
    files.map(async (file) => ({
      file,
      head: await headSource.readFile(file.path),
      base:
        baseSource && activeAtBase(file) ? await baseSource.readFile(file.previousPath ?? file.path) : null,
    })),
  );
  const present = sides.filter((s): s is typeof s & { head: string } => s.head !== null);
  const headInputs: ScanInput[] = present.map((s) => ({ path: s.file.path, content: s.head }));
  const baseInputs: ScanInput[] = present.flatMap((s) =>
    s.base === null ? [] : [{ path: s.file.path, content: s.base }],
  );

  const iocs = options.iocs === false ? null : (options.iocs ?? defaultIocs());
  const [headSide, baseSide] = await Promise.all([
    analyseSide(headSource, headInputs, policy, iocs, options.githubHost),
    baseSource
      ? analyseSide(baseSource, baseInputs, policy, iocs, options.githubHost)
      : { findings: [], files: [], iocs: [] },
  ]);

  // What the engine cannot see from one revision: a new workflow holding secrets, a secret newly read.
  const delta: Finding[] = [];
  for (const side of present) {
    const refs = secretReferences(side.head);
    if (side.base === null) {
      if (isWorkflowPath(side.file.path) && refs.length > 0)
        delta.push(addedWorkflowFinding(side.file.path, refs));
      continue;
    }
    const before = new Set(secretReferences(side.base).map((r) => r.name));
    for (const ref of refs) if (!before.has(ref.name)) delta.push(secretAddedFinding(side.file.path, ref));
  }

  const headFindings = [...headSide.findings, ...applyPolicy(delta, policy)];
  return {
    result: {
      repository: source.repository,
      ref: change.head,
      files: headSide.files,
      findings: headFindings,
      iocs: headSide.iocs,
      sources: new Map(headInputs.map((i) => [i.path, String(i.content)])),
    },
    introduced: introducedFindings(headFindings, baseSide.findings),
    scanned: present.map((s) => s.file.path),
    listing,
    base: change.base,
    head: change.head,
  };
}

/**
 * Whether the base version of a file ran as the same kind of file. A copy is a new workflow; a file moved into
 * `.github/workflows/` from elsewhere did not run before, so everything in it is new.
 */
function activeAtBase(file: ChangedFile): boolean {
  if (file.status === 'added' || file.status === 'copied') return false;
  const before = cleanPath(file.previousPath ?? file.path);
  return isWorkflowPath(file.path) ? isWorkflowPath(before) : isActionPath(before);
}

/** Head findings whose fingerprint the base does not have (as many times). */
export function introducedFindings(head: Finding[], base: Finding[]): Finding[] {
  const remaining = new Map<string, number>();
  for (const f of base) remaining.set(f.fingerprint, (remaining.get(f.fingerprint) ?? 0) + 1);
  return head.filter((f) => {
    const left = remaining.get(f.fingerprint) ?? 0;
    if (left === 0) return true;
    remaining.set(f.fingerprint, left - 1);
    return false;
  });
}

async function analyseSide(
  source: FileSource,
  inputs: ScanInput[],
  policy: Policy,
  iocs: IocSet | null,
  githubHost: string | undefined,
): Promise<{ findings: Finding[]; files: RepoScanResult['files']; iocs: IocMatch[] }> {
  if (inputs.length === 0) return { findings: [], files: [], iocs: [] };
  const texts = new Map(inputs.map((i) => [i.path, String(i.content)]));
  const engine = await scanFiles(inputs, policy, {
    readLocalAction: localActionReader(source, texts),
    ...(githubHost ? { githubHost } : {}),
  });
  const matches: IocMatch[] = [];
  if (iocs) {
    for (const [path, text] of texts) {
      if (isWorkflowPath(path)) matches.push(...matchWorkflowFile(iocs, path, text));
      matches.push(...matchHostsInFile(iocs, path, text));
    }
    matches.push(...matchDestinations(iocs, engine.findings, matches));
  }
  return {
    findings: [...engine.findings, ...applyPolicy(iocFindings(matches), policy)],
    files: engine.files,
    iocs: matches,
  };
}

async function compareFiles(
  source: RevisionSource,
  change: ChangeSpec,
  head: FileSource,
): Promise<{ files: ChangedFile[]; listing: ChangedScanResult['listing'] }> {
  if (!change.base) {
    throw new UserError(
      'scope: changed: the event names no base commit and no changed files; use scope: repository for this event',
    );
  }
  if (source.compare) {
    try {
      return { files: await source.compare(change.base, change.head), listing: 'compare' };
    } catch (error) {
      // 404 here means one of the commits is unknown to the compare API (the client has already checked
      // that the repository itself is readable); anything else is a real failure.
      if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
    }
  }
  const entries = (await head.listDir(WORKFLOW_DIR)) ?? [];
  const files = entries
    .filter((e) => e.type === 'file' && isWorkflowPath(e.path))
    .map((e): ChangedFile => ({ path: cleanPath(e.path), status: 'changed' }));
  return { files, listing: 'every-workflow' };
}

/** Workflows (at head) that use one of the given local action directories. */
async function workflowsUsing(source: FileSource, actionDirs: string[]): Promise<string[]> {
  const entries = (await source.listDir(WORKFLOW_DIR)) ?? [];
  const workflows = entries
    .filter((e) => e.type === 'file' && isWorkflowPath(e.path))
    .map((e) => cleanPath(e.path));
  const texts = await Promise.all(
    workflows.map(async (path) => ({ path, text: await source.readFile(path) })),
  );
  const dirs = new Set(actionDirs.map((d) => (d === '.' ? '' : d)));
  return texts
    .filter(({ text }) => text !== null && localActionDirs(text).some((d) => dirs.has(d)))
    .map(({ path }) => path);
}
