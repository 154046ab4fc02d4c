/**
 * Which files a repository scan reads: every workflow directly under `.github/workflows/` (GitHub runs no
 * others), every local action those workflows (and the actions themselves) reference with `uses: ./…`, and the
 * root action.yml of an action repository.
 */
import { posix } from 'node:path';
import type { ScanInput } from '../analysis/api.js';
import { cleanPath, type FileSource } from './source.js';
import type { YNode } from '../workflow/yaml.js';
import { mapEntries, mapGet, parseTree, scalarText, seqItems } from './yaml-nodes.js';

export const WORKFLOW_DIR = '.github/workflows';
/** Local actions followed per repository: a cycle or a generated tree must not turn into thousands of reads. */
const MAX_LOCAL_ACTIONS = 100;

export function isWorkflowPath(path: string): boolean {
  const clean = cleanPath(path);
  return posix.dirname(clean) === WORKFLOW_DIR && /\.ya?ml$/i.test(clean);
}

export function isActionPath(path: string): boolean {
  return /^action\.ya?ml$/.test(posix.basename(cleanPath(path)));
}

/**
 * Local action directories a workflow or action file references (`uses: ./path` → `path`), in order. Paths
 * that climb out of the repository are dropped: they cannot be read through the API either.
 */
export function localActionDirs(text: string): string[] {
  const tree = parseTree(text);
  if (!tree) return [];
  const steps: YNode[] = [];
  for (const [, job] of mapEntries(mapGet(tree.root, 'jobs'))) steps.push(...seqItems(mapGet(job, 'steps')));
  steps.push(...seqItems(mapGet(mapGet(tree.root, 'runs'), 'steps')));
  const dirs: string[] = [];
  for (const step of steps) {
    const uses = scalarText(mapGet(step, 'uses'))?.trim();
    if (!uses?.startsWith('./')) continue;
    const dir = cleanPath(uses);
    if (dir.split('/').includes('..') || dirs.includes(dir)) continue;
    dirs.push(dir);
  }
  return dirs;
}

/** The action.yml (or action.yaml) of a directory, or its own path when `dir` already names the file. */
export async function readActionFile(
  source: FileSource,
  dir: string,
): Promise<{ path: string; text: string } | null> {
  const clean = cleanPath(dir);
  const candidates = isActionPath(clean)
    ? [clean]
    : [posix.join(clean || '.', 'action.yml'), posix.join(clean || '.', 'action.yaml')].map(cleanPath);
  for (const path of candidates) {
    const text = await source.readFile(path);
    if (text !== null) return { path, text };
  }
  return null;
}

/** The engine's `readLocalAction`, answered from the same source (and each file read once). */
export function localActionReader(
  source: FileSource,
  known: Map<string, string> = new Map(),
): (path: string) => Promise<string | null> {
  const pending = new Map<string, Promise<string | null>>();
  return (path) => {
    const dir = cleanPath(path);
    let answer = pending.get(dir);
    if (!answer) {
      const cached = [dir, posix.join(dir, 'action.yml'), posix.join(dir, 'action.yaml')].find((p) =>
        known.has(p),
      );
      answer =
        cached !== undefined
          ? Promise.resolve(known.get(cached) ?? null)
          : readActionFile(source, dir).then((f) => f?.text ?? null);
      pending.set(dir, answer);
    }
    return answer;
  };
}

export interface CollectedFiles {
  /** Workflows first, then actions; `path` is repository-relative. */
  inputs: ScanInput[];
  /** The same texts by path (for the engine's local-action reader, IoC checks and showing source lines). */
  texts: Map<string, string>;
  workflows: string[];
  actions: string[];
  /** `uses: ./dir` references whose action.yml does not exist at this revision. */
  missingActions: { from: string; dir: string }[];
}

/** Every workflow and local action of the repository at the source's revision. */
export async function collectRepositoryFiles(source: FileSource): Promise<CollectedFiles> {
  // The root listing tells whether there is a root action without probing (and 404ing) for both spellings.
  const [entries, root] = await Promise.all([source.listDir(WORKFLOW_DIR), source.listDir('')]);
  const workflowPaths = (entries ?? [])
    .filter((e) => e.type === 'file' && isWorkflowPath(e.path))
    .map((e) => cleanPath(e.path))
    .sort();
  const rootAction = (root ?? []).find((e) => e.type === 'file' && isActionPath(e.name));
  return collectFiles(source, rootAction ? [...workflowPaths, cleanPath(rootAction.path)] : workflowPaths);
}

/**
 * The given files plus the local actions they reference, transitively. Missing files are left out (a listed
 * workflow can vanish between listing and reading, and a changed file may not exist on one side).
 */
export async function collectFiles(
  source: FileSource,
  paths: string[],
  options: { followActions?: boolean } = {},
): Promise<CollectedFiles> {
  const texts = new Map<string, string>();
  const workflows: string[] = [];
  const actions: string[] = [];
  const missingActions: { from: string; dir: string }[] = [];
  const read = await Promise.all(paths.map(async (path) => ({ path, text: await source.readFile(path) })));
  const queue: { from: string; dir: string }[] = [];
  for (const { path, text } of read) {
    if (text === null || texts.has(path)) continue;
    texts.set(path, text);
    (isWorkflowPath(path) ? workflows : actions).push(path);
    if (options.followActions !== false)
      queue.push(...localActionDirs(text).map((dir) => ({ from: path, dir })));
  }

  const seenDirs = new Set<string>();
  while (queue.length > 0 && seenDirs.size < MAX_LOCAL_ACTIONS) {
    // One level at a time, in parallel: local actions rarely nest deeper than two.
    const level = queue.splice(0).filter(({ dir }) => !seenDirs.has(dir) && (seenDirs.add(dir), true));
    const found = await Promise.all(
      level.map(async (ref) => ({ ref, file: await readActionFile(source, ref.dir) })),
    );
    for (const { ref, file } of found) {
      if (!file) {
        missingActions.push(ref);
        continue;
      }
      if (texts.has(file.path)) continue;
      texts.set(file.path, file.text);
      actions.push(file.path);
      if (options.followActions !== false) {
        queue.push(...localActionDirs(file.text).map((dir) => ({ from: file.path, dir })));
      }
    }
  }
  const inputs = [...workflows, ...actions].map((path) => ({ path, content: texts.get(path) ?? '' }));
  return { inputs, texts, workflows, actions, missingActions };
}
