/**
 * The fail decision, shared by the action and the CLI: which findings count, the verdict they add up to, and
 * the one-line message that names the steps a failed run stops.
 */
import { severityRank } from '../analysis/types.js';
import type { Finding } from '../analysis/types.js';
import type { FailOn } from '../options.js';

export type VerdictName = 'clean' | 'warning' | 'error';

/** Suppressed findings are reported but never count. */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed);
}

/** The highest severity among active findings; notes alone leave the run clean. */
export function verdictOf(findings: readonly Finding[]): VerdictName {
  const active = activeFindings(findings);
  if (active.some((f) => f.severity === 'error')) return 'error';
  if (active.some((f) => f.severity === 'warning')) return 'warning';
  return 'clean';
}

/** Active findings at or above the `fail-on` level. */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  const floor = severityRank[failOn];
  return activeFindings(findings).filter((f) => severityRank[f.severity] >= floor);
}

/**
 * `2 findings at or above "error" in job build: step 3 "Publish", step 5 "Notify"; see the job summary`.
 * Returns null when nothing reaches the level.
 */
export function failMessage(findings: readonly Finding[], failOn: FailOn): string | null {
  const failing = failingFindings(findings, failOn);
  if (failing.length === 0) return null;
  const places = new Map<string, string>();
  for (const f of failing) {
    const where =
      f.step !== null
        ? `${f.job ?? '?'} step ${f.step + 1}${f.stepName ? ` "${f.stepName}"` : ''}`
        : f.job !== null
          ? `job ${f.job}`
          : f.location.file;
    places.set(where, where);
  }
  const list = [...places.values()];
  const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? `, and ${list.length - 5} more` : '');
  const noun = failing.length === 1 ? 'finding' : 'findings';
  return `Exfil Guard: ${failing.length} ${noun} at or above "${failOn}" in ${shown}; see the job summary`;
}
