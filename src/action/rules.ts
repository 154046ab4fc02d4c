/** Every rule a report can name: the engine's registry and the scan layer's own rules (titles, SARIF rules). */
import type { RuleInfo } from '../report/index.js';

export async function knownRules(): Promise<RuleInfo[]> {
  const [{ rules }, { scanRules }] = await Promise.all([
    import('../analysis/rules/registry.js'),
    import('../scan/scan-rules.js'),
  ]);
  return [...rules, ...scanRules];
}
