/** Helpers for engine tests: scan fixture files with a policy, summarise findings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanFiles } from '../../src/analysis/engine.js';
import type { ScanResult } from '../../src/analysis/api.js';
import type { Finding } from '../../src/analysis/types.js';
import { buildPolicy } from '../../src/policy/build.js';
import { loadPolicyConfig } from '../../src/policy/config.js';
import type { Policy } from '../../src/policy/types.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function policyFrom(configText?: string): Policy {
  return buildPolicy({
    inputEndpoints: [],
    ...(configText ? { config: loadPolicyConfig(configText, 'policy.yml') } : {}),
  });
}

/** Scans workflow text as if it were `.github/workflows/<name>`; local actions resolve under `root`. */
export async function scanText(
  text: string,
  options: { policy?: Policy; name?: string; root?: string } = {},
): Promise<ScanResult> {
  const root = options.root;
  return scanFiles(
    [{ path: options.name ?? '.github/workflows/test.yml', content: text }],
    options.policy ?? policyFrom(),
    {
      ...(root
        ? {
            readLocalAction: (path: string) => {
              for (const f of ['action.yml', 'action.yaml']) {
                try {
                  return Promise.resolve(readFileSync(join(root, path, f), 'utf8'));
                } catch {
                  /* try the next name */
                }
              }
              return Promise.resolve(null);
            },
          }
        : {}),
    },
  );
}

export function errors(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' && !f.suppressed);
}

/** `rule secrets → destinations @line`, compact for assertion messages. */
export function describe(findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `${f.severity} ${f.rule} [${f.secrets.join(',')}] → [${f.destinations.join(',')}] @${f.location.line}: ${f.message}`,
    )
    .join('\n');
}
