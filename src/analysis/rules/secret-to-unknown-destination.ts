import type { Rule } from '../types.js';
import { flowResults } from './helpers.js';

export const secretToUnknownDestination: Rule = {
  id: 'secret-to-unknown-destination',
  title: 'Secret sent to a destination computed at run time',
  severity: 'warning',
  rationale:
    'When the host comes from a variable, an input or a command output, nobody reviewing the workflow can tell ' +
    'where the secret goes. A computed destination is never trusted silently.',
  fix: 'Write the host literally in the workflow (or in a static env value), or allow the possible hosts for this secret in .github/exfil-guard.yml, and enable egress-policy: block to enforce them at run time.',
  check: (ctx) =>
    flowResults(
      ctx.flows,
      (d) => d.dest.host === null,
      ({ dest }) => dest.raw,
      'medium',
    ),
};
