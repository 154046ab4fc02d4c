/**
 * The order in which findings matter: what gets an annotation when GitHub's limits bite, what survives the summary
 * cap, and the order of every listing (so reports are deterministic).
 */
import { severityRank } from '../analysis/types.js';
import type { Confidence, Finding } from '../analysis/types.js';

const confidenceRank: Record<Confidence, number> = { low: 1, medium: 2, high: 3 };

/**
 * Within one severity and confidence, the rules whose findings are closest to a secret actually leaving come
 * first. Ids the table does not know are ranked by the words in them, then below every known id.
 */
const ruleImportance: readonly string[] = [
  'runner-memory-read',
  'secrets-context-dump',
  'secret-to-exfil-service',
  'secret-to-ip-literal',
  'env-dump-to-network',
  'secret-to-unlisted-host',
  'secret-to-unknown-host',
  'workflow-added-by-this-push',
  'untrusted-input-in-secret-job',
  'download-exec-in-secret-job',
  'unpinned-action-with-secret',
  'uncatalogued-action-with-secret',
  'oidc-token-request',
  'trusted-publishing',
];

const keywordImportance: readonly [RegExp, number][] = [
  [/memory|dump|exfil|ip-literal/, 3],
  [/secret|token|credential/, 2],
  [/untrusted|inject|download|push/, 1],
];

/** Higher is more important. */
export function importanceOf(rule: string): number {
  const index = ruleImportance.indexOf(rule);
  if (index >= 0) return 100 + ruleImportance.length - index;
  return keywordImportance.find(([pattern]) => pattern.test(rule))?.[1] ?? 0;
}

/** Most important first; a total order, so equal inputs always sort the same way. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(a.suppressed !== undefined) - Number(b.suppressed !== undefined) ||
    severityRank[b.severity] - severityRank[a.severity] ||
    confidenceRank[b.confidence] - confidenceRank[a.confidence] ||
    importanceOf(b.rule) - importanceOf(a.rule) ||
    compareByLocation(a, b)
  );
}

/** File, line, column, then rule and fingerprint: the reading order of a report. */
export function compareByLocation(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.fingerprint, b.fingerprint) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order, independent of the process locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
