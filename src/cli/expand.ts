/**
 * Command-line paths → the files to scan. A directory means its `.github/workflows/*.yml|yaml` (GitHub reads only
 * that folder's top level) and every `action.yml|yaml` below it, skipping node_modules and .git; a file is taken
 * as is. Each file carries the root that its `uses: ./path` references resolve against.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { byCodeUnit } from '../compare.js';

export interface TargetFile {
  /** Path shown in reports: relative to the working directory when below it. */
  path: string;
  abs: string;
  /** Repository root for local actions (`uses: ./x` → root/x/action.yml). */
  root: string;
}

export interface Expansion {
  files: TargetFile[];
  /** Arguments that name nothing on disk, with the reason. */
  problems: string[];
}

const SKIP = new Set(['node_modules', '.git']);
const WORKFLOW = /\.ya?ml$/;
const ACTION = /^action\.ya?ml$/;

export async function expandPaths(args: readonly string[], cwd: string): Promise<Expansion> {
  const files: TargetFile[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (abs: string, root: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ path: display(abs, cwd), abs, root });
  };

  for (const arg of args) {
    const abs = isAbsolute(arg) ? arg : resolve(cwd, arg);
    const info = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      problems.push(
        `${arg}: ${info.code === 'ENOENT' ? 'no such file or directory' : (info.code ?? info.message)}`,
      );
      continue;
    }
    if (info.isFile()) {
      add(abs, repoRootOf(abs));
      continue;
    }
    const before = files.length;
    const workflows = join(abs, '.github', 'workflows');
    const entries = await readdir(workflows, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
      // Symlinks are listed too: a broken one is then reported as unreadable rather than skipped silently.
      if ((e.isFile() || e.isSymbolicLink()) && WORKFLOW.test(e.name)) add(join(workflows, e.name), abs);
    }
    for (const action of await findActions(abs)) add(action, abs);
    if (files.length === before) {
      problems.push(`${arg}: no .github/workflows/*.yml or action.yml in this directory`);
    }
  }
  return { files, problems };
}

/** Every action.yml/action.yaml below `dir`, in a stable order; symlinked directories are not followed. */
async function findActions(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const e of entries) {
    if (e.isFile() && ACTION.test(e.name)) out.push(join(dir, e.name));
  }
  for (const e of entries) {
    if (e.isDirectory() && !SKIP.has(e.name)) out.push(...(await findActions(join(dir, e.name))));
  }
  return out;
}

/** The directory holding `.github` above a file, else the file's own directory. */
export function repoRootOf(file: string): string {
  let dir = dirname(file);
  for (;;) {
    if (existsSync(join(dir, '.github'))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(file);
    dir = up;
  }
}

function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : abs;
}
