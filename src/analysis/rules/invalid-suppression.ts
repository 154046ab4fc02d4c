import type { Rule } from '../types.js';

export const invalidSuppression: Rule = {
  id: 'invalid-suppression',
  title: 'Suppression comment that is ignored',
  severity: 'warning',
  rationale:
    'A suppression must name a rule and say why, so that a reviewer can judge it later. A malformed comment, or ' +
    'one without a reason, suppresses nothing; saying so avoids the false comfort of a finding the author believes ' +
    'is silenced.',
  fix: 'Write it as `# exfil-guard: ignore[rule-id] reason`, on the offending line or the line above it.',
  check: (ctx) =>
    ctx.comments
      .filter((c) => c.problem)
      .map((c) => ({
        confidence: 'high' as const,
        message: `This exfil-guard comment is ignored: ${c.problem ?? ''}`,
        location: { file: ctx.file.file, line: c.line, column: c.column },
        job: null,
        step: null,
        stepName: null,
        secrets: [],
        destinations: [],
        evidence: [],
      })),
};
