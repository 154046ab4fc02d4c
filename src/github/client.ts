/**
 * The GitHub REST client: Octokit from @actions/github (proxy-aware, GHES through `apiUrl`), wrapped with one
 * retry policy for every request, pagination included, and errors that name the fix.
 */
import { getOctokit } from '@actions/github';
import { GitHub } from '@actions/github/lib/utils';
import { UserError } from '../errors.js';
import { apiError, cannotRead, rateLimitError, retriesExhausted, type CallContext } from './errors.js';
import { decideRetry, type FailedAttempt } from './retry.js';
import {
  GitHubApiError,
  type ChangedFile,
  type GitHubClient,
  type GitHubClientOptions,
  type RepoInfo,
  type TreeEntry,
} from './types.js';

type Octokit = ReturnType<typeof getOctokit>;

const DEFAULTS = { maxRetries: 4, maxRateLimitWaitMs: 120_000, timeoutMs: 30_000, retryBaseMs: 500 };
const RAW = 'application/vnd.github.raw';

/** A request that failed for good, after the retry policy gave up; mapped to a message by the calling method. */
class ApiFailure extends Error {
  constructor(
    readonly failure: FailedAttempt,
    readonly kind: 'final' | 'rate-limit' | 'exhausted',
    readonly attempts: number,
    readonly waitMs?: number,
  ) {
    super(failure.message);
  }
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const settings = {
    maxRetries: opts.maxRetries ?? DEFAULTS.maxRetries,
    maxRateLimitWaitMs: opts.maxRateLimitWaitMs ?? DEFAULTS.maxRateLimitWaitMs,
    timeoutMs: opts.timeoutMs ?? DEFAULTS.timeoutMs,
    retryBaseMs: opts.retryBaseMs ?? DEFAULTS.retryBaseMs,
    now: opts.now ?? Date.now,
    sleep: opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: opts.random ?? Math.random,
  };
  const baseUrl = opts.apiUrl.replace(/\/+$/, '');
  // Without a token (CLI on public repositories) the API still answers, with a much lower rate limit.
  const octokit: Octokit = opts.token ? getOctokit(opts.token, { baseUrl }) : new GitHub({ baseUrl });

  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const signal = AbortSignal.timeout(settings.timeoutMs);
        return await request({ ...options, request: { ...options.request, signal } });
      } catch (error) {
        const failure = failureOf(error, settings.timeoutMs);
        if (!failure) throw error;
        const decision = decideRetry(failure, {
          attempt,
          maxRetries: settings.maxRetries,
          maxRateLimitWaitMs: settings.maxRateLimitWaitMs,
          retryBaseMs: settings.retryBaseMs,
          now: settings.now(),
          random: settings.random(),
        });
        if (!decision.retry) {
          const kind = decision.rateLimited
            ? 'rate-limit'
            : failure.status === 0 || failure.status >= 500
              ? 'exhausted'
              : 'final';
          throw new ApiFailure(failure, kind, attempt, decision.waitMs);
        }
        opts.onWait?.({ reason: decision.reason, ms: decision.ms });
        await settings.sleep(decision.ms);
      }
    }
  });

  const readable = new Map<string, Promise<RepoInfo>>();

  async function getRepo(repo: string): Promise<RepoInfo> {
    const { owner, name } = splitRepo(repo);
    const ctx = { repo, doing: `reading repository ${repo}` };
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo: name });
      return await toRepoInfo(data, ctx);
    } catch (error) {
      if (error instanceof ApiFailure && error.kind === 'final' && error.failure.status === 404) {
        throw cannotRead(ctx, 404);
      }
      throw mapError(error, ctx);
    }
  }

  /** GitHub reports size 0 for empty repositories and, rarely, for tiny ones; the commits list settles it. */
  async function toRepoInfo(data: RepoData, ctx: CallContext): Promise<RepoInfo> {
    const info: RepoInfo = {
      fullName: data.full_name,
      defaultBranch: data.default_branch ?? 'main',
      archived: data.archived ?? false,
      private: data.private,
      empty: false,
      size: data.size ?? 0,
    };
    if (info.size !== 0) return info;
    const [owner = '', name = ''] = data.full_name.split('/');
    try {
      const { data: commits } = await octokit.request('GET /repos/{owner}/{repo}/commits', {
        owner,
        repo: name,
        per_page: 1,
      });
      info.empty = commits.length === 0;
    } catch (error) {
      if (error instanceof ApiFailure && error.kind === 'final' && error.failure.status === 409)
        info.empty = true;
      else throw mapError(error, ctx);
    }
    return info;
  }

  /** Throws the "cannot read" error when the repository itself is not visible; caches the answer. */
  async function ensureReadable(repo: string): Promise<void> {
    let pending = readable.get(repo);
    if (!pending) {
      pending = getRepo(repo);
      readable.set(repo, pending);
      // Only success is worth remembering; a failure is re-asked (and re-reported) next time.
      pending.catch(() => readable.delete(repo));
    }
    await pending;
  }

  /** 404 or 409 (empty repository) on content: null when the repository is readable, else "cannot read". */
  async function missingOrUnreadable(error: unknown, repo: string, ctx: CallContext): Promise<null> {
    if (error instanceof ApiFailure && error.kind === 'final' && [404, 409].includes(error.failure.status)) {
      try {
        await ensureReadable(repo);
      } catch (repoError) {
        if (repoError instanceof GitHubApiError && repoError.status === 404) throw cannotRead(ctx, 404);
        throw repoError;
      }
      return null;
    }
    throw mapError(error, ctx);
  }

  return {
    getRepo,

    async getFile(repo, path, ref) {
      const { owner, name } = splitRepo(repo);
      const ctx = { repo, doing: `reading ${repo}/${path} at ${ref}` };
      try {
        const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(path)}`, {
          owner,
          repo: name,
          ref,
          headers: { accept: RAW },
        });
        const data: unknown = response.data;
        return decodeContent(data, `${repo}/${path}@${ref}`);
      } catch (error) {
        return missingOrUnreadable(error, repo, ctx);
      }
    },

    async listDir(repo, path, ref) {
      const { owner, name } = splitRepo(repo);
      const ctx = { repo, doing: `listing ${repo}/${path} at ${ref}` };
      try {
        const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(path)}`, {
          owner,
          repo: name,
          ref,
        });
        const data: unknown = response.data;
        if (!Array.isArray(data)) return null;
        return (data as { name: string; path: string; type: string }[]).map((e) => ({
          name: e.name,
          path: e.path,
          type: e.type,
        }));
      } catch (error) {
        return missingOrUnreadable(error, repo, ctx);
      }
    },

    async compare(repo, base, head) {
      const { owner, name } = splitRepo(repo);
      const ctx = { repo, doing: `comparing ${base}...${head} in ${repo}` };
      try {
        const response = await octokit.request(
          `GET /repos/{owner}/{repo}/compare/${encodePath(base)}...${encodePath(head)}`,
          { owner, repo: name },
        );
        const data: unknown = response.data;
        const files = (data as { files?: CompareFile[] }).files ?? [];
        return files.map(toChangedFile);
      } catch (error) {
        if (error instanceof ApiFailure && error.kind === 'final' && error.failure.status === 404) {
          await missingOrUnreadable(error, repo, ctx);
          throw new GitHubApiError(
            `GitHub API 404 while ${ctx.doing}: one of the commits does not exist in ${repo} (a force-push, or a ` +
              `fork's commit); scan the files of the head commit instead`,
            404,
          );
        }
        throw mapError(error, ctx);
      }
    },

    async *listOrgRepos(org) {
      const ctx = { doing: `listing the repositories of ${org}` };
      try {
        const pages = octokit.paginate.iterator('GET /orgs/{org}/repos', { org, per_page: 100, type: 'all' });
        for await (const page of pages) {
          for (const data of page.data)
            yield await toRepoInfo(data, { repo: data.full_name, doing: ctx.doing });
        }
      } catch (error) {
        if (error instanceof ApiFailure && error.kind === 'final' && error.failure.status === 404) {
          throw new GitHubApiError(
            `GitHub API 404 while ${ctx.doing}: the organisation ${org} does not exist or is not visible to this ` +
              `token; check the name and pass a token of a member via the \`token\` input or GITHUB_TOKEN`,
            404,
          );
        }
        throw mapError(error, ctx);
      }
    },

    async getTree(repo, ref) {
      const { owner, name } = splitRepo(repo);
      const ctx = { repo, doing: `reading the file tree of ${repo} at ${ref}` };
      try {
        const response = await octokit.request(`GET /repos/{owner}/{repo}/git/trees/${encodePath(ref)}`, {
          owner,
          repo: name,
          recursive: '1',
        });
        const data: unknown = response.data;
        const body = data as { tree: { path: string; type: string }[]; truncated?: boolean };
        const entries: TreeEntry[] = body.tree
          .filter((e): e is TreeEntry => e.type === 'blob' || e.type === 'tree' || e.type === 'commit')
          .map((e) => ({ path: e.path, type: e.type }));
        return { entries, truncated: body.truncated ?? false };
      } catch (error) {
        return missingOrUnreadable(error, repo, ctx);
      }
    },
  };
}

