/** The run's verdict, whether it fails, and the one line `core.setFailed` prints. */
import { severityRank } from '../analysis/types.js';
import type { Finding } from '../analysis/types.js';
import type { FailOn } from '../options.js';
import { compareByLocation } from './rank.js';
import type { RunVerdict } from './types.js';

export interface VerdictResult {
  verdict: RunVerdict;
  shouldFail: boolean;
  /** The findings that reach `failOn`, in reading order. */
  failing: Finding[];
}

/**
 * `verdict` is the highest severity among the findings that are not suppressed, notes counting as clean; it does
 * not depend on `failOn`. `shouldFail` does: any unsuppressed finding at or above `failOn` (never for `never`).
 */
export function verdictOf(findings: readonly Finding[], failOn: FailOn): VerdictResult {
  const active = findings.filter((f) => f.suppressed === undefined);
  const verdict: RunVerdict = active.some((f) => f.severity === 'error')
    ? 'error'
    : active.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'clean';
  const failing =
    failOn === 'never' ? [] : active.filter((f) => severityRank[f.severity] >= severityRank[failOn]);
  return { verdict, shouldFail: failing.length > 0, failing: failing.sort(compareByLocation) };
}

export function shouldFail(findings: readonly Finding[], failOn: FailOn): boolean {
  return verdictOf(findings, failOn).shouldFail;
}

/** Places listed by name in the failure line before it says "and N more". */
const LISTED_PLACES = 5;

/**
 * One line naming the offending steps, e.g. `Exfil Guard: 2 steps can send secrets to hosts the policy does not
 * allow: "Run" (line 30), "Deploy" (line 44). See the job summary.` Null when nothing fails.
 */
export function failureMessage(findings: readonly Finding[], failOn: FailOn): string | null {
  const sentence = failureSentence(findings, failOn);
  return sentence === null ? null : `Exfil Guard: ${sentence}. See the job summary.`;
}

/** The failure line's core (`2 steps can send … (line 44)`), also used by the summary banner. */
export function failureSentence(findings: readonly Finding[], failOn: FailOn): string | null {
  const { failing } = verdictOf(findings, failOn);
  if (failing.length === 0 || failOn === 'never') return null;

  const places = new Map<string, { finding: Finding; kind: 'step' | 'job' | 'file' }>();
  for (const f of failing) {
    const key = JSON.stringify([f.location.file, f.job, f.step]);
    if (!places.has(key)) {
      places.set(key, { finding: f, kind: f.step !== null ? 'step' : f.job !== null ? 'job' : 'file' });
    }
  }
  const severalFiles = new Set(failing.map((f) => f.location.file)).size > 1;
  const labels = [...places.values()].map(({ finding: f, kind }) => {
    const at = severalFiles ? `${f.location.file}:${f.location.line}` : `line ${f.location.line}`;
    const name =
      kind === 'step'
        ? `"${oneLine(f.stepName ?? `step ${(f.step ?? 0) + 1}`)}"`
        : kind === 'job'
          ? `job "${oneLine(f.job ?? '')}"`
          : oneLine(f.location.file);
    return `${name} (${at})`;
  });

  const kinds = new Set([...places.values()].map((p) => p.kind));
  const noun = kinds.size > 1 ? 'location' : ([...kinds][0] ?? 'location');
  const count = places.size;
  const subject = `${count} ${noun}${count === 1 ? '' : 's'}`;
  const flows = failing.every((f) => f.secrets.length > 0 && f.destinations.length > 0);
  const level =
    failOn === 'error'
      ? 'error-level findings'
      : failOn === 'warning'
        ? 'warning- or error-level findings'
        : 'findings';
  const predicate = flows
    ? 'can send secrets to hosts the policy does not allow'
    : `${count === 1 ? 'has' : 'have'} ${level}`;
  const listed = labels.slice(0, LISTED_PLACES).join(', ');
  const more = labels.length > LISTED_PLACES ? ` and ${labels.length - LISTED_PLACES} more` : '';
  return `${subject} ${predicate}: ${listed}${more}`;
}

/** Collapses whitespace and control characters so the result stays one line. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}
