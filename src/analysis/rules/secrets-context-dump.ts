import type { Rule, RuleResult } from '../types.js';
import { SYNTHETIC_SECRETS } from '../../policy/names.js';
import { strLocation, strings } from './helpers.js';

export const secretsContextDump: Rule = {
  id: 'secrets-context-dump',
  title: 'Every secret of the repository serialised at once',
  severity: 'error',
  rationale:
    '`toJSON(secrets)` expands to every secret the workflow can read, organisation secrets included. Shai-Hulud ' +
    "used exactly this to post all of a repository's secrets to webhook.site. No ordinary step needs the whole set.",
  fix: 'Pass only the secrets the step needs, by name (`${{ secrets.NPM_TOKEN }}`).',
  check(ctx) {
    const out: RuleResult[] = [];
    for (const { s, site } of strings(ctx.file)) {
      for (const e of s.exprs) {
        if (!e.dumps.includes('secrets')) continue;
        out.push({
          confidence: 'high',
          message: `\`${e.text}\` expands to every secret of the repository${site.stepName ? ` (step "${site.stepName}")` : ''}`,
          location: strLocation(ctx.file.file, s, e.start),
          job: site.jobId,
          step: site.stepIndex,
          stepName: site.stepName,
          secrets: [SYNTHETIC_SECRETS.allSecrets],
          destinations: [],
          evidence: [{ text: `\${{ ${e.text} }}`, location: strLocation(ctx.file.file, s, e.start) }],
        });
      }
    }
    return out;
  },
};
