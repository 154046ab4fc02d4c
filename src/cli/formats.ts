/**
 * The output formats of the CLI and the reports the action writes, chosen in one place. These are deliberately
 * plain stand-ins for the formatters in src/report/ (annotations with GitHub's limits, summary, SARIF, JSON v1,
 * text): when those land, each function here becomes a one-line delegation.
 */
import { relative } from 'node:path';
import type { ScanResult } from '../analysis/api.js';
import type { Finding } from '../analysis/types.js';

export type Format = 'text' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

/** The stable `--format json` document, version 1 (see the CLI contract in the README). */
export interface JsonReportV1 {
  version: 1;
  files: { path: string; error: string | null }[];
  findings: {
    rule: string;
    severity: Finding['severity'];
    file: string;
    line: number;
    column: number;
    job: string | null;
    step: number | null;
    stepName: string | null;
    secrets: string[];
    destinations: string[];
    message: string;
    suppressed?: string;
  }[];
}

export function toJsonReport(result: ScanResult): JsonReportV1 {
  return {
    version: 1,
    files: result.files.map((f) => ({ path: f.path, error: f.error })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.location.file,
      line: f.location.line,
      column: f.location.column,
      job: f.job,
      step: f.step,
      stepName: f.stepName,
      secrets: [...f.secrets],
      destinations: [...f.destinations],
      message: f.message,
      ...(f.suppressed ? { suppressed: f.suppressed.reason } : {}),
    })),
  };
}

export function formatJson(result: ScanResult): string {
  return JSON.stringify(toJsonReport(result), null, 2) + '\n';
}

/** Minimal SARIF 2.1.0: one run, one result per active finding, with the fingerprint code scanning keys on. */
export function formatSarif(result: ScanResult, version: string): string {
  const rules = [...new Set(result.findings.map((f) => f.rule))].sort();
  const level = { error: 'error', warning: 'warning', note: 'note' } as const;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Exfil Guard',
            version,
            informationUri: 'https://github.com/exfil-guard/exfil-guard',
            rules: rules.map((id) => ({ id, shortDescription: { text: id } })),
          },
        },
        results: result.findings
          .filter((f) => !f.suppressed)
          .map((f) => ({
            ruleId: f.rule,
            level: level[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.location.file },
                  region: { startLine: f.location.line, startColumn: f.location.column },
                },
              },
            ],
            partialFingerprints: { 'exfilGuard/v1': f.fingerprint },
          })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** Workflow commands, escaped the way the runner reads them, so a CI log shows annotations. */
export function formatGithub(result: ScanResult): string {
  const lines: string[] = [];
  for (const f of result.files) {
    if (f.error !== null) lines.push(command('error', { file: f.path, title: 'unreadable file' }, f.error));
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const kind = f.severity === 'note' ? 'notice' : f.severity;
    lines.push(
      command(
        kind,
        {
          file: f.location.file,
          line: String(f.location.line),
          endLine: f.location.endLine !== undefined ? String(f.location.endLine) : undefined,
          col: String(f.location.column),
          title: `Exfil Guard: ${f.rule}`,
        },
        f.message,
      ),
    );
  }
  return lines.map((l) => l + '\n').join('');
}

function command(name: string, props: Record<string, string | undefined>, message: string): string {
  const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const p = Object.entries(props)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${escProp(v)}`)
    .join(',');
  return `::${name}${p ? ` ${p}` : ''}::${escData(message)}`;
}

/** For humans: grouped by file, job and step, with the offending source line. */
export function formatText(
  result: ScanResult,
  opts: { color: boolean; readLine?: (file: string, line: number) => string | undefined; cwd?: string },
): string {
  const paint = (code: number, s: string): string => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = { error: paint(31, 'error'), warning: paint(33, 'warning'), note: paint(36, 'note') };
  const out: string[] = [];
  const show = (p: string): string => (opts.cwd && p.startsWith('/') ? relative(opts.cwd, p) : p);
  for (const f of result.files) {
    if (f.error !== null) out.push(`${paint(31, 'unreadable')} ${show(f.error)}`);
  }
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.location.file, [...(byFile.get(f.location.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    out.push('', paint(1, show(file)));
    let group = '';
    for (const f of findings) {
      const g =
        f.job === null ? '(file)' : f.step === null ? `job ${f.job}` : `job ${f.job}, step ${f.step + 1}`;
      const label = f.stepName && f.step !== null ? `${g} "${f.stepName}"` : g;
      if (label !== group) out.push(`  ${label}`);
      group = label;
      const tag = f.suppressed ? `${paint(2, 'suppressed')} (${f.suppressed.reason})` : sev[f.severity];
      out.push(`    ${f.location.line}:${f.location.column}  ${tag}  ${f.message}  ${paint(2, f.rule)}`);
      const src = opts.readLine?.(file, f.location.line);
      if (src !== undefined) out.push(`      | ${src.trimEnd()}`);
    }
  }
  const active = result.findings.filter((f) => !f.suppressed);
  const count = (s: Finding['severity']): number => active.filter((f) => f.severity === s).length;
  const unreadable = result.files.filter((f) => f.error !== null).length;
  out.push(
    '',
    `${result.files.length} file(s) scanned${unreadable ? `, ${unreadable} unreadable` : ''}: ` +
      `${count('error')} error(s), ${count('warning')} warning(s), ${count('note')} note(s)` +
      (active.length < result.findings.length
        ? `, ${result.findings.length - active.length} suppressed`
        : ''),
  );
  return out.join('\n').replace(/^\n/, '') + '\n';
}
