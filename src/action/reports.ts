/**
 * What the action shows and writes: annotations, the step summary, the JSON report and the SARIF file. Only this
 * module touches @actions/core's annotation and summary APIs, so wiring in the formatters of src/report/ (ranked
 * annotations under GitHub's limits, the full summary, SARIF with categories) changes nothing else.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { ScanResult } from '../analysis/api.js';
import type { Finding } from '../analysis/types.js';
import { formatJson, formatSarif } from '../cli/formats.js';
import type { VerdictName } from './verdict.js';

/** GitHub shows at most 10 annotations of each type per step. */
const PER_TYPE = 10;

export function emitAnnotations(result: ScanResult): void {
  const shown = { error: 0, warning: 0, note: 0 };
  let hidden = 0;
  for (const f of result.findings) {
    if (f.suppressed) continue;
    if (shown[f.severity] >= PER_TYPE) {
      hidden++;
      continue;
    }
    shown[f.severity]++;
    const props: core.AnnotationProperties = {
      title: `Exfil Guard: ${f.rule}`,
      file: f.location.file,
      startLine: f.location.line,
      startColumn: f.location.column,
    };
    if (f.location.endLine !== undefined) props.endLine = f.location.endLine;
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }
  for (const file of result.files) {
    if (file.error !== null)
      core.warning(file.error, { title: 'Exfil Guard: file not analysed', file: file.path });
  }
  if (hidden > 0) core.notice(`${hidden} more findings in the job summary`, { title: 'Exfil Guard' });
}

export interface SummaryFacts {
  verdict: VerdictName;
  workflow: string;
  job: string;
  scope: string;
  notes: string[];
}

export function summaryMarkdown(result: ScanResult, facts: SummaryFacts): string {
  const banner = {
    clean: '✅ **Exfil Guard: no secret can reach a host outside the policy**',
    warning: '⚠️ **Exfil Guard: warnings**',
    error: '❌ **Exfil Guard: a secret can reach a host outside the policy**',
  }[facts.verdict];
  const lines = [
    `## Exfil Guard`,
    '',
    banner,
    '',
    `Workflow \`${esc(facts.workflow)}\`, job \`${esc(facts.job)}\`, scope \`${esc(facts.scope)}\`.`,
    '',
  ];
  const active = result.findings.filter((f) => !f.suppressed);
  if (active.length > 0) {
    lines.push('| Severity | Rule | Where | Secrets | Destinations | Finding |', '|---|---|---|---|---|---|');
    for (const f of active) lines.push(row(f));
    lines.push('');
  } else {
    lines.push('No findings.', '');
  }
  for (const file of result.files) if (file.error !== null) lines.push(`- Not analysed: ${esc(file.error)}`);
  for (const note of facts.notes) lines.push(`- ${esc(note)}`);
  return lines.join('\n') + '\n';
}

function row(f: Finding): string {
  const where = `${f.location.file}:${f.location.line}${f.step !== null ? ` (step ${f.step + 1})` : ''}`;
  return `| ${f.severity} | \`${esc(f.rule)}\` | ${esc(where)} | ${esc(f.secrets.join(', '))} | ${esc(
    f.destinations.join(', '),
  )} | ${esc(f.message)} |`;
}

/** HTML-escapes, and keeps table cells on one line. */
function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/\r?\n/g, ' ');
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown).write();
}

/** Writes the JSON report under RUNNER_TEMP and returns its path. */
export async function writeJsonReport(result: ScanResult, tempDir: string): Promise<string> {
  const path = join(tempDir, 'exfil-guard', 'report.json');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, formatJson(result));
  return path;
}

/** Writes SARIF where the `sarif-file` input says (relative to the workspace); '' when not asked for. */
export async function writeSarifFile(
  result: ScanResult,
  target: string,
  workspace: string,
  version: string,
): Promise<string> {
  if (target === '') return '';
  const path = isAbsolute(target) ? target : join(workspace, target);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, formatSarif(result, version));
  return path;
}
