import type { Rule } from '../types.js';
import { siteFields, where } from './helpers.js';

export const runnerMemoryRead: Rule = {
  id: 'runner-memory-read',
  title: "Step reads the runner's process memory",
  severity: 'error',
  rationale:
    "Every secret of the job sits in the Runner.Worker process's memory, masked or not. The compromised " +
    'tj-actions/changed-files (CVE-2025-30066) read /proc/<pid>/mem of Runner.Worker with sudo and printed the ' +
    "secrets, double base64-encoded, into public build logs. No build step needs another process's memory.",
  fix: 'Remove the step and the action that added it, rotate every secret the job could read, and pin actions to full commit SHAs.',
  check: (ctx) =>
    ctx.facts.flatMap((f) =>
      f.kind === 'memory-read'
        ? [
            {
              confidence: 'high' as const,
              message: `${f.text} goes after the runner's process memory, where every secret of the job is kept ${where(f.site, f.location)}`,
              location: f.location,
              ...siteFields(f.site),
              secrets: ['secrets (runner memory)'],
              destinations: [],
              evidence: [{ text: f.text, location: f.location }],
            },
          ]
        : [],
    ),
};