interface RepoData {
  full_name: string;
  default_branch?: string;
  archived?: boolean;
  private: boolean;
  size?: number;
}

interface CompareFile {
  filename: string;
  status: ChangedFile['status'];
  previous_filename?: string;
}

function toChangedFile(f: CompareFile): ChangedFile {
  return f.previous_filename
    ? { path: f.filename, status: f.status, previousPath: f.previous_filename }
    : { path: f.filename, status: f.status };
}

function mapError(error: unknown, ctx: CallContext): unknown {
  if (!(error instanceof ApiFailure)) return error;
  switch (error.kind) {
    case 'rate-limit':
      return rateLimitError(error.failure, ctx, error.waitMs);
    case 'exhausted':
      return retriesExhausted(error.failure, ctx, error.attempts);
    case 'final':
      return apiError(error.failure, ctx);
  }
}

/** Reads an Octokit error as the retry policy sees it; null for anything that is not a request failure. */
function failureOf(error: unknown, timeoutMs: number): FailedAttempt | null {
  if (!(error instanceof Error)) return null;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return { status: 0, headers: {}, message: `no answer within ${timeoutMs} ms` };
  }
  if (!('status' in error) || typeof error.status !== 'number') return null;
  const response = (error as { response?: { headers: Record<string, string>; data: unknown } }).response;
  if (!response) return { status: 0, headers: {}, message: error.message };
  const data = response.data;
  const message =
    typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string'
      ? data.message
      : typeof data === 'string'
        ? data
        : '';
  return { status: error.status, headers: response.headers, message };
}

function splitRepo(repo: string): { owner: string; name: string } {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repo);
  if (!match) throw new UserError(`"${repo}" is not a repository name; expected OWNER/REPO`);
  return { owner: match[1] ?? '', name: match[2] ?? '' };
}

/** Encodes each path segment, keeping the slashes GitHub expects between them. */
function encodePath(path: string): string {
  return path
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
}

/** The raw media type answers bytes (or text); an older server may still answer the JSON form. */
function decodeContent(data: unknown, what: string): string | null {
  if (typeof data === 'string') return data;
  let bytes: Uint8Array;
  if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
  else if (data instanceof Uint8Array) bytes = data;
  else if (Array.isArray(data))
    return null; // a directory
  else if (
    typeof data === 'object' &&
    data !== null &&
    'content' in data &&
    typeof data.content === 'string'
  ) {
    bytes = Buffer.from(data.content, 'base64');
  } else return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${what}: the file is not UTF-8 text`);
  }
}
