/**
 * The step summary (markdown rendered as HTML by GitHub). Every user-derived string goes through `md`/`mdCode`.
 * GitHub refuses a step summary over 1 MiB, so the summary is measured and, when too big, the least important
 * detail is dropped first: evidence of lower-ranked findings, then table rows of lower-ranked findings, then the
 * tails of the other lists. A final line says what was left out.
 */
import type { Finding } from '../analysis/types.js';
import { parseEndpoint } from '../policy/endpoint.js';
import { chainText, sinkText } from './evidence.js';
import { md, mdCode } from './escape.js';
import { compareByLocation, compareText, rankFindings } from './rank.js';
import { suggestAllowlist } from './suggest.js';
import type { AllowlistSuggestion } from './suggest.js';
import type { EgressDestination, EgressReport, ReportInput, RunVerdict } from './types.js';
import { failureSentence, verdictOf } from './verdict.js';

/** GitHub's limit is 1 MiB (1,048,576 bytes) per step; stay well below it. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export interface SummaryOptions {
  /** Upper bound on the UTF-8 size of the returned markdown. */
  maxBytes?: number;
}

/** How much of each part to show; the cap search lowers these. */
interface Budget {
  /** Top-ranked findings shown in the step tables. */
  rows: number;
  /** Top-ranked shown errors and warnings whose evidence, message and fix are written out. */
  details: number;
  /** Items per secondary list (file errors, suppressed, egress, suggestions, variable names). */
  listCap: number;
}

interface Prepared {
  input: ReportInput;
  verdict: RunVerdict;
  shouldFail: boolean;
  ranked: Finding[];
  suppressed: Finding[];
  titles: Map<string, string>;
  suggestion: AllowlistSuggestion;
  pieces: Map<Finding, Piece>;
  /** Position of each unsuppressed finding in `ranked`. */
  rankOf: Map<Finding, number>;
  /** The unsuppressed findings in display order: file, job, step, location. */
  ordered: Finding[];
  failure: string | null;
}

