// The context layer as the main step loads it: everything but the API client, which the lazy client defers.
export * from '../src/context/index.js';
export { lazyGitHubClient } from '../src/github/lazy.js';
