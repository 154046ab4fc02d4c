import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { failureMessage, shouldFail, verdictOf } from '../../src/report/verdict.js';
import {
  allFindings,
  deploy,
  finding,
  ghostAction,
  suppressedIp,
  trustedPublishing,
  uncatalogued,
} from './findings.js';

describe('verdictOf', () => {
  it('is clean with no findings, and with notes alone', () => {
    assert.equal(verdictOf([], 'error').verdict, 'clean');
    assert.deepEqual(verdictOf([trustedPublishing], 'error'), {
      verdict: 'clean',
      shouldFail: false,
      failing: [],
    });
  });

  it('is the highest unsuppressed severity, whatever fail-on says', () => {
    assert.equal(verdictOf([trustedPublishing, uncatalogued], 'never').verdict, 'warning');
    assert.equal(verdictOf(allFindings, 'never').verdict, 'error');
  });

  it('ignores suppressed findings', () => {
    assert.equal(verdictOf([suppressedIp], 'note').verdict, 'clean');
    assert.equal(shouldFail([suppressedIp], 'note'), false);
  });

  it('fails at or above fail-on and never with never', () => {
    const cases: [Parameters<typeof shouldFail>[1], boolean, boolean, boolean][] = [
      // fail-on, with an error, with only a warning, with only a note
      ['error', true, false, false],
      ['warning', true, true, false],
      ['note', true, true, true],
      ['never', false, false, false],
    ];
    for (const [failOn, error, warning, note] of cases) {
      assert.equal(shouldFail([ghostAction, trustedPublishing], failOn), error, `${failOn} with an error`);
      assert.equal(shouldFail([uncatalogued], failOn), warning, `${failOn} with a warning`);
      assert.equal(shouldFail([trustedPublishing], failOn), note, `${failOn} with a note`);
    }
  });

  it('lists the failing findings in reading order', () => {
    const { failing } = verdictOf(allFindings, 'warning');
    assert.deepEqual(
      failing.map((f) => f.location.line),
      [...failing.map((f) => f.location.line)].sort((a, b) => a - b),
    );
    assert.ok(!failing.includes(suppressedIp));
    assert.ok(!failing.includes(trustedPublishing));
  });
});

describe('failureMessage', () => {
  it('names the offending steps with their lines', () => {
    assert.equal(
      failureMessage([deploy, ghostAction, trustedPublishing], 'error'),
      'Exfil Guard: 2 steps can send secrets to hosts the policy does not allow: "Run" (line 30), "Deploy" (line 44). See the job summary.',
    );
  });

  it('is null when nothing reaches fail-on', () => {
    assert.equal(failureMessage([uncatalogued, trustedPublishing], 'error'), null);
    assert.equal(failureMessage(allFindings, 'never'), null);
  });

  it('says "findings" when not every failing finding is a flow to a host', () => {
    assert.equal(
      failureMessage([uncatalogued], 'warning'),
      'Exfil Guard: 1 step has warning- or error-level findings: "Notify" (line 46). See the job summary.',
    );
  });

  it('names a job-level finding by its job, and stops listing after five places', () => {
    const jobLevel = finding({
      rule: 'untrusted-input-in-secret-job',
      step: null,
      stepName: null,
      job: 'triage',
    });
    assert.match(
      failureMessage([jobLevel], 'error') ?? '',
      /1 job has error-level findings: job "triage" \(line/,
    );

    const many = Array.from({ length: 8 }, (_, i) =>
      finding({
        rule: 'secret-to-unlisted-host',
        step: i,
        stepName: `S${i}`,
        secrets: ['X'],
        destinations: ['a.example'],
        location: { file: 'w.yml', line: 10 + i, column: 1 },
      }),
    );
    const message = failureMessage(many, 'error') ?? '';
    assert.match(message, /^Exfil Guard: 8 steps can send secrets/);
    assert.match(message, /"S4" \(line 14\) and 3 more\. See the job summary\.$/);
    assert.ok(!message.includes('"S5"'));
  });

  it('stays on one line whatever the step is called', () => {
    const odd = finding({
      rule: 'r',
      stepName: 'evil\nname\r\u001b[2J',
      secrets: ['X'],
      destinations: ['h.example'],
    });
    const message = failureMessage([odd], 'error') ?? '';
    assert.ok(!['\r', '\n', '\u001b'].some((c) => message.includes(c)), message);
  });

  it('adds the file when the failing steps are in several files', () => {
    const other = {
      ...deploy,
      location: { ...deploy.location, file: '.github/actions/deploy/action.yml', line: 7 },
    };
    assert.match(
      failureMessage([ghostAction, other], 'error') ?? '',
      /"Deploy" \(\.github\/actions\/deploy\/action\.yml:7\)/,
    );
  });
});
