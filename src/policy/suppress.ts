/**
 * Accepted findings. Two ways to accept one, both with a reason: a `suppress:` entry in the policy file (scoped
 * by file, job, step, secret, destination), or a comment in the workflow:
 *
 *   run: curl -d @report.json https://ci.example.com   # exfil-guard: ignore[secret-to-unlisted-host] our CI API
 *
 *   # exfil-guard: ignore[secret-to-unlisted-host,unpinned-action-with-secret] reviewed in #123
 *   - uses: example/notify@v1
 *
 * A trailing comment covers its own line. A comment on a line of its own covers the next line that is not blank
 * or a comment, and every line nested (more indented) under it: a whole step, a job, or a multi-line command.
 */
import type { Finding } from '../analysis/types.js';
import type { LineSuppression } from '../workflow/types.js';
import { endpointMatches, parseEndpoint } from './endpoint.js';
import { nameMatches } from './names.js';
import { RULE_ID } from './ids.js';
import type { Policy, Suppression } from './types.js';

/** A suppression comment as found in the source, with the lines it covers. */
export interface CommentSuppression extends LineSuppression {
  /** 1-based column of the comment marker. */
  column: number;
  /** First and last line (1-based, inclusive) the comment covers. */
  from: number;
  to: number;
  /** Set when the comment is not a valid suppression; it is then ignored, and the engine should report why. */
  problem?: string;
}

const MARKER = /(^|\s)(#|\/\/)\s*exfil-guard\s*:(.*)$/i;
const DIRECTIVE = /^\s*ignore\s*\[([^\]]*)\](.*)$/i;
const USAGE = 'expected "# exfil-guard: ignore[rule-id] reason"';

/**
 * Finds every `# exfil-guard: ignore[rule-a,rule-b] reason` comment (also `//` for JavaScript). Returns one entry
 * per rule; invalid comments (no reason, bad rule id, unknown directive) come back with `problem` set.
 */
export function parseSuppressionComments(sourceText: string): CommentSuppression[] {
  // Most files have no such comment: one search instead of splitting every file into lines.
  if (!/exfil-guard/i.test(sourceText)) return [];
  const lines = sourceText.split(/\r\n|\n|\r/);
  const out: CommentSuppression[] = [];
  lines.forEach((text, index) => {
    if (!/exfil-guard/i.test(text)) return;
    const m = MARKER.exec(text);
    if (!m) return;
    const line = index + 1;
    const column = m.index + (m[1] ?? '').length + 1;
    const ownLine = text.slice(0, m.index).trim() === '';
    const [from, to] = ownLine ? coveredBlock(lines, index) : [line, line];
    const base = { line, column, from, to };
    const directive = DIRECTIVE.exec(m[3] ?? '');
    if (!directive) {
      out.push({ ...base, rule: '', reason: '', problem: `unrecognised exfil-guard comment; ${USAGE}` });
      return;
    }
    const rules = (directive[1] ?? '').split(',').map((r) => r.trim());
    const reason = (directive[2] ?? '').trim();
    if (rules.every((r) => r === '')) {
      out.push({ ...base, rule: '', reason, problem: `ignore[] names no rule; ${USAGE}` });
      return;
    }
    for (const rule of rules) {
      if (!RULE_ID.test(rule)) {
        out.push({ ...base, rule, reason, problem: `"${rule}" is not a rule id; ${USAGE}` });
      } else if (reason === '') {
        out.push({ ...base, rule, reason, problem: `suppression without a reason is ignored; ${USAGE}` });
      } else {
        out.push({ ...base, rule, reason });
      }
    }
  });
  return out;
}

/** The comments that were ignored, for the engine to report. */
export function invalidSuppressions(list: readonly CommentSuppression[]): CommentSuppression[] {
  return list.filter((s) => s.problem !== undefined);
}

/** The next code line after `index` and the lines nested under it (0-based in, 1-based out). */
function coveredBlock(lines: readonly string[], index: number): [number, number] {
  let start = index + 1;
  while (start < lines.length && /^\s*((#|\/\/).*)?$/.test(lines[start] ?? '')) start++;
  if (start >= lines.length) return [index + 1, index + 1];
  const indent = indentOf(lines[start] ?? '');
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (text.trim() === '') continue;
    if (indentOf(text) <= indent) break;
    end = i;
  }
  return [start + 1, end + 1];
}

function indentOf(text: string): number {
  return /^[ \t]*/.exec(text)?.[0].length ?? 0;
}

/** What a suppression is matched against; `stepId` (the step's `id:`) is used when the engine provides it. */
export type SuppressibleFinding = Pick<
  Finding,
  'rule' | 'location' | 'job' | 'step' | 'stepName' | 'secrets' | 'destinations'
> & { stepId?: string | null };

/**
 * The suppression that accepts a finding, if any: policy-file entries first, then comments. Comments passed as
 * plain LineSuppression (without the covered range) cover their own line and the next one.
 */
export function findSuppression(
  policy: Policy,
  finding: SuppressibleFinding,
  lineComments: readonly LineSuppression[],
): { reason: string; by: 'config' | 'comment' } | null {
  const config = policy.suppressions.find((s) => configMatches(s, finding));
  if (config) return { reason: config.reason, by: 'config' };
  const line = finding.location.line;
  const comment = lineComments.find((c) => {
    const extra = c as Partial<CommentSuppression>;
    if (extra.problem !== undefined || c.reason.trim() === '' || c.rule !== finding.rule) return false;
    if (extra.from !== undefined && extra.to !== undefined) return line >= extra.from && line <= extra.to;
    return line === c.line || line === c.line + 1;
  });
  return comment ? { reason: comment.reason, by: 'comment' } : null;
}

/** True when every field the suppression sets matches the finding. */
export function configMatches(s: Suppression, f: SuppressibleFinding): boolean {
  if (s.rule !== f.rule) return false;
  if (s.file !== undefined && !fileMatches(s.file, f.location.file)) return false;
  if (s.job !== undefined && s.job !== f.job) return false;
  if (s.step !== undefined && !stepMatches(s.step, f)) return false;
  // A finding about several secrets or destinations is accepted only when the suppression covers all of them.
  if (s.secret !== undefined) {
    const pattern = s.secret;
    if (f.secrets.length === 0 || !f.secrets.every((name) => nameMatches(pattern, name))) return false;
  }
  if (s.destination !== undefined) {
    const endpoint = parseEndpoint(s.destination);
    if ('error' in endpoint) return false;
    if (f.destinations.length === 0) return false;
    if (!f.destinations.every((d) => destinationMatches(endpoint, d))) return false;
  }
  return true;
}

function stepMatches(step: string, f: SuppressibleFinding): boolean {
  if (f.step === null) return false;
  return (
    step === String(f.step) || step === f.stepName || (typeof f.stepId === 'string' && step === f.stepId)
  );
}

function destinationMatches(
  endpoint: Exclude<ReturnType<typeof parseEndpoint>, { error: string }>,
  d: string,
) {
  const parsed = parseEndpoint(d);
  if ('error' in parsed || parsed.kind === 'cidr') return endpointMatches(endpoint, d);
  const host = parsed.kind === 'host' ? parsed.host : parsed.address;
  return endpointMatches(endpoint, host, parsed.port);
}

/**
 * File patterns: `*` within a path segment, `**` across segments, `?` one character. A pattern without a `/`
 * matches the file name alone (`release.yml`).
 */
export function fileMatches(pattern: string, path: string): boolean {
  const normal = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const target = pattern.includes('/') ? normal : (normal.split('/').at(-1) ?? normal);
  const body = pattern
    .replace(/^\.\//, '')
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`).test(target);
}
