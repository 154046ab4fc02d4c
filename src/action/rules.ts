/** Every rule a report can name: the engine's registry, the scan layer's and the runtime checks' (SARIF rules). */
import { rules } from '../analysis/rules/registry.js';
import { RUNTIME_RULES } from '../context/runtime-rules.js';
import type { RuleInfo } from '../report/index.js';
import { scanRules } from '../scan/scan-rules.js';

export function knownRules(): RuleInfo[] {
  return [...rules, ...scanRules, ...RUNTIME_RULES];
}
