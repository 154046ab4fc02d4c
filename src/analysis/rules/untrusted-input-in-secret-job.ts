import type { Rule } from '../types.js';
import { siteFields, where } from './helpers.js';

export const untrustedInputInSecretJob: Rule = {
  id: 'untrusted-input-in-secret-job',
  title: 'Untrusted event data spliced into a script in a job that holds secrets',
  severity: 'error',
  rationale:
    'GitHub substitutes `${{ }}` into the script text before the shell runs, so a pull request title or issue ' +
    'body becomes code. In August 2025 the s1ngularity attack injected through a PR title in a pull_request_target ' +
    'workflow and stole the npm token the job held, then published malicious Nx packages.',
  fix: 'Pass the value through an environment variable (`env: TITLE: ${{ github.event.pull_request.title }}` and use "$TITLE" in the script), and keep secrets out of jobs that handle untrusted input.',
  check(ctx) {
    return ctx.facts.flatMap((f) => {
      if (f.kind !== 'untrusted-input') return [];
      const held = f.site.job ? ctx.jobSecrets.get(f.site.job.id) : undefined;
      if (!held || held.size === 0) return [];
      const secrets = [...held];
      return [
        {
          confidence: 'high' as const,
          message: `\${{ ${f.expression} }} is spliced into a script in a job that holds ${secrets.slice(0, 5).join(', ')} ${where(f.site, f.location)}`,
          location: f.location,
          ...siteFields(f.site),
          secrets,
          destinations: [],
          evidence: [{ text: `\${{ ${f.expression} }}`, location: f.location }],
        },
      ];
    });
  },
};
