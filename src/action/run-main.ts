/**
 * The action's main step: policy → egress → the files the scope names → analysis → annotations, summary,
 * reports, outputs → fail decision. Each stage is a call into the layer that owns it; the layers still being
 * written sit behind one-module seams in this folder (workflow-source.ts for src/context, egress-seam.ts for
 * src/egress).
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { ScanResult } from '../analysis/api.js';
import { UserError } from '../errors.js';
import type { Options } from '../options.js';
import type { WorkflowIdentity } from '../report/index.js';
import { VERSION } from '../cli/version.js';
import { localActionReader } from '../cli/scan-local.js';
import { startEgress } from './egress-seam.js';
import { saveMainState } from './outputs.js';
import { buildPolicy } from './policy.js';
import { publishReports } from './reports.js';
import { locateWorkflow, readWorkflowFile } from './workflow-source.js';

interface Analysis {
  result: ScanResult;
  sources: Map<string, string>;
  workflow: WorkflowIdentity;
}

export async function runMain(options: Options, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = performance.now();
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const tempDir = env.RUNNER_TEMP || tmpdir();

  const { policy } = await buildPolicy({
    config: options.config,
    base: workspace,
    allowedEndpoints: options.allowedEndpoints,
  });
  const egress = await startEgress(options, policy);

  const analysis = await analyse(options, env, workspace, policy);
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const published = await publishReports(
    {
      result: analysis.result,
      failOn: options.failOn,
      workflow: analysis.workflow,
      sources: analysis.sources,
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
  saveMainState({ completed: true, reportFile: published.reportFile, egress });

  core.debug(
    `exfil-guard main: ${analysis.result.files.length} file(s), ${analysis.result.findings.length} finding(s) ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
  if (published.failure !== null) core.setFailed(published.failure);
}

async function analyse(
  options: Options,
  env: NodeJS.ProcessEnv,
  workspace: string,
  policy: Awaited<ReturnType<typeof buildPolicy>>['policy'],
): Promise<Analysis> {
  const repository = env.GITHUB_REPOSITORY ?? '';
  switch (options.scope) {
    case 'job':
    case 'workflow': {
      const loc = locateWorkflow(options, env);
      const file = await readWorkflowFile(loc, env);
      const job = env.GITHUB_JOB ?? '';
      const { scanFiles } = await import('../analysis/engine.js');
      const result = await scanFiles([{ path: file.path, content: file.text }], policy, {
        ...(options.scope === 'job' && job !== '' ? { jobs: [job] } : {}),
        readLocalAction: localActionReader(workspace),
      });
      return {
        result,
        sources: new Map([[file.path, file.text]]),
        workflow: {
          repository: loc.repository,
          path: file.path,
          ...(loc.sha ? { sha: loc.sha } : {}),
          ...(job ? { job } : {}),
          otherRepository: repository !== '' && loc.repository.toLowerCase() !== repository.toLowerCase(),
        },
      };
    }
    case 'repository': {
      // The checked-out workspace; reading through the API without a checkout is src/scan's (scanRepository).
      const { scanFileSource } = await import('../scan/repository.js');
      const { fsFileSource } = await import('../scan/source.js');
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
      const { createGitHubClient } = await import('../github/client.js');
      const { scanForEvent } = await import('../scan/event.js');
      const client = createGitHubClient({
        token: options.token,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      });
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

async function readEvent(env: NodeJS.ProcessEnv): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new UserError('scope "changed" needs the event payload, but GITHUB_EVENT_PATH is not set');
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    throw new UserError(`scope "changed" cannot read the event payload at ${path}`);
  }
}
