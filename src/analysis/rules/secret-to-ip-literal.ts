import type { Rule } from '../types.js';
import { flowResults } from './helpers.js';

export const secretToIpLiteral: Rule = {
  id: 'secret-to-ip-literal',
  title: 'Secret sent to a bare IP address',
  severity: 'error',
  rationale:
    'Legitimate services are reached by name, with TLS certificates that match it. A secret sent to a raw IP ' +
    'address bypasses DNS-based controls and certificate checks and is a hallmark of exfiltration payloads ' +
    '(`/dev/tcp/1.2.3.4/443`, `curl http://45.139.104.115`).',
  fix: 'Send the secret only to a named host of its issuer. If the address is your own server, allow it explicitly (address or CIDR) for that secret in .github/exfil-guard.yml.',
  check: (ctx) =>
    flowResults(
      ctx.flows,
      (d) => d.dest.kind === 'ip',
      ({ dest }) => `the IP address ${dest.host ?? ''}${dest.service ? ` (${dest.service})` : ''}`,
      'high',
    ),
};
