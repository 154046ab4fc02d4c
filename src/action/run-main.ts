/**
 * The action's main step: policy → egress → locate and read the running workflow → analyse → annotations,
 * summary, reports, outputs → fail decision. Each stage is a call into the layer that owns it; the seams for
 * layers still being written (context, egress, reports) are single modules in this folder.
 */
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import type { ScanInput, ScanResult } from '../analysis/api.js';
import { UserError } from '../errors.js';
import type { Options } from '../options.js';
import { expandPaths } from '../cli/expand.js';
import { localActionReader, scanTargets } from '../cli/scan-local.js';
import { VERSION } from '../cli/version.js';
import { startEgress } from './egress-seam.js';
import { saveMainState, setOutputs } from './outputs.js';
import { buildPolicy } from './policy.js';
import {
  emitAnnotations,
  summaryMarkdown,
  writeJsonReport,
  writeSarifFile,
  writeSummary,
} from './reports.js';
import { failMessage, verdictOf } from './verdict.js';
import { locateWorkflow, readWorkflowFile } from './workflow-source.js';

export async function runMain(options: Options, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = performance.now();
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const tempDir = env.RUNNER_TEMP || tmpdir();

  const { policy, notes } = await buildPolicy({
    config: options.config,
    base: workspace,
    allowedEndpoints: options.allowedEndpoints,
  });
  const egress = await startEgress(options, policy);

  const loc = locateWorkflow(options, env);
  const job = env.GITHUB_JOB ?? '';
  let result: ScanResult;
  switch (options.scope) {
    case 'job':
    case 'workflow': {
      const file = await readWorkflowFile(loc, env);
      const input: ScanInput = { path: file.path, content: file.text };
      const { scanFiles } = await import('../analysis/engine.js');
      result = await scanFiles([input], policy, {
        ...(options.scope === 'job' && job !== '' ? { jobs: [job] } : {}),
        readLocalAction: localActionReader(workspace),
      });
      break;
    }
    case 'repository': {
      const { files } = await expandPaths(['.'], workspace);
      if (files.length === 0) {
        throw new UserError(
          'scope "repository" found no workflow or action files in the workspace; check out the repository first',
        );
      }
      result = await scanTargets(files, policy);
      break;
    }
    case 'changed':
      throw new UserError(
        'scope "changed" is not available in this build yet; use "job", "workflow" or "repository"',
      );
  }

  const verdict = verdictOf(result.findings);
  emitAnnotations(result);
  await writeSummary(
    summaryMarkdown(result, {
      verdict,
      workflow: `${loc.repository}/${loc.path}`,
      job,
      scope: options.scope,
      notes,
    }),
  );
  const reportFile = await writeJsonReport(result, tempDir);
  const sarifFile = await writeSarifFile(result, options.sarifFile, workspace, VERSION);
  setOutputs({
    findings: result.findings.filter((f) => !f.suppressed).length,
    verdict,
    reportFile,
    sarifFile,
  });
  saveMainState({ completed: true, reportFile, egress });

  core.debug(
    `exfil-guard main: ${result.files.length} file(s), ${result.findings.length} finding(s) in ${Math.round(performance.now() - started)} ms`,
  );
  const failure = failMessage(result.findings, options.failOn);
  if (failure !== null) core.setFailed(failure);
}
