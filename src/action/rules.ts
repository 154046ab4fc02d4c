/** Every rule a report can name: the engine's registry, the scan layer's and the runtime checks' (SARIF rules). */
import type { RuleInfo } from '../report/index.js';

export async function knownRules(): Promise<RuleInfo[]> {
  const [{ rules }, { scanRules }, { RUNTIME_RULES }] = await Promise.all([
    import('../analysis/rules/registry.js'),
    import('../scan/scan-rules.js'),
    import('../context/runtime-rules.js'),
  ]);
  return [...rules, ...scanRules, ...RUNTIME_RULES];
}
