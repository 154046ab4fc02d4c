/**
 * Publishes one analysis the way the action shows it: ranked annotations under GitHub's limits, the step summary
 * (capped), the JSON report, the SARIF file and the outputs. The formatting is the report layer's; this module
 * only decides where things go.
 */
import { isAbsolute, join } from 'node:path';
import type { ReportInput, RunVerdict } from '../report/index.js';
import {
  SUMMARY_MAX_BYTES,
  emitAnnotations,
  failureMessage,
  formatJson,
  formatSarif,
  planReportAnnotations,
  renderSummary,
  sarifCategory,
  setReportOutputs,
  summaryRoom,
  verdictOf,
  writeReportFile,
  writeSummary,
} from '../report/index.js';

export interface PublishOptions {
  /** RUNNER_TEMP: the JSON report goes under it. */
  tempDir: string;
  workspace: string;
  /** The `sarif-file` input; '' writes none. */
  sarifFile: string;
  version: string;
  /** `${GITHUB_SERVER_URL}/${GITHUB_ACTION_REPOSITORY}`, when known. */
  informationUri?: string;
}

export interface Published {
  verdict: RunVerdict;
  /** The one line for core.setFailed, or null when nothing reaches `fail-on`. */
  failure: string | null;
  reportFile: string;
  sarifFile: string;
}

export async function publishReports(input: ReportInput, opts: PublishOptions): Promise<Published> {
  const { result } = input;
  const { verdict } = verdictOf(result.findings, input.failOn);

  emitAnnotations(planReportAnnotations(input).annotations);

  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const room = await summaryRoom(summaryFile, SUMMARY_MAX_BYTES);
    await writeSummary(renderSummary(input, { maxBytes: room }), summaryFile);
  }

  const reportFile = join(opts.tempDir, 'exfil-guard', 'report.json');
  await writeReportFile(reportFile, formatJson(result));

  let sarifFile = '';
  if (opts.sarifFile !== '') {
    sarifFile = isAbsolute(opts.sarifFile) ? opts.sarifFile : join(opts.workspace, opts.sarifFile);
    const sarif = formatSarif(result, {
      category: sarifCategory(input.workflow?.path ?? 'workflow', input.workflow?.job ?? null),
      toolVersion: opts.version,
      rules: input.rules ?? [],
      ...(opts.informationUri ? { informationUri: opts.informationUri } : {}),
    });
    await writeReportFile(sarifFile, sarif);
  }

  setReportOutputs({
    findings: result.findings.filter((f) => f.suppressed === undefined).length,
    verdict,
    reportFile,
    sarifFile,
  });
  return { verdict, failure: failureMessage(result.findings, input.failOn), reportFile, sarifFile };
}
