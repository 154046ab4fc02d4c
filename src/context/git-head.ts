/**
 * The commit a checkout's HEAD points at, read from the `.git` files directly: spawning git costs tens of
 * milliseconds and git may not even be installed in a container job. Anything unexpected answers null, and the
 * caller then reads through the API instead.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export async function headCommit(workspace: string): Promise<string | null> {
  const gitDir = await findGitDir(workspace);
  if (!gitDir) return null;
  const head = await text(join(gitDir, 'HEAD'));
  if (head === null) return null;
  if (SHA.test(head)) return head;
  const m = /^ref:\s*(refs\/\S+)$/.exec(head);
  if (!m?.[1]) return null;
  // A linked worktree keeps its HEAD locally but refs in the common directory.
  const common = await text(join(gitDir, 'commondir'));
  const dirs = common === null ? [gitDir] : [gitDir, resolve(gitDir, common)];
  return resolveRef(dirs, m[1], 0);
}

async function findGitDir(workspace: string): Promise<string | null> {
  const dotGit = join(workspace, '.git');
  const pointer = await text(dotGit).catch(() => null);
  if (pointer === null) {
    // A directory (the usual case); readFile on it failed with EISDIR.
    return (await text(join(dotGit, 'HEAD'))) === null ? null : dotGit;
  }
  const m = /^gitdir:\s*(.+)$/.exec(pointer);
  if (!m?.[1]) return null;
  return isAbsolute(m[1]) ? m[1] : resolve(workspace, m[1]);
}

async function resolveRef(dirs: string[], ref: string, depth: number): Promise<string | null> {
  if (depth > 5 || ref.split('/').includes('..')) return null;
  for (const dir of dirs) {
    const loose = await text(join(dir, ref));
    if (loose === null) continue;
    if (SHA.test(loose)) return loose;
    const symbolic = /^ref:\s*(refs\/\S+)$/.exec(loose);
    return symbolic?.[1] ? resolveRef(dirs, symbolic[1], depth + 1) : null;
  }
  for (const dir of dirs) {
    const packed = await text(join(dir, 'packed-refs'));
    if (packed === null) continue;
    for (const line of packed.split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && sha && SHA.test(sha)) return sha;
    }
  }
  return null;
}

/** Trimmed file text, or null when it cannot be read as a file. */
async function text(path: string): Promise<string | null> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    return null;
  }
}
