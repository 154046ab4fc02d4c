/**
 * The policy the action and the CLI analyse with: the built-in defaults, the policy file and the
 * `allowed-endpoints` input. A seam for src/policy/config.ts (the file loader): until it lands a present policy
 * file is reported as not read, and an explicitly named one that is missing is an error either way.
 */
import { access } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../errors.js';
import type { Endpoint, Policy } from '../policy/types.js';
import { defaultPolicy } from '../policy/defaults.js';

export interface PolicyRequest {
  /** Policy file path (relative to `base`), and whether the user named it (then it must exist). */
  config: { path: string; explicit: boolean } | null;
  base: string;
  /** Extra endpoints every secret may reach (the `allowed-endpoints` input). */
  allowedEndpoints: Endpoint[];
}

export interface PolicyResult {
  policy: Policy;
  /** The file that was read, if any. */
  file: string | null;
  /** Things the user should know (one line each). */
  notes: string[];
}

export async function buildPolicy(req: PolicyRequest): Promise<PolicyResult> {
  const policy = defaultPolicy();
  const notes: string[] = [];
  let file: string | null = null;
  if (req.config) {
    const path = isAbsolute(req.config.path) ? req.config.path : join(req.base, req.config.path);
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (!exists && req.config.explicit) {
      throw new UserError(`Policy file "${req.config.path}" does not exist`);
    }
    if (exists) {
      file = req.config.path;
      notes.push(`Policy file ${req.config.path} is present but this build does not read policy files yet`);
    }
  }
  policy.global.push(...req.allowedEndpoints);
  return { policy, file, notes };
}
