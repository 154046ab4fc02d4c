import type { Rule } from '../types.js';
import { flowResults, listNames } from './helpers.js';

export const secretToOtherSecretsHost: Rule = {
  id: 'secret-to-other-secrets-host',
  title: 'Secret sent along to a host trusted only for another secret',
  severity: 'warning',
  rationale:
    'A call to a host the policy trusts for one secret (AWS keys to *.amazonaws.com) sometimes carries another ' +
    'secret too, as an argument or a header (a CloudFront distribution id stored as a secret). The host is already ' +
    "trusted with the job's credentials, so this is not an exfiltration endpoint, but the second secret's policy " +
    'does not cover it: it is worth a look, and a line of policy.',
  fix: 'If the value is meant for this host, allow the host for that secret in .github/exfil-guard.yml (secrets: NAME: allowed-endpoints); if it is not really secret, store it as a variable (vars.*) instead.',
  check: (ctx) =>
    flowResults(
      ctx.flows,
      (d) => (d.dest.kind === 'host' || d.dest.kind === 'github') && d.allowed.length > 0,
      (d) => `${d.dest.host ?? ''} (trusted only for ${listNames(d.allowed)})`,
      'medium',
    ),
};
