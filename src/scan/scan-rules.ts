/**
 * Findings the scan layer raises itself (they need two revisions or an indicator list, which the per-file
 * engine does not have), their descriptions for reports, and the policy applied to them.
 */
import { shortSha256 } from '../sha256.js';
import type { Finding, Rule, Severity } from '../analysis/types.js';
import type { Policy } from '../policy/types.js';
import { ALL_SECRETS, type SecretRef } from './secret-refs.js';

export type ScanRuleInfo = Pick<Rule, 'id' | 'title' | 'severity' | 'rationale' | 'fix'>;

export const workflowAddedWithSecrets: ScanRuleInfo = {
  id: 'workflow-added-with-secrets',
  title: 'The change adds a workflow that reads secrets',
  severity: 'warning',
  rationale:
    'GhostAction (September 2025) pushed a new workflow, "Github Actions Security", to hundreds of repositories; ' +
    'it read every repository secret and sent each one to an attacker host. A new workflow that reads secrets ' +
    'deserves a reviewer who checks where each secret goes.',
  fix: 'Review where each secret of the new workflow is sent; allow the destinations in .github/exfil-guard.yml.',
};

export const secretReferenceAdded: ScanRuleInfo = {
  id: 'secret-reference-added',
  title: 'The change makes a workflow read another secret',
  severity: 'note',
  rationale:
    'A secret that a workflow starts reading widens what a compromised step could send out; reviewers should ' +
    'see it named.',
  fix: 'Check that the step needs this secret and that its destination is allowed.',
};

export const iocRules: ScanRuleInfo[] = [
  {
    id: 'ioc-malicious-workflow-file',
    title: 'A workflow file matches a known attack',
    severity: 'error',
    rationale:
      'Worms such as Shai-Hulud leave workflows with fixed names that exfiltrate secrets or open backdoors.',
    fix: 'Remove the workflow, rotate every secret the repository holds and audit recent pushes and runs.',
  },
  {
    id: 'ioc-exfil-host',
    title: 'A workflow references a known exfiltration endpoint',
    severity: 'error',
    rationale:
      'Hosts that received stolen secrets in GhostAction, Shai-Hulud and tj-actions have no place in CI.',
    fix: 'Remove the reference, rotate the secrets the workflow could read and audit its past runs.',
  },
  {
    id: 'ioc-malicious-repository',
    title: 'A repository name matches a known attack',
    severity: 'error',
    rationale:
      's1ngularity and Shai-Hulud published stolen credentials in new repositories with fixed names.',
    fix: 'Inspect the repository; make it private or delete it, and rotate the credentials it holds.',
  },
];

export const scanRules: ScanRuleInfo[] = [workflowAddedWithSecrets, secretReferenceAdded, ...iocRules];

export function fingerprintOf(...parts: string[]): string {
  return shortSha256(parts.join('\0'));
}

/** One finding for a workflow the change adds that reads secrets (all of them named). */
export function addedWorkflowFinding(file: string, refs: SecretRef[]): Finding {
  const first = refs[0] ?? { line: 1, column: 1, name: '' };
  const names = refs.map((r) => r.name);
  const all = names.includes(ALL_SECRETS);
  const rule = workflowAddedWithSecrets;
  return {
    rule: rule.id,
    severity: rule.severity,
    confidence: 'high',
    message: `This change adds ${file}, which reads ${all ? 'every secret of the repository' : names.join(', ')}`,
    location: { file, line: first.line, column: first.column },
    job: null,
    step: null,
    stepName: null,
    secrets: names,
    destinations: [],
    evidence: refs.map((r) => ({
      text: `secrets.${r.name}`,
      location: { file, line: r.line, column: r.column },
    })),
    fix: rule.fix,
    fingerprint: fingerprintOf(rule.id, file, ...[...names].sort()),
  };
}

export function secretAddedFinding(file: string, ref: SecretRef): Finding {
  const rule = secretReferenceAdded;
  return {
    rule: rule.id,
    severity: rule.severity,
    confidence: 'high',
    message: `This change makes ${file} read ${ref.name === ALL_SECRETS ? 'every secret' : `secret ${ref.name}`}`,
    location: { file, line: ref.line, column: ref.column },
    job: null,
    step: null,
    stepName: null,
    secrets: [ref.name],
    destinations: [],
    evidence: [{ text: `secrets.${ref.name}`, location: { file, line: ref.line, column: ref.column } }],
    fix: rule.fix,
    fingerprint: fingerprintOf(rule.id, file, ref.name),
  };
}

/**
 * The config's rule overrides and suppressions, for the findings made here (the engine applies them to its own).
 * A suppression matches when every field it gives matches the finding.
 */
export function applyPolicy(findings: Finding[], policy: Policy): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const override = policy.ruleOverrides.get(finding.rule);
    if (override === 'off') continue;
    const severity: Severity = override ?? finding.severity;
    const hit = policy.suppressions.find(
      (s) =>
        s.rule === finding.rule &&
        (s.file === undefined || s.file === finding.location.file) &&
        (s.job === undefined || s.job === finding.job) &&
        (s.step === undefined || s.step === finding.stepName) &&
        (s.secret === undefined || finding.secrets.includes(s.secret)) &&
        (s.destination === undefined || finding.destinations.includes(s.destination.toLowerCase())),
    );
    out.push(
      hit
        ? { ...finding, severity, suppressed: { reason: hit.reason, by: 'config' } }
        : { ...finding, severity },
    );
  }
  return out;
}
