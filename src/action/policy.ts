/**
 * The policy the action and the CLI analyse with: the built-in defaults, the policy file (through the policy
 * layer's loader, which validates it) and the `allowed-endpoints` input. Only this module reads the file.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { loadPolicy } from '../policy/build.js';
import type { Endpoint, Policy } from '../policy/types.js';

export interface PolicyRequest {
  /** Policy file path (relative to `base`), and whether the user named it (then it must exist). */
  config: { path: string; explicit: boolean } | null;
  base: string;
  /** Extra endpoints every secret may reach (the `allowed-endpoints` input). */
  allowedEndpoints: Endpoint[];
  /**
   * Reads the policy file from somewhere other than the workspace (scope: changed reads it at the base commit
   * through the API, so a pull request cannot allow its own destinations). Null: the file does not exist there.
   */
  readFile?: (path: string) => Promise<string | null>;
  /** Rule ids the policy file may name (the registry, loaded once by the caller). */
  ruleIds: ReadonlySet<string>;
}

export interface PolicyResult {
  policy: Policy;
  /** The file that was read, as the user wrote its path; null when none. */
  file: string | null;
}

export async function buildPolicy(req: PolicyRequest): Promise<PolicyResult> {
  // A misspelt rule id in `rules:` or `suppress:` must be an error, not a suppression that silently never matches.
  const ruleIds = req.ruleIds;
  if (req.config === null) {
    const { policy } = await loadPolicy({
      path: '',
      explicit: false,
      readFile: () => Promise.resolve(null),
      inputEndpoints: req.allowedEndpoints,
      knownRules: ruleIds,
    });
    return { policy, file: null };
  }
  const { policy, configFile } = await loadPolicy({
    path: req.config.path,
    explicit: req.config.explicit,
    // Messages name the path as the user wrote it; reads resolve it against the workspace or working directory.
    readFile: req.readFile ?? ((path) => readFile(isAbsolute(path) ? path : join(req.base, path))),
    inputEndpoints: req.allowedEndpoints,
    knownRules: ruleIds,
  });
  return { policy, file: configFile };
}