/** Markdown lines with their running UTF-8 size, so the cap search never joins or re-measures the text. */
class Lines {
  readonly lines: string[] = [];
  bytes = 0;
  push(...lines: string[]): void {
    for (const line of lines) this.pushSized(line, Buffer.byteLength(line, 'utf8'));
  }
  /** `text` may hold several lines; `bytes` is its UTF-8 size. */
  pushSized(text: string, bytes: number): void {
    this.lines.push(text);
    this.bytes += bytes + 1;
  }
  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** A finding's table rows and evidence, rendered once and reused by every attempt of the cap search. */
interface Piece {
  rows: string;
  rowBytes: number;
  detail: string | null;
  detailBytes: number;
}

interface Rendered {
  out: Lines;
  omittedRows: number;
  omittedDetails: number;
  omittedListItems: number;
}

export function renderSummary(input: ReportInput, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const findings = input.result.findings;
  const outcome = verdictOf(findings, input.failOn);
  const prepared: Prepared = {
    input,
    verdict: input.verdict ?? outcome.verdict,
    shouldFail: outcome.shouldFail,
    ranked: rankFindings(findings.filter((f) => f.suppressed === undefined)),
    suppressed: findings.filter((f) => f.suppressed !== undefined).sort(compareByLocation),
    titles: new Map((input.rules ?? []).map((r) => [r.id, r.title])),
    suggestion: suggestAllowlist(findings, input.egress, input.classify),
    pieces: new Map(),
    rankOf: new Map(),
    ordered: [],
    failure: failureSentence(findings, input.failOn),
  };
  prepared.ranked.forEach((f, i) => prepared.rankOf.set(f, i));
  prepared.ordered = [...prepared.ranked].sort(
    (a, b) =>
      compareText(a.location.file, b.location.file) ||
      compareText(a.job ?? '', b.job ?? '') ||
      (a.step ?? -1) - (b.step ?? -1) ||
      compareByLocation(a, b),
  );

  const eligible = prepared.ranked.filter((f) => f.severity !== 'note').length;
  const full: Budget = { rows: prepared.ranked.length, details: eligible, listCap: longestList(prepared) };
  // The usual case: everything fits, and the summary is rendered once.
  const whole = render(prepared, full, maxBytes);
  if (size(whole) <= maxBytes) return whole.out.text();
  // Otherwise each budget tried is rendered once: the search below asks again about budgets it has already tried.
  const verdicts = new Map<string, boolean>([[budgetKey(full), false]]);
  const fits = (b: Budget): boolean => {
    const key = budgetKey(b);
    let ok = verdicts.get(key);
    if (ok === undefined) {
      ok = size(render(prepared, b, maxBytes)) <= maxBytes;
      verdicts.set(key, ok);
    }
    return ok;
  };

  // Least important first: long tails of secondary lists, then the evidence of lower-ranked findings, then those
  // lists entirely, then table rows of lower-ranked findings. Each knob is the largest value that still fits.
  let budget = full;
  const shrink = (knob: keyof Budget, floor: number) => {
    if (fits(budget)) return;
    const lowest = Math.min(floor, budget[knob]);
    budget = { ...budget, [knob]: largest(lowest, budget[knob], (n) => fits({ ...budget, [knob]: n })) };
  };
  shrink('listCap', LIST_FLOOR);
  shrink('details', 0);
  shrink('listCap', 0);
  if (!fits(budget)) {
    // Rows must go: the top findings keep their evidence, the rest keep as many rows as fit.
    const withEvidence = (rows: number) => ({ ...budget, rows, details: Math.min(rows, DETAIL_FLOOR) });
    budget = withEvidence(largest(0, full.rows, (r) => fits(withEvidence(r))));
    shrink('details', 0);
  }
  if (budget.rows < full.rows) {
    // Fewer rows may leave room for the evidence of the ones that remain.
    budget = {
      ...budget,
      details: largest(budget.details, eligible, (d) => fits({ ...budget, details: d })),
    };
  }
  const rendered = render(prepared, budget, maxBytes);
  return size(rendered) <= maxBytes ? rendered.out.text() : hardCut(rendered.out.text(), maxBytes);
}

function budgetKey(b: Budget): string {
  return `${b.rows}/${b.details}/${b.listCap}`;
}

/** Secondary lists keep at least this many entries until the findings' evidence has been dropped. */
const LIST_FLOOR = 20;
/** When table rows must be dropped, the evidence of this many top-ranked findings is kept. */
const DETAIL_FLOOR = 25;

/** The largest n in [lo, hi] with ok(n), assuming ok is monotone (true up to some n, false after); lo if none. */
function largest(lo: number, hi: number, ok: (n: number) => boolean): number {
  let best = lo;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

function size(r: Rendered | string): number {
  return typeof r === 'string' ? Buffer.byteLength(r, 'utf8') : r.out.bytes;
}

/** Last resort, for a summary whose fixed parts alone are too big: cut at a line and say so. */
function hardCut(text: string, maxBytes: number): string {
  const note = '\n\n_The summary was cut here to stay under GitHub’s 1 MiB step summary limit._\n';
  const room = Math.max(0, maxBytes - size(note));
  let cut = Buffer.from(text, 'utf8').subarray(0, room).toString('utf8');
  // A cut inside a multi-byte character leaves U+FFFD at the end; a cut inside an entity or tag would garble it.
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return `${cut}${note}`;
}

function longestList(p: Prepared): number {
  const { input, suggestion } = p;
  return Math.max(
    input.result.files.length,
    p.suppressed.length,
    input.egress?.allowed.length ?? 0,
    input.egress?.blocked.length ?? 0,
    input.egress?.problems?.length ?? 0,
    input.runtime?.secretEnvNames?.length ?? 0,
    input.runtime?.proxies?.length ?? 0,
    input.runtime?.injectionVariables?.length ?? 0,
    suggestion.allow.length,
    suggestion.doNotAllow.length,
    suggestion.undetermined.length,
  );
}

function render(p: Prepared, budget: Budget, maxBytes: number): Rendered {
  const out = new Lines();
  const state = { omittedRows: 0, omittedDetails: 0, omittedListItems: 0 };
  const cap = <T>(items: readonly T[]): T[] => {
    if (items.length <= budget.listCap) return [...items];
    state.omittedListItems += items.length - budget.listCap;
    return items.slice(0, budget.listCap);
  };

  banner(p, out);
  fileErrors(p, out, cap);
  findingsSection(p, budget, out, state, maxBytes);
  runtimeSection(p, out, cap);
  egressSection(p.input.egress, out, cap);
  suggestionSection(p, out, cap);
  suppressedSection(p, out, cap);

  const omitted = [
    state.omittedRows ? `${state.omittedRows} findings` : '',
    state.omittedDetails ? `the evidence of ${state.omittedDetails} findings` : '',
    state.omittedListItems ? `${state.omittedListItems} list entries` : '',
  ].filter(Boolean);
  if (omitted.length > 0) {
    out.push(
      '',
      `_Shortened to stay under GitHub’s step summary limit (${Math.floor(maxBytes / 1000)} kB here): ` +
        `${listing(omitted)} are not shown. The JSON and SARIF reports list every finding._`,
    );
  }
  return { out, ...state };
}

/** `a`, `a and b`, `a, b and c`. */
function listing(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function banner(p: Prepared, out: Lines): void {
  const { input, verdict, shouldFail, ranked, suppressed } = p;
  const icon = verdict === 'error' ? '❌' : verdict === 'warning' ? '⚠️' : '✅';
  const stopped = shouldFail ? ' — job stopped' : '';
  out.push(`## ${icon} Exfil Guard: ${verdict}${stopped}`, '');

  const sentence = p.failure;
  const unreadable = input.result.files.filter((f) => f.error !== null).length;
  const analysed = input.result.files.length - unreadable;
  if (sentence !== null) {
    out.push(`**${md(sentence, 2000)}.**`, '');
  } else if (ranked.length === 0) {
    out.push(`No finding in ${plural(analysed, 'analysed file')}.`, '');
  }

  const count = (s: Finding['severity']) => ranked.filter((f) => f.severity === s).length;
  const parts = [
    plural(count('error'), 'error'),
    plural(count('warning'), 'warning'),
    plural(count('note'), 'note'),
    `${suppressed.length} suppressed`,
    `${plural(analysed, 'file')} analysed${unreadable ? `, ${unreadable} could not be read` : ''}`,
    `fail-on: ${input.failOn}`,
  ];
  out.push(parts.join(' · '), '');

  const w = input.workflow;
  if (w) {
    const where = `${w.repository ? `${w.repository}/` : ''}${w.path}`;
    const at = w.sha ? ` at ${mdCode(w.sha.slice(0, 12))}` : '';
    const job = w.job ? `, job ${mdCode(w.job)}` : '';
    const other = w.otherRepository ? ' (in another repository)' : '';
    out.push(`Workflow ${mdCode(where)}${at}${job}${other}`, '');
    if (w.note) out.push(`> ${md(w.note, 1000)}`, '');
  }
}

function fileErrors(p: Prepared, out: Lines, cap: <T>(items: readonly T[]) => T[]): void {
  const failed = p.input.result.files.filter((f) => f.error !== null);
  if (failed.length === 0) return;
  out.push('### Files that could not be analysed', '');
  for (const f of cap(failed)) out.push(`- ${mdCode(f.error ?? '', 1000)}`);
  out.push('');
}

type Status = 'not allowed' | 'unknown' | 'allowed' | '—';
const statusText: Record<Status, string> = {
  'not allowed': '⛔ not allowed',
  unknown: '❔ unknown',
  allowed: '✅ allowed',
  '—': '—',
};

/**
 * Status of one destination of a finding. Rules report flows the policy did not allow; a destination that is
 * not a host name or address was computed at run time (unknown); notes are advice about flows that are allowed.
 */
function statusOf(f: Finding, destination: string | null): Status {
  if (destination === null) return '—';
  if ('error' in parseEndpoint(destination)) return 'unknown';
  return f.severity === 'note' ? 'allowed' : 'not allowed';
}

function findingsSection(
  p: Prepared,
  budget: Budget,
  out: Lines,
  state: { omittedRows: number; omittedDetails: number },
  maxBytes: number,
): void {
  if (p.ranked.length === 0) return;
  const shown = p.ranked.slice(0, budget.rows);
  state.omittedRows += p.ranked.length - shown.length;
  const eligible = shown.filter((f) => f.severity !== 'note');
  const detailed = new Set(eligible.slice(0, budget.details));
  state.omittedDetails += p.ranked.filter((f) => f.severity !== 'note').length - detailed.size;
  if (shown.length === 0) return;

  out.push('### Findings', '');
  const ordered = p.ordered.filter((f) => (p.rankOf.get(f) ?? 0) < budget.rows);
  let file: string | null = null;
  let job: string | null | undefined;
  let group: Finding[] = [];
  const flush = () => {
    if (group.length > 0) stepGroup(p, group, detailed, out);
    group = [];
  };
  for (const f of ordered) {
    // Past the limit this attempt has failed whatever follows; stop paying for it.
    if (out.bytes > maxBytes) break;
    if (f.location.file !== file) {
      flush();
      file = f.location.file;
      job = undefined;
      out.push(`#### ${mdCode(file)}`, '');
    }
    if (f.job !== job) {
      flush();
      job = f.job;
      if (job !== null) out.push(`Job ${mdCode(job)}`, '');
    }
    const head = group[0];
    if (head && head.step !== f.step) flush();
    group.push(f);
  }
  flush();
}

/** One step (or the job or file level): the flow table, then the evidence of its errors and warnings. */
function stepGroup(p: Prepared, group: Finding[], detailed: Set<Finding>, out: Lines): void {
  const first = group[0];
  if (!first) return;
  let line = first.location.line;
  for (const f of group) line = Math.min(line, f.location.line);
  const label =
    first.step !== null
      ? `Step ${first.step + 1}${first.stepName ? `: ${md(first.stepName)}` : ''}`
      : first.job !== null
        ? 'Job level'
        : 'File level';
  out.push(`**${label}** · line ${line}`, '');
  out.push(
    '| Secrets | Sink | Destination | Status | Line | Rule |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const f of group) {
    const piece = pieceOf(p, f);
    out.pushSized(piece.rows, piece.rowBytes);
  }
  out.push('');

  let details = 0;
  for (const f of group) {
    const piece = pieceOf(p, f);
    if (!detailed.has(f) || piece.detail === null) continue;
    out.pushSized(piece.detail, piece.detailBytes);
    details += 1;
  }
  if (details > 0) out.push('');
}

function pieceOf(p: Prepared, f: Finding): Piece {
  const cached = p.pieces.get(f);
  if (cached) return cached;
  const secrets = f.secrets.length > 0 ? f.secrets.map((s) => mdCode(s)).join(', ') : '—';
  const sink = sinkText(f);
  const destinations = f.destinations.length > 0 ? f.destinations : [null];
  const rows = destinations
    .map(
      (d) =>
        `| ${secrets} | ${sink === null ? '—' : md(sink)} | ${d === null ? '—' : mdCode(d)} | ` +
        `${statusText[statusOf(f, d)]} | ${f.location.line} | ${md(f.rule)} |`,
    )
    .join('\n');

  let detail: string | null = null;
  if (f.severity !== 'note') {
    const icon = f.severity === 'error' ? '❌' : '⚠️';
    const title = p.titles.get(f.rule);
    const lines = [
      `- ${icon} **${md(f.rule)}**${title ? ` (${md(title)})` : ''}, line ${f.location.line}, ` +
        `${f.confidence} confidence: ${md(f.message, 1000)}`,
    ];
    if (f.evidence.length > 0) lines.push(`  <br>Evidence: ${md(chainText(f), 2000)}`);
    if (f.fix) lines.push(`  <br>Fix: ${md(f.fix, 1000)}`);
    detail = lines.join('\n');
  }
  const piece: Piece = {
    rows,
    rowBytes: Buffer.byteLength(rows, 'utf8'),
    detail,
    detailBytes: detail === null ? 0 : Buffer.byteLength(detail, 'utf8'),
  };
  p.pieces.set(f, piece);
  return piece;
}

function yesNo(value: boolean | undefined, yes: string, no: string): string | null {
  return value === undefined ? null : value ? yes : no;
}

function runtimeSection(p: Prepared, out: Lines, cap: <T>(items: readonly T[]) => T[]): void {
  const r = p.input.runtime;
  if (!r) return;
  const names = (list: readonly string[]) =>
    cap(list)
      .map((n) => mdCode(n))
      .join(', ');
  const rows: [string, string | null][] = [
    [
      'Runner',
      r.runnerEnvironment || r.os || r.arch
        ? md([r.runnerEnvironment, r.os, r.arch].filter(Boolean).join(', '))
        : null,
    ],
    ['Self-hosted', r.runnerEnvironment === 'self-hosted' ? '⚠️ yes: the machine outlives the job' : null],
    ['Container job', yesNo(r.container, 'yes', 'no')],
    ['sudo', yesNo(r.sudo, 'available', 'not available')],
    ['iptables', yesNo(r.iptables, 'available', 'not available')],
    [
      'Secret-bearing variables in this step',
      r.secretEnvNames ? (r.secretEnvNames.length > 0 ? names(r.secretEnvNames) : 'none') : null,
    ],
    [
      'Proxies outside the allowlist',
      r.proxies
        ? r.proxies.length > 0
          ? `⚠️ ${cap(r.proxies)
              .map((x) => `${mdCode(x.variable)} → ${mdCode(x.host.slice(x.host.lastIndexOf('@') + 1))}`)
              .join(', ')}`
          : 'none'
        : null,
    ],
    [
      'Injection-prone variables set',
      r.injectionVariables
        ? r.injectionVariables.length > 0
          ? `⚠️ ${names(r.injectionVariables)}`
          : 'none'
        : null,
    ],
    ['OIDC token', yesNo(r.oidcAvailable, 'can be requested by this job', 'not available')],
    [
      'Steps before the guard',
      r.stepsBeforeGuard === undefined
        ? null
        : r.stepsBeforeGuard > 0
          ? `⚠️ ${plural(r.stepsBeforeGuard, 'step')} ran unguarded: make the guard the first step`
          : 'none: the guard ran first',
    ],
    ['Fork pull request', r.forkPullRequest ? 'yes: the runner withholds secrets from this run' : null],
  ];
  const present = rows.filter((row): row is [string, string] => row[1] !== null);
  if (present.length === 0) return;
  out.push('### Runtime facts', '', '| Fact | Value |', '| --- | --- |');
  for (const [fact, value] of present) out.push(`| ${fact} | ${value} |`);
  out.push('');
}

function egressSection(e: EgressReport | undefined, out: Lines, cap: <T>(items: readonly T[]) => T[]): void {
  if (!e) return;
  const audit = e.mode === 'audit';
  const total = (list: readonly EgressDestination[]) => list.reduce((n, d) => n + d.count, 0);
  out.push(
    `### Egress (${e.mode} mode)`,
    '',
    `${plural(e.allowed.length, 'destination')} allowed (${total(e.allowed)} connections); ` +
      `${plural(e.blocked.length, 'destination')} ${audit ? 'would have been blocked' : 'blocked'} ` +
      `(${total(e.blocked)} connections).`,
    '',
  );
  const table = (heading: string, list: readonly EgressDestination[]) => {
    if (list.length === 0) return;
    const sorted = [...list].sort((a, b) => b.count - a.count || compareText(a.host, b.host));
    out.push(`**${heading}**`, '', '| Destination | Count | Steps |', '| --- | --- | --- |');
    for (const d of cap(sorted)) {
      const host = d.port ? `${d.host}:${d.port}` : d.host;
      const steps = d.steps && d.steps.length > 0 ? d.steps.map((s) => md(s)).join(', ') : '—';
      out.push(`| ${mdCode(host)} | ${d.count} | ${steps} |`);
    }
    out.push('');
  };
  table(audit ? 'Would have been blocked' : 'Blocked', e.blocked);
  table('Allowed', e.allowed);
  if (e.problems && e.problems.length > 0) {
    for (const problem of cap(e.problems)) out.push(`- ⚠️ ${md(problem, 1000)}`);
    out.push('');
  }
}

/**
 * The post step's summary: what the egress allowlist allowed and refused during the job and, in audit mode, the
 * `allowed-endpoints` block that would let the job pass in block mode. Lists are capped, so it stays small.
 */
export function renderEgressSummary(egress: EgressReport, maxItems = 200): string {
  const out = new Lines();
  out.push('## Exfil Guard: egress', '');
  egressSection(egress, out, (items) => items.slice(0, maxItems));
  const suggested = (egress.suggested ?? []).filter((entry) => SAFE_ENTRY.test(entry));
  if (egress.mode === 'audit' && suggested.length > 0) {
    out.push(
      'To switch to `egress-policy: block` with what this job reached:',
      '',
      '```yaml',
      'allowed-endpoints: |',
      ...suggested.slice(0, maxItems).map((entry) => `  ${entry}`),
      '```',
      '',
    );
  }
  return out.text();
}

/** Only validated endpoints reach the code block, so nothing inside it needs (or could use) escaping. */
const SAFE_ENTRY = /^[a-z0-9*._:[\]-]+$/;

function suggestionSection(p: Prepared, out: Lines, cap: <T>(items: readonly T[]) => T[]): void {
  const s = p.suggestion;
  const allow = s.allow.filter((entry) => SAFE_ENTRY.test(entry));
  if (allow.length === 0 && s.doNotAllow.length === 0 && s.undetermined.length === 0) return;
  out.push('### Suggested allowed-endpoints', '');
  if (allow.length > 0) {
    out.push(
      'If these destinations are legitimate, add them to the guard step (or, narrower, to the one secret that needs them in the config file):',
      '',
      '```yaml',
      'allowed-endpoints: |',
      ...cap(allow).map((entry) => `  ${entry}`),
      '```',
      '',
    );
  }
  if (s.doNotAllow.length > 0) {
    out.push('**Do not allow**', '');
    for (const d of cap(s.doNotAllow)) out.push(`- ${mdCode(d.host)}: ${md(d.reason)}`);
    out.push('');
  }
  if (s.undetermined.length > 0) {
    out.push(
      '**Destinations computed at run time** (review the step; an allowlist entry cannot cover them):',
      '',
    );
    for (const d of cap(s.undetermined)) out.push(`- ${mdCode(d)}`);
    out.push('');
  }
}

function suppressedSection(p: Prepared, out: Lines, cap: <T>(items: readonly T[]) => T[]): void {
  if (p.suppressed.length === 0) return;
  out.push(
    `### Suppressed findings (${p.suppressed.length})`,
    '',
    '| Rule | Location | Secrets | Destinations | Reason | By |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const f of cap(p.suppressed)) {
    const where = `${f.location.file}:${f.location.line}${f.job ? ` (job ${f.job}${f.stepName ? `, ${f.stepName}` : ''})` : ''}`;
    const list = (items: readonly string[]) =>
      items.length > 0 ? items.map((s) => mdCode(s)).join(', ') : '—';
    out.push(
      `| ${md(f.rule)} | ${md(where)} | ${list(f.secrets)} | ${list(f.destinations)} | ` +
        `${md(f.suppressed?.reason ?? '')} | ${f.suppressed?.by ?? ''} |`,
    );
  }
  out.push('');
}
