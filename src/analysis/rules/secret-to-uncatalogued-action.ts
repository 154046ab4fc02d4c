import type { Rule } from '../types.js';
import { SYNTHETIC_SECRETS } from '../../policy/names.js';
import { listNames, siteFields, where } from './helpers.js';

export const secretToUncataloguedAction: Rule = {
  id: 'secret-to-uncatalogued-action',
  title: 'Secret handed to an action whose destinations are unknown',
  severity: 'note',
  rationale:
    'An action receives the secrets passed in `with:` and `env:` and can send them anywhere. For well-known ' +
    'actions Exfil Guard knows where that is; for others it cannot tell. An action referenced by a tag or branch ' +
    'can change under you: tj-actions/changed-files was re-tagged to a malicious commit in March 2025.',
  fix: 'Pin the action to a full commit SHA, check where it sends the secret, and allow that host in .github/exfil-guard.yml; enable egress-policy: block to enforce it.',
  check: (ctx) =>
    ctx.facts.flatMap((f) =>
      f.kind === 'action-with-secret' && !f.catalogued
        ? [
            {
              confidence: 'medium' as const,
              // A tag or branch ref can be moved to malicious code: that is worth a warning, a pinned SHA a note.
              // The job token alone is scoped to this repository and expires with the job: a note.
              severity:
                f.pinned || f.secrets.every((x) => x === SYNTHETIC_SECRETS.githubToken)
                  ? ('note' as const)
                  : ('warning' as const),
              message: `${listNames(f.secrets)} ${f.secrets.length > 1 ? 'are' : 'is'} passed to ${f.action}${f.pinned ? '' : ', which is not pinned to a commit SHA,'} and where it sends ${f.secrets.length > 1 ? 'them' : 'it'} is not known ${where(f.site, f.location)}`,
              location: f.location,
              ...siteFields(f.site),
              secrets: f.secrets,
              destinations: [],
              evidence: [{ text: f.action, location: f.location }],
            },
          ]
        : [],
    ),
};
