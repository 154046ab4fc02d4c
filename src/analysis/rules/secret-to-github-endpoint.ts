import type { Rule } from '../types.js';
import { flowResults } from './helpers.js';

export const secretToGithubEndpoint: Rule = {
  id: 'secret-to-github-endpoint',
  title: 'Non-GitHub secret sent to a GitHub endpoint',
  severity: 'warning',
  rationale:
    'Sending a personal access token or app token to api.github.com is ordinary. But GitHub is also a place to ' +
    'leave stolen data (gists, issues, a repository the attacker controls), so a secret whose name does not say it ' +
    'is a GitHub credential is worth a look rather than a silent pass.',
  fix: 'If this secret is a GitHub token, name it so (GH_*, *_GITHUB_TOKEN, *_PAT) or allow GitHub for it in .github/exfil-guard.yml.',
  check: (ctx) =>
    flowResults(
      ctx.flows,
      (d) => d.dest.kind === 'github' && d.allowed.length === 0,
      ({ dest }) => dest.host ?? '',
      'medium',
    ),
};
