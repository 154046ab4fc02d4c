/**
 * Which workflow file defines the running job. The `job.workflow_*` inputs name the file that defines the job,
 * also inside a reusable workflow; GITHUB_WORKFLOW_REF/SHA always name the top-level (calling) workflow.
 */
import { UserError } from '../errors.js';
import type { Options } from '../options.js';
import type { Workflow } from '../workflow/types.js';
import type { WorkflowLocation } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

interface ParsedRef {
  repository: string;
  path: string;
  ref: string;
}

/** `owner/repo/.github/workflows/file.yml@refs/heads/main` → its parts; null when it has not that shape. */
export function parseWorkflowRef(text: string): ParsedRef | null {
  const value = text.trim();
  const at = value.lastIndexOf('@');
  const head = at >= 0 ? value.slice(0, at) : value;
  const m = /^([\w.-]+\/[\w.-]+)\/(.+)$/.exec(head);
  if (!m) return null;
  return { repository: m[1] ?? '', path: m[2] ?? '', ref: at >= 0 ? value.slice(at + 1) : '' };
}

export function locateWorkflow(env: Env, options: Pick<Options, 'jobWorkflow'>): WorkflowLocation {
  const jw = options.jobWorkflow;
  const job = env.GITHUB_JOB ?? '';
  const callerText = env.GITHUB_WORKFLOW_REF ?? '';
  const caller = callerText === '' ? null : parseWorkflowRef(callerText);
  const callerSha = env.GITHUB_WORKFLOW_SHA ?? '';

  if (jw.ref !== '' || jw.filePath !== '') {
    const fromRef = jw.ref === '' ? null : parseWorkflowRef(jw.ref);
    if (jw.ref !== '' && !fromRef) {
      throw new UserError(
        `workflow-ref: "${jw.ref}" is not OWNER/REPO/PATH@REF; leave the input at its default ${'${{ job.workflow_ref }}'}`,
      );
    }
    const repository = jw.repository || fromRef?.repository || env.GITHUB_REPOSITORY || '';
    const path = checkedPath(jw.filePath || fromRef?.path || '', 'workflow-file-path');
    const sameAsCaller = caller !== null && sameRepo(caller.repository, repository) && caller.path === path;
    const location: WorkflowLocation = {
      repository,
      path,
      ref: fromRef?.ref ?? (sameAsCaller ? caller.ref : ''),
      sha: jw.sha || (sameAsCaller ? callerSha : ''),
      job,
      isReusable: caller !== null && !sameAsCaller,
      callerOnly: false,
      source: 'job-inputs',
    };
    if (repository === '') {
      throw new UserError(
        'workflow-repository: not set and GITHUB_REPOSITORY is empty; leave the input at its default',
      );
    }
    if (location.isReusable && caller) location.caller = { ...caller, sha: callerSha };
    return location;
  }

  if (!caller) {
    throw new UserError(
      `Cannot tell which workflow is running: GITHUB_WORKFLOW_REF is ${callerText === '' ? 'not set' : `"${callerText}"`}; ` +
        'run Exfil Guard as a step of a GitHub Actions job (or use the CLI to scan files)',
    );
  }
  const path = checkedPath(caller.path, 'GITHUB_WORKFLOW_REF');
  // GITHUB_WORKFLOW_SHA exists on every current runner; GITHUB_SHA is the same commit for a workflow of this
  // repository (the merge commit for pull_request, the base for pull_request_target).
  const sha =
    callerSha || (sameRepo(caller.repository, env.GITHUB_REPOSITORY ?? '') ? (env.GITHUB_SHA ?? '') : '');
  return {
    repository: caller.repository,
    path,
    ref: caller.ref,
    sha,
    job,
    isReusable: false,
    callerOnly: false,
    source: 'env',
  };
}

/**
 * Refines a location from GITHUB_WORKFLOW_REF once the file is read: when the job id is not a job with steps in
 * it but the file calls reusable workflows, the running job is inside one of them and only the caller is known.
 */
export function refineWithModel(location: WorkflowLocation, workflow: Workflow): WorkflowLocation {
  if (location.source !== 'env' || location.job === '') return location;
  const job = workflow.jobs.find((j) => j.id === location.job);
  if (job && !job.call) return location;
  if (job?.call || workflow.jobs.some((j) => j.call)) return { ...location, callerOnly: true };
  return location;
}

/** A sentence for the summary when only the calling workflow could be read. */
export function callerOnlyNote(location: WorkflowLocation): string | undefined {
  if (!location.callerOnly) return undefined;
  return (
    `Job ${location.job} runs inside a reusable workflow called by ${location.repository}/${location.path}; ` +
    'this runner did not name the called file (no job.workflow_* context), so only the calling workflow was analysed'
  );
}

function checkedPath(path: string, from: string): string {
  const clean = path.replace(/^\.\//, '');
  if (clean === '' || clean.startsWith('/') || clean.split('/').includes('..') || !/\.ya?ml$/.test(clean)) {
    throw new UserError(`${from}: "${path}" is not a workflow file path inside a repository (…/name.yml)`);
  }
  return clean;
}

function sameRepo(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
