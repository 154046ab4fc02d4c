/**
 * A GitHub client that loads Octokit only on its first request. Most runs read the workflow from the workspace
 * and never call the API, so the main step does not pay for loading the client up front.
 */
import type { GitHubClient, GitHubClientOptions, RepoInfo } from '../github/types.js';

export function lazyGitHubClient(options: GitHubClientOptions): GitHubClient {
  let client: Promise<GitHubClient> | undefined;
  const get = (): Promise<GitHubClient> =>
    (client ??= import('../github/client.js').then((m) => m.createGitHubClient(options)));
  return {
    getFile: async (repo, path, ref) => (await get()).getFile(repo, path, ref),
    listDir: async (repo, path, ref) => (await get()).listDir(repo, path, ref),
    getRepo: async (repo) => (await get()).getRepo(repo),
    compare: async (repo, base, head) => (await get()).compare(repo, base, head),
    async *listOrgRepos(org): AsyncIterable<RepoInfo> {
      yield* (await get()).listOrgRepos(org);
    },
  };
}
