import type { Rule } from '../types.js';
import { siteFields, where } from './helpers.js';

export const downloadAndExecute: Rule = {
  id: 'download-and-execute',
  title: 'Remote code executed in a job that holds secrets',
  severity: 'warning',
  rationale:
    '`curl … | sh`, `bash <(curl …)` and `iex (iwr …)` run whatever the server returns today, with the whole ' +
    'environment of a job that holds secrets. A compromised install script is a compromised workflow.',
  fix: 'Download to a file, verify a pinned checksum or signature, then run it; or use a pinned action or package instead.',
  check(ctx) {
    return ctx.facts.flatMap((f) => {
      if (f.kind !== 'download-exec') return [];
      const held = f.site.job ? ctx.jobSecrets.get(f.site.job.id) : undefined;
      if (!held || held.size === 0) return [];
      return [
        {
          confidence: 'medium' as const,
          message: `Code downloaded from ${f.url ?? 'a computed URL'} runs with access to ${[...held].slice(0, 5).join(', ')} ${where(f.site, f.location)}`,
          location: f.location,
          ...siteFields(f.site),
          secrets: [...held],
          destinations: [],
          evidence: [{ text: f.text, location: f.location }],
        },
      ];
    });
  },
};
