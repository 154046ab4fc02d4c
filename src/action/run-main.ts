/**
 * The action's main step: policy → egress → the files the scope names → analysis → annotations, summary,
 * reports, outputs → fail decision. Each stage is a call into the layer that owns it; the layers still being
 * written sit behind one-module seams in this folder (egress-seam.ts and egress-post.ts for src/egress).
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { ScanResult } from '../analysis/api.js';
import { scanFiles } from '../analysis/engine.js';
import * as context from '../context/index.js';
import { UserError } from '../errors.js';
import type { Options } from '../options.js';
import type { RuntimeFacts, WorkflowIdentity } from '../report/index.js';
import type { Workflow } from '../workflow/types.js';
import { buildModel } from '../workflow/build.js';
import { scanForEvent, changeOfEvent } from '../scan/event.js';
import { scanFileSource } from '../scan/repository.js';
import { fsFileSource } from '../scan/source.js';
import { prefetchGrammars } from '../scripts/grammars.js';
import { VERSION } from '../cli/version.js';
import { startEgress } from './egress-seam.js';
import { saveMainState } from './outputs.js';
import { buildPolicy } from './policy.js';
import { publishReports } from './reports.js';
import { lazyGitHubClient } from '../github/lazy.js';
import { knownRules } from './rules.js';

/** Milliseconds since the process started, per stage, for the debug log: where the step's time goes. */
class Stages {
  private readonly started = performance.now();
  private readonly marks: string[] = [`start ${Math.round(this.started)}`];
  mark(stage: string): void {
    this.marks.push(`${stage} ${Math.round(performance.now())}`);
  }
  toString(): string {
    return `${Math.round(performance.now() - this.started)} ms (ms since process start: ${this.marks.join(', ')})`;
  }
}

interface Analysis {
  result: ScanResult;
  sources: Map<string, string>;
  workflow: WorkflowIdentity;
  runtime?: RuntimeFacts;
  /** Secret names the guarded job uses (job scopes), for the egress allowlist. */
  secrets?: string[];
}

const apiUrl = (env: NodeJS.ProcessEnv): string => env.GITHUB_API_URL || 'https://api.github.com';

/** The workflow model for the engine and the runtime checks; null when the file is not a workflow the model can read. */
function workflowModel(path: string, text: string): Workflow | null {
  try {
    const model = buildModel(path, text);
    return model.kind === 'workflow' ? model : null;
  } catch {
    // The engine reports the file's problem; the runtime facts are still gathered without the model.
    return null;
  }
}

export interface MainPaths {
  /** `dist/dns-daemon.js`, started detached when egress control is on. */
  dnsDaemon: string;
}

export async function runMain(
  options: Options,
  env: NodeJS.ProcessEnv = process.env,
  paths: MainPaths = { dnsDaemon: '' },
): Promise<void> {
  const stages = new Stages();
  // Most workflows run shell steps: the bash grammar (about 45 ms of compiling) compiles on V8's background
  // threads while the policy and the runner context load. A failure here is reported by the parse that needs it.
  prefetchGrammars(['bash']);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const tempDir = env.RUNNER_TEMP || tmpdir();

  const rules = knownRules();
  const { policy } = await buildPolicy({
    ruleIds: new Set(rules.map((r) => r.id)),
    config: options.config,
    base: workspace,
    allowedEndpoints: options.allowedEndpoints,
    ...(options.scope === 'changed' ? { readFile: await baseCommitReader(options, env) } : {}),
  });
  stages.mark('policy');
  const analysis = await analyse(options, env, workspace, policy, stages);
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const published = await publishReports(
    {
      result: analysis.result,
      failOn: options.failOn,
      workflow: analysis.workflow,
      sources: analysis.sources,
      rules,
      ...(analysis.runtime ? { runtime: analysis.runtime } : {}),
    },
    {
      tempDir,
      workspace,
      sarifFile: options.sarifFile,
      version: VERSION,
      ...(env.GITHUB_ACTION_REPOSITORY
        ? { informationUri: `${server}/${env.GITHUB_ACTION_REPOSITORY}` }
        : {}),
    },
  );
  stages.mark('reports');
  // The allowlist is installed after the analysis so that it is this job's: global and job entries plus the
  // issuers of the secrets the job holds. A failure here in block mode fails the step (fail closed).
  let egress = '';
  try {
    egress = await startEgress(options, {
      policy,
      job: analysis.workflow.job ?? null,
      secrets: analysis.secrets ?? [],
      daemonArgv: [process.execPath, paths.dnsDaemon],
      ...(server !== 'https://github.com' ? { githubServerHost: new URL(server).host } : {}),
    });
  } finally {
    saveMainState({ completed: true, reportFile: published.reportFile, egress });
  }

  stages.mark('egress');
  core.debug(
    `exfil-guard main: ${analysis.result.files.length} file(s), ${analysis.result.findings.length} finding(s) ` +
      `in ${stages.toString()}`,
  );
  if (published.failure !== null) core.setFailed(published.failure);
  else {
    // A file that could not be analysed is never a pass, whatever fail-on says: nothing was checked in it.
    const unreadable = analysis.result.files.find((f) => f.error !== null);
    if (unreadable?.error) core.setFailed(`Exfil Guard could not analyse ${unreadable.error}`);
  }
}

