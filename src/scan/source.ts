/**
 * Where a scan reads files from: the GitHub API at a commit (no checkout, so no pull request code ever lands on
 * the runner) or a local directory. Scans only ever see this interface.
 */
import { lstat, readFile, readdir, realpath } from 'node:fs/promises';
import { posix, resolve, sep } from 'node:path';
import type { ChangedFile, GitHubClient } from '../github/types.js';

export interface DirEntry {
  name: string;
  /** Repository-relative, `/`-separated. */
  path: string;
  type: 'file' | 'dir' | 'other';
}

/** Files of one repository at one revision. Paths are repository-relative and `/`-separated. */
export interface FileSource {
  /** For messages: `owner/repo@sha` or the directory. */
  readonly label: string;
  /** Null when the file does not exist (or is a directory). */
  readFile(path: string): Promise<string | null>;
  /** Null when the directory does not exist. */
  listDir(path: string): Promise<DirEntry[] | null>;
}

/** A repository at any revision: what a changed-files scan needs to read both sides of a change. */
export interface RevisionSource {
  readonly repository: string;
  at(ref: string): FileSource;
  /** Files changed between two commits, when the source can tell (the compare API). */
  compare?(base: string, head: string): Promise<ChangedFile[]>;
}

export function apiFileSource(client: GitHubClient, repo: string, ref: string): FileSource {
  return {
    label: `${repo}@${ref}`,
    readFile: (path) => client.getFile(repo, cleanPath(path), ref),
    async listDir(path) {
      const entries = await client.listDir(repo, cleanPath(path), ref);
      return entries?.map((e) => ({ name: e.name, path: e.path, type: entryType(e.type) })) ?? null;
    },
  };
}

export function apiRevisionSource(client: GitHubClient, repo: string): RevisionSource {
  return {
    repository: repo,
    at: (ref) => apiFileSource(client, repo, ref),
    compare: (base, head) => client.compare(repo, base, head),
  };
}

/** A local checkout. Reads never leave `root`: `..` and symlinks pointing outside it read as missing. */
export function fsFileSource(root: string): FileSource {
  const base = resolve(root);
  let realBase: Promise<string> | undefined;
  async function inside(path: string): Promise<string | null> {
    const rel = cleanPath(path);
    if (rel.split('/').includes('..')) return null;
    const full = resolve(base, rel);
    try {
      const [real, top] = await Promise.all([realpath(full), (realBase ??= realpath(base))]);
      return real === top || real.startsWith(top + sep) ? real : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
  return {
    label: base,
    async readFile(path) {
      const full = await inside(path);
      if (!full) return null;
      try {
        if (!(await lstat(full)).isFile()) return null;
        return await readFile(full, 'utf8');
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async listDir(path) {
      const full = await inside(path);
      if (!full) return null;
      try {
        const entries = await readdir(full, { withFileTypes: true });
        const dir = cleanPath(path);
        return entries.map((e) => ({
          name: e.name,
          path: dir === '' ? e.name : `${dir}/${e.name}`,
          type: e.isFile() ? 'file' : e.isDirectory() ? 'dir' : 'other',
        }));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
  };
}

/** `./a//b/` → `a/b`; keeps `..` segments so callers can refuse them. */
export function cleanPath(path: string): string {
  const normal = posix.normalize(path.replace(/\\/g, '/'));
  return normal === '.' ? '' : normal.replace(/^\.\/|^\/+|\/+$/g, '');
}

function entryType(type: string): DirEntry['type'] {
  return type === 'file' ? 'file' : type === 'dir' ? 'dir' : 'other';
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ELOOP';
}
