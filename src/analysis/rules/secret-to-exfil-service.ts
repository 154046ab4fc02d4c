import type { Rule } from '../types.js';
import { flowResults } from './helpers.js';

export const secretToExfilService: Rule = {
  id: 'secret-to-exfil-service',
  title: 'Secret sent to a paste, webhook, tunnel or out-of-band service',
  severity: 'error',
  rationale:
    'Request bins, paste sites, tunnels and out-of-band interaction servers (webhook.site, *.plesk.page, ngrok, ' +
    'interactsh, Telegram bots, Discord webhooks…) are where stolen CI secrets go: Shai-Hulud posted toJSON(secrets) ' +
    'to webhook.site and GhostAction curled 3,325 secrets to a *.plesk.page host. No release or deploy needs a secret there.',
  fix: 'Remove the step, rotate every secret it could read, and check how the workflow got into the repository. If this really is your own endpoint, allow it for that secret in .github/exfil-guard.yml.',
  check: (ctx) =>
    flowResults(
      ctx.flows,
      (d) => d.dest.kind === 'exfil-service',
      ({ dest }) => `${dest.host ?? ''}${dest.service ? ` (${dest.service})` : ''}`,
      'high',
    ),
};
