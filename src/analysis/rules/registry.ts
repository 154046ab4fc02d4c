/**
 * Every analysis rule, registered in one place. Order matters only for presentation (most specific first);
 * each rule decides on its own findings.
 */
import type { Rule } from '../types.js';
import { downloadAndExecute } from './download-and-execute.js';
import { invalidSuppression } from './invalid-suppression.js';
import { runnerMemoryRead } from './runner-memory-read.js';
import { secretToExfilService } from './secret-to-exfil-service.js';
import { secretToGithubEndpoint } from './secret-to-github-endpoint.js';
import { secretToOtherSecretsHost } from './secret-to-other-secrets-host.js';
import { secretToIpLiteral } from './secret-to-ip-literal.js';
import { secretToUncataloguedAction } from './secret-to-uncatalogued-action.js';
import { secretToUnknownDestination } from './secret-to-unknown-destination.js';
import { secretToUnlistedHost } from './secret-to-unlisted-host.js';
import { secretsContextDump } from './secrets-context-dump.js';
import { trustedPublishingRecommended } from './trusted-publishing-recommended.js';
import { unanalysedScript } from './unanalysed-script.js';
import { untrustedInputInSecretJob } from './untrusted-input-in-secret-job.js';

export const rules: readonly Rule[] = [
  secretToExfilService,
  secretToIpLiteral,
  secretToUnlistedHost,
  secretToGithubEndpoint,
  secretToOtherSecretsHost,
  secretToUnknownDestination,
  secretsContextDump,
  runnerMemoryRead,
  untrustedInputInSecretJob,
  downloadAndExecute,
  secretToUncataloguedAction,
  trustedPublishingRecommended,
  unanalysedScript,
  invalidSuppression,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
