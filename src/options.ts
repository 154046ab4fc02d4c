/** The validated action inputs. `src/inputs.ts` builds this from the runner's INPUT_* variables. */
import type { Endpoint } from './policy/types.js';
import type { Severity } from './analysis/types.js';

export type FailOn = Severity | 'never';
export type EgressMode = 'off' | 'audit' | 'block';
export type Scope = 'job' | 'workflow' | 'repository' | 'changed';

export interface Options {
  failOn: FailOn;
  egressPolicy: EgressMode;
  allowedEndpoints: Endpoint[];
  /** Path of the policy file, and whether the user set it explicitly (an explicit path must exist). */
  config: { path: string; explicit: boolean };
  scope: Scope;
  token: string;
  disableSudo: boolean;
  /** Empty: no SARIF file is written. */
  sarifFile: string;
  /** From `${{ job.workflow_* }}` defaults; empty strings when the runner does not provide them. */
  jobWorkflow: { ref: string; sha: string; repository: string; filePath: string };
  checkRunId: string;
}
