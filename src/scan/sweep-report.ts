/**
 * Output of an organisation sweep: the closing table of repositories with findings, and the `--format json` and
 * `--format sarif` documents (the per-repository shapes are the local scan's, from src/report).
 */
import type { Finding } from '../analysis/types.js';
import type { FailOn } from '../options.js';
import { toJsonReport, type JsonReportV1 } from '../report/json.js';
import { terminalSafe } from '../report/escape.js';
import { toSarif, type SarifLog, type SarifRun } from '../report/sarif.js';
import type { RuleInfo } from '../report/types.js';
import { verdictOf } from '../report/verdict.js';
import type { IocMatch } from './ioc.js';
import { scanRules } from './scan-rules.js';
import type { SweepEntry, SweepResult } from './sweep.js';

export interface RepoCounts {
  repository: string;
  errors: number;
  warnings: number;
  notes: number;
  iocs: number;
}

/** Unsuppressed findings per severity, indicator matches counted apart (each also has an `ioc-*` finding). */
export function countsOf(entry: SweepEntry): RepoCounts {
  const active = entry.result.findings.filter(
    (f) => f.suppressed === undefined && !f.rule.startsWith('ioc-'),
  );
  const iocRules = entry.result.findings.filter(
    (f) => f.suppressed === undefined && f.rule.startsWith('ioc-'),
  );
  return {
    repository: entry.repository,
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warning').length,
    notes: active.filter((f) => f.severity === 'note').length,
    iocs: iocRules.length,
  };
}

/** Every finding of the sweep, for the exit code (`verdictOf(sweepFindings(r), failOn).shouldFail`). */
export function sweepFindings(result: SweepResult): Finding[] {
  return result.entries.flatMap((e) => e.result.findings);
}

export function sweepShouldFail(result: SweepResult, failOn: FailOn): boolean {
  return verdictOf(sweepFindings(result), failOn).shouldFail;
}

/**
 * The closing table: repositories with errors, warnings or indicator matches, worst first; then what was
 * skipped or failed, and one summary line. Plain text; `color` only adds emphasis.
 */
export function renderSweepTable(result: SweepResult, options: { color?: boolean } = {}): string {
  const paint = (code: number, text: string): string =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const rows = result.entries
    .map(countsOf)
    .filter((c) => c.errors + c.warnings + c.iocs > 0)
    .sort(
      (a, b) =>
        b.iocs - a.iocs ||
        b.errors - a.errors ||
        b.warnings - a.warnings ||
        (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0),
    );
  const out: string[] = [];
  if (rows.length > 0) {
    const header = ['REPOSITORY', 'ERRORS', 'WARNINGS', 'IOCS'];
    const cells = rows.map((r) => [
      terminalSafe(r.repository),
      String(r.errors),
      String(r.warnings),
      String(r.iocs),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
    const line = (c: string[]): string =>
      c
        .map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    out.push(paint(1, line(header)));
    for (const c of cells) out.push(Number(c[3]) > 0 || Number(c[1]) > 0 ? paint(31, line(c)) : line(c));
    out.push('');
  }
  const byIoc = result.entries.flatMap((e) => e.result.iocs.map((m) => ({ repository: e.repository, m })));
  if (byIoc.length > 0) {
    out.push(paint(1, 'Indicators of compromise'));
    for (const { repository, m } of byIoc) out.push(`  ${terminalSafe(repository)}: ${describeIoc(m)}`);
    out.push('');
  }
  const failed = result.entries.filter((e) => e.status === 'failed');
  if (failed.length > 0) {
    out.push(paint(1, 'Repositories that could not be scanned'));
    for (const e of failed)
      out.push(`  ${terminalSafe(e.repository)}: ${terminalSafe(e.reason ?? 'unknown error')}`);
    out.push('');
  }
  out.push(summaryLine(result, rows.length));
  return `${out.join('\n')}\n`;
}

function describeIoc(m: IocMatch): string {
  const where = m.file ? ` in ${terminalSafe(m.file)}${m.line > 0 ? `:${m.line}` : ''}` : '';
  return `${m.severity} ${m.indicator} (${m.campaign}) ${terminalSafe(m.matched)}${where}`;
}

function summaryLine(result: SweepResult, withFindings: number): string {
  const { listed, scanned, skipped, failed } = result.counts;
  const reasons = new Map<string, number>();
  for (const e of result.entries) {
    if (e.status === 'skipped')
      reasons.set(e.reason ?? 'skipped', (reasons.get(e.reason ?? 'skipped') ?? 0) + 1);
  }
  const why = [...reasons].map(([r, n]) => `${n} ${r}`).join(', ');
  return (
    `${result.organisation}: ${listed} repositor${listed === 1 ? 'y' : 'ies'}, ${scanned} scanned, ` +
    `${skipped} skipped${why ? ` (${why})` : ''}, ${failed} failed; ${withFindings} with findings`
  );
}

export interface SweepJsonV1 {
  version: 1;
  organisation: string;
  counts: SweepResult['counts'];
  repositories: (JsonReportV1 & {
    repository: string;
    ref: string;
    status: SweepEntry['status'];
    reason: string | null;
    iocs: IocMatch[];
  })[];
}

/** `--format json`: the JSON v1 report of each repository, with `repository`, status and indicators added. */
export function toSweepJson(result: SweepResult): SweepJsonV1 {
  return {
    version: 1,
    organisation: result.organisation,
    counts: result.counts,
    repositories: [...result.entries]
      .sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0))
      .map((e) => ({
        ...toJsonReport(e.result),
        repository: e.repository,
        ref: e.result.ref,
        status: e.status,
        reason: e.reason ?? null,
        iocs: e.result.iocs,
      })),
  };
}

export function formatSweepJson(result: SweepResult): string {
  return `${JSON.stringify(toSweepJson(result), null, 2)}\n`;
}

export interface SweepSarifOptions {
  toolVersion: string;
  /** The engine's registered rules; the scan layer's own are added. */
  rules: readonly RuleInfo[];
  /** Repository links: `https://github.com` or a GHES server URL. */
  serverUrl?: string;
}

/**
 * `--format sarif`: one run per repository with findings (SARIF's way to hold several repositories), each with
 * its version-control provenance and a category naming the repository.
 */
export function toSweepSarif(result: SweepResult, options: SweepSarifOptions): SarifLog {
  const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const rules = [...options.rules, ...scanRules.filter((r) => !options.rules.some((o) => o.id === r.id))];
  const runs: (SarifRun & { versionControlProvenance: { repositoryUri: string; branch: string }[] })[] = [];
  for (const entry of result.entries) {
    if (entry.result.findings.length === 0 && entry.result.files.every((f) => f.error === null)) continue;
    const log = toSarif(entry.result, {
      category: `exfil-guard/org/${entry.repository}/`,
      toolVersion: options.toolVersion,
      rules,
    });
    for (const run of log.runs) {
      runs.push({
        ...run,
        versionControlProvenance: [
          { repositoryUri: `${server}/${entry.repository}`, branch: entry.result.ref },
        ],
      });
    }
  }
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs };
}

export function formatSweepSarif(result: SweepResult, options: SweepSarifOptions): string {
  return `${JSON.stringify(toSweepSarif(result, options), null, 2)}\n`;
}
