import type { Rule } from '../types.js';
import { siteFields } from './helpers.js';

export const unanalysedScript: Rule = {
  id: 'unanalysed-script',
  title: 'Script in a job that holds secrets could not be analysed',
  severity: 'note',
  rationale:
    'Exfil Guard parses bash, PowerShell, python and JavaScript. A script in another language (cmd, ruby, perl, a ' +
    'custom shell) in a job that holds secrets is not followed, so a flow there would go unseen. This says so ' +
    'rather than passing silently.',
  fix: 'Use one of the supported shells for steps that handle secrets, or enable egress-policy: block so the allowlist is enforced at run time whatever the script does.',
  check: (ctx) =>
    ctx.facts.flatMap((f) => {
      if (f.kind !== 'unparsed-script') return [];
      const held = f.site.job ? ctx.jobSecrets.get(f.site.job.id) : undefined;
      if (f.site.job && (!held || held.size === 0)) return [];
      return [
        {
          confidence: 'low' as const,
          message: `A ${f.language} script was not analysed: ${f.reason}`,
          location: f.location,
          ...siteFields(f.site),
          secrets: [...(held ?? [])],
          destinations: [],
          evidence: [],
        },
      ];
    }),
};