async function analyse(
  options: Options,
  env: NodeJS.ProcessEnv,
  workspace: string,
  policy: Awaited<ReturnType<typeof buildPolicy>>['policy'],
  stages: Stages,
): Promise<Analysis> {
  const repository = env.GITHUB_REPOSITORY ?? '';
  switch (options.scope) {
    case 'job':
    case 'workflow': {
      // Probes (container, iptables, and sudo when egress control needs it) start now and overlap with reading
      // and analysing the workflow.
      const probes = context.prefetchProbes(context.systemProbes({ sudo: options.egressPolicy !== 'off' }));
      const client =
        options.token !== '' ? lazyGitHubClient({ token: options.token, apiUrl: apiUrl(env) }) : null;
      const job = await context.loadJobContext(env, options, { client, workspace });
      stages.mark('context');
      const { file, location } = job;
      // Built once, for the engine and for the runtime checks; a file the model cannot read is left to the engine,
      // which reports why.
      const model = workflowModel(file.file, file.text);
      const result = await scanFiles(
        [{ path: file.file, content: file.text, ...(model ? { model } : {}) }],
        policy,
        {
          ...(options.scope === 'job' && location.job !== '' ? { jobs: [location.job] } : {}),
          readLocalAction: job.readLocalAction,
        },
      );
      stages.mark('scan');
      const guarded = model?.jobs.filter((j) => options.scope === 'workflow' || j.id === location.job) ?? [];
      const inspection = await context.inspectJob(env, job, model, {
        probes,
        allowlist: policy.global,
      });
      stages.mark('inspect');
      return {
        result: { files: result.files, findings: [...result.findings, ...inspection.findings] },
        sources: new Map([[file.file, file.text]]),
        runtime: inspection.runtime,
        secrets: [
          ...new Set([
            ...result.findings.flatMap((f) => f.secrets),
            ...guarded.flatMap((j) => (model ? context.jobSecretNames(model, j) : [])),
          ]),
        ],
        workflow: {
          repository: inspection.location.repository,
          path: file.file,
          ...(inspection.location.sha ? { sha: inspection.location.sha } : {}),
          ...(inspection.location.job ? { job: inspection.location.job } : {}),
          otherRepository: job.otherRepository,
          ...(inspection.note ? { note: inspection.note } : {}),
        },
      };
    }
    case 'repository': {
      // The checked-out workspace; reading through the API without a checkout is src/scan's (scanRepository).
      const scan = await scanFileSource(fsFileSource(workspace), policy, {
        ...(repository ? { repository } : {}),
        ...(env.GITHUB_SHA ? { ref: env.GITHUB_SHA } : {}),
      });
      if (scan.files.length === 0) {
        throw new UserError(
          'scope "repository" found no workflow or action files in the workspace; check out the repository ' +
            '(actions/checkout) before the Exfil Guard step',
        );
      }
      return { result: scan, sources: scan.sources, workflow: { repository, path: '.github/workflows' } };
    }
    case 'changed': {
      const payload = await readEvent(env);
      const client = lazyGitHubClient({ token: options.token, apiUrl: apiUrl(env) });
      const scan = await scanForEvent(env.GITHUB_EVENT_NAME ?? '', payload, client, policy);
      // What the change introduces; findings already present at the base are not raised again.
      return {
        result: { files: scan.result.files, findings: scan.introduced },
        sources: scan.result.sources,
        workflow: {
          repository: scan.repository || repository,
          path: scan.scanned.length === 1 ? (scan.scanned[0] ?? '') : '.github/workflows',
          ...(scan.head ? { sha: scan.head } : {}),
        },
      };
    }
  }
}

/**
 * scope: changed judges a change, so its policy must come from before the change: the policy file is read at the
 * base commit through the API, never from the workspace (which may hold the pull request's own version).
 */
async function baseCommitReader(
  options: Options,
  env: NodeJS.ProcessEnv,
): Promise<(path: string) => Promise<string | null>> {
  const payload = await readEvent(env);
  const change = changeOfEvent(env.GITHUB_EVENT_NAME ?? '', payload);
  if (!change?.base) return () => Promise.resolve(null);
  const { base, repository } = change;
  const client = lazyGitHubClient({ token: options.token, apiUrl: apiUrl(env) });
  return (path) => client.getFile(repository, path.replace(/^\.\//, ''), base);
}

async function readEvent(env: NodeJS.ProcessEnv): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new UserError('scope "changed" needs the event payload, but GITHUB_EVENT_PATH is not set');
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    throw new UserError(`scope "changed" cannot read the event payload at ${path}`);
  }
}
