/**
 * A GitHub client that loads Octokit (and undici with it, about 1 MB of bundle) only on its first call. The main
 * step usually reads the workflow from the workspace and never calls the API; with esbuild's code splitting the
 * client then costs nothing at start-up.
 */
import type { GitHubClient, GitHubClientOptions } from './types.js';

export function lazyGitHubClient(opts: GitHubClientOptions): GitHubClient {
  let real: Promise<GitHubClient> | undefined;
  const client = (): Promise<GitHubClient> =>
    (real ??= import('./client.js').then((m) => m.createGitHubClient(opts)));
  return {
    getFile: async (repo, path, ref) => (await client()).getFile(repo, path, ref),
    listDir: async (repo, path, ref) => (await client()).listDir(repo, path, ref),
    getRepo: async (repo) => (await client()).getRepo(repo),
    compare: async (repo, base, head) => (await client()).compare(repo, base, head),
    async *listOrgRepos(org) {
      yield* (await client()).listOrgRepos(org);
    },
    async getTree(repo, ref) {
      const c = await client();
      return c.getTree ? c.getTree(repo, ref) : null;
    },
  };
}

/** The client for the runner's API (GITHUB_API_URL: github.com, GHE.com or a GitHub Enterprise Server). */
export function githubClientFromEnv(
  token: string,
  env: Readonly<Record<string, string | undefined>>,
  options: Omit<GitHubClientOptions, 'token' | 'apiUrl'> = {},
): GitHubClient {
  return lazyGitHubClient({ ...options, token, apiUrl: env.GITHUB_API_URL || 'https://api.github.com' });
}
