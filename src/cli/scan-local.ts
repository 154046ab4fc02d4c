/**
 * Scans files on disk with the engine: reads them as bytes (the engine decodes strictly), resolves local
 * composite actions against each file's root, and turns unreadable files into per-file errors.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { ScanInput, ScanResult } from '../analysis/api.js';
import { scanFiles, type ScanOptions } from '../analysis/engine.js';
import type { Policy } from '../policy/types.js';
import type { TargetFile } from './expand.js';

/** Larger files are refused before reading: no workflow is anywhere near this. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export async function scanTargets(
  files: readonly TargetFile[],
  policy: Policy,
  options: Pick<ScanOptions, 'jobs'> = {},
): Promise<ScanResult> {
  const order = new Map(files.map((f, i) => [f.path, i]));
  const byRoot = new Map<string, TargetFile[]>();
  for (const f of files) byRoot.set(f.root, [...(byRoot.get(f.root) ?? []), f]);

  const result: ScanResult = { files: [], findings: [] };
  for (const [root, group] of byRoot) {
    const inputs: ScanInput[] = [];
    for (const f of group) {
      const content = await readTarget(f);
      if (typeof content === 'string') result.files.push({ path: f.path, error: content });
      else inputs.push({ path: f.path, content });
    }
    if (inputs.length === 0) continue;
    const r = await scanFiles(inputs, policy, { ...options, readLocalAction: localActionReader(root) });
    result.files.push(...r.files);
    result.findings.push(...r.findings);
  }
  result.files.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  return result;
}

/** The bytes of a file, or a one-line `path: reason` when it cannot be read. */
async function readTarget(f: TargetFile): Promise<Uint8Array | string> {
  try {
    const info = await stat(f.abs);
    if (info.size > MAX_FILE_BYTES)
      return `${f.path}: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`;
    return await readFile(f.abs);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return `${f.path}: cannot read (${err.code ?? err.message})`;
  }
}

/** `uses: ./path` → root/path/action.yml (or .yaml); null when absent or outside the root. */
export function localActionReader(root: string): (path: string) => Promise<string | null> {
  return async (path) => {
    const dir = resolve(root, path);
    const rel = relative(root, dir);
    if (rel.startsWith('..') || rel.split(sep).includes('..')) return null;
    for (const name of ['action.yml', 'action.yaml']) {
      try {
        return await readFile(join(dir, name), 'utf8');
      } catch {
        // try the next name
      }
    }
    return null;
  };
}
