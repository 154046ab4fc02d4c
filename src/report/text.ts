/**
 * The CLI's text format, for humans: findings grouped by file, job and step in reading order, each with the
 * offending source line and a caret under the column, its evidence chain and the fix; then one summary line.
 * Colour only when asked (the CLI passes `isTTY && !NO_COLOR`). All text from the workflow is made terminal-safe.
 */
import { isAbsolute, relative } from 'node:path';
import type { Finding, Location } from '../analysis/types.js';
import { chainText } from './evidence.js';
import { terminalSafe } from './escape.js';
import { compareByLocation, compareText } from './rank.js';
import type { ReportInput } from './types.js';
import { verdictOf } from './verdict.js';

export interface TextOptions {
  color: boolean;
  /** Reads a source line when `input.sources` does not hold the file (the CLI reads from disk). */
  readLine?: (file: string, line: number) => string | undefined;
  /** Absolute paths below this directory are shown relative to it. */
  cwd?: string;
}

/** Source lines longer than this are shown as a window around the column. */
const MAX_SOURCE_WIDTH = 160;

type Paint = (style: 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green', text: string) => string;

const codes = { bold: 1, dim: 2, red: 31, yellow: 33, cyan: 36, green: 32 } as const;

export function formatText(input: ReportInput, options: TextOptions): string {
  const paint: Paint = (style, text) => (options.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
  const safe = terminalSafe;
  const out: string[] = [];
  const lineOf = sourceReader(input, options);

  const failed = [...input.result.files]
    .filter((f) => f.error !== null)
    .sort((a, b) => compareText(a.path, b.path));
  if (failed.length > 0) {
    out.push(paint('bold', 'Files that could not be analysed'));
    for (const f of failed) out.push(`  ${paint('red', 'error')}  ${safe(f.error ?? '')}`);
    out.push('');
  }

  // Reading order: by file, then jobs and steps in the order their first finding appears.
  const sorted = [...input.result.findings].sort(compareByLocation);
  const byFile = groupBy(sorted, (f) => f.location.file);
  const show = (path: string) => {
    if (!options.cwd || !isAbsolute(path)) return path;
    const rel = relative(options.cwd, path);
    return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  };
  for (const [file, inFile] of byFile) {
    out.push(paint('bold', safe(show(file))));
    for (const [, inJob] of groupBy(inFile, (f) => f.job ?? '')) {
      const job = inJob[0]?.job ?? null;
      const jobIndent = job === null ? '  ' : '    ';
      if (job !== null) out.push(`  job ${safe(job)}`);
      for (const [, inStep] of groupBy(inJob, (f) => String(f.step))) {
        const first = inStep[0];
        if (!first) continue;
        let indent = jobIndent;
        if (first.step !== null) {
          const name = first.stepName ? ` "${safe(first.stepName)}"` : '';
          out.push(`${jobIndent}step ${first.step + 1}${name}`);
          indent = `${jobIndent}  `;
        }
        for (const f of inStep) findingBlock(f, indent, lineOf, paint, out);
      }
    }
    out.push('');
  }

  out.push(summaryLine(input, paint));
  return `${out.join('\n')}\n`;
}

function findingBlock(
  f: Finding,
  indent: string,
  lineOf: (file: string, line: number) => string | undefined,
  paint: Paint,
  out: string[],
): void {
  const safe = terminalSafe;
  const tag = f.suppressed
    ? paint('dim', 'suppressed')
    : f.severity === 'error'
      ? paint('red', 'error')
      : f.severity === 'warning'
        ? paint('yellow', 'warning')
        : paint('cyan', 'note');
  const where = `${f.location.line}:${f.location.column}`;
  out.push(`${indent}${where}  ${tag}  ${safe(f.message)}  ${paint('dim', `exfil-guard/${safe(f.rule)}`)}`);
  const detail = `${indent}    `;
  const source = lineOf(f.location.file, f.location.line);
  if (source !== undefined) out.push(...sourceExcerpt(source, f.location, detail, paint));
  if (f.suppressed)
    out.push(`${detail}${paint('dim', `suppressed by ${f.suppressed.by}: ${safe(f.suppressed.reason)}`)}`);
  const chain = chainText(f);
  if (chain) out.push(`${detail}${paint('dim', 'evidence:')} ${safe(chain)}`);
  if (f.fix && !f.suppressed) out.push(`${detail}${paint('dim', 'fix:')} ${safe(f.fix)}`);
}

/** The source line with a gutter, and a caret line under the finding's columns. */
export function sourceExcerpt(text: string, at: Location, indent: string, paint: Paint): string[] {
  const line = text.replace(/\r$/, '');
  const column = Math.max(1, at.column);
  const sameLine = (at.endLine ?? at.line) === at.line;
  const endColumn = sameLine && at.endColumn !== undefined ? Math.max(column, at.endColumn) : column;

  let start = 0;
  let shown = line;
  if (line.length > MAX_SOURCE_WIDTH) {
    start = Math.max(0, Math.min(column - 1 - 40, line.length - MAX_SOURCE_WIDTH));
    shown = line.slice(start, start + MAX_SOURCE_WIDTH);
  }
  const lead = start > 0 ? '…' : '';
  const tail = start + shown.length < line.length ? '…' : '';
  const offset = column - 1 - start;
  // Keep tabs so the caret lines up with what the terminal shows above it.
  const pad = lead.replace(/./g, ' ') + shown.slice(0, Math.max(0, offset)).replace(/[^\t]/g, ' ');
  const width = Math.max(1, Math.min(endColumn, start + shown.length) - column + 1);
  const gutter = String(at.line);
  return [
    `${indent}${paint('dim', `${gutter} │`)} ${terminalSafe(`${lead}${shown}${tail}`)}`,
    `${indent}${' '.repeat(gutter.length)} ${paint('dim', '│')} ${pad}${paint('red', '^'.repeat(width))}`,
  ];
}

function summaryLine(input: ReportInput, paint: Paint): string {
  const { result, failOn } = input;
  const outcome = verdictOf(result.findings, failOn);
  const active = result.findings.filter((f) => f.suppressed === undefined);
  const count = (s: Finding['severity']) => active.filter((f) => f.severity === s).length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const unreadable = result.files.filter((f) => f.error !== null).length;
  const suppressed = result.findings.length - active.length;
  const parts = [
    plural(count('error'), 'error'),
    plural(count('warning'), 'warning'),
    plural(count('note'), 'note'),
    ...(suppressed > 0 ? [`${suppressed} suppressed`] : []),
  ];
  const files = `${plural(result.files.length, 'file')} scanned${unreadable ? ` (${unreadable} could not be analysed)` : ''}`;
  const verdict = outcome.shouldFail
    ? paint('red', `fails at --fail-on ${failOn}`)
    : paint('green', `passes at --fail-on ${failOn}`);
  return `${parts.join(', ')} in ${files}: ${verdict}.`;
}

function sourceReader(
  input: ReportInput,
  options: TextOptions,
): (file: string, line: number) => string | undefined {
  const split = new Map<string, string[]>();
  return (file, line) => {
    const text = input.sources?.get(file);
    if (text === undefined) return options.readLine?.(file, line);
    let lines = split.get(file);
    if (!lines) {
      lines = text.split('\n');
      split.set(file, lines);
    }
    return lines[line - 1];
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
