/** In-memory file sources for the unit tests: one revision, or several by ref. */
import type { ChangedFile } from '../../src/github/types.js';
import type { DirEntry, FileSource, RevisionSource } from '../../src/scan/source.js';

export function memorySource(
  files: Record<string, string>,
  label = 'memory',
  reads: string[] = [],
): FileSource {
  return {
    label,
    readFile(path) {
      reads.push(path);
      return Promise.resolve(files[path] ?? null);
    },
    listDir(path) {
      const prefix = path === '' ? '' : `${path}/`;
      const entries = new Map<string, DirEntry>();
      for (const file of Object.keys(files)) {
        if (!file.startsWith(prefix)) continue;
        const [name = '', ...rest] = file.slice(prefix.length).split('/');
        entries.set(name, { name, path: `${prefix}${name}`, type: rest.length === 0 ? 'file' : 'dir' });
      }
      return Promise.resolve(entries.size === 0 ? null : [...entries.values()]);
    },
  };
}

export function memoryRevisions(
  repository: string,
  revisions: Record<string, Record<string, string>>,
  reads: string[] = [],
): RevisionSource {
  return {
    repository,
    at: (ref) => memorySource(revisions[ref] ?? {}, `${repository}@${ref}`, reads),
    compare(base, head) {
      const a = revisions[base] ?? {};
      const b = revisions[head] ?? {};
      const out: ChangedFile[] = [];
      for (const [path, text] of Object.entries(b)) {
        if (!(path in a)) out.push({ path, status: 'added' });
        else if (a[path] !== text) out.push({ path, status: 'modified' });
      }
      for (const path of Object.keys(a)) if (!(path in b)) out.push({ path, status: 'removed' });
      return Promise.resolve(out);
    },
  };
}
