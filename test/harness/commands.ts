/**
 * Parses what a step writes to stdout the way the runner does: `::name key=value,…::message` workflow commands
 * (with @actions/core's escaping), groups, masks and `::stop-commands::`. Everything else is plain log output.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface Command {
  name: string;
  properties: Record<string, string>;
  message: string;
}

export interface Group {
  name: string;
  /** Log lines between `::group::` and `::endgroup::` (commands excluded). */
  lines: string[];
}

export interface ParsedLog {
  commands: Command[];
  annotations: Annotation[];
  masks: string[];
  groups: Group[];
  debug: string[];
  /** Lines that are not commands (as they would appear in the log). */
  log: string[];
}

/** Inverse of @actions/core's escapeData / escapeProperty, in a single pass so `%253A` stays `%3A`. */
function unescape(s: string, property: boolean): string {
  const table: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' };
  if (property) Object.assign(table, { '%3A': ':', '%2C': ',' });
  return s.replace(/%(?:25|0D|0A|3A|2C)/gi, (m) => table[m.toUpperCase()] ?? m);
}

/** One line → a command, or null when the line is not one. */
export function parseCommandLine(line: string): Command | null {
  const text = line.replace(/\r$/, '');
  if (!text.startsWith('::')) return null;
  const end = text.indexOf('::', 2);
  if (end < 0) return null;
  const head = text.slice(2, end);
  const message = unescape(text.slice(end + 2), false);
  const space = head.indexOf(' ');
  const name = space < 0 ? head : head.slice(0, space);
  if (!/^[A-Za-z][\w-]*$/.test(name)) return null;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      properties[pair.slice(0, eq).trim()] = unescape(pair.slice(eq + 1), true);
    }
  }
  return { name, properties, message };
}

export function parseLog(stdout: string): ParsedLog {
  const out: ParsedLog = { commands: [], annotations: [], masks: [], groups: [], debug: [], log: [] };
  let stopToken: string | null = null;
  let group: Group | null = null;
  const lines = stdout.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null;
      else (group?.lines ?? out.log).push(line);
      continue;
    }
    const cmd = parseCommandLine(line);
    if (cmd === null) {
      (group?.lines ?? out.log).push(line);
      continue;
    }
    out.commands.push(cmd);
    switch (cmd.name) {
      case 'error':
      case 'warning':
      case 'notice':
        out.annotations.push(annotationOf(cmd.name, cmd));
        break;
      case 'add-mask':
        out.masks.push(cmd.message);
        break;
      case 'debug':
        out.debug.push(cmd.message);
        break;
      case 'group':
        group = { name: cmd.message, lines: [] };
        out.groups.push(group);
        break;
      case 'endgroup':
        group = null;
        break;
      case 'stop-commands':
        stopToken = cmd.message;
        break;
      default:
        break;
    }
  }
  return out;
}

function annotationOf(level: AnnotationLevel, cmd: Command): Annotation {
  const a: Annotation = { level, message: cmd.message };
  const p = cmd.properties;
  if (p.title !== undefined) a.title = p.title;
  if (p.file !== undefined) a.file = p.file;
  for (const key of ['line', 'endLine', 'col', 'endColumn'] as const) {
    const v = p[key];
    if (v !== undefined && /^\d+$/.test(v)) a[key] = Number(v);
  }
  return a;
}

/** How the GitHub log shows an annotation: `Error: file:line:col  title — message`. */
export function renderAnnotation(a: Annotation): string {
  const label = { error: 'Error', warning: 'Warning', notice: 'Notice' }[a.level];
  const where = a.file ? `${a.file}${a.line ? `:${a.line}` : ''}${a.line && a.col ? `:${a.col}` : ''}  ` : '';
  return `${label}: ${where}${a.title ? `${a.title} — ` : ''}${a.message}`;
}
