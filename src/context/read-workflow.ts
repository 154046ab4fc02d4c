/**
 * Reads the running workflow (and the local actions it uses): from the workspace when it is checked out at the
 * workflow's commit, otherwise through the contents API at that commit, never at a branch name, which could have
 * moved since the run started. Every failure is a one-line error that names the fix.
 */
import { lstat, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { UserError } from '../errors.js';
import { GitHubApiError, type GitHubClient } from '../github/types.js';
import { headCommit } from './git-head.js';
import type { ReadFile, WorkflowLocation } from './types.js';

export interface ReadContext {
  /** GITHUB_WORKSPACE. */
  workspace: string;
  /** Null when no token is available: only the workspace can be read. */
  client: GitHubClient | null;
  /** GITHUB_REPOSITORY: what `actions/checkout` puts in the workspace by default. */
  repository?: string;
  /** GITHUB_SHA: the commit local actions are read at when the workflow lives in another repository. */
  sha?: string;
}

const FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

/** True when the workspace is a checkout whose HEAD is `sha`. */
export async function workspaceAt(workspace: string, sha: string): Promise<boolean> {
  if (!FULL_SHA.test(sha)) return false;
  return (await headCommit(workspace))?.toLowerCase() === sha.toLowerCase();
}

export async function readWorkflow(location: WorkflowLocation, ctx: ReadContext): Promise<ReadFile> {
  const label = `${location.repository}/${location.path}${location.sha ? `@${location.sha.slice(0, 7)}` : ''}`;
  const here = ctx.repository === undefined || sameRepo(ctx.repository, location.repository);
  if (here && (await workspaceAt(ctx.workspace, location.sha))) {
    const text = await readWorkspaceFile(ctx.workspace, location.path);
    if (text !== null) return { text, via: 'workspace', file: location.path };
  }
  if (!ctx.client) {
    throw new UserError(
      `Cannot read the running workflow ${label}: the workspace is not checked out at its commit and no token ` +
        'is available; leave the `token` input at its default (github.token) or check out the repository first',
    );
  }
  if (!FULL_SHA.test(location.sha)) {
    throw new UserError(
      `Cannot read the running workflow ${label} through the API: the runner did not give its commit ` +
        '(GITHUB_WORKFLOW_SHA / job.workflow_sha), and reading at a branch could see a different file; ' +
        'check out the repository before Exfil Guard so it can be read from the workspace',
    );
  }
  let text: string | null;
  try {
    text = await ctx.client.getFile(location.repository, location.path, location.sha);
  } catch (error) {
    throw readError(error, label, location.repository, here);
  }
  if (text === null) {
    throw new UserError(
      `Cannot read the running workflow ${label}: the file does not exist at that commit; ` +
        'check the workflow-ref/workflow-file-path inputs (leave them at their defaults)',
    );
  }
  return { text, via: 'api', file: location.path };
}

/**
 * The action.yml of `uses: ./dir`. Local actions resolve against the workspace (the repository checked out
 * there), so the API fallback reads the running repository at the workflow's commit, or at GITHUB_SHA when the
 * workflow lives elsewhere. Null when there is no action file there.
 */
export async function readLocalAction(
  dir: string,
  location: WorkflowLocation,
  ctx: ReadContext,
): Promise<ReadFile | null> {
  const clean = posix.normalize(dir.replace(/^\.\//, '')).replace(/\/+$/, '');
  if (clean.startsWith('/') || clean.split('/').includes('..')) return null;
  const candidates = /(^|\/)action\.ya?ml$/.test(clean)
    ? [clean]
    : ['action.yml', 'action.yaml'].map((f) => (clean === '.' || clean === '' ? f : `${clean}/${f}`));
  const repo = ctx.repository || location.repository;
  const sha = sameRepo(repo, location.repository) ? location.sha : (ctx.sha ?? '');
  const fromWorkspace = await workspaceAt(ctx.workspace, sha);
  for (const file of candidates) {
    if (fromWorkspace) {
      const text = await readWorkspaceFile(ctx.workspace, file);
      if (text !== null) return { text, via: 'workspace', file };
      continue;
    }
    if (!ctx.client || !FULL_SHA.test(sha)) return null;
    try {
      const text = await ctx.client.getFile(repo, file, sha);
      if (text !== null) return { text, via: 'api', file };
    } catch (error) {
      throw readError(
        error,
        `${repo}/${file}@${sha.slice(0, 7)}`,
        repo,
        sameRepo(repo, ctx.repository ?? ''),
      );
    }
  }
  return null;
}

/** The engine's `readLocalAction` callback, each directory read once. */
export function localActionReader(
  location: WorkflowLocation,
  ctx: ReadContext,
): (path: string) => Promise<string | null> {
  const cache = new Map<string, Promise<string | null>>();
  return (path) => {
    let pending = cache.get(path);
    if (!pending) {
      pending = readLocalAction(path, location, ctx).then((f) => f?.text ?? null);
      cache.set(path, pending);
    }
    return pending;
  };
}

/** A regular file inside the workspace; a symlink is not followed (it could point anywhere on the runner). */
async function readWorkspaceFile(workspace: string, path: string): Promise<string | null> {
  const full = join(workspace, path);
  try {
    if (!(await lstat(full)).isFile()) return null;
    return await readFile(full, 'utf8');
  } catch {
    return null;
  }
}

function readError(error: unknown, label: string, repository: string, ownRepository: boolean): unknown {
  if (!(error instanceof GitHubApiError)) return error;
  const prefix = `Cannot read ${label} through the GitHub API`;
  if (error.kind !== 'http') return new UserError(`${prefix}: ${error.message}`);
  if (error.status === 401) {
    return new UserError(
      `${prefix}: the token is invalid or expired; set the \`token\` input to a valid token`,
    );
  }
  if (error.status === 403 || error.status === 404) {
    if (ownRepository) {
      return new UserError(
        `${prefix} (${error.status}): the job's token lacks \`contents: read\`; add \`permissions: contents: read\` ` +
          'to the job, pass a token that has it via the `token` input, or check out the repository before Exfil Guard',
      );
    }
    return new UserError(
      `${prefix} (${error.status}): the token cannot read ${repository}: pass a token with contents:read on it ` +
        'via the `token` input',
    );
  }
  return new UserError(`${prefix}: ${error.message}`);
}

function sameRepo(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
