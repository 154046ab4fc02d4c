/**
 * Which workflow file defines the running job, and its text. A stand-in for src/context/ (which adds the REST
 * contents API at the workflow's commit, reusable-workflow callers and clearer permission messages): run-main
 * only calls `locateWorkflow` and `readWorkflowFile`, so replacing this module is a two-line change there.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { UserError } from '../errors.js';
import type { Options } from '../options.js';

export interface WorkflowLocation {
  /** `owner/repo` that holds the file. */
  repository: string;
  /** Path inside that repository: `.github/workflows/release.yml`. */
  path: string;
  /** Commit of the file when known, else ''. */
  sha: string;
  /** Where the location came from, for messages. */
  from: 'job.workflow_* inputs' | 'GITHUB_WORKFLOW_REF';
}

/**
 * Prefers the `job.workflow_*` inputs (they name the called file inside a reusable workflow); otherwise
 * GITHUB_WORKFLOW_REF, `owner/repo/.github/workflows/file.yml@refs/heads/main`, which always names the caller.
 */
export function locateWorkflow(options: Options, env: NodeJS.ProcessEnv): WorkflowLocation {
  const jw = options.jobWorkflow;
  if (jw.filePath !== '' || jw.ref !== '') {
    const fromRef = jw.ref !== '' ? parseWorkflowRef(jw.ref) : null;
    const repository = jw.repository || fromRef?.repository || env.GITHUB_REPOSITORY || '';
    const path = jw.filePath || fromRef?.path || '';
    if (repository !== '' && path !== '') {
      return { repository, path, sha: jw.sha, from: 'job.workflow_* inputs' };
    }
  }
  const ref = env.GITHUB_WORKFLOW_REF ?? '';
  const parsed = parseWorkflowRef(ref);
  if (!parsed) {
    throw new UserError(
      `Cannot tell which workflow is running: GITHUB_WORKFLOW_REF is ${ref === '' ? 'not set' : `"${ref}"`}; ` +
        'run Exfil Guard as a step of a GitHub Actions job',
    );
  }
  return { ...parsed, sha: env.GITHUB_WORKFLOW_SHA ?? '', from: 'GITHUB_WORKFLOW_REF' };
}

/** `owner/repo/path/to/file.yml@ref` → repository and path; null when it has not that shape. */
export function parseWorkflowRef(ref: string): { repository: string; path: string } | null {
  const m = /^([^/@\s]+\/[^/@\s]+)\/([^@]+\.ya?ml)(?:@.*)?$/.exec(ref.trim());
  return m ? { repository: m[1] ?? '', path: m[2] ?? '' } : null;
}

/**
 * Reads the workflow from the checked-out workspace. Only the repository that is checked out can be read this
 * way; anything else is an error that names the fix rather than a silent pass.
 */
export async function readWorkflowFile(
  loc: WorkflowLocation,
  env: NodeJS.ProcessEnv,
): Promise<{ path: string; text: string }> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const here = env.GITHUB_REPOSITORY ?? '';
  const path = normalize(loc.path);
  if (path.startsWith('..') || path.startsWith('/')) {
    throw new UserError(`Workflow path "${loc.path}" (from ${loc.from}) is not inside the repository`);
  }
  if (here !== '' && loc.repository.toLowerCase() !== here.toLowerCase()) {
    throw new UserError(
      `The running workflow ${loc.repository}/${loc.path} is in another repository than ${here}; ` +
        'reading it through the API is not available in this build yet',
    );
  }
  try {
    return { path, text: await readFile(join(workspace, path), 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      `Cannot read the running workflow ${path} from the workspace (${code ?? 'error'}); ` +
        'check out the repository (actions/checkout) before the Exfil Guard step',
    );
  }
}
