import type { Rule } from '../types.js';
import { flowResults } from './helpers.js';

export const secretToUnlistedHost: Rule = {
  id: 'secret-to-unlisted-host',
  title: 'Secret sent to a host its policy does not allow',
  severity: 'error',
  rationale:
    'Each secret has an issuer: a PyPI token belongs to pypi.org, an npm token to registry.npmjs.org. A secret ' +
    'sent anywhere else is either a deliberate integration that should be written down, or exfiltration. ' +
    'GhostAction pushed workflows that curled PyPI, npm, DockerHub and AWS secrets to an attacker host; nothing ' +
    'about those steps looked unusual except the destination.',
  fix: 'If the host is yours and expected, allow it for this secret (or job) in .github/exfil-guard.yml or the allowed-endpoints input; otherwise remove the step and rotate the secret.',
  check: (ctx) =>
    flowResults(
      ctx.flows,
      (d) => d.dest.kind === 'host' && d.allowed.length === 0,
      ({ dest }) => dest.host ?? '',
      'high',
    ),
};
