/**
 * The in-job context in two calls for the main step: `loadJobContext` before the analysis (which file, its text,
 * the event), `inspectJob` once the model exists (runner facts and runtime findings).
 */
import type { Finding } from '../analysis/types.js';
import type { GitHubClient } from '../github/types.js';
import type { Options } from '../options.js';
import type { Endpoint } from '../policy/types.js';
import type { Job, Workflow } from '../workflow/types.js';
import { completePushFacts, loadEventPayload, readEvent } from './event.js';
import { findGuardStep } from './guard-position.js';
import { jobSecretNames } from './job-secrets.js';
import { callerOnlyNote, locateWorkflow, refineWithModel } from './locate.js';
import { localActionReader, readWorkflow } from './read-workflow.js';
import { readRunnerFacts } from './runner.js';
import { runtimeFindings } from './runtime-findings.js';
import type { EventFacts, ReadFile, RunnerProbes, RuntimeFacts, WorkflowLocation } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface JobContext {
  location: WorkflowLocation;
  file: ReadFile;
  event: EventFacts;
  /** The engine's `readLocalAction`: workspace or API at the same commit. */
  readLocalAction: (path: string) => Promise<string | null>;
  /** The file lives in another repository than the one running the job: annotations cannot link into it. */
  otherRepository: boolean;
}

export async function loadJobContext(
  env: Env,
  options: Pick<Options, 'jobWorkflow'>,
  deps: { client: GitHubClient | null; workspace: string },
): Promise<JobContext> {
  const location = locateWorkflow(env, options);
  const ctx = {
    workspace: deps.workspace,
    client: deps.client,
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
  };
  const [file, payload] = await Promise.all([
    readWorkflow(location, ctx),
    loadEventPayload(env.GITHUB_EVENT_PATH),
  ]);
  let event = readEvent(env.GITHUB_EVENT_NAME ?? '', payload, location.path, location.repository);
  const client = deps.client;
  if (client) {
    event = await completePushFacts(
      event,
      payload,
      (a, b) => client.compare(location.repository, a, b),
      location.path,
    );
  }
  return {
    location,
    file,
    event,
    readLocalAction: localActionReader(location, ctx),
    otherRepository: (env.GITHUB_REPOSITORY ?? '').toLowerCase() !== location.repository.toLowerCase(),
  };
}

export interface JobInspection {
  /** The location, with `callerOnly` set when the job turned out to be inside an unseen reusable workflow. */
  location: WorkflowLocation;
  runtime: RuntimeFacts;
  findings: Finding[];
  /** The sentence for the summary when only the caller is known. */
  note?: string;
  /** Secrets the running job holds, by name (`secrets (all)` for dumps and `secrets: inherit`). */
  jobSecrets: string[];
}

export async function inspectJob(
  env: Env,
  context: JobContext,
  workflow: Workflow | null,
  deps: { probes: RunnerProbes; allowlist: readonly Endpoint[] },
): Promise<JobInspection> {
  const location = workflow ? refineWithModel(context.location, workflow) : context.location;
  const job: Job | undefined = location.callerOnly
    ? undefined
    : workflow?.jobs.find((j) => j.id === location.job);
  const runtime = await readRunnerFacts(env, deps.probes, {
    allowlist: deps.allowlist,
    event: context.event,
    ...(job ? { job } : {}),
  });
  const fromModel = workflow && job ? jobSecretNames(workflow, job) : [];
  // What the model shows, plus secret-bearing names the step's environment shows (set by job or workflow env).
  const jobSecrets = [...new Set([...fromModel, ...(runtime.secretEnvNames ?? [])])].sort();
  const findings = runtimeFindings(runtime, context.event, jobSecrets, location, {
    ...(job ? { job, guardStep: findGuardStep(job, env) } : {}),
  });
  const note = callerOnlyNote(location);
  return { location, runtime, findings, jobSecrets, ...(note ? { note } : {}) };
}
