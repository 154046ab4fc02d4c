import type { Policy } from './types.js';

/** The zero-configuration policy: built-in affinity on, nothing else allowed, nothing suppressed. */
export function defaultPolicy(): Policy {
  return {
    global: [],
    jobs: new Map(),
    secrets: [],
    affinity: true,
    suppressions: [],
    ruleOverrides: new Map(),
  };
}
