/**
 * The subset of the GitHub REST API Exfil Guard uses, behind one interface so the in-job context, repository
 * scans and organisation sweeps share retries, rate-limit handling and error messages.
 */

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server: `https://HOST/api/v3`). */
  apiUrl: string;
  /** Retries for transient errors (5xx, network resets) and rate limits. */
  maxRetries?: number;
  /** Upper bound on any single wait for a rate limit, in ms; beyond it the call fails with a clear message. */
  maxRateLimitWaitMs?: number;
  /** Called when the client waits for a rate limit (for progress output). */
  onWait?: (info: { reason: 'primary' | 'secondary' | 'retry-after' | 'transient'; ms: number }) => void;
  /** Per-request timeout in ms (a timed-out request counts as a transient error). Default 30 s. */
  timeoutMs?: number;
  /** First backoff delay for transient errors, doubled on each retry (with jitter). Default 500 ms. */
  retryBaseMs?: number;
  /** Injectable clock, sleep and randomness, so tests never wait for real. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface RepoInfo {
  fullName: string;
  defaultBranch: string;
  archived: boolean;
  private: boolean;
  /** True when the repository has no commits. */
  empty: boolean;
  /** Size in KB as GitHub reports it (0 for empty repositories, sometimes for tiny ones too). */
  size?: number;
}

export interface TreeEntry {
  path: string;
  type: 'blob' | 'tree' | 'commit';
}

export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousPath?: string;
}

export interface GitHubClient {
  /** File text at a ref (a commit SHA wherever one is known); null when the file does not exist. */
  getFile(repo: string, path: string, ref: string): Promise<string | null>;
  /** Entries of a directory at a ref; null when the directory does not exist. */
  listDir(
    repo: string,
    path: string,
    ref: string,
  ): Promise<{ name: string; path: string; type: string }[] | null>;
  getRepo(repo: string): Promise<RepoInfo>;
  /** Files changed between two commits (the compare API), for push and pull_request scans. */
  compare(repo: string, base: string, head: string): Promise<ChangedFile[]>;
  /** Every repository of an organisation (paginated). */
  listOrgRepos(org: string): AsyncIterable<RepoInfo>;
  /** Every entry of the tree at a ref (recursive); null when the ref does not exist or the repository is empty. */
  getTree?(repo: string, ref: string): Promise<{ entries: TreeEntry[]; truncated: boolean } | null>;
}

/** An API failure, with a message that names the fix (permission, token, repository). */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number,
    /** `rate-limit`: the wait was too long; `retries`: transient failures outlasted the retries. */
    readonly kind: 'http' | 'rate-limit' | 'retries' = 'http',
  ) {
    super(message);
  }
}
