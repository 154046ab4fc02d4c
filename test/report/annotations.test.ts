import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as core from '@actions/core';
import { planAnnotations, planReportAnnotations } from '../../src/report/annotations.js';
import type { Annotation } from '../../src/report/annotations.js';
import { formatGithub, workflowCommand } from '../../src/report/github.js';
import { emitAnnotations } from '../../src/report/writers.js';
import {
  allFindings,
  finding,
  ghostAction,
  input,
  manyErrors,
  rules,
  scan,
  suppressedIp,
  trustedPublishing,
  WORKFLOW_PATH,
} from './findings.js';

const count = (list: Annotation[], level: Annotation['level']) =>
  list.filter((a) => a.level === level).length;

describe('planAnnotations', () => {
  it('annotates every unsuppressed finding when within the limits, most important first', () => {
    const plan = planAnnotations(allFindings, undefined, { rules });
    assert.equal(plan.dropped, 0);
    assert.equal(plan.annotations.length, allFindings.length - 1);
    assert.ok(!plan.annotations.some((a) => a.message.includes(suppressedIp.message)));
    assert.deepEqual(
      plan.annotations.map((a) => a.level),
      ['error', 'error', 'error', 'warning', 'warning', 'notice'],
    );
    // Among errors: the whole-context dump and the exfil service outrank an unlisted host.
    assert.match(
      plan.annotations[0]?.title ?? '',
      /^exfil-guard\/secrets-context-dump: Whole secrets context/,
    );
    assert.match(plan.annotations[1]?.title ?? '', /^exfil-guard\/secret-to-exfil-service: /);
  });

  it('carries the rule id in the title, the location, and the evidence and fix in the message', () => {
    const [a] = planAnnotations([ghostAction], undefined, { rules }).annotations;
    assert.deepEqual(a, {
      level: 'error',
      title: 'exfil-guard/secret-to-exfil-service: Secret sent to a known exfiltration service',
      message:
        'PYPI_API_TOKEN is sent to bold-dhawan.45-139-104-115.plesk.page by curl (step "Run", line 30)\n' +
        'Evidence: secrets.PYPI_API_TOKEN → env T (job env, line 13) → curl -d (line 30) → bold-dhawan.45-139-104-115.plesk.page\n' +
        'Fix: Remove the step; rotate PYPI_API_TOKEN and move to Trusted Publishing.',
      file: WORKFLOW_PATH,
      line: 30,
      endLine: 30,
      col: 11,
      endColumn: ghostAction.location.endColumn,
    });
  });

  it('leaves out columns on a multi-line range, as GitHub requires', () => {
    const f = finding({
      rule: 'r',
      location: { file: 'w.yml', line: 3, column: 5, endLine: 6, endColumn: 2 },
    });
    const [a] = planAnnotations([f]).annotations;
    assert.equal(a?.line, 3);
    assert.equal(a?.endLine, 6);
    assert.equal(a?.col, undefined);
    assert.equal(a?.endColumn, undefined);
  });

  it('30 errors in one step: 10 errors and a notice saying where the other 20 are', () => {
    const plan = planAnnotations(manyErrors(30, 1));
    assert.equal(count(plan.annotations, 'error'), 10);
    assert.equal(plan.dropped, 20);
    const last = plan.annotations.at(-1);
    assert.equal(last?.level, 'notice');
    assert.match(last?.message ?? '', /^20 more findings in the job summary/);
    assert.equal(plan.annotations.length, 11);
  });

  it('60 errors across steps: within 50 per job and 10 per type for the emitting step, plus the notice', () => {
    const plan = planAnnotations(manyErrors(60, 6));
    assert.ok(plan.annotations.length <= 50);
    assert.equal(count(plan.annotations, 'error'), 10);
    assert.equal(count(plan.annotations, 'notice'), 1);
    assert.equal(plan.dropped, 50);
    // The first ten in reading order survive (equal rank otherwise).
    assert.deepEqual(
      plan.annotations.filter((a) => a.level === 'error').map((a) => a.line),
      Array.from({ length: 10 }, (_, i) => 100 + i),
    );
  });

  it('fills each type to its limit and keeps one notice slot for the overflow line', () => {
    const errors = manyErrors(15);
    const warnings = manyErrors(15).map((f, i) => ({
      ...f,
      severity: 'warning' as const,
      fingerprint: `w${i}`,
    }));
    const notes = manyErrors(15).map((f, i) => ({ ...f, severity: 'note' as const, fingerprint: `n${i}` }));
    const plan = planAnnotations([...notes, ...warnings, ...errors]);
    assert.equal(count(plan.annotations, 'error'), 10);
    assert.equal(count(plan.annotations, 'warning'), 10);
    assert.equal(count(plan.annotations, 'notice'), 10);
    assert.equal(plan.dropped, 5 + 5 + 6);
    assert.match(plan.annotations.at(-1)?.message ?? '', /^16 more findings/);
  });

  it('respects what earlier steps used of the job budget', () => {
    const plan = planAnnotations(manyErrors(8), { perType: 10, perJob: 50, usedInJob: 45 });
    assert.equal(plan.annotations.length, 5);
    assert.equal(count(plan.annotations, 'error'), 4);
    assert.match(plan.annotations.at(-1)?.message ?? '', /^4 more findings/);

    const full = planAnnotations(manyErrors(3), { perType: 10, perJob: 50, usedInJob: 50 });
    assert.deepEqual(full, { annotations: [], dropped: 3 });
  });

  it('keeps the most important findings when it must drop some', () => {
    const noise = manyErrors(12).map((f) => ({ ...f, confidence: 'low' as const }));
    const plan = planAnnotations([...noise, ghostAction]);
    assert.equal(plan.annotations[0]?.title, 'exfil-guard/secret-to-exfil-service');
    assert.equal(plan.dropped, 3);
  });

  it('annotates unreadable files first, at the line the error names', () => {
    const plan = planReportAnnotations({
      result: scan(
        [trustedPublishing],
        [
          { path: 'bad.yml', error: 'bad.yml:7: unexpected end of flow sequence' },
          { path: WORKFLOW_PATH, error: null },
        ],
      ),
    });
    assert.deepEqual(plan.annotations[0], {
      level: 'error',
      title: 'exfil-guard: file not analysed',
      message: 'bad.yml:7: unexpected end of flow sequence',
      file: 'bad.yml',
      line: 7,
      endLine: 7,
      col: 1,
    });
  });

  it('writes owner/repo/path@sha:line into the message for a file in another repository', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const [a] = planAnnotations([ghostAction], undefined, {
      workflow: { repository: 'octo-org/shared-workflows', path: WORKFLOW_PATH, sha, otherRepository: true },
    }).annotations;
    assert.equal(a?.file, undefined);
    assert.equal(a?.line, undefined);
    assert.ok(
      a?.message.startsWith(`octo-org/shared-workflows/${WORKFLOW_PATH}@${sha}:30: PYPI_API_TOKEN is sent`),
    );
  });
});

describe('emitAnnotations', () => {
  it('passes each annotation to the matching @actions/core function with its properties', () => {
    const calls: [string, string, core.AnnotationProperties][] = [];
    const sink = {
      error: (m: string | Error, p: core.AnnotationProperties = {}) => calls.push(['error', String(m), p]),
      warning: (m: string | Error, p: core.AnnotationProperties = {}) =>
        calls.push(['warning', String(m), p]),
      notice: (m: string | Error, p: core.AnnotationProperties = {}) => calls.push(['notice', String(m), p]),
    };
    emitAnnotations(planAnnotations(manyErrors(11)).annotations, sink);
    assert.equal(calls.length, 11);
    assert.deepEqual(calls[0]?.[2], {
      title: 'exfil-guard/secret-to-unlisted-host',
      file: WORKFLOW_PATH,
      startLine: 100,
      endLine: 100,
      startColumn: 9,
      endColumn: 40,
    });
    assert.equal(calls[10]?.[0], 'notice');
    assert.deepEqual(calls[10]?.[2], { title: 'exfil-guard: more findings' });
  });
});

/** Runs `fn` with stdout captured (what @actions/core prints as workflow commands). */
function captureStdout(fn: () => void): string {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  const capture = (chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  process.stdout.write = capture;
  try {
    fn();
  } finally {
    process.stdout.write = original;
  }
  return chunks.join('');
}

/** `::level k=v,k=v::message` → its parts, so property order does not matter. */
function parseCommand(line: string) {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line.trim());
  assert.ok(match, line);
  const properties = Object.fromEntries(
    (match[2] ?? '').split(',').map((kv) => kv.split('=') as [string, string]),
  );
  return { level: match[1], properties, message: match[3] };
}

describe('workflow commands', () => {
  const hostile: Annotation = {
    level: 'error',
    title: 'exfil-guard/rule: a, b: c%d',
    message: '100% of <script>|`x`]]>\r\nsecond line: a,b',
    file: 'dir,with:odd%/w\nf.yml',
    line: 3,
    endLine: 3,
    col: 2,
    endColumn: 9,
  };

  it('escapes properties and message exactly as @actions/core does', () => {
    const ours = workflowCommand(hostile);
    assert.equal(
      ours,
      '::error file=dir%2Cwith%3Aodd%25/w%0Af.yml,line=3,endLine=3,col=2,endColumn=9,title=exfil-guard/rule%3A a%2C b%3A c%25d' +
        '::100%25 of <script>|`x`]]>%0D%0Asecond line: a,b',
    );
    const theirs = captureStdout(() =>
      core.error(hostile.message, {
        title: hostile.title,
        file: hostile.file,
        startLine: 3,
        endLine: 3,
        startColumn: 2,
        endColumn: 9,
      }),
    );
    assert.deepEqual(parseCommand(ours), parseCommand(theirs));
  });

  it('formats the github output as one command per line, within the limits', () => {
    const text = formatGithub({ result: scan(manyErrors(12)) });
    const lines = text.trimEnd().split('\n');
    assert.equal(lines.length, 11);
    assert.ok(
      lines.slice(0, 10).every((l) => l.startsWith('::error file=.github/workflows/release.yml,line=')),
    );
    assert.match(
      lines[10] ?? '',
      /^::notice title=exfil-guard%3A more findings::2 more findings in the job summary/,
    );
  });

  it('emits the same plan through core as the github format prints', () => {
    const plan = planReportAnnotations(input());
    const printed = captureStdout(() => emitAnnotations(plan.annotations));
    const ours = formatGithub(input());
    assert.deepEqual(
      printed.trimEnd().split('\n').map(parseCommand),
      ours.trimEnd().split('\n').map(parseCommand),
    );
  });
});
